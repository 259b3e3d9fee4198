"""Returns on a real station database: each outcome, the weight comparison, refusals, a crash mid-return."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from packstation.domain.orders import OrderStatus
from packstation.domain.returns import ReturnRefused
from packstation.domain.users import PermissionDenied
from packstation.evidence.verify import verify
from packstation.services.returns import ReturnsService
from packstation.store.evidence_tables import ProofPhotoRow
from packstation.store.tables import EventRow

sys.path.insert(0, str(Path(__file__).parent))
from returns_kit import BOSS, PACKER, ReturnsKit, frame  # noqa: E402


@pytest.fixture(scope="module")
def kit(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    kit = ReturnsKit(tmp_path_factory.mktemp("returns"), shipped=6, waiting=2)
    yield kit
    kit.close()


def events(kit: ReturnsKit, order_id: str, type_name: str) -> list[dict]:
    with kit.uow() as uow:
        stmt = select(EventRow.payload).where(EventRow.order_id == order_id, EventRow.type == type_name)
        return list(uow.session.scalars(stmt.order_by(EventRow.seq)))


def test_a_complete_return_is_received_graded_and_restocked_with_who_and_when(kit: ReturnsKit):
    order = kit.shipped[0]
    with kit.uow() as uow:
        assert uow.orders.get(order.order_id).status is OrderStatus.SHIPPED
    tracking = kit.tracking(order.order_id)[0]
    rid = kit.unbox(tracking)
    for code in kit.units(order):
        result = kit.returns.scan_unit(PACKER, rid, code)
        assert result.verdict.outcome == "returned", result.verdict.message
    detail = kit.returns.receive(PACKER, rid)
    p = detail.parcel
    assert (p.state, p.outcome, p.found_by, p.order_id) == (
        "received",
        "complete",
        "tracking",
        order.order_id,
    )
    assert p.decision_due == p.opened_at + timedelta(hours=48)
    assert detail.weight.verdict == "same" and detail.weight.difference_g == 0
    assert [u.outcome for u in p.units] == ["returned"] * order.units
    # grade and decision, audited
    with pytest.raises(ReturnRefused, match="Grade unit 1 first"):
        kit.returns.decide(BOSS, rid, 1, "restock", "A-01")
    kit.returns.grade(PACKER, rid, 1, "resellable")
    with pytest.raises(PermissionDenied):
        kit.returns.decide(PACKER, rid, 1, "restock", "A-01")
    with pytest.raises(ReturnRefused, match="which location"):
        kit.returns.decide(BOSS, rid, 1, "restock", "  ")
    detail = kit.returns.decide(BOSS, rid, 1, "restock", "A-01")
    unit = detail.parcel.units[0]
    assert (unit.grade, unit.decision, unit.location, unit.graded_by, unit.decided_by) == (
        "resellable",
        "restock",
        "A-01",
        PACKER.user_id,
        BOSS.user_id,
    )
    assert unit.decided_at is not None and unit.graded_at is not None
    for seq in range(2, order.units + 1):
        kit.returns.grade(PACKER, rid, seq, "write_off")
        with pytest.raises(ReturnRefused, match="only resellable"):
            kit.returns.decide(BOSS, rid, seq, "restock", "A-01")
        kit.returns.decide(BOSS, rid, seq, "dispose")
    assert kit.returns.detail(rid).parcel.state == "decided"
    decided = events(kit, order.order_id, "ReturnUnitDecided")
    assert [e["decision"] for e in decided][0] == "restock" and decided[0]["location"] == "A-01"
    received = events(kit, order.order_id, "ReturnReceived")
    assert received[0]["outcome"] == "complete" and received[0]["counts"] == {"returned": order.units}


def test_a_missing_unit_is_recorded_when_unboxing_ends_and_the_parcel_is_lighter(kit: ReturnsKit):
    order = next(o for o in kit.shipped[1:] if o.units >= 2)
    detail = kit.returns.open(PACKER, order.order_id)
    rid, outbound = detail.parcel.return_id, detail.parcel.outbound_weight_g
    assert detail.parcel.found_by == "order_id" and outbound
    kit.returns.weigh(PACKER, rid, outbound - 300)
    kit.returns.capture(PACKER, rid, "return-label", frame(21))
    with pytest.raises(ReturnRefused, match="Photos still needed: return-contents"):
        kit.returns.receive(PACKER, rid)
    kit.returns.capture(PACKER, rid, "return-contents", frame(22))
    codes = kit.units(order)
    for code in codes[:-1]:
        assert kit.returns.scan_unit(PACKER, rid, code).verdict.accepted
    detail = kit.returns.receive(PACKER, rid)
    assert detail.parcel.outcome == "missing_unit"
    missing = [u for u in detail.parcel.units if u.outcome == "missing"]
    assert len(missing) == 1 and missing[0].sku == order.lines[-1].sku
    assert detail.weight.verdict == "lighter" and detail.weight.difference_g == -300
    weighed = events(kit, order.order_id, "ReturnWeighed")[0]
    assert weighed["difference_g"] == -300 and weighed["verdict"] == "lighter"
    with pytest.raises(ReturnRefused, match="missing: there is nothing to grade"):
        kit.returns.grade(PACKER, rid, missing[0].seq, "resellable")


def test_a_wrong_item_names_what_came_back_instead_and_a_code_not_ours_is_kept(kit: ReturnsKit):
    order = kit.shipped[2]
    rid = kit.unbox(kit.tracking(order.order_id)[0])
    other = kit.other_product(order)
    result = kit.returns.scan_unit(PACKER, rid, other)
    assert result.verdict.outcome == "wrong_item" and "Wrong item" in result.verdict.message
    stranger = kit.returns.scan_unit(PACKER, rid, "BRICK-0001")
    assert stranger.verdict.outcome == "not_ours"
    # the next parcel's label (or this one's) scanned by mistake is refused, never a unit "not ours"
    label = kit.returns.scan_unit(PACKER, rid, kit.tracking(kit.shipped[1].order_id)[0])
    assert not label.verdict.accepted and f"label of order {kit.shipped[1].order_id}" in label.verdict.message
    own = kit.returns.scan_unit(PACKER, rid, order.order_id)
    assert not own.verdict.accepted and "label of this parcel" in own.verdict.message
    assert len(own.detail.parcel.units) == 2
    detail = kit.returns.receive(PACKER, rid)
    assert detail.parcel.outcome == "wrong_item"
    wrong = detail.parcel.units[0]
    assert wrong.code == other and wrong.sku and wrong.sku not in {line.sku for line in order.lines}
    assert detail.parcel.units[1].code == "BRICK-0001"


def test_a_damaged_unit_needs_its_photo_and_is_linked_to_it_in_the_chain(kit: ReturnsKit):
    order = kit.shipped[3]
    rid = kit.unbox(order.order_id)
    first, *rest = kit.units(order)
    refused = kit.returns.scan_unit(PACKER, rid, first, damaged=True)
    assert not refused.verdict.accepted and "photo of the damage" in refused.verdict.message
    assert refused.detail.parcel.units == ()
    photo = kit.returns.capture(PACKER, rid, "return-damage", frame(31))
    result = kit.returns.scan_unit(PACKER, rid, first, damaged=True)
    assert result.verdict.outcome == "damaged"
    assert result.detail.parcel.units[0].photo_id == photo.id
    for code in rest:
        kit.returns.scan_unit(PACKER, rid, code)
    assert kit.returns.receive(PACKER, rid).parcel.outcome == "damaged"
    with kit.uow() as uow:
        row = uow.session.get(ProofPhotoRow, photo.id)
        assert row.kind == "return-damage" and row.order_id == order.order_id
        report = verify(uow.session, kit.home / "blobs", [order.order_id])
    assert report.ok and report.photos_checked >= 4  # outbound sealed photo + three return photos


def test_an_empty_parcel_that_weighs_what_it_shipped_is_a_strong_fact(kit: ReturnsKit):
    order = kit.shipped[4]
    rid = kit.unbox(kit.tracking(order.order_id)[0])  # weighed at the outbound weight
    detail = kit.returns.receive(PACKER, rid)
    assert detail.parcel.outcome == "empty"
    assert detail.weight.verdict == "same" and "the same weight as it left" in detail.weight.text()
    assert all(u.outcome == "missing" for u in detail.parcel.units)
    assert len(detail.parcel.units) == order.units


def test_unknown_parcel_and_never_shipped_orders_are_refused_with_a_clear_message(kit: ReturnsKit):
    with pytest.raises(ReturnRefused, match="Unknown parcel NOPE12345"):
        kit.returns.open(PACKER, "NOPE12345")
    assert events(kit, "", "ReturnRefusedScan")[-1] == {"code": "NOPE12345", "reason": "unknown parcel"}
    waiting = kit.waiting[0]
    with pytest.raises(ReturnRefused, match=f"Order {waiting.order_id} was never shipped \\(it is Ready\\)"):
        kit.returns.open(PACKER, waiting.order_id)
    assert events(kit, waiting.order_id, "ReturnRefusedScan")[-1]["reason"] == "never shipped (Ready)"
    for bad in ("", "   ", "x" * 101):
        with pytest.raises(ReturnRefused):
            kit.returns.open(PACKER, bad)
    with pytest.raises(ReturnRefused, match="weigh it again"):
        kit.returns.weigh(PACKER, "no-such", -5)
    assert kit.returns.queue()  # the returns made above are listed
    assert all(r.order_id != waiting.order_id for r in kit.returns.queue())


def test_an_announced_rma_is_found_by_its_id_and_a_second_return_is_refused(kit: ReturnsKit):
    order = kit.shipped[5]
    with pytest.raises(ReturnRefused, match="never shipped"):
        kit.returns.announce(PACKER, kit.waiting[1].order_id, rma_id="RMA-X")
    kit.returns.announce(PACKER, order.order_id, rma_id="RMA-7788", return_tracking="RT5550001")
    assert kit.returns.queue("expected")[0].rma_id == "RMA-7788"
    detail = kit.returns.open(PACKER, "RT5550001")
    assert (detail.parcel.found_by, detail.parcel.rma_id, detail.parcel.state) == (
        "return_tracking",
        "RMA-7788",
        "open",
    )
    again = kit.returns.open(PACKER, "RMA-7788")  # the same open return, resumed
    assert again.parcel.return_id == detail.parcel.return_id
    assert kit.returns.lookup("RMA-7788").parcel.return_id == detail.parcel.return_id
    kit.unbox("RMA-7788")
    kit.returns.receive(PACKER, detail.parcel.return_id)
    with pytest.raises(ReturnRefused, match="came back already"):
        kit.returns.open(PACKER, order.order_id)


def test_the_review_search_finds_a_return_by_its_tracking_or_rma_and_shows_it_on_the_timeline(
    kit: ReturnsKit,
):
    from packstation.services.review.search import ReviewQuery
    from packstation.services.review.service import ReviewService

    review = ReviewService(kit.uow, kit.home / "blobs")
    order = kit.shipped[5]  # returned under RMA-7788 / RT5550001 above
    for code in ("RT5550001", "RMA-7788"):
        page = review.search(BOSS, ReviewQuery(tracking=code))
        assert [row.order_id for row in page.rows] == [order.order_id]
    assert review.search(BOSS, ReviewQuery(tracking="RT-NOT-KNOWN")).rows == []
    types = [e["type"] for e in events_of(kit, order.order_id)]
    assert types.index("ReturnOpened") > types.index("OrderShipped")
    assert "ReturnReceived" in types


def test_the_metrics_count_returned_units_per_sku_and_reason(kit: ReturnsKit):
    from datetime import UTC, datetime

    from packstation.services.metrics import MetricsError, returns_per_sku_and_reason

    now = datetime.now(UTC)
    rows = returns_per_sku_and_reason(kit.uow, BOSS, now - timedelta(hours=1), now + timedelta(minutes=1))
    by_reason: dict[str, int] = {}
    for _, reason, n in rows:
        by_reason[reason] = by_reason.get(reason, 0) + n
    with kit.uow() as uow:
        from packstation.store.return_tables import ReturnUnitRow

        units = uow.session.scalars(select(ReturnUnitRow.outcome)).all()
    assert sum(by_reason.values()) == len(units) and by_reason["damaged"] == units.count("damaged") >= 1
    assert {"returned", "missing", "wrong_item", "not_ours"} <= set(by_reason)
    assert returns_per_sku_and_reason(kit.uow, BOSS, now - timedelta(days=9), now - timedelta(days=8)) == []
    with pytest.raises(PermissionDenied):
        returns_per_sku_and_reason(kit.uow, PACKER, now - timedelta(hours=1), now)
    with pytest.raises(MetricsError):
        returns_per_sku_and_reason(kit.uow, BOSS, now, now)


def events_of(kit: ReturnsKit, order_id: str) -> list[dict]:
    with kit.uow() as uow:
        rows = uow.session.execute(
            select(EventRow.type).where(EventRow.order_id == order_id).order_by(EventRow.seq)
        )
        return [{"type": t} for (t,) in rows]


CHILD = textwrap.dedent(
    """
    import os, sys
    sys.path.insert(0, sys.argv[1])
    from pathlib import Path
    from returns_kit import PACKER, PackedStation, frame
    from packstation.services.returns import ReturnsService
    from packstation.store import uow as uow_module

    kit = PackedStation(Path(sys.argv[2]), "st1")
    service = ReturnsService(kit.uow, "st1", kit.home / "blobs")
    rid = service.open(PACKER, sys.argv[3]).parcel.return_id
    service.weigh(PACKER, rid, 1234.0)
    service.capture(PACKER, rid, "return-label", frame(41))
    service.scan_unit(PACKER, rid, sys.argv[4])
    print(rid, flush=True)
    # The next scan dies between writing its unit and committing: the process is gone, nothing half-done stays.
    uow_module.UnitOfWork.commit = lambda self: os._exit(9)
    service.scan_unit(PACKER, rid, sys.argv[5])
    """
)


def test_a_crash_mid_return_resumes_with_every_committed_step_and_nothing_half_done(tmp_path: Path):
    kit = ReturnsKit(tmp_path, shipped=2, waiting=0)
    order = next(o for o in kit.shipped if o.units >= 2)
    code, second = kit.units(order)[:2]
    here = str(Path(__file__).parent)
    child = subprocess.run(
        [sys.executable, "-c", CHILD, here, str(tmp_path), order.order_id, code, second],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == 9, child.stderr
    rid = child.stdout.split()[0]
    kit.close()
    again = ReturnsKit.__new__(ReturnsKit)
    PackedStationInit(again, tmp_path)
    service = ReturnsService(again.uow, "st1", again.home / "blobs")
    [resumed] = service.resume()
    p = resumed.parcel
    assert (p.return_id, p.state, p.arrival_weight_g) == (rid, "open", 1234.0)
    assert [u.code for u in p.units] == [code]  # the second scan never committed
    assert [ph.kind for ph in resumed.photos] == ["return-label"]
    assert service.open(PACKER, order.order_id).parcel.return_id == rid
    service.capture(PACKER, rid, "return-contents", frame(42))
    for unit_code in kit.units(order)[1:]:
        service.scan_unit(PACKER, rid, unit_code)
    assert service.receive(PACKER, rid).parcel.outcome == "complete"
    again.close()


def PackedStationInit(kit: ReturnsKit, root: Path) -> None:  # noqa: N802 - reopens a station without packing
    from handover_kit import PackedStation

    PackedStation.__init__(kit, root, "st1")


def test_the_returns_session_drives_a_return_from_scan_to_received_and_resumes(tmp_path: Path):
    from packstation.devices.camera_sim import HeadlessCamera
    from packstation.services.returns.session import ReturnsSession, Stage

    kit = ReturnsKit(tmp_path, shipped=3, waiting=0)
    order = next(o for o in kit.shipped if o.units >= 2)
    reading = {"g": None}
    session = ReturnsSession(kit.returns, PACKER, HeadlessCamera(320, 200), "sim", lambda: reading["g"])
    view = session.scan("UNKNOWN-1")
    assert (
        view.stage == Stage.SCAN_PARCEL
        and view.notice.tone == "error"
        and "Unknown parcel" in view.notice.text
    )
    view = session.scan(kit.tracking(order.order_id)[0])
    assert view.stage == Stage.UNBOXING and view.order_id == order.order_id
    assert view.outbound is not None and view.outbound.packer == PACKER.user_id
    assert [p.kind for p in view.outbound.photos] == ["sealed"] and view.outbound.manifest_id
    assert view.next_action == "Put the parcel on the scale and weigh it."
    assert session.weigh().notice.tone == "error"  # nothing stable on the scale
    reading["g"] = view.outbound_g + 5
    view = session.weigh()
    assert view.arrival_g == view.outbound_g + 5 and view.weight_verdict == "same"
    view = session.photograph()
    assert view.photos_taken == ("return-label",) and view.photos_needed == ("return-contents",)
    session.photograph()
    codes = kit.units(order)
    view = session.scan(codes[0])
    assert view.notice.tone == "ok" and view.units[0].outcome == "returned"
    # restart: a new session on the same service picks the open return up
    again = ReturnsSession(kit.returns, PACKER, HeadlessCamera(320, 200), "sim")
    view = again.resume()
    assert view.return_id == session.view().return_id and len(view.units) == 1 and view.outbound is not None
    assert again.mark_damaged().damaged_next
    refused = again.scan(codes[1])
    assert refused.notice.tone == "error" and "photo of the damage" in refused.notice.text
    again.photograph()
    view = again.scan(codes[1])
    assert view.units[-1].outcome == "damaged" and not view.damaged_next
    view = again.finish()
    expected = "damaged" if len(codes) == 2 else "missing_unit"
    assert view.stage == Stage.RECEIVED and view.outcome == expected
    assert view.notice.tone == "done" and "Decision due" in view.notice.text
    kit.close()
