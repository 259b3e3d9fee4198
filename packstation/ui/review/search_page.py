"""The search page: filters over orders and a lazily paged results table."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDateTime, Qt, Signal
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

from packstation.domain.orders import OrderStatus
from packstation.domain.users import Actor
from packstation.services.review import ReviewError, ReviewQuery, ReviewService, SortKey
from packstation.ui.review.results_model import OrderResultsModel

ANY = "(any)"
FLAG_CHOICES = {ANY: None, "Flagged": True, "Not flagged": False}


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
        self.enabled = QCheckBox("between")
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
        row.addWidget(QLabel("and"))
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
        self.order_id = QLineEdit(placeholderText="order id (end with * for a prefix)")
        self.tracking = QLineEdit(placeholderText="tracking number (end with * for a prefix)")
        self.recipient = QLineEdit(placeholderText="recipient name starts with…")
        self.contains = QCheckBox("anywhere in the name (slower)")
        self.packer = QLineEdit(placeholderText="packer user id")
        self.station = QLineEdit(placeholderText="station")
        self.status = QComboBox()
        self.status.addItems([ANY, *[s.value for s in OrderStatus]])
        self.flag = QComboBox()
        self.flag.addItems(list(FLAG_CHOICES))
        self.sort = QComboBox()
        self.sort.addItem("Last activity", SortKey.UPDATED)
        self.sort.addItem("Ship-by deadline", SortKey.SHIP_BY)
        self.dates = DateRange()
        left, right = QFormLayout(), QFormLayout()
        left.addRow("Order", self.order_id)
        left.addRow("Tracking", self.tracking)
        left.addRow("Recipient", self.recipient)
        left.addRow("", self.contains)
        right.addRow("Packer", self.packer)
        right.addRow("Station", self.station)
        right.addRow("Status", self.status)
        right.addRow("Flag", self.flag)
        form.addLayout(left, 0, 0)
        form.addLayout(right, 0, 1)
        dates = QFormLayout()
        dates.addRow("Date", self.sort)
        dates.addRow("", self.dates)
        form.addLayout(dates, 1, 0, 1, 2)
        layout.addLayout(form)

        buttons = QHBoxLayout()
        self.search_button = QPushButton("Search")
        self.search_button.setDefault(True)
        self.open_button = QPushButton("Open order")
        self.flag_button = QPushButton("Flag dispute…")
        self.export_button = QPushButton("Export selected…")
        self.export_all_button = QPushButton("Export whole search…")
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
        self.model.failed.connect(lambda text: self.status_label.setText(f"Search failed: {text}"))
        self.model.loading_changed.connect(lambda busy: busy and self.status_label.setText("Searching…"))

    def query(self) -> ReviewQuery:
        """The filters as a query; raises ReviewError for a range that makes no sense."""
        since, until = self.dates.value()
        status = self.status.currentText()
        return ReviewQuery(
            order_id=self.order_id.text().strip(),
            tracking=self.tracking.text().strip(),
            recipient=self.recipient.text().strip(),
            recipient_contains=self.contains.isChecked(),
            since=since,
            until=until,
            packer=self.packer.text().strip(),
            station=self.station.text().strip(),
            statuses=() if status == ANY else (OrderStatus(status),),
            flagged=FLAG_CHOICES[self.flag.currentText()],
            sort=self.sort.currentData(),
        )

    def run_search(self) -> None:
        try:
            query = self.query()
        except ReviewError as exc:
            self.status_label.setText(str(exc))
            return
        self.model.search(query)

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return self.model.order_ids(rows)

    def _current(self) -> str | None:
        ids = self.selected_ids()
        if not ids:
            self.status_label.setText("Select an order first.")
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
            self.status_label.setText(str(exc))

    def _loaded(self, count: int) -> None:
        more = "" if self.model.exhausted else "+ (scroll for more)"
        self.status_label.setText(f"{count}{more} order(s)" if count else "No orders match.")
        if 0 < count <= self.model.page_size:  # size columns to the first page, then keep them steady
            self.table.resizeColumnsToContents()

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
