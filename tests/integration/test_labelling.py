"""The Label step end to end on a real station database and a loopback 9100 printer."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from packstation.bootstrap import open_station
from packstation.devices.printers import Printer
from packstation.devices.printers.loopback import LoopbackPrinter
from packstation.domain.orders import OrderStatus
from packstation.domain.packing import expected_weight
from packstation.domain.tracking import validate_tracking
from packstation.domain.users import Actor, PermissionDenied, Role
from packstation.domain.workflow import WorkflowError
from packstation.labels.model import DuplicateTrackingNumber
from packstation.services.demo import DEMO_PRODUCTS, load_demo
from packstation.services.labelling import LabelNotPrinted, LabelService, step_message
from packstation.services.station.finishing import Finishing
from packstation.store.print_tables import PrintJobRow

PACKER = Actor("ana", Role.PACKER, "Ana")
BOSS = Actor("boss", Role.SUPERVISOR, "Boss")
BARCODE = {p.sku: p.barcodes[0] for p in DEMO_PRODUCTS}


@pytest.fixture
def station(tmp_path):
    st = open_station(tmp_path / "home")
    load_demo(st.uow, orders=6, station=st.name)
    yield st
    st.close()


@pytest.fixture
def zebra():
    with LoopbackPrinter() as printer:
        yield printer


def labels_for(station, url, **kw):
    return LabelService(
        station.uow, station.name, Printer(url), station.config.label, packing=station.packing, **kw
    )


def pack(st, order_id=None):
    """Take an order (the next one, or a given one) through pick and pack; returns its id."""
    order = st.packing.take(PACKER, order_id) if order_id else st.packing.take_next(PACKER)
    for line in order.lines:
        for _ in range(line.quantity):
            st.packing.scan(PACKER, order.order_id, BARCODE[line.sku])
    box = st.packing.suggest_box(order.order_id)
    grams = expected_weight(st.packing.pack_items(order.order_id), box)
    st.packing.weigh(PACKER, order.order_id, grams, box.code)
    st.packing.finish_packing(PACKER, order.order_id)
    return order.order_id


def set_order(st, order_id, **fields):
    """Change imported order fields (carrier, marketplace tracking number) on the stored row."""
    with st.uow() as uow:
        row = uow.orders.row(order_id)
        for name, value in fields.items():
            setattr(row, name, value)
        uow.commit()


def events(st, order_id):
    with st.uow() as uow:
        return [(row.type, row.payload) for row in uow.events.for_order(order_id)]


def test_labels_print_on_the_printer_and_complete_the_step(station, zebra):
    order_id = pack(station)
    service = labels_for(station, zebra.url)
    jobs = service.print_labels(PACKER, order_id)
    assert [j.state for j in jobs] == ["sent"]
    tracking = jobs[0].tracking_number
    order = station.packing.order(order_id)
    assert validate_tracking(tracking, order.carrier).ok
    assert zebra.wait_for_jobs(1)
    received = zebra.jobs[0]
    assert received.startswith(b"^XA") and tracking.encode() in received and order_id.encode() in received
    with station.uow() as uow:
        stored = uow.session.scalar(select(PrintJobRow).where(PrintJobRow.id == jobs[0].id))
        assert stored.payload == received  # the exact stored bytes reached the printer
    assert order.status is OrderStatus.LABELLED and order.tracking_number == tracking
    assert station.packing.parcels(order_id)[0].tracking_number == tracking
    kinds = [t for t, _ in events(station, order_id)]
    assert kinds[-2:] == ["LabelPrinted", "OrderLabelled"]
    printed = dict(events(station, order_id))["LabelPrinted"]
    assert printed["tracking_number"] == tracking and printed["job_id"] == jobs[0].id
    # Asking again prints nothing twice.
    assert [j.id for j in service.print_labels(PACKER, order_id)] == [jobs[0].id]
    assert not zebra.wait_for_jobs(2, timeout=0.2)


def test_numbers_come_from_the_carrier_range_in_sequence(station, zebra):
    service = labels_for(
        station, zebra.url, ranges={"sim": {"prefix": "SIM", "end": 10**10 - 1, "width": 10}}
    )
    first, second = pack(station), pack(station)
    for order_id in (first, second):
        set_order(station, order_id, carrier="sim")
        service.print_labels(PACKER, order_id)
    numbers = [service.jobs(o)[0].tracking_number for o in (first, second)]
    assert numbers == ["SIM0000000001", "SIM0000000002"]


def test_the_marketplace_number_and_an_sscc(station, zebra):
    station.config.label.gs1_company_prefix = "0614141"
    order_id = pack(station)
    set_order(station, order_id, carrier="USPS", tracking_number="EA123456785US")
    jobs = labels_for(station, zebra.url).print_labels(PACKER, order_id)
    assert jobs[0].tracking_number == "EA123456785US"
    parcel = station.packing.parcels(order_id)[0]
    assert parcel.sscc.startswith("00614141") and len(parcel.sscc) == 18
    assert zebra.wait_for_jobs(1) and parcel.sscc.encode() in zebra.jobs[0]


def test_a_bad_marketplace_number_is_refused(station, zebra):
    order_id = pack(station)
    set_order(station, order_id, carrier="USPS", tracking_number="EA123456789US")
    with pytest.raises(ValueError, match="check digit"):
        labels_for(station, zebra.url).print_labels(PACKER, order_id)
    assert zebra.jobs == [] and labels_for(station, zebra.url).jobs(order_id) == []


def test_a_tracking_number_used_by_another_parcel_stops_the_print(station, zebra):
    service = labels_for(station, zebra.url)
    first = pack(station)
    taken = service.print_labels(PACKER, first)[0].tracking_number
    second = pack(station)
    set_order(station, second, carrier=station.packing.order(first).carrier, tracking_number=taken)
    with pytest.raises(DuplicateTrackingNumber, match=f"already used by order {first}"):
        service.print_labels(PACKER, second)
    assert zebra.wait_for_jobs(1) and not zebra.wait_for_jobs(2, timeout=0.2)
    assert service.jobs(second) == [] and station.packing.order(second).status is OrderStatus.PACKED


def test_a_cancelled_order_gets_no_label(station, zebra):
    order_id = pack(station)
    station.packing.cancel(BOSS, order_id, "buyer cancelled")
    with pytest.raises(WorkflowError, match="cancel"):
        labels_for(station, zebra.url).print_labels(PACKER, order_id)
    assert zebra.jobs == []


def test_a_job_waits_for_a_printer_that_is_down_and_prints_once_when_it_is_back(station):
    with LoopbackPrinter() as gone:
        port = gone.port
    url = f"tcp://127.0.0.1:{port}?timeout=0.5"
    service = labels_for(station, url)
    order_id = pack(station)
    jobs = service.print_labels(PACKER, order_id)
    assert [j.state for j in jobs] == ["queued"] and "not reachable" in jobs[0].reason
    with pytest.raises(LabelNotPrinted, match="not reachable"):
        step_message(jobs)
    assert station.packing.order(order_id).status is OrderStatus.PACKED
    assert service.pump() == 1  # still down
    with LoopbackPrinter(port=port) as back:
        back.state.paper_out = True
        assert service.pump() == 1
        assert service.jobs(order_id)[0].reason == "Printer out of paper: load labels and press Retry"
        back.state.paper_out = False
        assert service.pump() == 0
        service.print_labels(PACKER, order_id)  # pressing Print again sends nothing new
        assert service.pump() == 0
        assert back.wait_for_jobs(1) and not back.wait_for_jobs(2, timeout=0.3)
        assert len(back.jobs) == 1 and jobs[0].tracking_number.encode() in back.jobs[0]
    job = service.jobs(order_id)[0]
    assert job.state == "sent" and job.attempts == 4
    assert station.packing.order(order_id).status is OrderStatus.LABELLED


def test_an_unknown_result_waits_for_a_person(station, zebra):
    zebra.mute_after_job = True
    service = labels_for(station, zebra.url)
    order_id = pack(station)
    job = service.print_labels(PACKER, order_id)[0]
    assert job.state == "unknown" and station.packing.order(order_id).status is OrderStatus.PACKED
    assert service.pump() == 0 and len(zebra.jobs) == 1  # never resent by itself
    confirmed = service.confirm_printed(PACKER, job.id)
    assert confirmed.state == "sent" and station.packing.order(order_id).status is OrderStatus.LABELLED


def test_reprint_is_logged_and_void_needs_a_supervisor(station, zebra):
    service = labels_for(station, zebra.url)
    order_id = pack(station)
    first = service.print_labels(PACKER, order_id)[0]
    with pytest.raises(WorkflowError, match="Say why"):
        service.reprint(PACKER, order_id, 1, " ")
    again = service.reprint(PACKER, order_id, 1, "label smudged")
    assert again.kind == "reprint" and again.state == "sent"
    assert zebra.wait_for_jobs(2) and zebra.jobs[1] == zebra.jobs[0]
    reprinted = dict(events(station, order_id))["LabelReprinted"]
    assert reprinted == {"parcel": 1, "reason": "label smudged", "job_id": again.id}
    with pytest.raises(PermissionDenied, match="supervisor"):
        service.void(PACKER, order_id, 1, "wrong address")
    voided = service.void(BOSS, order_id, 1, "wrong address")
    assert {j.state for j in voided} == {"voided"}
    assert dict(events(station, order_id))["LabelVoided"]["tracking_number"] == first.tracking_number
    assert station.packing.parcels(order_id)[0].tracking_number == ""
    with pytest.raises(WorkflowError, match="no label to reprint"):
        service.reprint(PACKER, order_id, 1, "again")
    fresh = service.print_labels(PACKER, order_id)
    assert fresh[0].state == "sent" and fresh[0].tracking_number != first.tracking_number


def test_station_steps_print_and_reprint(station, zebra):
    service = labels_for(station, zebra.url)
    steps = Finishing(station.packing, service)
    order_id = pack(station)
    order = station.packing.order(order_id)
    message = steps.print_labels(PACKER, order)
    tracking = service.jobs(order_id)[0].tracking_number
    assert message == f"Label printed ({tracking})."
    again = steps.reprint(PACKER, station.packing.order(order_id), "label torn")
    assert again == f"Label reprinted (label torn). {message}"
    assert zebra.wait_for_jobs(2)


def test_a_sim_printer_fault_reaches_the_packer(station):
    from packstation.devices.printers import sim_printer

    sim = sim_printer("labelling-test")
    sim.clear()
    sim.paper_out = True
    service = labels_for(station, "sim://labelling-test")
    order_id = pack(station)
    with pytest.raises(LabelNotPrinted, match="out of paper"):
        Finishing(station.packing, service).print_labels(PACKER, station.packing.order(order_id))
    sim.paper_out = False
    assert service.pump() == 0 and len(sim.received) == 1


def test_tracking_ranges_come_from_the_station_config(tmp_path):
    from packstation.bootstrap import open_station
    from packstation.config import load_config, save_config
    from packstation.home import Home

    home = Home(tmp_path / "home").ensure()
    config = load_config(home.config_file)
    config.label.tracking_ranges = {"jnt": {"prefix": "JX", "start": 500, "end": 999, "width": 6}}
    save_config(config, home.config_file)
    station = open_station(home.root)
    try:
        assert station.config.label.tracking_ranges["jnt"]["prefix"] == "JX"
        service = station.labels
        assert set(service.ranges) == {"jnt"}
        assert service.ranges["jnt"].allocate(500).startswith("JX000500")
    finally:
        station.close()


def test_printer_status_through_the_service_reports_faults(station, zebra):
    service = labels_for(station, zebra.url)
    assert service.printer_status().ok
    zebra.state.paper_out = True
    status = service.printer_status()
    assert not status.ok and "paper" in status.message.lower()
