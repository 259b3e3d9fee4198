"""The supervisor's alert banner at the bench, polled on the station's timer (Qt-free).

`AlertBannerFeed.poll()` runs on the background jobs' thread: it asks `AlertService.banner` for whoever
is logged in and tells the window only when what it shows changes, with the sound only when an alert
is new, so a banner that stays up does not beep every poll. `acknowledge()` marks what is shown seen.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from packstation.domain.users import Actor, Role
from packstation.services.alerts.service import AlertService, Banner


@dataclass(frozen=True)
class BannerUpdate:
    """What the window's alert strip shows now (None: nothing) and whether to sound it."""

    banner: Banner | None
    sound: bool = False


class AlertBannerFeed:
    def __init__(
        self,
        alerts: AlertService,
        actor: Callable[[], Actor | None],
        show: Callable[[BannerUpdate], None],
    ) -> None:
        self.alerts, self.actor, self.show = alerts, actor, show
        self._lock = threading.Lock()
        self._shown: tuple[str, tuple[int, ...], int] | None = None
        self._heard: set[int] = set()
        self._current: Banner | None = None

    def poll(self) -> BannerUpdate | None:
        """Read the banner for the current actor; returns (and shows) an update only when it changed."""
        actor = self.actor()
        banner = self.alerts.banner(actor) if actor is not None else None
        with self._lock:
            key = (
                (actor.user_id if actor else "", tuple(a.id for a in banner.alerts), banner.count)
                if banner is not None
                else None
            )
            if key == self._shown:
                return None
            self._shown, self._current = key, banner
            ids = {a.id for a in banner.alerts} if banner is not None else set()
            fresh = bool(ids - self._heard)
            self._heard |= ids
        update = BannerUpdate(banner, sound=fresh and banner is not None)
        self.show(update)
        return update

    def acknowledge(self) -> int:
        """The supervisor saw the shown alerts: mark them seen and clear (or refresh) the banner."""
        actor = self.actor()
        with self._lock:
            banner = self._current
        if actor is None or banner is None or actor.role.rank < Role.SUPERVISOR.rank:
            return 0
        # Every unseen alert up to the newest shown: one raised since then still gets its banner.
        newest = max(a.id for a in banner.alerts)
        ids = [a.id for a in self.alerts.unseen(limit=100_000) if a.id <= newest]
        self.alerts.acknowledge(actor, ids)
        self.poll()
        return len(ids)
