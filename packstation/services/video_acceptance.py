"""The supervisor's "accept incomplete video" decision: an order whose packing video has a gap or is
missing may go on (be staged for a channel that requires video) once a supervisor accepts it with a reason.

The decision is an event (`VideoShortfallAccepted`) in the order's timeline: audited with who, when and
why, read back after a restart, synced to the central store like every event. It covers the video as it
was when accepted; a later, longer gap needs a new decision.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from packstation.domain.events import VideoShortfallAccepted
from packstation.domain.texts import translate
from packstation.domain.users import Actor, Role
from packstation.store.tables import EventRow, OrderRow

MAX_REASON = 500
COVER_SLACK_S = 0.5  # rounding of the missing seconds between the decision and a later read


class VideoAcceptanceError(ValueError):
    """The decision cannot be recorded (no reason, nothing to accept, unknown order); nothing was stored."""


@dataclass(frozen=True)
class VideoAcceptance:
    order_id: str
    user: str
    reason: str
    at: datetime
    missing_s: float
    no_video: bool

    def text(self) -> str:
        what = (
            translate("Video", "no video")
            if self.no_video
            else translate("Video", "{seconds} s missing").format(seconds=f"{self.missing_s:.0f}")
        )
        return translate("Video", "accepted by {user} at {when} ({what}): {reason}").format(
            user=self.user, when=f"{self.at:%Y-%m-%d %H:%M}", what=what, reason=self.reason
        )


@dataclass(frozen=True)
class VideoVerdict:
    """What review shows about an order's video: complete, incomplete or none, and any acceptance."""

    order_id: str
    recordings: int
    segments: int
    incomplete: bool
    missing_s: float
    acceptance: VideoAcceptance | None = None
    recording_ids: tuple[str, ...] = ()

    @property
    def no_video(self) -> bool:
        return self.segments == 0

    @property
    def short(self) -> bool:
        """Gaps or no video at all."""
        return self.incomplete or self.no_video

    @property
    def accepted(self) -> bool:
        """A supervisor's decision covers the video as it is now."""
        a = self.acceptance
        if a is None or not self.short:
            return False
        if self.no_video:
            return a.no_video
        return a.no_video or self.missing_s <= a.missing_s + COVER_SLACK_S

    def text(self) -> str:
        if not self.short:
            return translate("Video", "Video complete: {count} segment(s)").format(count=self.segments)
        what = (
            translate("Video", "No packing video")
            if self.no_video
            else translate("Video", "Video incomplete: {seconds} s missing").format(
                seconds=f"{self.missing_s:.0f}"
            )
        )
        if self.accepted and self.acceptance is not None:
            return translate("Video", "{what}; {acceptance}").format(
                what=what, acceptance=self.acceptance.text()
            )
        if self.acceptance is not None:
            return translate(
                "Video", "{what}; the earlier acceptance ({seconds} s) no longer covers it"
            ).format(what=what, seconds=f"{self.acceptance.missing_s:.0f}")
        return translate("Video", "{what}; not accepted by a supervisor").format(what=what)

    def as_dict(self) -> dict[str, Any]:
        a = self.acceptance
        return {
            "incomplete": self.incomplete,
            "no_video": self.no_video,
            "missing_seconds": self.missing_s,
            "accepted": self.accepted,
            "acceptance": None
            if a is None
            else {"user": a.user, "reason": a.reason, "at": a.at.isoformat(), "missing_seconds": a.missing_s},
        }


def latest_acceptance(session: Any, order_id: str) -> VideoAcceptance | None:
    row = session.scalars(
        select(EventRow)
        .where(EventRow.order_id == order_id, EventRow.type == VideoShortfallAccepted.type)
        .order_by(EventRow.seq.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    p = row.payload or {}
    return VideoAcceptance(
        order_id, row.user, str(p.get("reason", "")), row.occurred_at,
        float(p.get("missing_seconds") or 0.0), bool(p.get("no_video")),
    )  # fmt: skip


class VideoDecisions:
    """Reads an order's video verdict and records a supervisor's acceptance (units of work from `uow`)."""

    def __init__(
        self,
        uow: Callable[[], Any],
        blob_root: Path,
        station: str,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.uow, self.blob_root, self.station, self.clock = uow, Path(blob_root), station, clock

    def verdict(self, order_id: str) -> VideoVerdict:
        from packstation.services.order_videos import order_videos

        views = order_videos(self.uow, self.blob_root, order_id)  # type: ignore[arg-type]
        with self.uow() as uow:
            acceptance = latest_acceptance(uow.session, order_id)
        return VideoVerdict(
            order_id,
            len(views),
            sum(len(v.segments) for v in views),
            any(v.incomplete for v in views),
            round(sum(v.missing_s for v in views), 1),
            acceptance,
            tuple(v.id for v in views),
        )

    def accept(self, actor: Actor, order_id: str, reason: str) -> VideoVerdict:
        """Record the supervisor's acceptance of the order's video as it is now; refuses what it cannot."""
        actor.require(Role.SUPERVISOR, translate("Video", "Accepting an incomplete video"))
        reason = " ".join((reason or "").split())
        if not reason:
            raise VideoAcceptanceError(translate("Video", "Say why the incomplete video is accepted."))
        if len(reason) > MAX_REASON:
            raise VideoAcceptanceError(
                translate("Video", "The reason is too long (at most {most} characters).").format(
                    most=MAX_REASON
                )
            )
        current = self.verdict(order_id)
        with self.uow() as uow:
            if uow.session.get(OrderRow, order_id) is None:
                raise VideoAcceptanceError(
                    translate("Video", "There is no order {order}.").format(order=order_id)
                )
            if not current.short:
                raise VideoAcceptanceError(
                    translate("Video", "The video of order {order} is complete: nothing to accept.").format(
                        order=order_id
                    )
                )
            if current.accepted:
                raise VideoAcceptanceError(
                    translate("Video", "The video of order {order} is already accepted.").format(
                        order=order_id
                    )
                )
            event = VideoShortfallAccepted(
                order_id=order_id,
                station=self.station,
                user=actor.user_id,
                reason=reason,
                missing_seconds=current.missing_s,
                no_video=current.no_video,
                recordings=list(current.recording_ids),
            )
            if self.clock is not None:
                event = dataclasses.replace(event, occurred_at=self.clock())
            uow.record(event)
            uow.commit()
        return self.verdict(order_id)
