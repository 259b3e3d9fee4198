"""Label: the label prints as soon as the order is packed; the page shows its preview and each parcel's job.

A waiting label (printer out of paper, off, ...) shows the printer's reason; OK retries. A label
whose result is unknown (the line broke mid-send) waits for the packer: OK confirms it came out,
Reprint prints it again. Void needs a supervisor.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from packstation.domain.commands import Command
from packstation.domain.texts import QT_TRANSLATE_NOOP, translate
from packstation.services.station.view import Step
from packstation.ui.i18n import shown
from packstation.ui.station.flow import StationFlow
from packstation.ui.station.label_prompts import LabelPrompts
from packstation.ui.station.widgets import Page, PageAction, card, label

POLL_MS = 1500  # while a label waits, re-read its job so a label the spool printed moves the order on


class LabelPreview(QLabel):
    """A rendered label (PNG bytes), scaled to fit the space it has, never stretched.

    Decoding the PNG and scaling it smoothly take a few milliseconds: with a `runner` they run off
    the GUI thread (QImage is safe there) and only the finished picture is put up."""

    def __init__(self, parent: QWidget | None = None, runner: Any = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(160, 240)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setStyleSheet("background:white; border:1px solid #ccd;")
        self.original = QImage()
        self.data = b""

    def show_png(self, data: bytes) -> None:
        if data == self.data:
            return
        self.data = data
        self.original = QImage()
        if not data:
            self.setPixmap(QPixmap())
            self.setText(shown(translate("Label", "preview when the label is made")))
            return
        size = self.size()
        if self.runner is None:
            self._put(data, _decoded(data, size))
            return
        self.runner.run(lambda: _decoded(data, size), on_done=lambda images: self._put(data, images))

    def _put(self, data: bytes, images: tuple[QImage, QImage]) -> None:
        if data != self.data or not shiboken6.isValid(self):
            return  # a newer label came (or the window closed) while this one was decoded
        self.original, fitted = images
        self.setText("")
        if fitted.size() == _fitted_size(self.original, self.size()):
            self.setPixmap(QPixmap.fromImage(fitted))
        else:
            self._fit()  # resized while it was decoded

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self.original.isNull():
            self.setPixmap(QPixmap())
            return
        self.setPixmap(QPixmap.fromImage(_scaled(self.original, self.size())))


def _decoded(data: bytes, size: QSize) -> tuple[QImage, QImage]:
    """The label's picture and the same scaled to fit `size` (runs on a worker)."""
    image = QImage.fromData(data, "PNG")
    return image, _scaled(image, size)


def _scaled(image: QImage, size: QSize) -> QImage:
    if image.isNull():
        return image
    return image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


def _fitted_size(image: QImage, size: QSize) -> QSize:
    return image.size().scaled(size, Qt.AspectRatioMode.KeepAspectRatio) if not image.isNull() else QSize()


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
        carrier = order.carrier or shown(translate("Label", "carrier"))
        self.title.setText(
            shown(translate("Label", "Order {order} · label · {carrier}").format(order=order.order_id, carrier=carrier))
        )
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
            self.state.setText(shown(translate("Label", "Did the label come out? OK: yes, it printed · F7: reprint it")))
        elif view.in_state("waiting"):
            self.state.setText(
                shown(translate("Label", "Label waiting for the printer: fix it, then press OK (F3) to retry"))
            )
        elif view.parcels and not view.in_state("none"):
            self.state.setText(shown(translate("Label", "Label printed: stick it on the parcel")))
        else:
            self.state.setText(shown(translate("Label", "Label not printed yet: press OK (F3) to print")))
        self.jobs.setText(
            "<br>".join(shown(p.line) for p in view.parcels) if view.order_id == order.order_id else ""
        )
        tracking = ", ".join(p.tracking_number for p in view.parcels if p.tracking_number)
        number = tracking or order.tracking_number or shown(translate("Label", "allocated when the label prints"))
        self.detail.setText(shown(translate("Label", "Tracking: {number}").format(number=number)))
        self._show_previews([p.preview for p in view.parcels] or [b""])

    def _show_previews(self, pngs: list[bytes]) -> None:
        while len(self.previews) < len(pngs):
            preview = LabelPreview(runner=self.flow.reader)
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
            self.flow.say(translate("Label", "Wait for the label, then stick it on the parcel."), "warn")

    def ok(self) -> None:
        """OK: confirm an uncertain label, retry a waiting one, or print when there is none."""
        self.flow.label_ok()

    def next_action(self) -> str:
        if self.flow.busy:
            return translate("Label", "wait for the label and stick it on the parcel")
        return self.flow.view.next_action

    def actions(self) -> list[PageAction]:
        view = self.flow.label_view
        if view.in_state("unknown"):
            ok = QT_TRANSLATE_NOOP("Label", "Confirm printed")
        elif view.in_state("waiting"):
            ok = QT_TRANSLATE_NOOP("Label", "Retry")
        else:
            ok = QT_TRANSLATE_NOOP("Label", "Print label")
        return [PageAction(Command.CONFIRM, ok, self.ok), *self.prompts.actions()]
