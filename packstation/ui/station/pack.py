"""Pack: the suggested box, the live weight once stable, the expected weight with tolerance, parcels."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGridLayout, QVBoxLayout, QWidget

from packstation.devices.scales import WeightReading
from packstation.domain.commands import Command
from packstation.domain.packing import expected_weight
from packstation.ui.station.flow import StationFlow
from packstation.ui.station.reason import ReasonPrompt
from packstation.ui.station.state import Step
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
        for box in flow.packing.rules.boxes:
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
        self._suggested_for = ""

    def render(self) -> None:
        order, plan = self.flow.order, self.flow.pack
        if order is None:
            return
        if self._suggested_for != order.order_id:
            self._suggested_for = order.order_id
            box = self.flow.attempt("Suggesting a box", self.flow.packing.suggest_box, order.order_id)
            self.suggested.setText(box.code if box else "no box fits: choose one")
            if box is not None and not plan.box_code:
                plan.box_code = box.code
        index = self.boxes.findData(plan.box_code)
        if index >= 0:
            self.boxes.setCurrentIndex(index)
        self.title.setText(f"Order {order.order_id} · parcel {min(plan.current, plan.count)} of {plan.count}")
        self.expected.setText(self._expected_text())
        lines = []
        for parcel in plan.parcels:
            grams = "—" if parcel.weight_g is None else f"{parcel.weight_g:.0f} g"
            lines.append(
                f"#{parcel.number} {parcel.box_code}: {grams} (expected {parcel.expected_weight_g or 0:.0f} g)"
            )
        self.parcels.setText("<br>".join(lines) or "none weighed yet")

    def _expected_text(self) -> str:
        order, plan = self.flow.order, self.flow.pack
        if order is None or not plan.box_code:
            return "choose a box"
        box = self.flow.packing.box(plan.box_code)
        items = self.flow.packing.pack_items(order.order_id)
        grams = expected_weight(items, None) / plan.count + box.tare_g
        allowed = self.flow.packing.rules.tolerance.allowed(grams)
        return f"{grams:.0f} g ± {allowed:.0f} g (items + {box.code} {box.tare_g:.0f} g)"

    def _box_chosen(self, index: int) -> None:
        self.flow.choose_box(self.boxes.itemData(index))

    def _hold(self, reason: str) -> None:
        self.flow.hold(reason)

    def show_weight(self, reading: WeightReading) -> None:
        colour = PALETTE.ok if reading.stable else PALETTE.muted
        word = "stable" if reading.stable else "settling …"
        self.live.setText(f"<span style='color:{colour}'>{reading.grams:.0f} g</span> <small>{word}</small>")

    def on_scan(self, code: str) -> None:
        if any(box.code == code.strip().upper() for box in self.flow.packing.rules.boxes):
            self.flow.choose_box(code.strip().upper())
        else:
            self.flow.say(
                f"{code} is not a box. Scan a box code, or press {Command.CONFIRM.hotkey} to weigh.", "error"
            )

    def confirm(self) -> None:
        plan = self.flow.pack
        if plan.weighed >= plan.count:
            self.flow.finish_packing()
        else:
            self.flow.weigh()

    def next_action(self) -> str:
        plan = self.flow.pack
        if plan.weighed >= plan.count:
            return f"all parcels weighed: press {Command.CONFIRM.hotkey} to finish packing"
        return f"put parcel {plan.current} on the scale, then press {Command.CONFIRM.hotkey} to weigh it"

    def actions(self) -> list[PageAction]:
        return [
            PageAction(Command.CONFIRM, "Weigh / finish", self.confirm),
            PageAction(Command.NEWPARCEL, "Another parcel", self.flow.new_parcel),
            PageAction(Command.HOLD, "Hold", self.prompt.ask),
            PageAction(Command.CANCEL, "Close prompt", self.prompt.close_prompt),
        ]
