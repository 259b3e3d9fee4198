"""A counted scan of one bin: scan the bin, scan each unit, confirm; differences go to the audit.

Qt-free like the packing session: every action returns a frozen `CountView` for a page to render.
"""

from __future__ import annotations

from dataclasses import dataclass

from packstation.domain.barcodes import BarcodeError
from packstation.domain.stock import StockError
from packstation.domain.texts import joined, translate
from packstation.domain.users import Actor
from packstation.store.uow import UnitOfWorkFactory
from packstation.sync.stock import StockBook


@dataclass(frozen=True)
class CountLine:
    sku: str
    expected: int  # on hand by the books before the count
    counted: int

    @property
    def difference(self) -> int:
        return self.counted - self.expected


@dataclass(frozen=True)
class CountView:
    location: str = ""
    lines: tuple[CountLine, ...] = ()
    message: str = translate("StockCount", "Scan the bin's label.")
    tone: str = "info"  # info | ok | error
    done: bool = False

    @property
    def differences(self) -> dict[str, int]:
        return {line.sku: line.difference for line in self.lines if line.difference}

    @property
    def next_action(self) -> str:
        """One line for the hint bar: what the person counting does now."""
        if self.done:
            return translate("StockCount", "Counted. Scan the next bin's label.")
        if not self.location:
            return translate("StockCount", "Scan the label of the bin to count.")
        return translate("StockCount", "Scan every unit in bin {bin}, then confirm the count.").format(bin=self.location)


class StockCount:
    """One person counting one bin at a time."""

    def __init__(self, book: StockBook, uow: UnitOfWorkFactory, actor: Actor) -> None:
        self.book, self.uow, self.actor = book, uow, actor
        self.location = ""
        self.expected: dict[str, int] = {}
        self.counted: dict[str, int] = {}
        self.scanned: list[str] = []  # SKUs in the order they were counted, for "undo the last unit"

    def view(self, message: str = "", tone: str = "info", done: bool = False) -> CountView:
        skus = sorted(set(self.expected) | set(self.counted))
        lines = tuple(CountLine(s, self.expected.get(s, 0), self.counted.get(s, 0)) for s in skus)
        default = (
            translate("StockCount", "Bin {bin}: scan each unit, then confirm.").format(bin=self.location)
            if self.location
            else translate("StockCount", "Scan the bin's label.")
        )
        return CountView(self.location, lines, message or default, tone, done)

    def scan(self, code: str) -> CountView:
        code = code.strip()
        if not code:
            return self.view(translate("StockCount", "Nothing was read; scan again."), "error")
        if not self.location:
            held = self.book.levels_at(code[:64])
            if not held and self._sku(code) is not None:  # a product, not a bin: nothing opened
                return self.view(
                    translate("StockCount", "{code} is a product barcode: scan the bin's label first.").format(code=code),
                    "error",
                )
            self.location = code[:64]
            self.expected = {lv.sku: lv.on_hand for lv in held}
            self.counted, self.scanned = {}, []
            return self.view()
        sku = self._sku(code)
        if sku is None:
            return self.view(translate("StockCount", "Unknown barcode {code}: not counted.").format(code=code), "error")
        self.counted[sku] = self.counted.get(sku, 0) + 1
        self.scanned.append(sku)
        return self.view(self._counted(sku), "ok")

    def undo(self, sku: str) -> CountView:
        if self.counted.get(sku, 0) <= 0:
            return self.view(translate("StockCount", "No {sku} counted to take back.").format(sku=sku), "error")
        self.counted[sku] -= 1
        if sku in self.scanned:
            del self.scanned[len(self.scanned) - 1 - self.scanned[::-1].index(sku)]
        return self.view(self._counted(sku))

    def undo_last(self) -> CountView:
        """Take back the unit scanned last (a unit scanned twice)."""
        if not self.scanned:
            return self.view(translate("StockCount", "No unit counted to take back."), "error")
        return self.undo(self.scanned[-1])

    def confirm(self) -> CountView:
        """Write the count: each SKU's on-hand in this bin becomes what was counted (audited)."""
        if not self.location:
            return self.view(translate("StockCount", "Scan the bin's label first."), "error")
        shown = self.view()
        reserved = {lv.sku: lv.reserved for lv in self.book.levels_at(self.location)}
        short = [
            translate(
                "StockCount",
                "{sku}: counted {counted} but {reserved} are reserved for orders; count again or release those orders.",
            ).format(sku=line.sku, counted=line.counted, reserved=reserved[line.sku])
            for line in shown.lines
            if reserved.get(line.sku, 0) > line.counted
        ]
        if short:  # nothing is written unless the whole bin can be
            return CountView(shown.location, shown.lines, joined(short, " "), "error", False)
        refused = []
        for line in shown.lines:
            try:
                self.book.count(
                    line.sku, self.location, line.counted, self.actor.user_id, f"counted bin {self.location}"
                )
            except StockError as exc:
                refused.append(str(exc))
        if refused:
            return CountView(shown.location, shown.lines, " ".join(refused), "error", False)
        diffs = shown.differences
        words = ", ".join(f"{sku} {d:+d}" for sku, d in sorted(diffs.items())) or translate("StockCount", "no differences")
        self.location, self.expected, self.counted, self.scanned = "", {}, {}, []
        return CountView(
            shown.location,
            shown.lines,
            translate("StockCount", "Bin {bin} counted: {words}.").format(bin=shown.location, words=words),
            "ok",
            True,
        )

    def cancel(self) -> CountView:
        self.location, self.expected, self.counted, self.scanned = "", {}, {}, []
        return self.view(translate("StockCount", "Count cancelled; nothing was changed."))

    def _counted(self, sku: str) -> str:
        return translate("StockCount", "{sku}: {count} counted.").format(sku=sku, count=self.counted[sku])

    def _sku(self, code: str) -> str | None:
        with self.uow.read() as uow:
            try:
                sku = uow.catalog.sku_for_barcode(code)
            except BarcodeError:
                sku = None
            if sku is None and uow.catalog.get(code) is not None:
                sku = code  # an in-house SKU label
        return sku
