"""Pack: the suggested box, the live weight once stable, the expected weight with tolerance, parcels."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QComboBox, QGridLayout, QVBoxLayout, QWidget

from packstation.devices.scales import WeightReading
from packstation.domain.commands import Command
from packstation.services.station.view import Step
from packstation.ui.station.flow import StationFlow
from packstation.ui.station.reason import ReasonPrompt
from packstation.ui.station.widgets import Page, PageAction, card, label
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
        self.live = label("— g", "huge")
        self.expected = label("", "big")
        self.parcels = label("", "big", wrap=True)
        self.prompt = ReasonPrompt(
            "Why put it on hold?", ["Damaged item", "Box not available", "Other problem"]
        )
        self.prompt.submitted.connect(self._hold)
        grid = QGridLayout()
        grid.addWidget(card(label("Suggested box", "muted"), self.suggested, self.boxes), 0, 0)
        grid.addWidget(card(label("Scale", "muted"), self.live), 0, 1)
        grid.addWidget(card(label("Expected", "muted"), self.expected), 1, 0)
        grid.addWidget(card(label("Parcels", "muted"), self.parcels), 1, 1)
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addLayout(grid, 1)
        box.addWidget(self.prompt)

    def render(self) -> None:
        view = self.flow.view
        order, plan = view.order, view.pack
        if order is None:
            return
        self.suggested.setText(plan.suggested_box or "no box fits: choose one")
        index = self.boxes.findData(plan.box_code)
        if index >= 0:
            self.boxes.setCurrentIndex(index)
        self.title.setText(f"Order {order.order_id} · parcel {min(plan.current, plan.count)} of {plan.count}")
        self.expected.setText(self._expected_text())
        lines = []
        for parcel in plan.parcels:
            grams = "—" if parcel.weight_g is None else f"{parcel.weight_g:.0f} g"
            mark = " ✔" if parcel.accepted else ""
            lines.append(f"#{parcel.number} {parcel.box_code}: {grams} (expected {parcel.expected_g:.0f} g){mark}")
        if plan.box_warning:
            lines.append(f"<span style='color:{PALETTE.warn}'>{plan.box_warning}</span>")
        self.parcels.setText("<br>".join(lines) or "none weighed yet")

    def _expected_text(self) -> str:
        plan = self.flow.view.pack
        if plan.expected_g is None:
            return "choose a box"
        box = next((b for b in plan.boxes if b.code == plan.box_code), None)
        tare = f" (items + {box.code} {box.tare_g:.0f} g)" if box else ""
        return f"{plan.expected_g:.0f} g ± {plan.allowed_g:.0f} g{tare}"

    def _box_chosen(self, index: int) -> None:
        self.flow.choose_box(self.boxes.itemData(index))

    def _hold(self, reason: str) -> None:
        self.flow.hold(reason)

    def show_weight(self, reading: WeightReading) -> None:
        counts = self.flow.stable_grams() is not None
        colour = PALETTE.ok if counts else PALETTE.muted
        words = "stable" if counts else html.escape(self.flow.scale_words())
        self.live.setText(
            f"<span style='color:{colour}'>{reading.grams:.0f} g</span><br><small>{words}</small>"
        )

    def on_scan(self, code: str) -> None:
        self.flow.scan(code)

    def confirm(self) -> None:
        self.flow.confirm_pack()

    def next_action(self) -> str:
        return self.flow.view.next_action

    def actions(self) -> list[PageAction]:
        return [
            PageAction(Command.CONFIRM, "Weigh / finish", self.confirm),
            PageAction(Command.NEWPARCEL, "Another parcel", self.flow.new_parcel),
            PageAction(Command.HOLD, "Hold", self.prompt.ask),
            PageAction(Command.CANCEL, "Close prompt", self.prompt.close_prompt),
        ]
