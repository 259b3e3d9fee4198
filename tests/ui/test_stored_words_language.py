"""Words the core stores (hold reasons, print-job reasons, alert titles and bodies) come back translatable
after a restart: with the Thai translator installed they are shown in Thai, without it in exactly the
English that was stored; rows stored before the texts were kept still show their English."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import update

from packstation.bootstrap import open_station
from packstation.domain.texts import Text, translate
from packstation.domain.users import Actor, Role
from packstation.domain.workflow import packability_problems
from packstation.services.alerts.service import AlertService
from packstation.services.demo import load_demo
from packstation.services.print_jobs import PrintJob
from packstation.services.review.pages import describe_event
from packstation.services.tracking.service import Condition
from packstation.store.print_tables import PrintJobRow, PrintJobs
from packstation.store.tables import AlertRow, OrderRow
from packstation.ui.i18n import shown
from tests.ui.test_refusals_language import thai  # noqa: F401 - the Thai translator fixture

PACKER = Actor("ana", Role.PACKER, "Ana")


def short_picked(home: Path) -> tuple[str, str, str]:
    """A station that held an order with a short pick, then closed: (order, what is short, stored English)."""
    st = open_station(home)
    try:
        load_demo(st.uow, orders=2, station=st.name)
        order = st.packing.take_next(PACKER)
        held = st.packing.short_pick(PACKER, order.order_id, "Out of stock")
        short = ", ".join(f"{line.product_name or line.sku} ×{line.quantity}" for line in order.lines)
        return order.order_id, short, str(held.hold_reason)
    finally:
        st.close()


def test_a_short_pick_reason_reads_in_thai_after_a_restart(tmp_path, thai) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    order_id, short, english = short_picked(tmp_path / "home")
    assert english == f"Short pick: {short}. Out of stock"
    st = open_station(tmp_path / "home")  # new station services on the same home
    try:
        reason = st.packing.order(order_id).hold_reason
        assert reason == english and isinstance(reason, Text)
        assert shown(reason) == f"ของขาด: {short} สินค้าหมด"
        [queue_line] = packability_problems(st.packing.order(order_id))  # why the queue cannot start it
        assert f"ของขาด: {short} สินค้าหมด" in shown(queue_line) and "Short pick" not in shown(queue_line)
        with st.uow() as uow:
            [held] = [e for e in uow.events.for_order(order_id) if e.type == "OrderHeld"]
            timeline = describe_event(held.type, held.payload)
        assert shown(timeline) == f"พักไว้: ของขาด: {short} สินค้าหมด"
    finally:
        st.close()


def test_without_a_translator_the_stored_reason_is_the_same_english(tmp_path, qapp) -> None:  # type: ignore[no-untyped-def]
    order_id, _, english = short_picked(tmp_path / "home")
    st = open_station(tmp_path / "home")
    try:
        assert shown(st.packing.order(order_id).hold_reason) == english
    finally:
        st.close()


def test_an_old_row_without_the_text_still_shows_its_english(tmp_path, thai) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    order_id, _, english = short_picked(tmp_path / "home")
    st = open_station(tmp_path / "home")
    try:
        with st.uow() as uow:  # as a station before this change stored it: the English only
            uow.session.execute(update(OrderRow).where(OrderRow.order_id == order_id).values(hold_reason_text=""))
            uow.commit()
        reason = st.packing.order(order_id).hold_reason
        assert not isinstance(reason, Text) and shown(reason) == english
    finally:
        st.close()


def test_a_print_job_reason_and_an_alert_title_read_in_thai_when_loaded_again(tmp_path, thai) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    st = open_station(tmp_path / "home")
    try:
        now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
        with st.uow() as uow:
            PrintJobs(uow.session).add(
                PrintJobRow(
                    id="job-1", order_id="ORD-1", kind="label", printer="zebra", created_at=now,
                    reason=translate("Label", "waiting to be sent"),
                )
            )  # fmt: skip
            uow.commit()
        with st.uow() as uow:
            job = PrintJob.from_row(PrintJobs(uow.session).for_order("ORD-1")[0])
        assert job.reason == "waiting to be sent" and shown(job.reason) == "รอส่งไปยังเครื่องพิมพ์"

        alerts = AlertService(st.uow, station=st.name)
        title = translate("Delivery", "Order {order}: {condition}").format(
            order="ORD-1", condition=translate("Test", "a condition")
        )
        body = translate("Stock", "low stock: {sku} has {available} available (alert at {threshold})").format(
            sku="SKU-1", available=2, threshold=5
        )
        alerts.raise_alerts([Condition("k1", "lost", "ORD-1", title, body)], now)
        [view] = AlertService(st.uow, station=st.name).unseen()
        assert view.title == "Order ORD-1: a condition" and shown(view.title) == "ออเดอร์ ORD-1: a condition"
        assert view.body == "low stock: SKU-1 has 2 available (alert at 5)"
        assert shown(view.body) == "สต็อกใกล้หมด: SKU-1 เหลือพร้อมใช้ 2 (แจ้งเตือนที่ 5)"
        with st.uow() as uow:  # an alert raised before titles and bodies were kept: its English
            uow.session.execute(update(AlertRow).values(title_text="", body_text=""))
            uow.commit()
        [old] = AlertService(st.uow, station=st.name).unseen()
        assert not isinstance(old.title, Text) and old.title == "Order ORD-1: a condition"
        assert not isinstance(old.body, Text) and old.body == "low stock: SKU-1 has 2 available (alert at 5)"
    finally:
        st.close()
