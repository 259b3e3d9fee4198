"""The parcel scan that opens a return: one transaction, few statements, the outbound record read with it."""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import event

from packstation.services.returns.session import ReturnsSession

sys.path.insert(0, str(Path(__file__).parent))
from returns_kit import PACKER, ReturnsKit  # noqa: E402


def test_opening_a_return_reads_the_outbound_record_in_the_same_transaction(tmp_path: Path):
    kit = ReturnsKit(tmp_path, shipped=2, waiting=0)
    order = kit.shipped[0]
    tracking = kit.tracking(order.order_id)
    statements: list[str] = []

    def seen(conn, cursor, statement, params, context, executemany):  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(kit.engine, "before_cursor_execute", seen)
    try:
        view = ReturnsSession(kit.returns, PACKER).scan(tracking[0])
    finally:
        event.remove(kit.engine, "before_cursor_execute", seen)
    begins = [s for s in statements if s.startswith("BEGIN")]
    assert len(begins) == 1, statements  # one write transaction, no second read for the outbound side
    assert len(statements) <= 11, statements  # was 20 across two transactions
    assert view.stage == "unboxing" and view.outbound is not None
    # What was read with the opening is exactly what a separate read of the outbound record says.
    assert view.outbound == kit.returns.outbound(order.order_id)
    o = view.outbound
    assert o.tracking_numbers == tuple(tracking) and o.packer == PACKER.user_id
    assert [p.kind for p in o.photos] == ["sealed"] and o.manifest_id and o.shipped_at is not None
    assert o.weight_g == view.outbound_g and o.weight_g is not None

    # Scanned again while open: resumed, with its outbound record, nothing new recorded.
    again = ReturnsSession(kit.returns, PACKER).scan(order.order_id)
    assert again.return_id == view.return_id and again.outbound == o and again.found_by == "tracking"
    kit.close()
