"""The supervisor's delivery-alert strip above the verdict banner: renders a `BannerUpdate`, nothing more.

The feed (services/alerts/banner.py) is polled off the GUI thread and its updates arrive through the
bridge's `alerts` signal; clicking the strip hands the acknowledgement back to a runner (`on_seen`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton, QWidget

from packstation.domain.users import Actor, Role
from packstation.services.alerts.banner import BannerUpdate
from packstation.ui.i18n import shown
from packstation.ui.sounds import Sounds
from packstation.ui.theme import PALETTE


class AlertStrip(QPushButton):
    """Hidden unless a supervisor has unseen delivery alerts; a click marks them seen."""

    def __init__(self, sounds: Sounds, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sounds = sounds
        self.on_seen: Callable[[], None] | None = None
        self.setStyleSheet(
            f"background:{PALETTE.error_bg}; color:{PALETTE.error}; font-size:16pt; font-weight:bold;"
            " padding:8px; text-align:left;"
        )
        self.setVisible(False)
        self.clicked.connect(self._seen)

    def show_update(self, update: BannerUpdate) -> None:
        banner = update.banner
        if banner is None:
            self.setVisible(False)
            self.setText("")
            return
        self.setText(self.tr("⚠ {alert}  (click when seen)").format(alert=shown(banner.text)))
        self.setToolTip("\n".join(f"{shown(a.title)}: {shown(a.body)}" for a in banner.alerts))
        self.setVisible(True)
        if update.sound:
            self.sounds.play(banner.sound)

    def follow_actor(self, actor: Actor | None) -> None:
        """A packer taking over the bench never sees the supervisor's strip (until the next poll)."""
        if actor is None or actor.role.rank < Role.SUPERVISOR.rank:
            self.setVisible(False)

    def _seen(self) -> None:
        self.setVisible(False)
        if self.on_seen is not None:
            self.on_seen()
