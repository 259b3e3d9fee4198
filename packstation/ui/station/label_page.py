"""Label: the label prints as soon as the order is packed; the page shows its preview and each parcel's job.

A waiting label (printer out of paper, off, ...) shows the printer's reason; OK retries. A label
whose result is unknown (the line broke mid-send) waits for the packer: OK confirms it came out,
Reprint prints it again. Void needs a supervisor.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from packstation.domain.commands import Command
from packstation.services.station.view import Step
from packstation.ui.station.flow import StationFlow
from packstation.ui.station.label_prompts import LabelPrompts
from packstation.ui.station.widgets import Page, PageAction, card, label

POLL_MS = 1500  # while a label waits, re-read its job so a label the spool printed moves the order on


class LabelPreview(QLabel):
    """A rendered label (PNG bytes), scaled to fit the space it has, never stretched."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(160, 240)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setStyleSheet("background:white; border:1px solid #ccd;")
        self.original = QPixmap()
        self.data = b""

    def show_png(self, data: bytes) -> None:
        if data == self.data:
            return
        self.data = data
        self.original = QPixmap()
        if data:
            self.original.loadFromData(data, "PNG")
        self.setText("" if data else "preview when the label is made")
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self.original.isNull():
            self.setPixmap(QPixmap())
            return
        self.setPixmap(
            self.original.scaled(
                self.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )


class LabelPage(Page):
    """Starts printing when shown (the label service decides the printer); shows preview, jobs and choices."""

    step = Step.LABEL

    def __init__(self, flow: StationFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.title = label("", "title", wrap=True)
        self.state = label("", "huge", wrap=True)
        self.jobs = label("", "big", wrap=True)
        self.detail = label("", "big", wrap=True)
        self.previews: list[LabelPreview] = []
        self.preview_row = QHBoxLayout()
        self.prompts = LabelPrompts(flow)
        row = QHBoxLayout()
        row.addLayout(self.preview_row, 2)
        row.addWidget(card(self.state, self.jobs, self.detail), 3)
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addLayout(row, 1)
        box.addWidget(self.prompts)
        flow.labels_loaded.connect(self.show_labels)
        self.poll = QTimer(self)
        self.poll.timeout.connect(self._poll)
        self.poll.start(POLL_MS)

    # -- rendering -------------------------------------------------------------------------------
    def render(self) -> None:
        order = self.flow.order
        if order is None:
            return
        self.title.setText(f"Order {order.order_id} · label · {order.carrier or 'carrier'}")
        self.show_labels()

    def show_labels(self) -> None:
        """The state line, one line per parcel and the previews, from the flow's last label view."""
        view = self.flow.label_view
        order = self.flow.order
        if order is None:
            return
        if self.flow.busy:
            self.state.setText(self.flow.busy)
        elif view.in_state("unknown"):
            self.state.setText("Did the label come out? OK: yes, it printed · F7: reprint it")
        elif view.in_state("waiting"):
            self.state.setText("Label waiting for the printer: fix it, then press OK (F3) to retry")
        elif view.parcels and not view.in_state("none"):
            self.state.setText("Label printed: stick it on the parcel")
        else:
            self.state.setText("Label not printed yet: press OK (F3) to print")
        self.jobs.setText(
            "<br>".join(p.line for p in view.parcels) if view.order_id == order.order_id else ""
        )
        tracking = ", ".join(p.tracking_number for p in view.parcels if p.tracking_number)
        self.detail.setText(
            f"Tracking: {tracking or order.tracking_number or 'allocated when the label prints'}"
        )
        self._show_previews([p.preview for p in view.parcels] or [b""])

    def _show_previews(self, pngs: list[bytes]) -> None:
        while len(self.previews) < len(pngs):
            preview = LabelPreview()
            self.previews.append(preview)
            self.preview_row.addWidget(preview, 1)
        for preview, png in zip(self.previews, pngs, strict=False):
            preview.show_png(png)
        for index, preview in enumerate(self.previews):
            preview.setVisible(index < len(pngs))

    def _poll(self) -> None:
        if self.isVisible() and not self.flow.busy and self.flow.step is Step.LABEL:
            view = self.flow.label_view
            if view.in_state("waiting") or not view.parcels:
                self.flow.refresh_labels()

    # -- input -----------------------------------------------------------------------------------
    def on_scan(self, code: str) -> None:
        if not self.prompts.on_scan(code):
            self.flow.say("Wait for the label, then stick it on the parcel.", "warn")

    def ok(self) -> None:
        """OK: confirm an uncertain label, retry a waiting one, or print when there is none."""
        self.flow.label_ok()

    def next_action(self) -> str:
        if self.flow.busy:
            return "wait for the label and stick it on the parcel"
        return self.flow.view.next_action

    def actions(self) -> list[PageAction]:
        view = self.flow.label_view
        ok = (
            "Confirm printed"
            if view.in_state("unknown")
            else ("Retry" if view.in_state("waiting") else "Print label")
        )
        return [PageAction(Command.CONFIRM, ok, self.ok), *self.prompts.actions()]
