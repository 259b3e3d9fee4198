"""Pack: the suggested box, the live weight once stable, the expected weight with tolerance, parcels."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QComboBox, QGridLayout, QSizePolicy, QVBoxLayout, QWidget

from packstation.devices.scales import WeightReading
from packstation.domain.commands import Command
from packstation.domain.texts import QT_TRANSLATE_NOOP, translate
from packstation.services.station.view import Step
from packstation.ui.i18n import grams, shown
from packstation.ui.station.flow import StationFlow
from packstation.ui.station.reason import ReasonPrompt
from packstation.ui.station.widgets import Page, PageAction, Slot, card, label
from packstation.ui.theme import PALETTE


class PackPage(Page):
    """Box in, parcel on the scale, OK to record its weight; OK again when every parcel is weighed."""

    step = Step.PACK

    def __init__(self, flow: StationFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.title = label("", "title")
        self.suggested = label("", "big")
        self.boxes = QComboBox()
        for box in flow.view.pack.boxes or flow.packing.rules.boxes:
            self.boxes.addItem(
                f"{box.code}  {box.length_mm:.0f}×{box.width_mm:.0f}×{box.height_mm:.0f} mm", box.code
            )
        self.boxes.activated.connect(self._box_chosen)
        # The scale's reading changes many times a second: its words wrap (a long hint never widens
        # the window) and its slot keeps each new reading from laying the page out again.
        self.live = label("— g", "huge", wrap=True)
        self.expected = label("", "big", wrap=True)
        self.parcels = label("", "big", wrap=True)
        self.prompt = ReasonPrompt(
            QT_TRANSLATE_NOOP("Pack", "Why put it on hold?"),
            [
                QT_TRANSLATE_NOOP("Reason", "Damaged item"),
                QT_TRANSLATE_NOOP("Reason", "Box not available"),
                QT_TRANSLATE_NOOP("Reason", "Other problem"),
            ],
        )
        self.prompt.submitted.connect(self._hold)
        cards = (
            card(label(QT_TRANSLATE_NOOP("Pack", "Suggested box"), "muted"), self.suggested, self.boxes),
            card(label(QT_TRANSLATE_NOOP("Pack", "Scale"), "muted"), Slot(self.live)),
            card(label(QT_TRANSLATE_NOOP("Pack", "Expected"), "muted"), self.expected),
            card(label(QT_TRANSLATE_NOOP("Pack", "Parcels"), "muted"), self.parcels),
        )
        # Two equal columns whatever the words in them: columns sized by their contents moved every
        # card (and repainted the page) each time a weight, a box or a parcel line changed.
        grid = QGridLayout()
        for index, frame in enumerate(cards):
            frame.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            grid.addWidget(frame, index // 2, index % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addLayout(grid, 1)
        box.addWidget(self.prompt)

    def render(self) -> None:
        view = self.flow.view
        order, plan = view.order, view.pack
        if order is None:
            return
        self.suggested.setText(plan.suggested_box or shown(translate("Pack", "no box fits: choose one")))
        index = self.boxes.findData(plan.box_code)
        if index >= 0:
            self.boxes.setCurrentIndex(index)
        title = translate("Pack", "Order {order} · parcel {number} of {count}")
        self.title.setText(
            shown(title.format(order=order.order_id, number=min(plan.current, plan.count), count=plan.count))
        )
        self.expected.setText(self._expected_text())
        lines = []
        for parcel in plan.parcels:
            weight = "—" if parcel.weight_g is None else grams(parcel.weight_g)
            mark = " ✔" if parcel.accepted else ""
            line = translate("Pack", "#{number} {box}: {weight} (expected {expected})").format(
                number=parcel.number, box=parcel.box_code, weight=weight, expected=grams(parcel.expected_g)
            )
            lines.append(shown(line) + mark)
        if plan.box_warning:
            lines.append(f"<span style='color:{PALETTE.warn}'>{shown(plan.box_warning)}</span>")
        self.parcels.setText("<br>".join(lines) or shown(translate("Pack", "none weighed yet")))

    def _expected_text(self) -> str:
        plan = self.flow.view.pack
        if plan.complete:
            return shown(translate("Pack", "every parcel weighed"))
        if not plan.box_code:
            return shown(translate("Pack", "choose a box"))
        if plan.expected_g is None:
            return "—"
        box = next((b for b in plan.boxes if b.code == plan.box_code), None)
        tare = (
            shown(translate("Pack", " (items + {box} {tare})").format(box=box.code, tare=grams(box.tare_g)))
            if box
            else ""
        )
        return f"{grams(plan.expected_g)} ± {grams(plan.allowed_g)}{tare}"

    def _box_chosen(self, index: int) -> None:
        self.flow.choose_box(self.boxes.itemData(index))

    def _hold(self, reason: str) -> None:
        self.flow.hold(reason)

    def show_weight(self, reading: WeightReading) -> None:
        counts = self.flow.stable_grams() is not None
        colour = PALETTE.ok if counts else PALETTE.muted
        words = shown(translate("Pack", "stable")) if counts else html.escape(shown(self.flow.scale_words()))
        self.live.setText(
            f"<span style='color:{colour}'>{grams(reading.grams)}</span><br><small>{words}</small>"
        )

    def on_scan(self, code: str) -> None:
        self.flow.scan(code)

    def confirm(self) -> None:
        self.flow.confirm_pack()

    def next_action(self) -> str:
        return self.flow.view.next_action

    def actions(self) -> list[PageAction]:
        return [
            PageAction(Command.CONFIRM, QT_TRANSLATE_NOOP("Pack", "Weigh / finish"), self.confirm),
            PageAction(Command.NEWPARCEL, QT_TRANSLATE_NOOP("Pack", "Another parcel"), self.flow.new_parcel),
            PageAction(Command.HOLD, QT_TRANSLATE_NOOP("Pack", "Hold"), self.prompt.ask),
            PageAction(Command.CANCEL, QT_TRANSLATE_NOOP("Pack", "Close prompt"), self.prompt.close_prompt),
        ]
