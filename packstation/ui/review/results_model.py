"""Search results as a lazily paged table model: only the pages the view scrolls to are fetched."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from packstation.domain.orders import STATUS_NAMES
from packstation.domain.users import Actor
from packstation.services.review import Cursor, OrderSummary, ReviewQuery, ReviewService, SearchPage
from packstation.ui.i18n import shown
from packstation.ui.theme import PALETTE

Index = QModelIndex | QPersistentModelIndex
PAGE = 200

COLUMNS: tuple[tuple[str, Callable[[OrderSummary], Any]], ...] = (
    (QT_TRANSLATE_NOOP("OrderResultsModel", "Order"), lambda r: r.order_id),
    (
        QT_TRANSLATE_NOOP("OrderResultsModel", "Status"),
        lambda r: shown(STATUS_NAMES.get(str(r.status), r.status)),
    ),
    (QT_TRANSLATE_NOOP("OrderResultsModel", "Recipient"), lambda r: r.recipient),
    (QT_TRANSLATE_NOOP("OrderResultsModel", "Tracking"), lambda r: r.tracking_number),
    (QT_TRANSLATE_NOOP("OrderResultsModel", "Carrier"), lambda r: r.carrier),
    (QT_TRANSLATE_NOOP("OrderResultsModel", "Ship by"), lambda r: r.ship_by),
    (QT_TRANSLATE_NOOP("OrderResultsModel", "Last activity"), lambda r: r.updated_at),
    (QT_TRANSLATE_NOOP("OrderResultsModel", "Station"), lambda r: r.station),
    (QT_TRANSLATE_NOOP("OrderResultsModel", "Packer"), lambda r: r.packer),
    (QT_TRANSLATE_NOOP("OrderResultsModel", "Flag"), lambda r: r.flagged),
)


def local_time(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else ""


class OrderResultsModel(QAbstractTableModel):
    """Rows of one search; `fetchMore` asks the runner for the next keyset page."""

    loading_changed = Signal(bool)
    failed = Signal(str)
    page_loaded = Signal(int)  # rows loaded so far

    def __init__(
        self,
        review: ReviewService,
        actor: Actor,
        runner: Any,
        parent: QObject | None = None,
        page_size: int = PAGE,
    ) -> None:
        super().__init__(parent)
        self.review, self.actor, self.runner, self.page_size = review, actor, runner, page_size
        self.query = ReviewQuery()
        self.rows: list[OrderSummary] = []
        self._next: Cursor | None = None
        self._more = False
        self._loading = False
        self._generation = 0

    # -- searching --------------------------------------------------------------------------------
    def search(self, query: ReviewQuery) -> None:
        """Start a new search: clear the rows and fetch its first page."""
        self._generation += 1
        self.beginResetModel()
        self.query, self.rows, self._next, self._more, self._loading = query, [], None, True, False
        self.endResetModel()
        self._fetch()

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def exhausted(self) -> bool:
        return not self._more

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802 - Qt API
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802 - Qt API
        if self.canFetchMore(parent):
            self._fetch()

    def _fetch(self) -> None:
        generation, query, cursor = self._generation, self.query, self._next
        self._set_loading(True)
        self.runner.run(
            lambda: self.review.search(self.actor, query, cursor, self.page_size),
            on_done=lambda page: self._arrived(generation, page),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def _arrived(self, generation: int, page: SearchPage) -> None:
        if generation != self._generation:
            return  # an older search finished after a newer one started
        self._next, self._more = page.next, page.next is not None
        if page.rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self.endInsertRows()
        self._set_loading(False)
        self.page_loaded.emit(len(self.rows))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._more = False
        self._set_loading(False)
        self.failed.emit(str(exc))

    def _set_loading(self, value: bool) -> None:
        self._loading = value
        self.loading_changed.emit(value)

    # -- table --------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("OrderResultsModel", COLUMNS[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = COLUMNS[index.column()][1](row)
            return local_time(value) if isinstance(value, datetime) or value is None else str(value)
        if role == Qt.ItemDataRole.BackgroundRole and row.flagged:
            return QColor(PALETTE.warn_bg)
        if role == Qt.ItemDataRole.ToolTipRole and row.flagged:
            return self.tr("Flagged: {note}").format(note=row.flagged)
        if role == Qt.ItemDataRole.UserRole:
            return row.order_id
        return None

    def order_ids(self, rows: list[int]) -> list[str]:
        return [self.rows[r].order_id for r in rows if 0 <= r < len(self.rows)]
