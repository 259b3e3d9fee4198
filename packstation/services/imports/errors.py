"""What an import found: rows it refused (with file line, column and reason) and what it changed."""

from __future__ import annotations

from dataclasses import dataclass, field


class ImportFormatError(Exception):
    """The file cannot be imported at all (missing, unreadable, unknown layout); nothing was written."""


@dataclass(frozen=True)
class RowProblem:
    """One refused row: the physical line it starts on (None for JSON), the column and why."""

    line: int | None
    column: str
    reason: str
    order_id: str = ""

    def __str__(self) -> str:
        where = f"line {self.line}" if self.line is not None else "record"
        column = f", {self.column}" if self.column else ""
        return f"{where}{column}: {self.reason}"


@dataclass(frozen=True)
class OrderNote:
    """An order the import saw but deliberately left alone, with the reason a supervisor can act on."""

    order_id: str
    reason: str

    def __str__(self) -> str:
        return f"{self.order_id}: {self.reason}"


@dataclass
class ImportReport:
    """The outcome of one import; the CLI turns it into text and an exit code."""

    source: str
    format: str
    rows: int = 0
    imported: int = 0
    unchanged: int = 0
    updated: list[str] = field(default_factory=list)
    cancelled: list[str] = field(default_factory=list)
    cancelled_while_packing: list[str] = field(default_factory=list)
    relinked: list[str] = field(default_factory=list)
    skipped: list[OrderNote] = field(default_factory=list)
    not_updated: list[OrderNote] = field(default_factory=list)
    rejected: list[RowProblem] = field(default_factory=list)
    rejected_orders: list[str] = field(default_factory=list)
    not_in_catalog: dict[str, int] = field(default_factory=dict)
    cleaned: list[OrderNote] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every row was taken."""
        return not self.rejected

    @property
    def exit_code(self) -> int:
        """0 when every row was taken, 1 when some rows were rejected."""
        return 0 if self.ok else 1

    def reject(self, line: int | None, column: str, reason: str, order_id: str = "") -> None:
        self.rejected.append(RowProblem(line, column, reason, order_id))

    def summary(self) -> list[str]:
        """Short human lines, most important first: what went wrong, then what was done."""
        out: list[str] = []
        for order_id in self.cancelled_while_packing:
            out.append(f"CANCELLED WHILE PACKING: order {order_id}: stop, unpack, return items to stock")
        out += [f"rejected {problem}" for problem in self.rejected]
        out += [f"not updated {note}" for note in self.not_updated]
        out += [f"cleaned {note}" for note in self.cleaned]
        if self.not_in_catalog:
            skus = ", ".join(f"{sku} ({n})" for sku, n in sorted(self.not_in_catalog.items()))
            out.append(f"not in the catalog: {skus}")
        out.append(
            f"{self.source}: {self.rows} rows; {self.imported} new, {len(self.updated)} updated, "
            f"{self.unchanged} unchanged, {len(self.cancelled)} cancelled, {len(self.skipped)} skipped, "
            f"{len(self.rejected)} rows rejected"
            + (f", {len(self.relinked)} orders re-linked to the catalog" if self.relinked else "")
        )
        return out
