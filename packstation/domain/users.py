"""Who is at the bench, and what their role lets them do. Enforced by the services."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from packstation.domain.texts import QT_TRANSLATE_NOOP, translate


class Role(StrEnum):
    PACKER = "packer"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"

    @property
    def rank(self) -> int:
        return {Role.PACKER: 0, Role.SUPERVISOR: 1, Role.ADMIN: 2}[self]


# The roles as people read them (the role values stay the stored codes).
ROLE_NAMES = {
    "packer": QT_TRANSLATE_NOOP("People", "packer"),
    "supervisor": QT_TRANSLATE_NOOP("People", "supervisor"),
    "admin": QT_TRANSLATE_NOOP("People", "admin"),
}


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
                translate("People", "{action} needs a {role}; {who} is a {current}.").format(
                    action=action,
                    role=ROLE_NAMES[role.value],
                    who=self.name or self.user_id,
                    current=ROLE_NAMES[self.role.value],
                )
            )


SYSTEM = Actor("system", Role.ADMIN, "system")
