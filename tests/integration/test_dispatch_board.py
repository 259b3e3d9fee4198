"""The dispatch board on a real station database: staged, due today, late, handed over today, open handovers."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from packstation.services.demo import demo_orders
from packstation.services.dispatch.board import DUE_TODAY, LATE, DispatchBoardService
from packstation.services.handover import Acknowledgement, HandoverPhoto, HandoverService
from packstation.store.base import utcnow
from packstation.store.tables import StagedParcelRow

sys.path.insert(0, str(Path(__file__).parent))
from handover_kit import PACKER, PackedStation, frame  # noqa: E402

JT, FLASH = "J&T Express", "Flash Express"
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)


@pytest.fixture
def st(tmp_path: Path):  # type: ignore[no-untyped-def]
    kit = PackedStation(tmp_path, "st1")
    kit.handover = HandoverService(kit.uow, "st1", kit.home / "blobs", clock=lambda: NOW)
    orders = demo_orders(15, utcnow())
    kit.add_orders(orders)
    kit.jt = [o for o in orders if o.carrier == JT][:3]  # type: ignore[attr-defined]
    kit.flash = [o for o in orders if o.carrier == FLASH][:1]  # type: ignore[attr-defined]
    for o in (*kit.jt, *kit.flash):  # type: ignore[attr-defined]
        kit.pack(o.order_id)
    yield kit
    kit.close()


def due(st: PackedStation, order_id: str, collection: datetime) -> None:
    with st.uow() as uow:
        uow.session.execute(
            update(StagedParcelRow)
            .where(StagedParcelRow.order_id == order_id)
            .values(collection_due=collection, dispatch_due=collection + timedelta(hours=6))
        )
        uow.commit()


def test_the_board_counts_per_carrier_and_lists_staged_orders_by_deadline(st: PackedStation) -> None:
    jt, flash = st.jt, st.flash  # type: ignore[attr-defined]
    due(st, jt[0].order_id, NOW + timedelta(hours=7))  # today 17:00
    due(st, jt[1].order_id, NOW - timedelta(hours=2))  # late
    due(st, jt[2].order_id, NOW + timedelta(days=2))  # later
    due(st, flash[0].order_id, NOW + timedelta(hours=1))
    # one J&T order goes first: handed over today
    h = st.handover.open(PACKER, JT, "Somchai K.")
    st.handover.scan(PACKER, h.id, st.tracking(jt[2].order_id)[0])
    st.handover.close(
        PACKER,
        h.id,
        confirm_left_behind=True,
        photos=[HandoverPhoto("parcels", frame(2))],
        acknowledgement=Acknowledgement("Somchai K."),
    )
    still_open = st.handover.open(PACKER, FLASH, "Courier F.")

    board = DispatchBoardService(st.handover).board(NOW)
    lines = {line.carrier: line for line in board.carriers}
    assert lines[JT].staged_parcels == 2 and lines[JT].late == 1 and lines[JT].due_today == 1
    assert lines[JT].handed_over_today == 1
    assert lines[FLASH].open_handovers == (still_open.id,) and lines[FLASH].due_today == 1
    assert "1 LATE" in lines[JT].line and "1 handed over today" in lines[JT].line
    order = [(s.order_id, s.urgency) for s in board.staged]
    assert order == [
        (jt[1].order_id, LATE),
        (flash[0].order_id, DUE_TODAY),
        (jt[0].order_id, DUE_TODAY),
    ]
    assert board.late[0].dispatch_due == NOW + timedelta(hours=4)
    tomorrow = DispatchBoardService(st.handover).board(NOW + timedelta(days=1))
    assert {s.urgency for s in tomorrow.staged} == {LATE}
    assert all(line.handed_over_today == 0 for line in tomorrow.carriers)
