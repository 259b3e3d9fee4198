"""Refusals of the packing and handover services reach the screen in the packer's language: with the
Thai translator installed, `shown()` of the refusal is Thai (template translated, then filled), and
the same refusal stays English for the log and without a translator."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from packstation.bootstrap import open_station
from packstation.domain.users import Actor, Role
from packstation.domain.workflow import WorkflowError
from packstation.services.demo import load_demo
from packstation.services.handover import HandoverError
from packstation.ui.i18n import Languages, shown

PACKER = Actor("ana", Role.PACKER, "Ana")
BOSS = Actor("boss", Role.SUPERVISOR, "Boss")


@pytest.fixture
def thai(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    locale, languages = QLocale(), Languages()
    assert languages.use("th") == "th"
    yield
    if languages.translator is not None:
        QCoreApplication.removeTranslator(languages.translator)
    QLocale.setDefault(locale)


@pytest.fixture
def station(tmp_path):  # type: ignore[no-untyped-def]
    st = open_station(tmp_path / "home")
    load_demo(st.uow, orders=2, station=st.name)
    yield st
    st.close()


def refusal(exc: pytest.ExceptionInfo[BaseException]) -> str:
    return exc.value.args[0]


def test_packing_refusals_come_out_in_thai(station, thai) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(WorkflowError) as box:
        station.packing.box("BOX-NOPE")
    assert refusal(box) == "Unknown box BOX-NOPE."  # English for the log
    assert shown(refusal(box)) == "ไม่รู้จักกล่อง BOX-NOPE"

    order = station.packing.queue(1)[0]
    with pytest.raises(WorkflowError) as unweighed:
        station.packing.override_weight(BOSS, order.order_id, 1, "the scale was off")
    assert refusal(unweighed) == f"Parcel 1 of order {order.order_id} has not been weighed."
    assert shown(refusal(unweighed)) == f"พัสดุ 1 ของออเดอร์ {order.order_id} ยังไม่ได้ชั่ง"


def test_a_handover_refusal_comes_out_in_thai(station, thai) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(HandoverError) as kind:
        station.handover.open(PACKER, "J&T", "Somchai", kind="boat")
    assert refusal(kind) == "A handover is a pickup or a dropoff, not 'boat'."
    assert shown(refusal(kind)) == "การส่งมอบต้องเป็นการมารับหรือการนำไปส่ง ไม่ใช่ 'boat'"


def test_without_a_translator_the_refusal_is_shown_in_english(station, qapp) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(WorkflowError) as box:
        station.packing.box("BOX-NOPE")
    assert shown(refusal(box)) == "Unknown box BOX-NOPE."


def test_a_claim_refusal_and_a_platform_label_refusal_come_out_in_thai(central_sqlite_url, thai) -> None:  # type: ignore[no-untyped-def]
    from packstation.labels.platform import PlatformLabelError, platform_label
    from packstation.sync.central import CentralStore
    from packstation.sync.claims import ClaimBook

    central = CentralStore.open(central_sqlite_url, migrate=True)
    try:
        book = ClaimBook(central, clock=lambda: datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
        assert book.claim("A1", "north").granted
        refused = book.claim("A1", "south").message
    finally:
        central.dispose()
    assert refused == "Order A1 is being packed at station north until 09:30 UTC."
    assert shown(refused) == "ออเดอร์ A1 กำลังแพ็กที่สถานี north จนถึง 09:30 UTC"
    with pytest.raises(PlatformLabelError) as empty:
        platform_label(b"", "4x6", 203)
    assert refusal(empty) == "the platform label is empty" and shown(refusal(empty)) == "ฉลากจากแพลตฟอร์มว่างเปล่า"


def test_a_printer_fault_and_the_scale_words_come_out_in_thai(thai) -> None:  # type: ignore[no-untyped-def]
    from packstation.devices.printers.status import Fault, PrinterStatus
    from packstation.devices.weight_gate import WeightGate

    fault = PrinterStatus(True, (Fault.PAPER_OUT,)).message
    assert fault == "Printer out of paper: load labels and press Retry"
    assert shown(fault) == "เครื่องพิมพ์กระดาษหมด: ใส่ฉลากแล้วกด ลองใหม่"
    waiting = WeightGate().view.message
    assert waiting == "Put the parcel on the scale." and shown(waiting) == "วางพัสดุบนตาชั่ง"
