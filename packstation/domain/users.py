"""Who is at the bench, and what their role lets them do. Enforced by the services."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    PACKER = "packer"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"

    @property
    def rank(self) -> int:
        return {Role.PACKER: 0, Role.SUPERVISOR: 1, Role.ADMIN: 2}[self]


class PermissionDenied(Exception):
    """The person logged in may not do this; the message names the role needed."""


@dataclass(frozen=True)
class Actor:
    """The person doing something, as the services see them."""

    user_id: str
    role: Role = Role.PACKER
    name: str = ""

    def require(self, role: Role, action: str) -> None:
        if self.role.rank < role.rank:
            raise PermissionDenied(
                f"{action} needs a {role.value}; {self.name or self.user_id} is a {self.role.value}."
            )


SYSTEM = Actor("system", Role.ADMIN, "system")
