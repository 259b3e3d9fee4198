"""Dispatch mode: hand the parcels to a courier. Carrier, courier, every parcel scanned out, proof, Shipped.

The page renders the `DispatchView` and forwards input to the `DispatchFlow`; the session decides. The
window shows it instead of the step pages while dispatch mode is on (F12 or the DISPATCH barcode).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.commands import Command
from packstation.domain.texts import translate
from packstation.services.dispatch import DispatchStage, DispatchView, VerdictView
from packstation.services.station.view import Step
from packstation.ui.i18n import shown
from packstation.ui.station.camera_view import CameraView, FrameRelay
from packstation.ui.station.dispatch_flow import DispatchFlow
from packstation.ui.station.flow import StationFlow
from packstation.ui.station.signature_pad import SignaturePad
from packstation.ui.station.widgets import Page, PageAction, card, label, worded
from packstation.ui.theme import PALETTE

# The session names photos by kind; the page shows the kind in the packer's language.
_PHOTO_NAMES = {
    "parcels": translate("DispatchPage", "parcels"),
    "courier": translate("DispatchPage", "courier"),
    "receipt": translate("DispatchPage", "receipt"),
}

LOUD_MS = 2500  # a wrong carrier stays on screen in red this long at least


class DispatchPage(Page):
    """Carrier choice, courier form, the count line and the last verdict, left-behind list and proof."""

    step = Step.QUEUE  # not a packing step: the window shows it by `active`, never by step

    def __init__(
        self, flow: StationFlow, dispatch: DispatchFlow, camera: Any = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(flow, parent)
        self.dispatch = dispatch
        # The station's one camera: while closing, its frames also feed this page's own preview relay.
        self.camera = camera if hasattr(camera, "subscribe") else None
        self.relay = FrameRelay(self) if self.camera is not None else None
        self.preview = CameraView(self.relay) if self.relay is not None else None
        self._unsubscribe: Callable[[], None] | None = None
        self.title = label(translate("DispatchPage", "Dispatch"), "title", wrap=True)
        self.count = label("", "huge")
        self.verdict = label("", "huge", wrap=True)
        self.verdict.setMinimumHeight(80)
        self.loud_until = QTimer(self)
        self.loud_until.setSingleShot(True)
        # carrier stage
        self.carriers = QListWidget()
        self.carriers.setStyleSheet("font-size: 22pt;")
        self.carriers.itemActivated.connect(self._carrier_chosen)
        self.carriers.itemClicked.connect(self._carrier_chosen)
        # courier stage
        self.courier = QLineEdit()
        worded(self.courier, translate("DispatchPage", "Courier's name"), "setPlaceholderText")
        self.plate = QLineEdit()
        worded(self.plate, translate("DispatchPage", "Vehicle plate (optional)"), "setPlaceholderText")
        self.courier.returnPressed.connect(self.plate.setFocus)
        self.plate.returnPressed.connect(self._open_handover)
        self.open_button = worded(QPushButton(), translate("DispatchPage", "Open handover"))
        self.open_button.clicked.connect(self._open_handover)
        self.dropoff_button = worded(QPushButton(), translate("DispatchPage", "Drop-off: we take them to the carrier"))
        self.dropoff_button.setProperty("role", "secondary")
        self.dropoff_button.clicked.connect(self.dispatch.dropoff)
        self.courier_box = card(label(translate("DispatchPage", "Courier"), "big"), self.courier, self.plate)
        # scanning and closing
        self.parcels = QListWidget()
        self.parcels.setStyleSheet("font-size: 16pt;")
        self.incomplete = label("", "big", wrap=True)
        self.left_title = label("", "big", wrap=True)
        self.left = QListWidget()
        self.left.setStyleSheet("font-size: 16pt;")
        self.left.setMaximumHeight(160)
        self.photos = label("", "big", wrap=True)
        self.photo_button = worded(QPushButton(), translate("DispatchPage", "Take photo"))
        self.photo_button.clicked.connect(self.dispatch.take_photo)
        self.pad = SignaturePad()
        self.typed_name = QLineEdit()
        worded(self.typed_name, translate("DispatchPage", "…or the courier types their name"), "setPlaceholderText")
        self.clear_button = worded(QPushButton(), translate("DispatchPage", "Clear signature"))
        self.clear_button.setProperty("role", "secondary")
        self.clear_button.clicked.connect(self.pad.clear)
        self.close_button = QPushButton(self.tr("Close handover"))
        self.close_button.clicked.connect(self._ok)
        ack_row = QHBoxLayout()
        ack_row.addWidget(self.typed_name, 1)
        ack_row.addWidget(self.clear_button)
        self.ack_holder = ack_holder = QWidget()
        ack_box = QVBoxLayout(ack_holder)
        ack_box.setContentsMargins(0, 0, 0, 0)
        ack_box.addWidget(label(translate("DispatchPage", "The courier signs:"), "big"))
        ack_box.addWidget(self.pad)
        ack_box.addLayout(ack_row)
        self.closing_box = card(self.left_title, self.left, self.photos, ack_holder)
        # Buttons stay out of cards: a card makes every child's background transparent.
        self.closing_buttons = QWidget()
        buttons = QHBoxLayout(self.closing_buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.photo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        self.done = label("", "big", wrap=True)
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addWidget(self.count)
        box.addWidget(self.verdict)
        box.addWidget(self.carriers, 1)
        box.addWidget(self.courier_box)
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_button)
        open_row.addStretch(1)
        open_row.addWidget(self.dropoff_button)
        box.addLayout(open_row)
        self.lists = QWidget()
        lists = QVBoxLayout(self.lists)
        lists.setContentsMargins(0, 0, 0, 0)
        lists.addWidget(self.incomplete)
        lists.addWidget(self.parcels, 1)
        box.addWidget(self.lists, 1)
        self.closing_row = QWidget()
        closing = QHBoxLayout(self.closing_row)
        closing.setContentsMargins(0, 0, 0, 0)
        if self.preview is not None:
            closing.addWidget(self.preview, 1)
        closing.addWidget(self.closing_box, 1)
        box.addWidget(self.closing_row, 1)
        box.addWidget(self.closing_buttons)
        box.addWidget(self.done)
        dispatch.changed.connect(self.render)
        dispatch.verdict.connect(self.show_verdict)
        flow.changed.connect(self._follow_login)
        self._stage: DispatchStage | None = None

    @property
    def active(self) -> bool:
        return self.dispatch.active

    # -- rendering --------------------------------------------------------------------------------
    def render(self) -> None:
        view = self.dispatch.view
        self._follow_camera(view.active and view.stage is DispatchStage.CLOSING)
        if not view.active:
            return
        stage = view.stage
        who = (
            self.tr(" · courier {name}").format(name=view.courier)
            if view.courier and stage is not DispatchStage.COURIER
            else ""
        )
        plate = (
            f" · {view.vehicle_plate}" if view.vehicle_plate and stage is not DispatchStage.COURIER else ""
        )
        handover = f" · {view.handover_id}" if view.handover_id else ""
        carrier = view.carrier or self.tr("choose the carrier")
        self.title.setText(self.tr("Dispatch · {carrier}").format(carrier=carrier) + f"{who}{plate}{handover}")
        self.count.setText(
            shown(view.count_line) if stage in (DispatchStage.SCANNING, DispatchStage.CLOSING) else ""
        )
        self.carriers.setVisible(stage is DispatchStage.CARRIER)
        self.courier_box.setVisible(stage is DispatchStage.COURIER)
        self.open_button.setVisible(stage is DispatchStage.COURIER)
        self.dropoff_button.setVisible(stage is DispatchStage.COURIER)
        scanning = stage in (DispatchStage.SCANNING, DispatchStage.CLOSING)
        self.lists.setVisible(stage is DispatchStage.SCANNING)  # closing needs the room for proof
        self.closing_buttons.setVisible(stage is DispatchStage.CLOSING)
        self.verdict.setVisible(stage is DispatchStage.SCANNING)
        self.incomplete.setVisible(bool(view.incomplete))
        self.closing_row.setVisible(stage is DispatchStage.CLOSING)
        self.done.setVisible(stage is DispatchStage.DONE)
        if stage is DispatchStage.CARRIER:
            self._show_carriers(view)
            self.verdict.setText("")
        elif stage is DispatchStage.COURIER:
            if view.courier and self.courier.text() != view.courier:
                self.courier.setText(view.courier)
            if view.vehicle_plate and self.plate.text() != view.vehicle_plate:
                self.plate.setText(view.vehicle_plate)
        if scanning:
            self._show_parcels(view)
        if stage is DispatchStage.CLOSING:
            self._show_closing(view)
        if stage is DispatchStage.DONE:
            printed = f"<br>{shown(view.summary_printed)}" if view.summary_printed else ""
            words = self.tr("✔ Manifest {manifest}: {parcels}, {orders} Shipped.").format(
                manifest=view.manifest_id,
                parcels=self.tr("%n parcel(s)", "", len(view.parcels)),
                orders=self.tr("%n order(s)", "", view.shipped_orders),
            )
            self.done.setText(f"<span style='color:{PALETTE.ok}'>{words}</span>{printed}")
            self.verdict.setText("")
        if stage is not self._stage:
            self._stage = stage
            if not self.loud_until.isActive():
                self.verdict.setText("")
            self.focus_first()
            if stage is DispatchStage.CARRIER:
                self.courier.clear()
                self.plate.clear()
                self.pad.clear()
                self.typed_name.clear()

    def _show_carriers(self, view: DispatchView) -> None:
        none = self.tr("No parcels are staged: scan the courier's manifest barcode or type the carrier")
        lines = [shown(c.line) for c in view.carriers] or [none]
        if [self.carriers.item(i).text() for i in range(self.carriers.count())] == lines:
            return
        self.carriers.clear()
        for choice in view.carriers:
            item = QListWidgetItem(shown(choice.line))
            item.setData(256, choice.carrier)  # Qt.UserRole
            if choice.late:
                item.setForeground(_colour(PALETTE.overdue))
            elif choice.due_today:
                item.setForeground(_colour(PALETTE.due_soon))
            self.carriers.addItem(item)
        if not view.carriers:
            self.carriers.addItem(none)

    def _show_parcels(self, view: DispatchView) -> None:
        if self.parcels.count() != len(view.parcels) or (
            view.parcels and self.parcels.item(0).text().split()[0] != view.parcels[-1].tracking_number
        ):
            self.parcels.clear()
            for p in reversed(view.parcels):
                line = self.tr("order {order} · parcel {number}").format(order=p.order_id, number=p.number)
                self.parcels.addItem(f"{p.tracking_number}   {line}")
        rest = "; ".join(
            self.tr("order {order}: still {parcels}").format(order=oid, parcels=", ".join(t))
            for oid, t in view.incomplete
        )
        words = self.tr("Not complete: {rest}").format(rest=rest)
        self.incomplete.setText(f"<span style='color:{PALETTE.warn}'>{words}</span>" if rest else "")

    def _show_closing(self, view: DispatchView) -> None:
        if view.left_behind:
            state = (
                self.tr("confirmed: they stay")
                if view.left_behind_confirmed
                else self.tr("scan them, or OK to leave them")
            )
            self.left_title.setText(
                self.tr("Left behind for {carrier} ({count}): {state}").format(
                    carrier=view.carrier, count=len(view.left_behind), state=state
                )
            )
        else:
            self.left_title.setText(self.tr("Nothing left behind for this carrier."))
        self.left.setVisible(bool(view.left_behind))
        wanted = [f"{p.tracking_number}   " + self.tr("order {order}").format(order=p.order_id) for p in view.left_behind]
        if [self.left.item(i).text() for i in range(self.left.count())] != wanted:
            self.left.clear()
            self.left.addItems(wanted)
        taken = ", ".join(shown(_PHOTO_NAMES.get(p, p)) for p in view.photos) or self.tr("none yet")
        dropoff = view.kind == "dropoff"
        self.ack_holder.setVisible(not dropoff)  # nobody signs at a drop-off: the receipt is the proof
        if dropoff:
            self.photos.setText(
                self.tr("Drop-off photos: {taken} (PHOTO: the carrier's drop-off receipt)").format(taken=taken)
            )
            self.photo_button.setText(self.tr("Take photo of the receipt"))
        else:
            self.photos.setText(
                self.tr("Handover photos: {taken} (PHOTO: the parcels, then the courier with them)").format(
                    taken=taken
                )
            )
            self.photo_button.setText(
                self.tr("Take photo of the courier") if "parcels" in view.photos else self.tr("Take photo of the parcels")
            )
        if view.acknowledgement:
            self.close_button.setText(
                self.tr("Close handover (acknowledged: {who})").format(who=view.acknowledgement)
            )
        else:
            self.close_button.setText(self.tr("Close handover"))

    def _follow_camera(self, wanted: bool) -> None:
        """Preview frames only while closing: no scaling work for a page nobody sees."""
        if wanted and self._unsubscribe is None and self.camera is not None and self.relay is not None:
            self._unsubscribe = self.camera.subscribe(self.relay.offer)
        elif not wanted and self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def show_verdict(self, outcome: VerdictView) -> None:
        """The parcel's verdict in large type: green when it goes, red when it must not."""
        verdict = outcome.verdict
        if outcome.accepted:
            if self.loud_until.isActive():
                return  # the wrong-carrier warning stays up a moment; the banner has the new verdict
            self.verdict.setStyleSheet(f"color:{PALETTE.ok};")
            self.verdict.setText(
                f"✔ {verdict.tracking_number} · " + self.tr("order {order}").format(order=verdict.order_id)
            )
            return
        if outcome.loud:
            self.loud_until.start(LOUD_MS)
            self.verdict.setStyleSheet(
                f"color:white; background:{PALETTE.error}; padding:12px; border-radius:8px;"
            )
        else:
            self.verdict.setStyleSheet(f"color:{PALETTE.error};")
        self.verdict.setText(f"✖ {shown(verdict.message)}")

    # -- input ------------------------------------------------------------------------------------
    def on_scan(self, code: str) -> None:
        self.dispatch.scan(code)

    def _carrier_chosen(self, item: QListWidgetItem) -> None:
        carrier = item.data(256)
        if carrier:
            self.dispatch.choose_carrier(str(carrier))

    def _open_handover(self) -> None:
        self.dispatch.set_courier(self.courier.text(), self.plate.text())

    def _ok(self) -> None:
        view = self.dispatch.view
        if view.stage is DispatchStage.COURIER:
            self._open_handover()
            return
        if view.stage is DispatchStage.CLOSING and not view.needs_left_behind_confirmation:
            self._acknowledge_if_given()
        self.dispatch.confirm()

    def _acknowledge_if_given(self) -> None:
        """What the courier signed (or typed) goes to the session before closing."""
        signature = self.pad.png()
        typed = self.typed_name.text().strip()
        if signature is not None or typed:
            self.dispatch.acknowledge(typed, signature)

    def _follow_login(self) -> None:
        """A logout (or the idle lock) ends dispatch mode: nobody hands over parcels anonymously."""
        if self.active and self.flow.actor is None and self.dispatch.idle:
            self.dispatch.leave()

    def next_action(self) -> str:
        return shown(self.dispatch.view.next_action)

    def retranslate(self) -> None:
        self.carriers.clear()  # carrier lines are built again in the new language
        self.parcels.clear()
        self.left.clear()
        self.render()

    def actions(self) -> list[PageAction]:
        return [
            PageAction(Command.CONFIRM, self.tr("OK"), self._ok),
            PageAction(Command.PHOTO, self.tr("Handover photo"), self.dispatch.take_photo),
            PageAction(Command.UNDO, self.tr("Take last parcel out"), self.dispatch.undo_last),
            PageAction(Command.CANCEL, self.tr("Back"), self.dispatch.back),
        ]

    def focus_first(self) -> None:
        stage = self.dispatch.view.stage
        if stage is DispatchStage.COURIER:
            self.courier.setFocus()
        elif stage is DispatchStage.CARRIER:
            self.carriers.setFocus()
        else:
            self.setFocus()


def _colour(hex_colour: str):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QBrush, QColor

    return QBrush(QColor(hex_colour))
