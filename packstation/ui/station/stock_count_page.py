"""The stock-count mode of the station (supervisors): scan the bin, scan each unit, confirm.

`CountFlow` runs every `StockCount` action on the station's runner (the central store is read and
written there, never on the GUI thread) and publishes the new `CountView`; `StockCountPage` only
renders that view and forwards input. Keys are the station's own: F3 confirms the count, F4 takes back
the unit scanned last, Esc cancels the count of this bin (nothing written) or, with no bin open,
goes back to packing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from packstation.domain.commands import Command
from packstation.domain.texts import translate
from packstation.domain.users import Actor
from packstation.services.stock_count import CountView, StockCount
from packstation.ui.i18n import shown
from packstation.ui.station.widgets import PageAction, card, label

log = logging.getLogger(__name__)


class CountFlow(QObject):
    """Forwards inputs to the stock count through the runner and publishes its answers."""

    changed = Signal()
    notice = Signal(object, str)  # text (core texts stay translatable), tone

    def __init__(
        self, count: StockCount, runner: Any, actor: Callable[[], Actor | None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.count, self.runner, self.actor = count, runner, actor
        self.view: CountView = count.view()
        self.pending = 0  # actions sent to the runner and not answered yet

    @property
    def idle(self) -> bool:
        return self.pending == 0

    def submit(self, action: Callable[[], CountView]) -> None:
        who = self.actor()  # read on the GUI thread: the audit names whoever is logged in

        def as_who() -> CountView:
            if who is not None:
                self.count.actor = who
            return action()

        def done(view: CountView) -> None:
            self.pending -= 1
            self.view = view
            self.notice.emit(view.message, "done" if view.done else view.tone)
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            self.pending -= 1
            log.error("stock count action failed: %s", getattr(exc, "__traceback_text__", exc))
            self.notice.emit(
                translate("StockCount", "The count could not be read or written; nothing was changed, try again."),
                "error",
            )
            self.changed.emit()

        self.pending += 1
        self.runner.run(as_who, on_done=done, on_error=failed)

    def scan(self, code: str) -> None:
        self.submit(lambda: self.count.scan(code))

    def confirm(self) -> None:
        self.submit(self.count.confirm)

    def undo(self) -> None:
        self.submit(self.count.undo_last)

    def cancel(self) -> None:
        self.submit(self.count.cancel)


def _line_text(view: CountView) -> str:
    if not view.lines:
        return translate("StockCount", "No units counted yet.") if view.location else ""
    rows = []
    for line in view.lines:
        diff = translate("StockCount", "  difference {diff}").format(diff=f"{line.difference:+d}") if line.difference else ""
        rows.append(
            translate("StockCount", "{sku}: counted {counted}, books {expected}").format(
                sku=line.sku, counted=line.counted, expected=line.expected
            )
            + diff
        )
    return "\n".join(shown(row) for row in rows)


class StockCountPage(QWidget):
    """Renders the count of one bin: what the books say, what was counted, the differences."""

    def __init__(self, flow: CountFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = flow
        self.leave: Callable[[], None] = lambda: None  # set by the window: back to packing
        self.title = label("", "title", wrap=True)
        self.lines = label("", "big", wrap=True)
        self.differences = label("", "huge", wrap=True)
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addWidget(card(label(self.tr("Counted"), "big"), self.lines, self.differences), 1)
        flow.changed.connect(self.render)
        self.render()

    def render(self) -> None:  # type: ignore[override]  # the station's page interface, as Page has it
        v = self.flow.view
        if v.done:
            self.title.setText(self.tr("Stock count: bin {bin} counted. Scan the next bin's label.").format(bin=v.location))
        elif v.location:
            self.title.setText(self.tr("Stock count: bin {bin}").format(bin=v.location))
        else:
            self.title.setText(self.tr("Stock count: scan the bin's label"))
        self.lines.setText(_line_text(v))
        diffs = v.differences
        if not v.location:
            self.differences.setText("")
        elif diffs:
            words = ", ".join(f"{sku} {d:+d}" for sku, d in sorted(diffs.items()))
            self.differences.setText((self.tr("Recorded: {list}") if v.done else self.tr("Differences: {list}")).format(list=words))
        else:
            self.differences.setText(self.tr("No differences (recorded)") if v.done else self.tr("No differences"))

    def on_scan(self, code: str) -> None:
        self.flow.scan(code)

    def actions(self) -> list[PageAction]:  # type: ignore[override]
        v = self.flow.view
        if not v.location or v.done:
            return [PageAction(Command.CANCEL, self.tr("Back to packing"), self.leave)]
        return [
            PageAction(Command.CONFIRM, self.tr("Confirm count"), self.flow.confirm),
            PageAction(Command.UNDO, self.tr("Take back last unit"), self.flow.undo),
            PageAction(Command.CANCEL, self.tr("Cancel count"), self.flow.cancel),
        ]

    def next_action(self) -> str:
        return shown(self.flow.view.next_action)

    def focus_first(self) -> None:
        self.setFocus()


def stock_count_page(stock: Any, runner: Any, station_flow: Any) -> StockCountPage:
    """The stock-count page on the station's runner, counting as whoever is logged in."""
    count = StockCount(stock.book, stock.uow, Actor(""))
    return StockCountPage(CountFlow(count, runner, actor=lambda: station_flow.actor))
