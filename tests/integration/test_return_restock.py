"""A restock decision puts the returned unit back into the central stock book: by one, once, even on a retry
or after a crash between the stock book and the station's record."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from packstation.bench.pgserver import free_port
from packstation.domain.returns import Decision, ReturnRefused, ReturnState
from packstation.services.returns import ReturnsService
from packstation.store.tables import EventRow
from packstation.sync.central import CentralStore
from packstation.sync.stock import StockBook

sys.path.insert(0, str(Path(__file__).parent))
from returns_kit import BOSS, PACKER, ReturnsKit  # noqa: E402


class Crash(Exception):
    """The station dies right after the stock book committed the restock."""


class CrashAfterRestock:
    """The real stock book, but the process 'dies' once the restock is committed centrally."""

    def __init__(self, book: StockBook) -> None:
        self.book = book

    def levels(self, skus: Any = None) -> Any:
        return self.book.levels(skus)

    def restock_once(self, *args: Any, **kw: Any) -> bool:
        self.book.restock_once(*args, **kw)
        raise Crash()


def _graded(tmp_path: Path, url: str):  # type: ignore[no-untyped-def]
    kit = ReturnsKit(tmp_path, shipped=1, waiting=0)
    central = CentralStore.open(url, migrate=True)
    book = StockBook(central)
    order = kit.shipped[0]
    sku = order.lines[0].sku
    book.load(sku, "A-01", 5, "sue")
    rid = kit.unbox(kit.tracking(order.order_id)[0])
    for code in kit.units(order):
        kit.returns.scan_unit(PACKER, rid, code)
    kit.returns.receive(PACKER, rid)
    kit.returns.grade(PACKER, rid, 1, "resellable")
    return kit, central, book, order, sku, rid


def _on_hand(book: StockBook, sku: str, location: str = "A-01") -> int:
    return next(lv.on_hand for lv in book.levels([sku]) if lv.location == location)


def _decided_events(kit: ReturnsKit, order_id: str) -> list[dict]:
    with kit.uow() as uow:
        stmt = select(EventRow.payload).where(
            EventRow.order_id == order_id, EventRow.type == "ReturnUnitDecided"
        )
        return list(uow.session.scalars(stmt))


def test_a_restock_decision_raises_on_hand_by_one_once_on_retry_and_after_a_crash(
    tmp_path: Path, central_url: str
):
    kit, central, book, order, sku, rid = _graded(tmp_path, central_url)
    crashing = ReturnsService(kit.uow, kit.name, kit.home / "blobs", stock=CrashAfterRestock(book))  # type: ignore[arg-type]
    with pytest.raises(Crash):
        crashing.decide(BOSS, rid, 1, "restock", "A-01")
    # The stock book has the unit; the station has no decision yet (its transaction never ran).
    assert _on_hand(book, sku) == 6
    assert (
        kit.returns.detail(rid).parcel.units[0].decision is None
        and _decided_events(kit, order.order_id) == []
    )

    # After the restart the supervisor decides again: recorded now, the stock book is not raised twice.
    restarted = ReturnsService(kit.uow, kit.name, kit.home / "blobs", stock=book)
    unit = restarted.decide(BOSS, rid, 1, "restock", "A-01").parcel.units[0]
    assert (unit.decision, unit.location, unit.decided_by) == (Decision.RESTOCK, "A-01", BOSS.user_id)
    assert _on_hand(book, sku) == 6
    # A retry of the same decision (a double click, a resent action) changes nothing and records nothing.
    restarted.decide(BOSS, rid, 1, "restock", " A-01 ")
    assert _on_hand(book, sku) == 6 and len(_decided_events(kit, order.order_id)) == 1
    restocks = [a for a in book.audit(sku) if a.kind == "restock"]
    assert [(a.delta, a.on_hand_after, a.actor, a.order_id) for a in restocks] == [
        (1, 6, BOSS.user_id, order.order_id)
    ]
    # A unit on the shelf is not re-decided into the bin by a different decision.
    with pytest.raises(ReturnRefused, match="already restocked to A-01"):
        restarted.decide(BOSS, rid, 1, "dispose")
    with pytest.raises(ReturnRefused, match="already restocked to A-01"):
        restarted.decide(BOSS, rid, 1, "restock", "B-09")
    assert sum(lv.on_hand for lv in book.levels([sku])) == 6
    central.dispose()
    kit.close()


def test_each_unit_of_the_same_sku_is_its_own_restock(tmp_path: Path, central_sqlite_url: str):
    kit, central, book, order, _, rid = _graded(tmp_path, central_sqlite_url)
    sku = next(line.sku for line in order.lines if line.quantity >= 2)
    book.load(sku, "C-07", 2, "sue")
    service = ReturnsService(kit.uow, kit.name, kit.home / "blobs", stock=book)
    same = [u.seq for u in kit.returns.detail(rid).parcel.units if u.sku == sku]
    assert len(same) >= 2
    for seq in same:
        service.grade(PACKER, rid, seq, "resellable")
        service.decide(BOSS, rid, seq, "restock", "C-07")
        service.decide(BOSS, rid, seq, "restock", "C-07")  # each retried: still one unit each
    assert _on_hand(book, sku, "C-07") == 2 + len(same)
    central.dispose()
    kit.close()


def test_an_untracked_sku_is_recorded_but_not_put_into_the_book_and_an_offline_book_refuses(
    tmp_path: Path, central_sqlite_url: str
):
    kit, central, book, order, sku, rid = _graded(tmp_path, central_sqlite_url)
    empty_central = CentralStore.open(f"sqlite:///{tmp_path / 'empty.db'}", migrate=True)
    untracked = ReturnsService(kit.uow, kit.name, kit.home / "blobs", stock=StockBook(empty_central))
    assert untracked.stock_bins(sku) == ()
    unit = untracked.decide(BOSS, rid, 1, "restock", "A-01").parcel.units[0]
    assert unit.decision is Decision.RESTOCK
    assert StockBook(empty_central).levels([sku]) == []  # not started tracking at one unit
    empty_central.dispose()

    # The central store down: the refusal says so and the unit stays undecided.
    seq = next(u.seq for u in kit.returns.detail(rid).parcel.units if u.seq != 1)
    kit.returns.grade(PACKER, rid, seq, "resellable")
    down = CentralStore.open(f"postgresql+psycopg://nobody@127.0.0.1:{free_port()}/none")
    offline = ReturnsService(kit.uow, kit.name, kit.home / "blobs", stock=StockBook(down))
    with pytest.raises(ReturnRefused, match="central store does not answer"):
        offline.decide(BOSS, rid, seq, "restock", "A-01")
    assert offline.stock_bins(sku) == ()
    detail = kit.returns.detail(rid)
    assert next(u for u in detail.parcel.units if u.seq == seq).decision is None
    assert detail.parcel.state == ReturnState.RECEIVED
    down.dispose()
    central.dispose()
    kit.close()
