"""One order's evidence: timeline, scans with verdicts, weights, label preview and verified photos."""

from __future__ import annotations

import html
import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.codes import (
    EVENT_NAMES,
    PHOTO_KIND_NAMES,
    VERDICT_NAMES,
    code_name,
    verification_name,
)
from packstation.domain.orders import STATUS_NAMES
from packstation.domain.users import Actor
from packstation.services.review import OrderPage, PhotoEntry, ReviewService
from packstation.services.video_acceptance import VideoDecisions
from packstation.ui.i18n import shown
from packstation.ui.review.photo_viewer import PhotoViewer
from packstation.ui.review.video_decision import VideoDecisionBar
from packstation.ui.review.video_player import VideoPlayer
from packstation.ui.theme import PALETTE

ACCEPTED_VERDICTS = ("ok", "complete")
log = logging.getLogger(__name__)


def when(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M:%S") if value else ""


def grams(value: float | None) -> str:
    return "" if value is None else f"{value:,.0f} g"


def fill_table(
    table: QTableWidget, headers: list[str], rows: list[list[str]], colours: list[str | None]
) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, (cells, colour) in enumerate(zip(rows, colours, strict=True)):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if colour:
                item.setBackground(QColor(colour))
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)


def photo_caption(photo: PhotoEntry) -> str:
    mark = (
        QCoreApplication.translate("OrderPage", "✓ verified")
        if photo.verified
        else "✗ " + shown(verification_name(photo.verification))
    )
    label = (
        QCoreApplication.translate("OrderPage", "label visible")
        if photo.label_visible
        else (
            QCoreApplication.translate("OrderPage", "accepted without label")
            if photo.accepted_without_label
            else QCoreApplication.translate("OrderPage", "no label")
        )
    )
    head = QCoreApplication.translate("OrderPage", "{kind} (parcel {parcel})").format(
        kind=shown(code_name(PHOTO_KIND_NAMES, photo.kind)), parcel=photo.parcel
    )
    return f"{head} — {mark}\n{when(photo.taken_at)} · {label}"


def load_page(review: ReviewService, actor: Actor, order_id: str) -> tuple[OrderPage, dict[str, QImage]]:
    """Worker-thread part: the order page (photo files hashed) and each photo decoded to an image."""
    page = review.order_page(actor, order_id)
    images: dict[str, QImage] = {}
    for photo in page.photos:
        if photo.blob_path is not None and photo.blob_path.is_file():
            image = QImage.fromData(photo.blob_path.read_bytes())
            if not image.isNull():
                images[photo.id] = image
    return page, images


class OrderPageView(QWidget):
    """Shows an `OrderPage`; asks the window to flag, clear, export or go back."""

    back_requested = Signal()
    flag_requested = Signal(str)
    clear_requested = Signal(str)
    export_requested = Signal(list)
    loaded = Signal(str)
    failed = Signal(str)

    def __init__(
        self, review: ReviewService, actor: Actor, runner: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.review, self.actor, self.runner = review, actor, runner
        self.page: OrderPage | None = None
        self.images: dict[str, QImage] = {}
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Search"))
        self.title = QLabel("")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.flag_button = QPushButton(self.tr("Flag dispute…"))
        self.clear_button = QPushButton(self.tr("Clear flag"))
        self.export_button = QPushButton(self.tr("Export evidence pack…"))
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        for b in (self.flag_button, self.clear_button, self.export_button):
            top.addWidget(b)
        layout.addLayout(top)
        self.flag_banner = QLabel("")
        self.flag_banner.setStyleSheet(f"background:{PALETTE.warn_bg}; color:{PALETTE.warn}; padding:6px;")
        self.flag_banner.setVisible(False)
        layout.addWidget(self.flag_banner)

        self.tabs = QTabWidget()
        self.timeline = QTableWidget()
        self.scans = QTableWidget()
        self.weights = QTableWidget()
        self.label_image = QLabel("")
        self.label_image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label_scroll = QScrollArea()
        label_scroll.setWidget(self.label_image)
        label_scroll.setWidgetResizable(True)
        self.photo_list = QListWidget()
        self.viewer = PhotoViewer()
        self.photo_state = QLabel("")
        self.photo_state.setWordWrap(True)
        viewer_box = QWidget()
        vb = QVBoxLayout(viewer_box)
        vb.setContentsMargins(0, 0, 0, 0)
        vb.addWidget(self.photo_state)
        vb.addWidget(self.viewer, 1)
        hint = QLabel(
            self.tr("Wheel or +/− to zoom, drag to pan, 0 to fit, F11 or double-click for full screen.")
        )
        hint.setWordWrap(True)
        vb.addWidget(hint)
        photos = QSplitter()
        photos.addWidget(self.photo_list)
        photos.addWidget(viewer_box)
        photos.setStretchFactor(1, 3)
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self.scans, self.tr("Scans"))
        self.tabs.addTab(self.weights, self.tr("Weights"))
        self.tabs.addTab(label_scroll, self.tr("Label"))
        self.tabs.addTab(photos, self.tr("Photos"))
        self.video = VideoPlayer()
        self.video_decision = VideoDecisionBar(
            VideoDecisions(review.uow, review.blob_root, getattr(review, "station", "")), actor, runner
        )
        self.video_decision.decided.connect(self.load)  # the timeline shows the decision
        video_box = QWidget()
        video_layout = QVBoxLayout(video_box)
        video_layout.setContentsMargins(0, 0, 0, 0)
        video_layout.addWidget(self.video_decision)
        video_layout.addWidget(self.video, 1)
        self.tabs.addTab(video_box, self.tr("Video"))
        layout.addWidget(self.tabs, 1)

        self.back_button.clicked.connect(self.back_requested)
        self.flag_button.clicked.connect(
            lambda: self.page and self.flag_requested.emit(self.page.order.order_id)
        )
        self.clear_button.clicked.connect(
            lambda: self.page and self.clear_requested.emit(self.page.order.order_id)
        )
        self.export_button.clicked.connect(
            lambda: self.page and self.export_requested.emit([self.page.order.order_id])
        )
        self.photo_list.currentRowChanged.connect(self.show_photo)

    # -- loading ------------------------------------------------------------------------------------
    def load(self, order_id: str) -> None:
        self.title.setText(self.tr("Loading order {order}…").format(order=html.escape(order_id)))
        self.runner.run(
            lambda: load_page(self.review, self.actor, order_id),
            on_done=lambda result: self.show_page(*result),
            on_error=lambda exc: self._failed(order_id, exc),
        )

    def _failed(self, order_id: str, exc: BaseException) -> None:
        log.warning("order %s could not be opened", order_id, exc_info=exc)
        self.title.setText(
            self.tr("Order {order} could not be opened (the log has the details).").format(
                order=html.escape(order_id)
            )
        )
        self.failed.emit(str(exc))

    def show_page(self, page: OrderPage, images: dict[str, QImage]) -> None:
        self.page, self.images = page, images
        self._load_video(page.order.order_id)
        o = page.order
        people = " · ".join(shown(p) for p in page.people) or self.tr("packer {user}").format(
            user=o.packer or "-"
        )
        head = self.tr(
            "<b>Order {order}</b> · {status} · {recipient} · {carrier} {tracking} · station {station}"
        )
        self.title.setText(
            head.format(
                order=html.escape(o.order_id),
                status=html.escape(shown(STATUS_NAMES.get(o.status.value, o.status.value))),
                recipient=html.escape(o.recipient.name),
                carrier=html.escape(o.carrier),
                tracking=html.escape(o.tracking_number),
                station=html.escape(o.station or "-"),
            )
            + f"<br>{html.escape(people)}<br>{shown(page.verification_summary)}"
        )
        self.flag_banner.setText(self.tr("Disputed: {note}").format(note=o.flagged))
        self.flag_banner.setVisible(bool(o.flagged))
        self.clear_button.setEnabled(bool(o.flagged))
        fill_table(
            self.timeline,
            [self.tr("When"), self.tr("Event"), self.tr("Who"), self.tr("Where"), self.tr("What")],
            [
                [when(e.occurred_at), shown(code_name(EVENT_NAMES, e.type)), e.user, e.station, shown(e.summary)]
                for e in page.timeline
            ],
            [
                PALETTE.warn_bg if e.type in ("DisputeFlagged", "OrderHeld", "ScanRejected") else None
                for e in page.timeline
            ],
        )
        fill_table(
            self.scans,
            [
                self.tr("When"),
                self.tr("Code"),
                self.tr("SKU"),
                self.tr("Verdict"),
                self.tr("Line"),
                self.tr("Who"),
                self.tr("Station"),
                self.tr("Undone"),
            ],
            [
                [
                    when(s.at),
                    s.raw,
                    s.sku,
                    shown(code_name(VERDICT_NAMES, s.verdict)),
                    "" if s.line_no is None else str(s.line_no),
                    s.user,
                    s.station,
                    self.tr("undone: {reason}").format(reason=shown(s.undo_reason)) if s.undone else "",
                ]
                for s in page.scans
            ],
            [
                PALETTE.ok_bg if s.verdict in ACCEPTED_VERDICTS and not s.undone else PALETTE.error_bg
                for s in page.scans
            ],
        )
        fill_table(
            self.weights,
            [
                self.tr("Parcel"),
                self.tr("Box"),
                self.tr("Expected"),
                self.tr("Measured"),
                self.tr("Difference"),
                self.tr("Override"),
                self.tr("Tracking"),
            ],
            [
                [
                    str(w.parcel),
                    w.box_code,
                    grams(w.expected_g),
                    grams(w.measured_g),
                    "" if w.difference_g is None else f"{w.difference_g:+,.0f} g",
                    shown(w.override),
                    w.tracking_number,
                ]
                for w in page.weights
            ],
            [PALETTE.warn_bg if w.override else None for w in page.weights],
        )
        self._show_label(page)
        self.photo_list.clear()
        for photo in page.photos:
            item = QListWidgetItem(photo_caption(photo))
            item.setData(Qt.ItemDataRole.UserRole, photo.id)
            item.setBackground(QColor(PALETTE.ok_bg if photo.verified else PALETTE.error_bg))
            image = images.get(photo.id)
            if image is not None:
                item.setIcon(QPixmap.fromImage(image.scaledToWidth(96)))
            self.photo_list.addItem(item)
        if page.photos:
            self.photo_list.setCurrentRow(0)
        else:
            self.viewer.set_pixmap(QPixmap())
            self.photo_state.setText(self.tr("No proof photos for this order."))
        self.loaded.emit(o.order_id)

    def _load_video(self, order_id: str) -> None:
        from packstation.services.review_video import prepare_review_video

        self.video.load(None)
        self.video_decision.load(order_id)
        cache = self.review.blob_root.parent / "video" / "review"
        self.runner.run(
            lambda: prepare_review_video(self.review.uow, self.review.blob_root, order_id, cache),
            on_done=lambda video: (
                self.page is not None and self.page.order.order_id == order_id and self.video.load(video)
            ),
        )

    def _show_label(self, page: OrderPage) -> None:
        if page.labels:
            number = min(page.labels)
            pixmap = QPixmap()
            pixmap.loadFromData(page.labels[number], "PNG")
            self.label_image.setPixmap(pixmap)
            self.label_image.setToolTip(
                self.tr("Label preview (parcel {parcel} of {count})").format(
                    parcel=number, count=len(page.labels)
                )
                if len(page.labels) > 1
                else self.tr("Label preview")
            )
        else:
            self.label_image.setPixmap(QPixmap())
            self.label_image.setText(
                self.tr("No label preview: {reason}").format(reason=shown(page.label_problem))
            )

    def show_photo(self, row: int) -> None:
        if self.page is None or not 0 <= row < len(self.page.photos):
            return
        photo = self.page.photos[row]
        image = self.images.get(photo.id)
        self.viewer.set_pixmap(QPixmap.fromImage(image) if image is not None else QPixmap())
        state = (
            self.tr("Verified: file and record match the hash chain.")
            if photo.verified
            else self.tr("NOT VERIFIED ({problem}): {details}").format(
                problem=shown(verification_name(photo.verification)), details="; ".join(shown(d) for d in photo.details)
            )
        )
        colour = PALETTE.ok if photo.verified else PALETTE.error
        self.photo_state.setStyleSheet(f"color:{colour}; font-weight:bold;")
        self.photo_state.setText(
            f"{state}\nSHA-256 {photo.sha256}"
            + ("" if image is not None else "\n" + self.tr("(file cannot be shown)"))
        )

    def current_photo(self) -> PhotoEntry | None:
        row = self.photo_list.currentRow()
        return self.page.photos[row] if self.page and 0 <= row < len(self.page.photos) else None
