"""Grading and the supervisor's decision on the returns page (offscreen Qt, inline runner, real stock book)."""

from __future__ import annotations

import sys
from pathlib import Path

from packstation.devices.camera_sim import HeadlessCamera
from packstation.domain.returns import Decision, Grade, ReturnState
from packstation.domain.users import Role
from packstation.services.returns import ReturnsService
from packstation.services.returns.session import ReturnsSession, Stage
from packstation.services.users import UserService
from packstation.sync.central import CentralStore
from packstation.sync.stock import StockBook
from packstation.ui.station.returns_page import ReturnsFlow, ReturnsPage
from packstation.ui.tasks import InlineTaskRunner

sys.path.insert(0, str(Path(__file__).parents[1] / "integration"))
from returns_kit import PACKER, ReturnsKit  # noqa: E402

SUPERVISOR_PIN, PACKER_PIN = "1357", "2468"


def _received(tmp_path: Path, central_url: str):  # type: ignore[no-untyped-def]
    """A shipped order returned complete, received, on a station with a stock book and people."""
    kit = ReturnsKit(tmp_path, shipped=2, waiting=0)
    central = CentralStore.open(central_url, migrate=True)
    book = StockBook(central)
    order = kit.shipped[0]
    sku = order.lines[0].sku
    book.load(sku, "B-02", 3, "sue")
    book.load(sku, "A-01", 5, "sue")
    kit.returns = ReturnsService(kit.uow, kit.name, kit.home / "blobs", stock=book)
    users = UserService(kit.uow, kit.name, scrypt_n=2**8)
    admin = users.create_first_admin("admin", "Ada Admin", "9090")
    users.add_user(admin, "sue", "Sue Supervisor", Role.SUPERVISOR, SUPERVISOR_PIN, badge="SUE-BADGE-001")
    users.add_user(admin, "pat", "Pat Packer", Role.PACKER, PACKER_PIN)
    rid = kit.unbox(kit.tracking(order.order_id)[0])
    for code in kit.units(order):
        kit.returns.scan_unit(PACKER, rid, code)
    kit.returns.receive(PACKER, rid)
    return kit, central, book, order, sku, rid, users


def _on_hand(book: StockBook, sku: str, location: str) -> int:
    return next(lv.on_hand for lv in book.levels([sku]) if lv.location == location)


def test_a_unit_is_graded_and_a_supervisor_restocks_it_to_a_bin_from_the_stock_book(
    qtbot, tmp_path: Path, central_sqlite_url: str
):  # type: ignore[no-untyped-def]
    kit, central, book, order, sku, rid, users = _received(tmp_path, central_sqlite_url)
    session = ReturnsSession(
        kit.returns, PACKER, HeadlessCamera(320, 200), "sim", supervisor=users.verify_supervisor
    )
    flow = ReturnsFlow(session, InlineTaskRunner())
    page = ReturnsPage(flow)
    qtbot.addWidget(page)
    notices: list[tuple[str, str]] = []
    flow.notice.connect(lambda text, tone: notices.append((text, tone)))

    flow.leave()  # the returns queue lists the received return; activating it opens it for the decision
    assert page.queue.count() == 1 and order.order_id in page.queue.item(0).text()
    page._picked(page.queue.item(0))
    assert flow.view.stage == Stage.RECEIVED and flow.view.return_id == rid
    assert not page.decide.isHidden()
    panel = page.decide
    units = flow.view.to_decide
    assert panel.unit.count() == len(units) == order.units
    first = units[0]
    assert first.sku == sku
    # The product's bins, from the stock book, most on hand first.
    assert [panel.location.itemText(i) for i in range(panel.location.count())] == ["A-01", "B-02"]

    panel.grades[Grade.RESELLABLE].click()
    assert notices[-1] == (f"Unit {first.seq} graded resellable.", "ok")
    assert "Resellable" in panel.unit.currentText() and panel.selected_seq() == first.seq
    assert panel.decision.currentData() == Decision.RESTOCK.value and panel.location.isEnabled()

    # A packer's PIN is not a supervisor's: nothing decided, nothing restocked.
    panel.location.setCurrentText("B-02")
    panel.credential.setText(PACKER_PIN)
    panel.decide_button.click()
    assert notices[-1][1] == "error" and "not a supervisor" in notices[-1][0].lower()
    assert _on_hand(book, sku, "B-02") == 3 and panel.credential.text() == ""
    assert kit.returns.detail(rid).parcel.units[0].decision is None

    panel.location.setCurrentText("B-02")
    panel.credential.setText(SUPERVISOR_PIN)
    panel.decide_button.click()
    assert notices[-1][1] in ("ok", "done") and "decided by Sue Supervisor" in " ".join(
        n[0] for n in notices[-2:]
    )
    assert _on_hand(book, sku, "B-02") == 4 and _on_hand(book, sku, "A-01") == 5
    unit = kit.returns.detail(rid).parcel.units[0]
    assert (unit.decision, unit.location, unit.decided_by) == (Decision.RESTOCK, "B-02", "sue")
    assert unit.decided_at is not None and unit.graded_by == PACKER.user_id
    audit = book.audit(sku)[0]
    assert (audit.kind, audit.delta, audit.location, audit.actor) == ("restock", 1, "B-02", "sue")
    assert rid[:8] in audit.reason and audit.order_id == order.order_id

    # The rest: a write-off is disposed, decided with a supervisor's badge scanned into the prompt.
    for u in flow.view.to_decide[1:]:
        assert panel.selected_seq() == u.seq  # the panel moved on to the next unit waiting
        panel.grades[Grade.WRITE_OFF].click()
        assert panel.decision.currentData() == Decision.DISPOSE.value and not panel.location.isEnabled()
        panel.credential.setFocus()
        panel.badge("SUE-BADGE-001")
    assert flow.view.to_decide and all(u.decision is not None for u in flow.view.to_decide)
    assert kit.returns.detail(rid).parcel.state == ReturnState.DECIDED
    assert notices[-1][1] == "done" and "Every unit decided" in notices[-1][0]
    assert sum(lv.on_hand for lv in book.levels([sku])) == 9  # one unit back on the shelf, only one
    central.dispose()
    kit.close()


def test_a_refused_decision_says_why_and_keeps_the_unit_undecided(
    qtbot, tmp_path: Path, central_sqlite_url: str
):  # type: ignore[no-untyped-def]
    kit, central, book, order, sku, rid, users = _received(tmp_path, central_sqlite_url)
    session = ReturnsSession(kit.returns, PACKER, supervisor=users.verify_supervisor)
    flow = ReturnsFlow(session, InlineTaskRunner())
    page = ReturnsPage(flow)
    qtbot.addWidget(page)
    notices: list[tuple[str, str]] = []
    flow.notice.connect(lambda text, tone: notices.append((text, tone)))
    flow.pick(rid)
    panel = page.decide
    panel.credential.setText(SUPERVISOR_PIN)
    panel.decide_button.click()  # not graded yet
    assert notices[-1][1] == "error" and "Grade unit" in notices[-1][0]
    panel.grades[Grade.REFURBISH].click()
    panel.decision.setCurrentIndex(panel.decision.findData(Decision.RESTOCK.value))
    panel.credential.setText(SUPERVISOR_PIN)
    panel.decide_button.click()
    assert notices[-1][1] == "error" and "only resellable units are restocked" in notices[-1][0]
    assert sum(lv.on_hand for lv in book.levels([sku])) == 8
    assert kit.returns.detail(rid).parcel.units[0].decision is None
    central.dispose()
    kit.close()


def test_the_station_windows_returns_page_asks_the_stations_own_supervisor_check(make_station):  # type: ignore[no-untyped-def]
    import pytest

    from packstation.domain.users import PermissionDenied
    from tests.ui.conftest import PACKER_PIN as STATION_PACKER_PIN
    from tests.ui.conftest import SUPERVISOR_BADGE
    from tests.ui.conftest import SUPERVISOR_PIN as STATION_SUPERVISOR_PIN

    station_app = make_station(orders=1)
    check = station_app.window.returns_page.flow.session.supervisor
    assert check is not None
    assert check(STATION_SUPERVISOR_PIN).user_id == "sue" and check(SUPERVISOR_BADGE).user_id == "sue"
    with pytest.raises(PermissionDenied, match="(?i)not a supervisor") as packer:
        check(STATION_PACKER_PIN)
    with pytest.raises(PermissionDenied) as unknown:
        check("0000")
    assert str(unknown.value) == str(packer.value)  # a packer's PIN is told apart from no one's by nothing
