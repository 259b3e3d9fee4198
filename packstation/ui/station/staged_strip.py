"""Under the queue: what is staged and waiting for each carrier, what must be collected today and what is late.

Read beside the station worker (the reader runner) when the queue shows and every `refresh_ms`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from packstation.domain.texts import translate
from packstation.services.dispatch.board import DispatchBoard
from packstation.services.words import plain_error
from packstation.ui.i18n import shown
from packstation.ui.theme import PALETTE


def strip_text(board: DispatchBoard) -> tuple[str, bool]:
    """The strip's lines (rich text) and whether anything is late."""
    lines = [line for line in board.carriers if line.staged_parcels or line.open_handovers]
    if not lines:
        return shown(translate("Staged", "Nothing staged for collection.")), False
    late = any(line.late for line in lines)
    rows = []
    for line in lines:
        colour = PALETTE.overdue if line.late else (PALETTE.due_soon if line.due_today else PALETTE.text)
        rows.append(f"<span style='color:{colour}'>{shown(line.line)}</span>")
    soonest = next((s for s in board.staged if s.collection_due is not None), None)
    if soonest is not None and soonest.collection_due is not None:
        rows.append(
            shown(
                translate("Staged", "Next collection due: order {order} ({carrier}) by {when}").format(
                    order=soonest.order_id, carrier=soonest.carrier, when=f"{soonest.collection_due.astimezone():%a %H:%M}"
                )
            )
        )
    heading = shown(translate("Staged", "<b>Staged for collection</b> (F12: dispatch)"))
    return heading + "<br>" + "<br>".join(rows), late


class StagedStrip(QLabel):
    def __init__(
        self,
        runner: Any,
        read: Callable[[], DispatchBoard],
        parent: QWidget | None = None,
        refresh_ms: int = 15000,
    ) -> None:
        super().__init__(parent)
        self.runner, self.read = runner, read
        self.setWordWrap(True)
        self.setStyleSheet(
            f"font-size:16pt; background:{PALETTE.panel}; padding:8px; border:1px solid #d5d9e0;"
        )
        self.board: DispatchBoard | None = None
        self.late = False
        self._loading = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.reload)
        self.timer.start(refresh_ms)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        if self._loading or not self.isVisible():
            return
        self._loading = True
        self.runner.run(self.read, on_done=self.show_board, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        self.setText(shown(plain_error(translate("Staged", "Reading the staged parcels"), exc)))

    def show_board(self, board: DispatchBoard) -> None:
        self._loading = False
        self.board = board
        text, self.late = strip_text(board)
        if text != self.text():
            self.setText(text)
