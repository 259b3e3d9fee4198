"""A closed handover's summary on a loopback 9100 label printer, and the courier's barcode on the manifest PDF."""

from __future__ import annotations

import io
import re
import sys
import time
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image

from packstation.devices.camera import CameraFrame
from packstation.devices.printers import Printer
from packstation.devices.printers.loopback import LoopbackPrinter
from packstation.devices.printers.sim import SimPrinter
from packstation.domain.handover import parse_courier_manifest_code
from packstation.domain.orders import OrderStatus
from packstation.labels.manifest_summary import summary_layout
from packstation.labels.png import to_png
from packstation.services.demo import demo_orders
from packstation.services.dispatch import DispatchSession, DispatchStage
from packstation.services.dispatch.summary import ManifestSummaryPrinter, summary_of
from packstation.store.base import utcnow

sys.path.insert(0, str(Path(__file__).parent))
from handover_kit import PACKER, PackedStation, frame  # noqa: E402

JT = "J&T Express"


class Camera:
    def fresh_frame(self) -> CameraFrame:
        return CameraFrame(frame(5), 1, time.monotonic())


def zpl_fields(zpl: str) -> list[str]:
    """The text of every ^FD field (hex escapes of ^FH undone)."""
    out = []
    for match in re.finditer(r"(\^FH)?\^FD(.*?)\^FS", zpl, re.S):
        text = match.group(2)
        if match.group(1):
            text = re.sub(r"_([0-9A-Fa-f]{2})", lambda m: chr(int(m.group(1), 16)), text)
        out.append(text)
    return out


def zpl_barcodes(zpl: str) -> list[str]:
    """What each ^BC barcode carries, its subset switches (>: >; >5 >6 ...) taken out."""
    return [re.sub(r">[0-9:;]", "", m.group(1)) for m in re.finditer(r"\^BCN[^\^]*\^FD(.*?)\^FS", zpl)]


@pytest.fixture
def st(tmp_path: Path):  # type: ignore[no-untyped-def]
    kit = PackedStation(tmp_path, "st1")
    orders = demo_orders(15, utcnow())
    kit.add_orders(orders)
    kit.jt = [o for o in orders if o.carrier == JT][:2]  # type: ignore[attr-defined]
    for o in kit.jt:  # type: ignore[attr-defined]
        kit.pack(o.order_id)
    yield kit
    kit.close()


def close_at_dispatch(st: PackedStation, printer: Printer) -> DispatchSession:
    dispatch = DispatchSession(st.handover, Camera(), ManifestSummaryPrinter(printer))
    dispatch.enter(PACKER)
    dispatch.choose_carrier(JT)
    dispatch.set_courier("Somchai K.", "1AB 234")
    for o in st.jt:  # type: ignore[attr-defined]
        dispatch.scan(st.tracking(o.order_id)[0])
    dispatch.confirm()
    dispatch.take_photo()
    dispatch.acknowledge("Somchai K.")
    view = dispatch.confirm()
    assert view.stage is DispatchStage.DONE, view.notice
    return dispatch


def test_the_summary_reaches_the_label_printer_with_count_weight_and_barcodes(st: PackedStation) -> None:
    with LoopbackPrinter() as zebra:
        dispatch = close_at_dispatch(st, Printer(zebra.url))
        view = dispatch.view()
        assert view.summary_printed == "Summary printed on the label printer."
        assert zebra.wait_for_jobs(1)
        zpl = zebra.jobs[0].decode("utf-8")
    closed = st.handover.view(view.manifest_id)
    weight = f"{closed.total_weight_g / 1000:.3f} kg"
    assert zpl.startswith("^XA") and zpl.rstrip().endswith("^XZ")
    fields = zpl_fields(zpl)
    assert JT in fields
    assert "2 parcels, 2 orders" in fields
    assert f"Total weight {weight}" in fields
    assert "Courier Somchai K., plate 1AB 234" in fields
    codes = zpl_barcodes(zpl)
    assert codes[0] == view.manifest_id
    assert parse_courier_manifest_code(codes[1]) == ("JTEXPRESS", view.manifest_id, 2)
    # the same layout, rendered as the printer draws it, scans back
    png = to_png(summary_layout(summary_of(closed)))
    found = {b.text for b in zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))}
    assert found == {view.manifest_id, codes[1]}


def test_a_printer_that_is_out_of_paper_does_not_undo_the_handover(st: PackedStation) -> None:
    state = SimPrinter("zebra")
    state.paper_out = True
    with LoopbackPrinter(state) as zebra:
        view = close_at_dispatch(st, Printer(zebra.url)).view()
        assert not zebra.jobs
    assert view.summary_printed.startswith("Summary not printed:")
    assert "paper" in view.summary_printed.lower()
    for o in st.jt:  # type: ignore[attr-defined]
        assert st.packing.order(o.order_id).status is OrderStatus.SHIPPED


def test_the_manifest_pdf_carries_the_couriers_barcode_and_dispatch_reads_it(st: PackedStation) -> None:
    with LoopbackPrinter() as zebra:
        view = close_at_dispatch(st, Printer(zebra.url)).view()
    pdf = pdfium.PdfDocument(st.handover.manifest_pdf(view.manifest_id))
    try:
        image = pdf[0].render(scale=200 / 72, grayscale=True).to_pil()
    finally:
        pdf.close()
    texts = [b.text for b in zxingcpp.read_barcodes(image)]
    courier = [t for t in texts if parse_courier_manifest_code(t)]
    assert courier == [f"JTEXPRESS|{view.manifest_id}|2"]
    assert view.manifest_id in texts  # the manifest id's own barcode is still there
    for o in st.jt:  # type: ignore[attr-defined]
        assert st.tracking(o.order_id)[0] in texts

    # the courier scans it at another handover: the screen says that manifest is closed, with its count
    again = DispatchSession(st.handover, Camera())
    again.enter(PACKER)
    answer = again.scan(courier[0])
    assert answer.stage is DispatchStage.CARRIER and answer.notice is not None
    assert view.manifest_id in answer.notice.text and "closed (2 parcels)" in answer.notice.text


def test_a_long_station_name_still_prints_the_manifest_barcode() -> None:
    from dataclasses import replace
    from datetime import UTC, datetime

    from packstation.labels.layout import TextLine
    from packstation.labels.manifest_summary import ManifestSummary
    from packstation.labels.model import LabelError

    summary = ManifestSummary(
        "M-NORTH-BENCH-12-20261201-0001",
        JT,
        "Somchai K.",
        "",
        "north-bench-12",
        40,
        38,
        16_400.0,
        datetime(2026, 12, 1, 16, 30, tzinfo=UTC),
    )
    layout = summary_layout(summary)
    found = {b.text for b in zxingcpp.read_barcodes(Image.open(io.BytesIO(to_png(layout))))}
    assert summary.manifest_id in found
    texts = [el.text for el in layout.elements if isinstance(el, TextLine)]
    assert summary.courier_code in texts and "40 parcels, 38 orders" in texts
    assert summary.courier_code not in found  # too long for readable bars here: printed as text only
    too_long = replace(summary, manifest_id="M-WAREHOUSE-NORTH-PACKING-BENCH-12-20261201-0001")
    with pytest.raises(LabelError, match="too long"):  # the dispatch screen says "Summary not printed: ..."
        summary_layout(too_long)


def test_the_cli_prints_a_closed_handovers_summary_again(tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from packstation.cli import main

    monkeypatch.setenv("PACKSTATION_STATION", "home")
    monkeypatch.delenv("PACKSTATION_CENTRAL_URL", raising=False)
    kit = PackedStation(tmp_path, "home")
    orders = [o for o in demo_orders(10, utcnow()) if o.carrier == JT]
    kit.add_orders(orders)
    for o in orders:
        kit.pack(o.order_id)
    h = kit.handover.open(PACKER, JT, "Somchai K.")
    opened = kit.handover.view(h.id)
    kit.close()
    home = str(tmp_path / "home")
    assert (
        main(["handover", "print-summary", opened.id, "--home", home, "--printer", "sim"]) == 2
    )  # still open
    assert f"{opened.id} is open: its summary prints once it is closed" in capsys.readouterr().err
    kit = PackedStation(tmp_path, "home")
    for o in orders:
        kit.handover.scan(PACKER, h.id, kit.tracking(o.order_id)[0])
    from packstation.services.handover import Acknowledgement, HandoverPhoto

    kit.handover.close(
        PACKER,
        h.id,
        photos=[HandoverPhoto("parcels", frame(3))],
        acknowledgement=Acknowledgement("Somchai K."),
    )
    kit.close()
    with LoopbackPrinter() as zebra:
        assert main(["handover", "print-summary", h.id, "--home", home, "--printer", zebra.url]) == 0
        assert zebra.wait_for_jobs(1)
        zpl = zebra.jobs[0].decode("utf-8")
    assert "Summary printed" in capsys.readouterr().out
    assert zpl_barcodes(zpl)[0] == h.id and f"{len(orders)} parcels, {len(orders)} orders" in zpl_fields(zpl)
    assert main(["handover", "print-summary", h.id, "--home", home, "--printer", "bogus://x"]) == 2
    assert "--printer: unknown printer address" in capsys.readouterr().err
    assert main(["handover", "print-summary", "M-NOPE-20260101-0001", "--home", home]) == 2
    assert "No handover M-NOPE-20260101-0001" in capsys.readouterr().err
