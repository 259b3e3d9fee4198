"""The Dispatch tab of the review window: per carrier what waits, what is due today and late, what was
handed over today and which handovers are open; below, every staged order with its deadlines.

The board is read on the runner when the tab is shown (and on Refresh); a double click opens the order.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from packstation.services.dispatch.board import DUE_TODAY, LATE, DispatchBoard, DispatchBoardService
from packstation.ui.theme import PALETTE

log = logging.getLogger(__name__)
CARRIER_COLUMNS = (
    QT_TRANSLATE_NOOP("DispatchBoardPage", "Carrier"),
    QT_TRANSLATE_NOOP("DispatchBoardPage", "Staged parcels"),
    QT_TRANSLATE_NOOP("DispatchBoardPage", "Orders"),
    QT_TRANSLATE_NOOP("DispatchBoardPage", "Due today"),
    QT_TRANSLATE_NOOP("DispatchBoardPage", "Late"),
    QT_TRANSLATE_NOOP("DispatchBoardPage", "Handed over today"),
    QT_TRANSLATE_NOOP("DispatchBoardPage", "Open handovers"),
)
STAGED_COLUMNS = (
    QT_TRANSLATE_NOOP("DispatchBoardPage", "Order"),
    QT_TRANSLATE_NOOP("DispatchBoardPage", "Carrier"),
    QT_TRANSLATE_NOOP("DispatchBoardPage", "Parcels"),
    QT_TRANSLATE_NOOP("DispatchBoardPage", "Location"),
    QT_TRANSLATE_NOOP("DispatchBoardPage", "Station"),
    QT_TRANSLATE_NOOP("DispatchBoardPage", "Collect by"),
    QT_TRANSLATE_NOOP("DispatchBoardPage", "Dispatch by"),
    QT_TRANSLATE_NOOP("DispatchBoardPage", "Time left"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("DispatchBoardPage", text)


def _when(at: datetime | None) -> str:
    return at.astimezone().strftime("%a %d %b %H:%M") if at else "—"


def time_left(due: datetime | None, now: datetime) -> str:
    if due is None:
        return "—"
    left: timedelta = due - now
    minutes = int(abs(left.total_seconds()) // 60)
    text = QCoreApplication.translate("DispatchBoardPage", "{hours} h {minutes} m").format(
        hours=minutes // 60, minutes=f"{minutes % 60:02d}"
    )
    return (
        QCoreApplication.translate("DispatchBoardPage", "LATE {time}").format(time=text)
        if left.total_seconds() < 0
        else text
    )


def _table(columns: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels([_tr(c) for c in columns])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    return table


class DispatchBoardPage(QWidget):
    open_requested = Signal(str)
    loaded = Signal(object)

    def __init__(self, board: DispatchBoardService, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source, self.runner = board, runner
        self.board: DispatchBoard | None = None
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.open_button = QPushButton(self.tr("Open order"))
        self.open_button.clicked.connect(self._open_selected)
        self.status = QLabel("")
        bar = QHBoxLayout()
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.open_button)
        bar.addWidget(self.status, 1)
        self.carriers = _table(CARRIER_COLUMNS)
        self.staged = _table(STAGED_COLUMNS)
        self.staged.cellDoubleClicked.connect(self._open_row)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(QLabel(self.tr("Carriers")))
        layout.addWidget(self.carriers, 1)
        layout.addWidget(QLabel(self.tr("Staged orders, most urgent collection first")))
        layout.addWidget(self.staged, 2)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        self.status.setText(self.tr("Reading the dispatch board…"))
        self.runner.run(self.source.board, on_done=self.show_board, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        log.warning("the dispatch board could not be read", exc_info=exc)
        self.status.setText(self.tr("The dispatch board could not be read (the log has the details)."))

    def show_board(self, board: DispatchBoard) -> None:
        self.board = board
        self.carriers.setRowCount(len(board.carriers))
        for row, line in enumerate(board.carriers):
            cells = (
                line.carrier,
                str(line.staged_parcels),
                str(line.staged_orders),
                str(line.due_today),
                str(line.late),
                str(line.handed_over_today),
                ", ".join(line.open_handovers) or "—",
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 4 and line.late:
                    item.setForeground(QBrush(QColor(PALETTE.overdue)))
                self.carriers.setItem(row, col, item)
        now = board.at if board.at.tzinfo else board.at.replace(tzinfo=UTC)
        self.staged.setRowCount(len(board.staged))
        for row, s in enumerate(board.staged):
            staged_cells = (
                s.order_id,
                s.carrier,
                str(s.parcels),
                s.location or "—",
                s.station or "—",
                _when(s.collection_due),
                _when(s.dispatch_due),
                time_left(s.collection_due, now),
            )
            colour = {LATE: PALETTE.error_bg, DUE_TODAY: PALETTE.warn_bg}.get(s.urgency)
            for col, text in enumerate(staged_cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, s.order_id)
                if colour:
                    item.setBackground(QBrush(QColor(colour)))
                self.staged.setItem(row, col, item)
        self.carriers.resizeColumnsToContents()
        self.staged.resizeColumnsToContents()
        late = len(board.late)
        self.status.setText(
            self.tr("%n staged order(s)", "", len(board.staged))
            + " · "
            + self.tr("{late} late · as of {time}").format(late=late, time=f"{board.at.astimezone():%H:%M}")
        )
        self.loaded.emit(board)

    def _open_selected(self) -> None:
        rows = sorted({index.row() for index in self.staged.selectedIndexes()})
        if rows:
            self._open_row(rows[0], 0)
        else:
            self.status.setText(self.tr("Select a staged order first."))

    def _open_row(self, row: int, _column: int) -> None:
        item = self.staged.item(row, 0)
        if item is not None:
            self.open_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)))
