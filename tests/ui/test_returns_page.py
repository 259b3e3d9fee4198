"""The returns page renders the session's view and forwards scans and keys (offscreen Qt, inline runner)."""

from __future__ import annotations

import sys
from pathlib import Path

from packstation.devices.camera_sim import HeadlessCamera
from packstation.domain.commands import Command
from packstation.services.returns.session import ReturnsSession
from packstation.ui.station.returns_page import ReturnsFlow, ReturnsPage
from packstation.ui.tasks import InlineTaskRunner

sys.path.insert(0, str(Path(__file__).parents[1] / "integration"))
from returns_kit import PACKER, ReturnsKit  # noqa: E402


def run(page: ReturnsPage, command: Command) -> None:
    action = next(a for a in page.actions() if a.command is command)
    action.run()


def test_a_return_is_unboxed_on_the_page_beside_its_outbound_record(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    kit = ReturnsKit(tmp_path, shipped=2, waiting=0)
    order = next(o for o in kit.shipped if o.units >= 2)
    grams = {"g": None}
    session = ReturnsSession(kit.returns, PACKER, HeadlessCamera(320, 200), "sim", lambda: grams["g"])
    flow = ReturnsFlow(session, InlineTaskRunner())
    page = ReturnsPage(flow)
    qtbot.addWidget(page)
    notices: list[tuple[str, str]] = []
    flow.notice.connect(lambda text, tone: notices.append((text, tone)))
    assert page.title.text().startswith("Returns: scan the returned parcel") and page.actions() == []

    page.on_scan("NOT-A-PARCEL")
    assert notices[-1][1] == "error" and "Unknown parcel NOT-A-PARCEL" in notices[-1][0]
    page.on_scan(kit.tracking(order.order_id)[0])
    assert page.title.text() == f"Return of order {order.order_id} (tracking), unboxing"
    assert "Packed by ana" in page.outbound.text() and "1 proof photo(s)" in page.outbound.text()
    assert page.next_action() == "Put the parcel on the scale and weigh it."
    assert [a.label for a in page.actions()][0] == "Weigh"

    grams["g"] = flow.view.outbound_g
    run(page, Command.CONFIRM)
    assert "the same weight as it left" in page.weight.text()
    run(page, Command.PHOTO)
    run(page, Command.PHOTO)
    assert "still needed: none" in page.photos.text()
    codes = kit.units(order)
    page.on_scan(codes[0])
    assert "#1 back" in page.units.text()
    run(page, Command.HOLD)
    assert "NEXT UNIT DAMAGED" in page.photos.text()
    run(page, Command.PHOTO)
    page.on_scan(codes[1])
    assert "#2 DAMAGED" in page.units.text()
    assert [a.label for a in page.actions()][0] == "Finish return"
    run(page, Command.CONFIRM)
    expected = "damaged" if len(codes) == 2 else "missing_unit"
    assert page.title.text().endswith(f"received: {expected}")
    assert "Decision due" in page.deadline.text() and notices[-1][1] == "done"
    run(page, Command.CANCEL)  # back to returns: the queue shows what waits for a decision
    assert page.title.text().startswith("Returns: scan")
    assert "Waiting for a decision: 1" in page.deadline.text() and order.order_id in page.deadline.text()
    assert "47 h left" in page.deadline.text() or "48 h left" in page.deadline.text()
    kit.close()


def test_ctrl_t_and_the_returns_barcode_switch_the_station_window_to_returns_and_back(
    make_station, qtbot, scan_keys
):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from packstation.ui.station.returns_page import ReturnsPage
    from tests.ui.conftest import PACKER_BADGE, press

    station_app = make_station(orders=2)
    window = station_app.window
    page = window.returns_page  # the app adds it with the station's returns service
    assert isinstance(page, ReturnsPage)
    press(Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert not window.returns_mode and "Log in first" in window.banner.text()
    scan_keys(PACKER_BADGE)
    press(Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.returns_mode and window.current is page
    assert window.stack.currentWidget() is page and page.title.text().startswith("Returns: scan")
    with station_app.station.uow() as uow:
        ready = uow.orders.queue_ids(1)[0]
    scan_keys(ready)  # an order still on the bench: refused, the window stays in returns mode
    qtbot.waitUntil(lambda: "was never shipped" in window.banner.text(), timeout=5000)
    assert window.current is page and page.flow.view.stage == "scan parcel"
    scan_keys("%%PS:RETURNS")
    assert not window.returns_mode and window.current is not page
