"""The search page: filters over orders and a lazily paged results table."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.orders import STATUS_NAMES, OrderStatus
from packstation.domain.users import Actor
from packstation.services.review import ReviewError, ReviewQuery, ReviewService, SortKey
from packstation.ui.i18n import shown
from packstation.ui.review.results_model import OrderResultsModel

log = logging.getLogger(__name__)
ANY = QT_TRANSLATE_NOOP("SearchPage", "(any)")
FLAG_CHOICES = {
    ANY: None,
    QT_TRANSLATE_NOOP("SearchPage", "Flagged"): True,
    QT_TRANSLATE_NOOP("SearchPage", "Not flagged"): False,
}


def to_qt(value: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()))


def from_qt(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


class DateRange(QWidget):
    """An optional from/to range (local time in the editors, UTC in the query)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox(self.tr("between"))
        now = datetime.now(UTC)
        self.since = QDateTimeEdit(to_qt(now - timedelta(days=7)))
        self.until = QDateTimeEdit(to_qt(now + timedelta(days=1)))
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setEnabled(False)
        self.enabled.toggled.connect(self.since.setEnabled)
        self.enabled.toggled.connect(self.until.setEnabled)
        row.addWidget(self.enabled)
        row.addWidget(self.since)
        row.addWidget(QLabel(self.tr("and")))
        row.addWidget(self.until)

    def value(self) -> tuple[datetime | None, datetime | None]:
        if not self.enabled.isChecked():
            return None, None
        return from_qt(self.since.dateTime()), from_qt(self.until.dateTime())

    def set_range(self, since: datetime, until: datetime) -> None:
        self.enabled.setChecked(True)
        self.since.setDateTime(to_qt(since))
        self.until.setDateTime(to_qt(until))


class SearchPage(QWidget):
    """Filters on top, results below; Enter searches, double-click opens an order."""

    open_requested = Signal(str)
    flag_requested = Signal(str)
    export_requested = Signal(list)  # order ids
    export_all_requested = Signal(object)  # the ReviewQuery

    def __init__(
        self, review: ReviewService, actor: Actor, runner: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = OrderResultsModel(review, actor, runner, self)
        layout = QVBoxLayout(self)
        form = QGridLayout()
        self.order_id = QLineEdit(placeholderText=self.tr("order id (end with * for a prefix)"))
        self.tracking = QLineEdit(placeholderText=self.tr("tracking number (end with * for a prefix)"))
        self.recipient = QLineEdit(placeholderText=self.tr("recipient name starts with…"))
        self.contains = QCheckBox(self.tr("anywhere in the name (slower)"))
        self.packer = QLineEdit(placeholderText=self.tr("packer user id"))
        self.station = QLineEdit(placeholderText=self.tr("station"))
        self.status = QComboBox()
        self.status.addItem(QCoreApplication.translate("SearchPage", ANY), None)
        for s in OrderStatus:
            self.status.addItem(shown(STATUS_NAMES[s.value]), s)
        self.flag = QComboBox()
        for name, flagged in FLAG_CHOICES.items():
            self.flag.addItem(QCoreApplication.translate("SearchPage", name), flagged)
        self.sort = QComboBox()
        self.sort.addItem(self.tr("Last activity"), SortKey.UPDATED)
        self.sort.addItem(self.tr("Ship-by deadline"), SortKey.SHIP_BY)
        self.dates = DateRange()
        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("Order"), self.order_id)
        left.addRow(self.tr("Tracking"), self.tracking)
        left.addRow(self.tr("Recipient"), self.recipient)
        left.addRow("", self.contains)
        right.addRow(self.tr("Packer"), self.packer)
        right.addRow(self.tr("Station"), self.station)
        right.addRow(self.tr("Status"), self.status)
        right.addRow(self.tr("Flag"), self.flag)
        form.addLayout(left, 0, 0)
        form.addLayout(right, 0, 1)
        dates = QFormLayout()
        dates.addRow(self.tr("Date"), self.sort)
        dates.addRow("", self.dates)
        form.addLayout(dates, 1, 0, 1, 2)
        layout.addLayout(form)

        buttons = QHBoxLayout()
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setDefault(True)
        self.open_button = QPushButton(self.tr("Open order"))
        self.flag_button = QPushButton(self.tr("Flag dispute…"))
        self.export_button = QPushButton(self.tr("Export selected…"))
        self.export_all_button = QPushButton(self.tr("Export whole search…"))
        self.status_label = QLabel("")
        for b in (
            self.search_button,
            self.open_button,
            self.flag_button,
            self.export_button,
            self.export_all_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.status_label)
        layout.addLayout(buttons)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        layout.addWidget(self.table, 1)

        self.search_button.clicked.connect(self.run_search)
        for edit in (self.order_id, self.tracking, self.recipient, self.packer, self.station):
            edit.returnPressed.connect(self.run_search)
        self.table.doubleClicked.connect(
            lambda index: self.open_requested.emit(self.model.rows[index.row()].order_id)
        )
        self.open_button.clicked.connect(self._open_current)
        self.flag_button.clicked.connect(self._flag_current)
        self.export_button.clicked.connect(lambda: self.export_requested.emit(self.selected_ids()))
        self.export_all_button.clicked.connect(self._export_all)
        self.model.page_loaded.connect(self._loaded)
        self.model.failed.connect(self._failed)
        self.model.loading_changed.connect(
            lambda busy: busy and self.status_label.setText(self.tr("Searching…"))
        )

    def query(self) -> ReviewQuery:
        """The filters as a query; raises ReviewError for a range that makes no sense."""
        since, until = self.dates.value()
        status = self.status.currentData()
        return ReviewQuery(
            order_id=self.order_id.text().strip(),
            tracking=self.tracking.text().strip(),
            recipient=self.recipient.text().strip(),
            recipient_contains=self.contains.isChecked(),
            since=since,
            until=until,
            packer=self.packer.text().strip(),
            station=self.station.text().strip(),
            statuses=() if status is None else (status,),
            flagged=self.flag.currentData(),
            sort=self.sort.currentData(),
        )

    def run_search(self) -> None:
        try:
            query = self.query()
        except ReviewError as exc:
            self.status_label.setText(shown(exc.args[0] if exc.args else str(exc)))
            return
        self.model.search(query)

    def _failed(self, text: str) -> None:
        log.warning("search failed: %s", text)
        self.status_label.setText(self.tr("The search failed (the log has the details)."))

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return self.model.order_ids(rows)

    def _current(self) -> str | None:
        ids = self.selected_ids()
        if not ids:
            self.status_label.setText(self.tr("Select an order first."))
            return None
        return ids[0]

    def _open_current(self) -> None:
        if order_id := self._current():
            self.open_requested.emit(order_id)

    def _flag_current(self) -> None:
        if order_id := self._current():
            self.flag_requested.emit(order_id)

    def _export_all(self) -> None:
        try:
            self.export_all_requested.emit(self.query())
        except ReviewError as exc:
            self.status_label.setText(shown(exc.args[0] if exc.args else str(exc)))

    def _loaded(self, count: int) -> None:
        if not count:
            self.status_label.setText(self.tr("No orders match."))
        elif self.model.exhausted:
            self.status_label.setText(self.tr("%n order(s)", "", count))
        else:
            self.status_label.setText(self.tr("%n+ order(s) (scroll for more)", "", count))
        if 0 < count <= self.model.page_size:  # size columns to the first page, then keep them steady
            self.table.resizeColumnsToContents()

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
