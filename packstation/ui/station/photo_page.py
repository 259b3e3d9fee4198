"""Photograph: live preview of the parcel; PHOTO (F5, command barcode or foot pedal) takes the next photo.

The page shows which photo is wanted now, what is still missing, and a warning when the camera has
been failing. A supervisor's badge scanned here accepts a label photo whose barcode could not be
read, or, when the camera is failing, lets the order go without its missing photos (both audited).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from packstation.domain.codes import PHOTO_KIND_NAMES, code_name
from packstation.domain.commands import Command
from packstation.domain.texts import QT_TRANSLATE_NOOP, translate
from packstation.services.station.view import Step
from packstation.ui.i18n import shown
from packstation.ui.station.camera_view import CameraView, FrameRelay
from packstation.ui.station.flow import StationFlow
from packstation.ui.station.label_prompts import LabelPrompts
from packstation.ui.station.widgets import Page, PageAction, card, label


class PhotoPage(Page):
    """Preview, the photo wanted now, and the camera's health; PHOTO or OK captures off the GUI thread."""

    step = Step.PHOTO

    def __init__(
        self,
        flow: StationFlow,
        required: list[str],
        photo_step: Any = None,
        relay: FrameRelay | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(flow, parent)
        self.required, self.photo_step = required, photo_step
        self.title = label("", "title", wrap=True)
        self.state = label("", "huge", wrap=True)
        self.detail = label("", "big", wrap=True)
        self.camera_warning = label("", "big", wrap=True)
        self.camera_warning.setStyleSheet("color: #b00020; font-weight: bold;")
        self.preview = CameraView(relay) if relay is not None else None
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        row = QHBoxLayout()
        if self.preview is not None:
            row.addWidget(self.preview, 3)
        row.addWidget(card(self.state, self.detail, self.camera_warning), 2)
        box.addLayout(row, 1)
        self.prompts = LabelPrompts(flow)
        box.addWidget(self.prompts)
        self.health = QTimer(self)
        self.health.timeout.connect(self.show_camera_health)
        self.health.start(500)

    # -- rendering -------------------------------------------------------------------------------
    def render(self) -> None:
        view = self.flow.view
        order, photos = view.order, view.photos
        if order is None:
            return
        title = translate("Photo", "Order {order} · proof photos · tracking {tracking}")
        self.title.setText(shown(title.format(order=order.order_id, tracking=order.tracking_number or "—")))
        missing = list(photos.missing)
        required = list(photos.required) or list(self.required)
        if self.flow.busy:
            self.state.setText(self.flow.busy)
        elif missing:
            done = len(required) - len(missing)
            state = translate("Photo", "Photo {number} of {count}: {name}")
            name = code_name(PHOTO_KIND_NAMES, missing[0])
            self.state.setText(shown(state.format(number=done + 1, count=len(required), name=name)))
        else:
            self.state.setText(shown(translate("Photo", "Put the sealed, labelled parcel under the camera")))
        kinds = [shown(code_name(PHOTO_KIND_NAMES, kind)) for kind in missing or required]
        needed = ", ".join(kinds) or shown(translate("Photo", "one photo"))
        retake = translate("Photo", "Label not readable: turn it to the camera and take the photo again. ")
        still = translate("Photo", "Still needed: {photos}. Order, tracking, station, packer and time are burned in.")
        self.detail.setText((shown(retake) if photos.needs_retake else "") + shown(still.format(photos=needed)))
        self.show_camera_health()

    def show_camera_health(self) -> None:
        """The camera's current or recent trouble, in red on the page (the status bar has it too)."""
        camera = getattr(self.photo_step, "camera", None)
        text = camera.trouble() if camera is not None and hasattr(camera, "trouble") else ""
        if text and self.flow.order is not None:
            text += shown(
                translate("Photo", " A supervisor may scan their badge to let the order go without the photos.")
            )
        if self.camera_warning.text() != text:
            self.camera_warning.setText(text)

    # -- input -----------------------------------------------------------------------------------
    def on_scan(self, code: str) -> None:
        if self.prompts.on_scan(code):
            return
        self.flow.photo_scan(code)

    def next_action(self) -> str:
        if self.flow.busy:
            return translate("Photo", "taking the photo …")
        return self.flow.view.next_action

    def actions(self) -> list[PageAction]:
        return [
            PageAction(Command.PHOTO, QT_TRANSLATE_NOOP("Photo", "Take photo"), self.flow.photograph),
            PageAction(Command.CONFIRM, QT_TRANSLATE_NOOP("Photo", "Take photo"), self.flow.photograph),
            *self.prompts.actions(),
        ]
