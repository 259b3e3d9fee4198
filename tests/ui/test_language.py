"""The window speaks the logged-in person's language: chosen at login, remembered, English for others."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QLocale

from packstation.services.station.view import Step
from packstation.ui.station.login import LoginPage
from tests.harness.live import STATIONS as LIVE
from tests.ui.conftest import (
    BARCODES,
    PACKER_PIN,
    SUPERVISOR_PIN,
    add_people,
    press,
    settle_stations,
    station_config,
)


def choose_language(station_app, code: str) -> None:  # type: ignore[no-untyped-def]
    """Pick a language in the login page's chooser, as the packer does with the mouse."""
    page = station_app.window.pages[Step.LOGIN]
    assert isinstance(page, LoginPage)
    index = page.language.findData(code)
    page.language.setCurrentIndex(index)
    page.language.activated.emit(index)


def log_in(qtbot, station_app, pin: str, language: str) -> None:  # type: ignore[no-untyped-def]
    station_app.flow.login_pin(None, pin)
    settle_stations()
    qtbot.waitUntil(lambda: station_app.ui.languages.current == language, timeout=5000)
    settle_stations()


def open_pick_page(station_app) -> None:  # type: ignore[no-untyped-def]
    flow = station_app.flow
    flow.take_next()
    settle_stations()
    flow.scan(BARCODES[flow.order.lines[0].sku])
    settle_stations()
    assert flow.step is Step.PICK


def start(qtbot, home: Path, first: bool):  # type: ignore[no-untyped-def]
    """The station on `home` (the first time: demo orders and people), as `packstation` starts it."""
    from packstation.app import build_app
    from packstation.bootstrap import open_station
    from packstation.config import save_config
    from packstation.home import Home
    from packstation.services.demo import load_demo
    from packstation.services.users import UserService
    from packstation.ui.sounds import Sounds

    if first:
        save_config(station_config(), Home(home).config_file)
    station = open_station(home)
    users = UserService(station.uow, station.name, scrypt_n=2**8)
    if first:
        load_demo(station.uow, orders=4, station=station.name)
        add_people(users)
    station_app = build_app(station=station, sounds=Sounds(), users=users)
    station_app.session.desk.demo_scale = None
    qtbot.addWidget(station_app.window)
    station_app.window.resize(1280, 860)
    station_app.window.show()
    qtbot.waitExposed(station_app.window)
    LIVE.append(station_app)
    return station_app


def stop(station_app) -> None:  # type: ignore[no-untyped-def]
    station_app.ui.languages.use("en")  # the translator is the application's: leave it English
    LIVE.remove(station_app)
    station_app.close()


def test_a_thai_packer_sees_thai_another_person_english_and_it_is_remembered(qtbot, tmp_path):
    home = tmp_path / "home"
    station_app = start(qtbot, home, first=True)
    window = station_app.window
    try:
        assert window.steps.labels[Step.PICK].text() == "Pick"
        choose_language(station_app, "th")
        log_in(qtbot, station_app, PACKER_PIN, "th")
        queue = window.pages[Step.QUEUE]
        qtbot.waitUntil(lambda: queue.title.text() == "4 ออเดอร์รอแพ็ก", timeout=5000)
        assert queue.table.horizontalHeaderItem(3).text() == "ส่งภายใน"
        open_pick_page(station_app)
        pick = window.pages[Step.PICK]
        assert window.steps.labels[Step.PICK].text() == "หยิบ"
        assert pick.order_id.text() == f"ออเดอร์ {station_app.flow.order.order_id}"
        assert pick.undo_prompt.question.text() == "ยกเลิกการสแกนล่าสุดเพราะอะไร?"
        hints = window.hints.text()
        assert "ถัดไป:" in hints and "ยกเลิกการสแกนล่าสุด" in hints and "Next:" not in hints
        assert "สแกน" in hints or "ตรวจสินค้าครบแล้ว" in hints  # the session's own words, translated
        assert "พนักงานแพ็ก" in window.who.text()  # the role, in Thai
        assert QLocale().name().startswith("th")  # numbers and dates follow the person's language
        in_order = {line.sku for line in station_app.flow.order.lines}
        other = next(sku for sku in BARCODES if sku not in in_order)
        station_app.flow.scan(BARCODES[other])  # the wrong item: the session's verdict, in Thai
        settle_stations()
        assert window.banner.text().startswith("สินค้าผิด:"), window.banner.text()
        assert "ยังต้องหยิบ:" in window.banner.text() and "เหลือ" in window.banner.text()

        station_app.flow.logout()
        settle_stations()
        qtbot.waitUntil(lambda: station_app.ui.languages.current == "en", timeout=5000)
        log_in(qtbot, station_app, SUPERVISOR_PIN, "en")  # chose nothing: the station default
        qtbot.waitUntil(lambda: queue.title.text().endswith("orders ready to pack"), timeout=5000)  # English plural
        assert re.fullmatch(r"[2-4] orders ready to pack", queue.title.text()), queue.title.text()
        assert queue.table.horizontalHeaderItem(3).text() == "Ship by"
        open_pick_page(station_app)
        assert window.steps.labels[Step.PICK].text() == "Pick"
        assert window.pages[Step.PICK].order_id.text().startswith("Order ")
        assert "Next:" in window.hints.text() and "ถัดไป" not in window.hints.text()
    finally:
        stop(station_app)

    again = start(qtbot, home, first=False)
    try:
        assert again.ui.languages.current == "en"
        log_in(qtbot, again, PACKER_PIN, "th")  # nothing chosen this time: remembered from the last login
        assert again.window.steps.labels[Step.PICK].text() == "หยิบ"
        assert again.window.pages[Step.LOGIN].language.currentData() == "th"
    finally:
        stop(again)


def test_a_thai_packer_in_dispatch_mode_sees_thai_on_the_dispatch_page(qtbot, tmp_path, scan_keys):
    from PySide6.QtCore import Qt

    station_app = start(qtbot, tmp_path / "home", first=True)
    window = station_app.window
    try:
        choose_language(station_app, "th")
        log_in(qtbot, station_app, PACKER_PIN, "th")
        page = window.mode_page
        assert page is not None
        press(Qt.Key.Key_F12)  # dispatch mode
        qtbot.waitUntil(lambda: window.current is page and page.dispatch.idle, timeout=5000)
        settle_stations()
        assert page.title.text() == "ส่งมอบ · เลือกขนส่ง", page.title.text()
        # The demo station has nothing staged: the carrier list says so, in Thai.
        assert page.carriers.item(0).text().startswith("ไม่มีพัสดุรอส่ง"), page.carriers.item(0).text()
        assert page.open_button.text() == "เปิดการส่งมอบ"
        assert page.courier.placeholderText() == "ชื่อพนักงานขนส่ง"
        assert "เลือกขนส่ง" in window.hints.text() and "Choose the carrier" not in window.hints.text()
        # What the session says on a scan: no such carrier waiting, in Thai, with the scanned words kept.
        scan_keys("NO SUCH CARRIER")
        qtbot.waitUntil(lambda: "NO SUCH CARRIER" in window.banner.text(), timeout=5000)
        assert window.banner.text().startswith("ไม่พบขนส่งใน"), window.banner.text()
        assert "ไม่มีที่รออยู่" in window.banner.text()
        press(Qt.Key.Key_F12)  # back to packing
        qtbot.waitUntil(lambda: window.current is not page, timeout=5000)
    finally:
        stop(station_app)
