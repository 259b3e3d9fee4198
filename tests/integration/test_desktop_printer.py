"""A desktop (document) printer behind CUPS: platform PDFs sent as they are, through a fake `lp`/`lpstat`."""

from __future__ import annotations

import io
import json
import sys
from datetime import UTC, datetime

import pypdfium2 as pdfium
import pytest
import zxingcpp
from barcode import Code128
from barcode.writer import ImageWriter
from fpdf import FPDF

from packstation.bootstrap import open_station
from packstation.devices.printers import (
    Fault,
    Outcome,
    Printer,
    SimPrinter,
    parse_printer_url,
    print_test_label,
)
from packstation.devices.printers.loopback import LoopbackPrinter
from packstation.devices.printers.sim import SimTransport
from packstation.devices.urls import DeviceUrlError
from packstation.domain.orders import OrderStatus
from packstation.domain.packing import expected_weight
from packstation.domain.users import Actor, Role
from packstation.labels.platform import PlatformLabelError
from packstation.services.demo import DEMO_PRODUCTS, load_demo
from packstation.services.labelling import LabelService

PACKER = Actor("ana", Role.PACKER, "Ana")
BOSS = Actor("boss", Role.SUPERVISOR, "Boss")
BARCODE = {p.sku: p.barcodes[0] for p in DEMO_PRODUCTS}
QUEUE = "Office_Laser"
DESKTOP = f"cups://{QUEUE}?mode=document&timeout=1"

# `lp`: records its arguments and a copy of the file it was given, one folder per call.
LP = """
import json, os, shutil, sys
record = os.environ["FAKE_CUPS"]
calls = sorted(n for n in os.listdir(record) if n.startswith("job"))
folder = os.path.join(record, f"job{len(calls):03d}")
os.mkdir(folder)
args = sys.argv[1:]
with open(os.path.join(folder, "args.json"), "w") as out:
    json.dump(args, out)
files = [a for i, a in enumerate(args) if not a.startswith("-") and (i == 0 or args[i - 1] not in ("-d", "-o", "-t"))]
if files:
    shutil.copyfile(files[-1], os.path.join(folder, "data"))
else:
    with open(os.path.join(folder, "data"), "wb") as out:
        out.write(sys.stdin.buffer.read())
print(f"request id is {args[1]}-{len(calls) + 1} (1 file(s))")
"""
# `lpstat -p QUEUE`: answers from the state file the test writes (idle, disabled, silent, unknown).
LPSTAT = """
import os, sys, time
state = open(os.path.join(os.environ["FAKE_CUPS"], "state")).read().strip()
queue = sys.argv[2]
if state == "silent":
    time.sleep(5)
if state == "unknown":
    print(f'lpstat: Invalid destination name in list "{queue}".', file=sys.stderr)
    sys.exit(1)
if state == "disabled":
    print(f"printer {queue} disabled since Mon 06 Jan 2025 09:00:00 UTC -")
    print("\\tPaused")
else:
    print(f"printer {queue} is idle.  enabled since Mon 06 Jan 2025 09:00:00 UTC")
"""


class FakeCups:
    """The fake CUPS client tools on PATH, and what they were asked to do."""

    def __init__(self, root) -> None:
        self.record = root / "cups"
        self.bin = root / "bin"
        self.record.mkdir()
        self.bin.mkdir()
        for name, body in (("lp", LP), ("lpstat", LPSTAT)):
            tool = self.bin / name
            tool.write_text(f"#!{sys.executable}\n{body}")
            tool.chmod(0o755)
        self.state("idle")

    def state(self, value: str) -> None:
        (self.record / "state").write_text(value)

    def remove(self, name: str) -> None:
        (self.bin / name).unlink()

    @property
    def jobs(self) -> list[tuple[list[str], bytes]]:
        """Each `lp` call: its arguments and the bytes of the document it was given."""
        folders = sorted(p for p in self.record.iterdir() if p.name.startswith("job"))
        return [(json.loads((f / "args.json").read_text()), (f / "data").read_bytes()) for f in folders]


@pytest.fixture
def cups(tmp_path, monkeypatch):
    fake = FakeCups(tmp_path)
    monkeypatch.setenv("FAKE_CUPS", str(fake.record))
    monkeypatch.setenv("PATH", str(fake.bin))  # only the fake tools: a missing one is really missing
    return fake


@pytest.fixture
def station(tmp_path):
    st = open_station(tmp_path / "home")
    load_demo(st.uow, orders=3, station=st.name)
    yield st
    st.close()


def labels_for(station, url):
    return LabelService(
        station.uow, station.name, Printer(url), station.config.label, packing=station.packing
    )


def pack(st):
    order = st.packing.take_next(PACKER)
    for line in order.lines:
        for _ in range(line.quantity):
            st.packing.scan(PACKER, order.order_id, BARCODE[line.sku])
    box = st.packing.suggest_box(order.order_id)
    st.packing.weigh(
        PACKER, order.order_id, expected_weight(st.packing.pack_items(order.order_id), box), box.code
    )
    st.packing.finish_packing(PACKER, order.order_id)
    return order.order_id


def marketplace_pdf(tracking: str = "TT123456789TH") -> bytes:
    """A carrier label as a marketplace hands it out: a 4x6 in PDF page with text and a frame."""
    pdf = FPDF(unit="mm", format=(101.6, 152.4))
    pdf.set_creator("Marketplace Label Service")
    pdf.set_creation_date(datetime(2026, 11, 18, 8, 0, tzinfo=UTC))  # the same document every call
    pdf.add_page()
    pdf.set_line_width(1)
    pdf.rect(4, 4, 93.6, 144.4)
    pdf.set_font("helvetica", "B", 22)
    pdf.text(10, 20, "J&T EXPRESS")
    pdf.set_font("helvetica", "", 14)
    pdf.text(10, 35, tracking)
    pdf.code39(f"*{tracking}*", x=8, y=45, w=0.35, h=25)
    return bytes(pdf.output())


def marketplace_png(tracking: str = "TT123456789TH") -> bytes:
    out = io.BytesIO()
    Code128(tracking, writer=ImageWriter()).write(
        out, {"write_text": False, "module_width": 0.4, "module_height": 30, "dpi": 300}
    )
    return out.getvalue()


def decode_pdf(data: bytes) -> tuple[list[tuple[float, float]], list[str]]:
    """Page sizes in points and every barcode text zxing-cpp reads on the rendered pages."""
    doc = pdfium.PdfDocument(data)
    try:
        sizes, texts = [], []
        for page in doc:
            sizes.append(tuple(round(v, 1) for v in page.get_size()))
            image = page.render(scale=300 / 72, grayscale=True).to_pil()
            texts += [r.text for r in zxingcpp.read_barcodes(image)]
        return sizes, texts
    finally:
        doc.close()


def test_a_platform_pdf_reaches_lp_byte_for_byte(station, cups):
    order_id = pack(station)
    document = marketplace_pdf()
    job = labels_for(station, DESKTOP).print_platform_label(PACKER, order_id, 1, document)
    assert job.state == "sent" and job.format == "pdf" and job.kind == "platform"
    [(args, received)] = cups.jobs
    assert received == document  # not re-rendered, not converted
    assert "raw" not in args and "-o" in args
    assert args[args.index("-d") + 1] == QUEUE
    assert args[args.index("-o") + 1] == "media=Custom.101.6x152.4mm"
    title = args[args.index("-t") + 1]
    assert title.startswith(f"{order_id}-1-platform-") and title.endswith(".pdf")
    assert station.packing.order(order_id).status is OrderStatus.LABELLED


def test_a_stopped_queue_keeps_the_job_until_it_is_started_then_prints_it_once(station, cups):
    order_id = pack(station)
    service = labels_for(station, DESKTOP)
    cups.state("disabled")
    job = service.print_platform_label(PACKER, order_id, 1, marketplace_pdf())
    assert job.state == "queued"
    assert job.reason.startswith(Fault.QUEUE_STOPPED.value) and "Paused" in job.reason
    assert cups.jobs == []  # stored, not sent
    assert service.pump() == 1 and cups.jobs == []
    cups.state("idle")
    assert service.pump() == 0
    assert service.pump() == 0
    assert len(cups.jobs) == 1 and cups.jobs[0][1] == marketplace_pdf()
    [stored] = service.jobs(order_id)
    assert stored.state == "sent" and stored.attempts == 3
    assert station.packing.order(order_id).status is OrderStatus.LABELLED


def test_a_png_label_goes_out_as_one_stock_size_pdf_page(station, cups):
    order_id = pack(station)
    labels_for(station, DESKTOP).print_platform_label(PACKER, order_id, 1, marketplace_png())
    [(args, received)] = cups.jobs
    assert received.startswith(b"%PDF-")
    sizes, texts = decode_pdf(received)
    assert sizes == [(288.0, 432.0)]  # 4 x 6 in
    assert texts == ["TT123456789TH"]


def test_a_seller_made_label_goes_to_a_desktop_printer_as_the_rendered_pdf(station, cups):
    order_id = pack(station)
    service = labels_for(station, DESKTOP)
    [job] = service.print_labels(PACKER, order_id)
    assert job.state == "sent" and job.format == "pdf"
    [(args, received)] = cups.jobs
    assert "raw" not in args
    sizes, texts = decode_pdf(received)
    assert sizes == [(288.0, 432.0)] and job.tracking_number in texts


def test_a_label_printer_still_gets_zpl_for_the_same_platform_label(station):
    order_id = pack(station)
    with LoopbackPrinter() as zebra:
        job = labels_for(station, zebra.url).print_platform_label(PACKER, order_id, 1, marketplace_pdf())
        assert job.state == "sent" and job.format == "zpl"
        assert zebra.wait_for_jobs(1)
        sent = zebra.jobs[0]
    assert sent.startswith(b"^XA") and b"^GFA" in sent and b"%PDF" not in sent


def test_no_lp_or_no_lpstat_or_silence_is_a_fault_never_success(cups):
    document = marketplace_pdf()
    cups.state("silent")
    delivery = Printer(DESKTOP).deliver(document, "a.pdf")
    assert delivery.outcome is Outcome.WAITING and "did not answer" in delivery.reason
    cups.state("unknown")
    delivery = Printer(DESKTOP).deliver(document, "a.pdf")
    assert delivery.outcome is Outcome.WAITING and "Invalid destination" in delivery.reason
    cups.state("idle")
    cups.remove("lp")
    delivery = Printer(DESKTOP).deliver(document, "a.pdf")
    assert delivery.outcome is Outcome.WAITING and "lp command is missing" in delivery.reason
    cups.remove("lpstat")
    status = Printer(DESKTOP).status()
    assert not status.ok and "lpstat command is missing" in status.message
    assert cups.jobs == []


def test_addresses_media_and_the_test_page(cups):
    assert parse_printer_url(DESKTOP).document and not parse_printer_url(f"cups://{QUEUE}").document
    assert not Printer(f"cups://{QUEUE}").takes_documents and Printer(DESKTOP).takes_documents
    with pytest.raises(DeviceUrlError, match="mode must be raw"):
        parse_printer_url(f"cups://{QUEUE}?mode=pdf")
    with pytest.raises(DeviceUrlError, match="unknown option 'mode'"):
        parse_printer_url("tcp://10.0.0.5:9100?mode=document")
    printer = Printer(f"cups://{QUEUE}?mode=document&media=w288h432")
    assert printer.deliver(marketplace_pdf(), "b.pdf", page_mm=(100, 150)).sent
    assert "media=w288h432" in cups.jobs[-1][0]  # the queue's own paper name wins over the stock size
    # A document printer is never handed printer language.
    refused = printer.deliver(b"^XA^FDhello^FS^XZ", "c.zpl")
    assert refused.outcome is Outcome.WAITING and "PDF documents only" in refused.reason
    result = print_test_label(DESKTOP, station="bench-3")
    assert result.ok
    sizes, texts = decode_pdf(cups.jobs[-1][1])
    assert sizes == [(288.0, 432.0)] and texts == ["PS-TEST-1234"]


def test_a_zpl_job_is_not_sent_to_a_desktop_printer_the_station_switched_to(station, cups):
    order_id = pack(station)
    offline = SimTransport(parse_printer_url("sim://switch"), SimPrinter("switch", offline=True))
    zpl_station = LabelService(
        station.uow,
        station.name,
        Printer("sim://switch", offline),
        station.config.label,
        packing=station.packing,
    )
    [waiting] = zpl_station.print_labels(PACKER, order_id)
    assert waiting.state == "queued" and waiting.format == "zpl"
    assert labels_for(station, DESKTOP).pump() == 0
    [job] = zpl_station.jobs(order_id)
    assert job.state == "failed" and "made for a label printer" in job.reason
    assert cups.jobs == []


def test_a_blank_or_unreadable_platform_label_is_refused_before_anything_is_stored(station, cups):
    order_id = pack(station)
    service = labels_for(station, DESKTOP)
    with pytest.raises(PlatformLabelError, match="neither a PDF nor an image"):
        service.print_platform_label(PACKER, order_id, 1, b"<html>label</html>")
    assert service.jobs(order_id) == [] and cups.jobs == []
