"""The Video tab's verdict line: complete, incomplete or missing, any supervisor acceptance, and the
"Accept incomplete video…" button (the decision itself is `VideoDecisions.accept`, run on the worker)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QPushButton, QWidget

from packstation.domain.users import Actor, Role
from packstation.services.video_acceptance import VideoAcceptanceError, VideoDecisions, VideoVerdict
from packstation.ui.i18n import shown
from packstation.ui.theme import PALETTE

log = logging.getLogger(__name__)


class VideoDecisionBar(QWidget):
    decided = Signal(str)  # order id, after an acceptance was recorded
    message = Signal(str)

    def __init__(
        self, decisions: VideoDecisions, actor: Actor, runner: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.decisions, self.actor, self.runner = decisions, actor, runner
        self.verdict: VideoVerdict | None = None
        self.order_id = ""
        self.state = QLabel("")
        self.state.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("Accept incomplete video…"))
        self.accept_button.setVisible(False)
        self.accept_button.clicked.connect(self.ask)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.state, 1)
        row.addWidget(self.accept_button)
        # Injectable for tests: returns the reason, or None when the supervisor cancels.
        self.ask_reason: Callable[[], str | None] = self._ask_reason

    def load(self, order_id: str) -> None:
        self.order_id, self.verdict = order_id, None
        self.state.setText(self.tr("Checking the video…"))
        self.accept_button.setVisible(False)
        self.runner.run(
            lambda: self.decisions.verdict(order_id),
            on_done=lambda v: self.show_verdict(v) if v.order_id == self.order_id else None,
            on_error=self._not_checked,
        )

    def _not_checked(self, exc: BaseException) -> None:
        log.warning("the video of order %s could not be checked", self.order_id, exc_info=exc)
        self.state.setText(self.tr("The video could not be checked (the log has the details)."))

    def show_verdict(self, verdict: VideoVerdict) -> None:
        self.verdict = verdict
        self.state.setText(shown(verdict.text()))
        bad = verdict.short and not verdict.accepted
        colour = PALETTE.error if bad else (PALETTE.warn if verdict.short else PALETTE.ok)
        self.state.setStyleSheet(f"color:{colour}; font-weight:bold;")
        self.accept_button.setVisible(bad and self.actor.role.rank >= Role.SUPERVISOR.rank)

    def _ask_reason(self) -> str | None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Accept incomplete video"),
            self.tr("Why is the video of order {order} accepted as it is?").format(order=self.order_id),
        )
        return text if ok else None

    def ask(self) -> None:
        reason = self.ask_reason()
        if reason is None:
            return
        order_id = self.order_id
        self.runner.run(
            lambda: self.decisions.accept(self.actor, order_id, reason),
            on_done=lambda v: (self.show_verdict(v), self.decided.emit(order_id)),
            on_error=self._not_accepted,
        )

    def _not_accepted(self, exc: BaseException) -> None:
        if isinstance(exc, VideoAcceptanceError):  # a refusal: its words say what to do
            reason = shown(exc.args[0] if exc.args else str(exc))
        else:
            log.warning("the video of order %s could not be accepted", self.order_id, exc_info=exc)
            reason = self.tr("the decision could not be saved (the log has the details)")
        self.message.emit(self.tr("Not accepted: {reason}").format(reason=reason))
