"""The review window's metrics page shows returned units per SKU and reason (offscreen Qt, inline runner)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QTableWidget
from sqlalchemy import select

from packstation.services.metrics import MetricsService
from packstation.store.return_tables import ReturnUnitRow
from packstation.ui.review.metrics_page import MetricsPage
from packstation.ui.tasks import InlineTaskRunner

sys.path.insert(0, str(Path(__file__).parents[1] / "integration"))
from returns_kit import BOSS, PACKER, ReturnsKit, frame  # noqa: E402


def cells(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
        for r in range(table.rowCount())
    ]


def headers(table: QTableWidget) -> list[str]:
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]


def test_the_metrics_page_shows_returns_per_sku_and_reason(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    kit = ReturnsKit(tmp_path, shipped=3, waiting=0)
    complete, partial = kit.shipped[0], kit.shipped[1]
    rid = kit.unbox(kit.tracking(complete.order_id)[0])
    for code in kit.units(complete):
        kit.returns.scan_unit(PACKER, rid, code)
    kit.returns.receive(PACKER, rid)
    # Partly back: one unit damaged (with its photo), a product we did not ship, the rest missing.
    rid = kit.unbox(kit.tracking(partial.order_id)[0])
    kit.returns.capture(PACKER, rid, "return-damage", frame(21))
    assert (
        kit.returns.scan_unit(PACKER, rid, kit.units(partial)[0], damaged=True).verdict.outcome == "damaged"
    )
    assert kit.returns.scan_unit(PACKER, rid, kit.other_product(partial)).verdict.outcome == "wrong_item"
    kit.returns.receive(PACKER, rid)

    page = MetricsPage(MetricsService(kit.uow), BOSS, InlineTaskRunner())
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()

    # What the page shows is what the returns desk recorded, unit by unit.
    with kit.uow() as uow:
        recorded = uow.session.execute(select(ReturnUnitRow.sku, ReturnUnitRow.outcome)).all()
    expected: dict[str, dict[str, int]] = {}
    for sku, outcome in recorded:
        expected.setdefault(sku, {})[outcome] = expected.get(sku, {}).get(outcome, 0) + 1
    head = headers(page.returns_table)
    assert head == ["SKU", "Returned", "Damaged", "Wrong item", "Missing", "Not ours", "Units"]
    shown = cells(page.returns_table)
    assert (
        shown[-1][0] == "Total" and int(shown[-1][-1]) == len(recorded) == complete.units + partial.units + 1
    )
    body = {row[0]: row for row in shown[:-1]}
    assert set(body) == set(expected)
    reasons = ["returned", "damaged", "wrong_item", "missing", "not_ours"]
    for sku, counts in expected.items():
        assert [int(n) for n in body[sku][1:-1]] == [counts.get(r, 0) for r in reasons], sku
        assert int(body[sku][-1]) == sum(counts.values())
    units = [int(row[-1]) for row in shown[:-1]]
    assert units == sorted(units, reverse=True)  # most units back first
    totals = [int(n) for n in shown[-1][1:-1]]
    assert totals[reasons.index("damaged")] == 1 and totals[reasons.index("wrong_item")] == 1
    assert totals[reasons.index("missing")] == partial.units - 1
    # "9 unit(s)" with no translator installed, "9 units" with the English plurals
    assert f": {len(recorded)} unit" in page.returns_title.text()
    assert "checked at returns" in page.returns_title.text()

    # A period with no returns says so and shows no rows.
    page.show_returns([])
    assert page.returns_table.rowCount() == 0 and "no returns in the period" in page.returns_title.text()
    kit.close()
