"""Which proof photos an order still needs: the configured kinds, and the label readable on the last one.

Pure rules (no I/O): the photograph service feeds in what was taken and what a supervisor accepted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


class PhotoRequirementError(ValueError):
    """The photo requirements in the config make no sense (the message names the setting)."""


@dataclass(frozen=True)
class TakenPhoto:
    """What the rules need to know about one stored photo."""

    kind: str
    label_visible: bool
    accepted_without_label: bool = False


@dataclass(frozen=True)
class PhotoRequirements:
    """The kinds every order needs, in the order they are taken (contents before sealed).

    With `label_must_show`, the last kind (the sealed parcel) counts only when its tracking barcode
    was read from the photo, or a supervisor accepted that shot without it.
    """

    required: tuple[str, ...] = ("contents", "sealed")
    label_must_show: bool = True

    def __post_init__(self) -> None:
        kinds = [k.strip() for k in self.required]
        if any(not k for k in kinds):
            raise PhotoRequirementError("photos.required has an empty photo name")
        if len(set(kinds)) != len(kinds):
            raise PhotoRequirementError(f"photos.required lists a photo twice: {list(self.required)}")
        object.__setattr__(self, "required", tuple(kinds))

    @classmethod
    def from_config(cls, required: Iterable[str], label_must_show: bool) -> PhotoRequirements:
        return cls(tuple(required), label_must_show)

    @property
    def label_kind(self) -> str | None:
        """The kind whose photo must show the label, if any."""
        return self.required[-1] if self.label_must_show and self.required else None

    def satisfied(self, kind: str, photos: Iterable[TakenPhoto], label_waived: bool = False) -> bool:
        shots = [p for p in photos if p.kind == kind]
        if kind != self.label_kind or label_waived:
            return bool(shots)
        return any(p.label_visible or p.accepted_without_label for p in shots)

    def missing(self, photos: Iterable[TakenPhoto], label_waived: bool = False) -> list[str]:
        """Required kinds not yet satisfied, in the order they should be taken."""
        taken = list(photos)
        return [k for k in self.required if not self.satisfied(k, taken, label_waived)]

    def next_kind(self, photos: Iterable[TakenPhoto], label_waived: bool = False) -> str | None:
        """The photo to take now (None when all are there)."""
        left = self.missing(photos, label_waived)
        return left[0] if left else None

    def needs_retake(self, photos: Iterable[TakenPhoto], label_waived: bool = False) -> bool:
        """True when the label photo was taken but its label could not be read."""
        taken = list(photos)
        kind = self.label_kind
        return (
            kind is not None
            and any(p.kind == kind for p in taken)
            and not self.satisfied(kind, taken, label_waived)
        )


def missing_photos(required: PhotoRequirements | Iterable[str], photos: Iterable[TakenPhoto]) -> list[str]:
    """Kinds an order still lacks; a plain list of kinds applies the default rule (label on the last one).

    `photos` may be `TakenPhoto`s or stored photo rows: only `kind`, `label_visible` and
    `accepted_without_label` are read.
    """
    rules = required if isinstance(required, PhotoRequirements) else PhotoRequirements(tuple(required))
    return rules.missing(photos)
