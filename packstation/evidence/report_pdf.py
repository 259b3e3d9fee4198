"""The PDF report of an evidence pack: order, recipient, timeline, scans, weights, labels, photos, hashes.

Text is set in Noto Sans with Noto Sans Thai and Noto Sans CJK as fallbacks (only the scripts the
order uses are embedded). Thai is shaped with HarfBuzz when `uharfbuzz` is installed; without it the
Thai glyphs are still real glyphs (text extracts correctly), only mark placement is simpler.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from PIL import Image

from packstation.domain.people import order_people
from packstation.evidence.dossier import OrderEvidence, PhotoEvidence
from packstation.evidence.fonts import find_font, font_chain, scripts_in

BODY, SMALL, HEAD = 9, 7.5, 12
PHOTO_MAX_H = 75.0  # mm: two photos fit on a page with their captions (the JPEG keeps full resolution)
LABEL_W = 80.0
DETAIL_CHARS = 160
# Longest id or heading shown (footer, title): a megabyte-long id once took minutes to lay out.
TITLE_CHARS = 80
SCAN_CHARS = 2000  # how much of each text is looked at to pick fonts for its script


def _shaping_available() -> bool:
    try:
        import uharfbuzz  # noqa: F401
    except ImportError:
        return False
    return True


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value[:SCAN_CHARS]
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _strings(v)


class _Report(FPDF):
    """A4 pages with the order id and page number in the footer."""

    order_id = ""

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(self.body_family, "", SMALL)
        self.cell(0, 5, f"Evidence pack, order {self.order_id}: page {self.page_no()}/{{nb}}", align="C")

    body_family = "NotoSans"


def _setup_fonts(pdf: _Report, texts: Iterable[str]) -> None:
    """Register the body font (and bold) and fallbacks for the scripts the text needs."""
    chain = font_chain()
    pdf.add_font("NotoSans", "", str(chain["latin"].path))
    bold = find_font("latin-bold")
    pdf.add_font("NotoSans", "B", str((bold or chain["latin"]).path))
    needed = set().union(*(scripts_in(t) for t in texts)) if texts else set()
    fallbacks = []
    for script in ("thai", "cjk"):
        font = chain[script]
        if script in needed and font != chain["latin"]:
            family = f"Noto{script.title()}"
            pdf.add_font(family, "", str(font.path), collection_font_number=font.index)
            fallbacks.append(family)
    if fallbacks:
        pdf.set_fallback_fonts(fallbacks, exact_match=False)
    if _shaping_available():
        pdf.set_text_shaping(True)


def _text(value: Any, limit: int = DETAIL_CHARS) -> str:
    if value is None or value == "":
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, dict):
        value = ", ".join(f"{k}={_text(v)}" for k, v in value.items()) or "-"
    text = str(value).replace("\r", " ").replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _time(value: Any) -> str:
    """ISO time as `2025-03-01 08:00:05 UTC`."""
    if not value:
        return "-"
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00")).strftime("%Y-%m-%d %H:%M:%S UTC")
    except ValueError:
        return str(value)


def _heading(pdf: _Report, text: str) -> None:
    if pdf.will_page_break(20):
        pdf.add_page()
    pdf.ln(3)
    pdf.set_font("NotoSans", "B", HEAD)
    pdf.cell(0, 7, _text(text, TITLE_CHARS + 40), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("NotoSans", "", BODY)


def _pairs(pdf: _Report, pairs: Sequence[tuple[str, Any]]) -> None:
    with pdf.table(col_widths=(45, 135), first_row_as_headings=False, line_height=5) as table:
        for key, value in pairs:
            row = table.row()
            row.cell(key)
            row.cell(_text(value, 400))


def _table(pdf: _Report, headings: Sequence[str], widths: Sequence[int], rows: list[list[Any]]) -> None:
    if not rows:
        pdf.cell(0, 6, "None recorded.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        return
    pdf.set_font("NotoSans", "", SMALL)
    with pdf.table(col_widths=tuple(widths), line_height=4.2) as table:
        head = table.row()
        for text in headings:
            head.cell(text)
        for values in rows:
            row = table.row()
            for value in values:
                row.cell(_text(value))
    pdf.set_font("NotoSans", "", BODY)


def _fit(data: bytes | None, max_w: float, max_h: float) -> tuple[float, float] | str:
    """The size (mm) an image is shown at, or why it cannot be shown."""
    if data is None:
        return "file missing"
    try:
        with Image.open(io.BytesIO(data)) as img:
            px_w, px_h = img.size
    except Exception as exc:  # noqa: BLE001 - a damaged file is reported in the pack, not fatal
        return f"image cannot be shown: {type(exc).__name__}"
    w = min(max_w, max_h * px_w / px_h)
    return w, w * px_h / px_w


def _image(pdf: _Report, data: bytes, size: tuple[float, float]) -> str:
    """Place an image at the cursor; returns a problem text instead when it cannot."""
    w, h = size
    try:
        pdf.image(io.BytesIO(data), x=pdf.l_margin, y=pdf.get_y(), w=w, h=h)
    except Exception as exc:  # noqa: BLE001 - a damaged file is reported in the pack, not fatal
        return f"image cannot be shown: {type(exc).__name__}"
    pdf.set_y(pdf.get_y() + h + 2)
    return ""


def _photo(pdf: _Report, n: int, photo: PhotoEvidence) -> None:
    rec = photo.record
    size = _fit(photo.data, 170, PHOTO_MAX_H)
    if pdf.will_page_break(8 + (size[1] if isinstance(size, tuple) else 0) + 45):
        pdf.add_page()
    pdf.set_font("NotoSans", "B", BODY)
    state = photo.verification.upper() if photo.verification != "ok" else "verified"
    caption = f"Photo {n}: {_text(rec['kind'], 40)} (parcel {rec['parcel_number']}), {state}"
    pdf.cell(0, 6, caption)
    pdf.ln(6)
    pdf.set_font("NotoSans", "", BODY)
    problem = size if isinstance(size, str) else _image(pdf, photo.data or b"", size)
    pairs = [
        ("Taken", _time(rec["taken_at"])),
        ("Station / chain", f"{rec['station']} #{rec['seq']}"),
        ("Packer", rec["packer"]),
        ("Camera", rec["camera"]),
        ("Label visible", "yes" if rec["label_visible"] else "no"),
        ("SHA-256", rec["sha256"]),
        ("Record hash", rec["record_hash"]),
        ("Verification", "; ".join([photo.verification, *photo.details, *([problem] if problem else [])])),
    ]
    if rec["accepted_without_label"]:
        pairs.insert(5, ("Accepted without label", rec["waiver_reason"] or "yes"))
    if rec["original_sha256"]:
        pairs.insert(6, ("Unstamped original SHA-256", rec["original_sha256"]))
    pdf.set_font("NotoSans", "", SMALL)
    _pairs(pdf, pairs)
    pdf.set_font("NotoSans", "", BODY)
    pdf.ln(3)


def _order_section(pdf: _Report, ev: OrderEvidence) -> None:
    o, r = ev.order or {}, ev.recipient
    _heading(pdf, "Order")
    if not ev.order:
        pdf.multi_cell(0, 5, "The order record is no longer in the store; its photos follow.")
    else:
        _pairs(
            pdf,
            [
                ("Order ID", ev.order_id),
                ("Channel / status", f"{o['channel']} / {o['status']}"),
                ("Tracking", f"{o['carrier']} {o['service']} {o['tracking_number']}".strip()),
                ("Paid / ship by", f"{_time(o['paid_at'])} / {_time(o['ship_by'])}"),
                ("Packed at", f"station {_text(o['station'])}, packer {_text(o['packer'])}"),
                ("People", _text("; ".join(p.line for p in order_people(ev.events)))),
                ("Flag", o["flagged"]),
                ("Buyer message", o["buyer_message"]),
            ],
        )
        _heading(pdf, "Recipient")
        address = ", ".join(
            r[k] for k in ("address_line1", "address_line2", "district", "city", "state", "postcode") if r[k]
        )
        _pairs(
            pdf,
            [("Name", r["recipient_name"]), ("Phone", r["recipient_phone"]), ("Address", address)]
            + [("Country", r["country"])],
        )
    _heading(pdf, "Items")
    _table(
        pdf,
        ("Line", "SKU", "Product", "Qty", "Picked"),
        (12, 35, 103, 15, 15),
        [
            [x["line_no"], x["sku"], f"{x['product_name']} {x['variation']}", x["quantity"], x["picked"]]
            for x in ev.lines
        ],
    )


def _history_sections(pdf: _Report, ev: OrderEvidence) -> None:
    _heading(pdf, "Timeline")
    _table(
        pdf,
        ("Time", "Event", "By", "Station", "Details"),
        (34, 30, 22, 22, 72),
        [[_time(e["occurred_at"]), e["type"], e["user"], e["station"], e["payload"]] for e in ev.events],
    )
    _heading(pdf, "Scans")
    _table(
        pdf,
        ("Time", "Scanned", "SKU", "Verdict", "By", "Undone"),
        (34, 40, 32, 28, 22, 24),
        [
            [_time(s["at"]), s["raw"], s["sku"], s["verdict"], s["user"], s["undo_reason"] or s["undone"]]
            for s in ev.scans
        ],
    )
    _heading(pdf, "Parcels and weights")
    _table(
        pdf,
        ("Parcel", "Box", "Expected g", "Weighed g", "Override", "Tracking"),
        (16, 22, 24, 24, 50, 44),
        [
            [
                p["number"],
                p["box_code"],
                p["expected_weight_g"],
                p["weight_g"],
                p["weight_override"],
                p["tracking_number"],
            ]
            for p in ev.parcels
        ],
    )
    for label in ev.labels:
        size: tuple[float, float] | str = label.problem or "no PNG preview of this label"
        if not label.problem and "png" in label.files:
            size = _fit(label.files["png"], LABEL_W, 120)
        if isinstance(size, tuple) and pdf.will_page_break(size[1] + 14):
            pdf.add_page()
        _heading(pdf, f"Label, parcel {label.parcel_number} ({label.tracking_number})")
        problem = size if isinstance(size, str) else _image(pdf, label.files["png"], size)
        if problem:
            pdf.multi_cell(0, 5, _text(problem, 400))


def _verification_section(pdf: _Report, ev: OrderEvidence) -> None:
    report = ev.verification
    _heading(pdf, "Verification")
    pdf.multi_cell(0, 5, report.summary()[:4000], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if not report.findings:
        return
    _table(
        pdf,
        ("Photo", "Station #", "Problem", "Detail"),
        (60, 25, 25, 70),
        [[f.photo_id, f"{f.station} #{f.seq}", f.problem.value, f.detail] for f in report.findings],
    )


def render_report(ev: OrderEvidence, generated_at: datetime | None = None) -> bytes:
    """The PDF report of one order's evidence, as bytes."""
    at = (generated_at or datetime.now(UTC)).astimezone(UTC)
    pdf = _Report(format="A4", unit="mm")
    shown_id = _text(ev.order_id, TITLE_CHARS)
    pdf.order_id = shown_id
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_creation_date(at)
    pdf.set_title(f"Evidence pack {shown_id}")
    _setup_fonts(pdf, list(_strings([ev.order_id, ev.order, ev.recipient, ev.lines, ev.events, ev.scans])))
    pdf.add_page()
    pdf.set_font("NotoSans", "B", 16)
    pdf.multi_cell(0, 8, f"Evidence pack: order {shown_id}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("NotoSans", "", BODY)
    verdict = "all photos verified" if ev.verification.ok else "VERIFICATION FAILED"
    pdf.multi_cell(
        0,
        5,
        f"Generated {at:%Y-%m-%d %H:%M:%S} UTC. {len(ev.photos)} proof photo(s), {verdict}.",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    _order_section(pdf, ev)
    _history_sections(pdf, ev)
    first = _fit(ev.photos[0].data, 170, PHOTO_MAX_H) if ev.photos else None
    if isinstance(first, tuple) and pdf.will_page_break(first[1] + 65):
        pdf.add_page()
    _heading(pdf, "Proof photos")
    if not ev.photos:
        pdf.cell(0, 6, "No proof photos were taken.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for n, photo in enumerate(ev.photos, 1):
        _photo(pdf, n, photo)
    _handover_section(pdf, ev)
    _verification_section(pdf, ev)
    return bytes(pdf.output())


def _handover_section(pdf: _Report, ev: OrderEvidence) -> None:
    """The manifest that shipped the order: who took it, when, and the manifest's hashes."""
    h = ev.handover
    if h is None:
        return
    _heading(pdf, "Handover to the carrier")
    _pairs(
        pdf,
        [
            ("Manifest", h.get("id")),
            ("Kind", h.get("kind")),
            ("Carrier", h.get("carrier")),
            ("Courier", h.get("courier_name")),
            ("Vehicle plate", h.get("vehicle_plate")),
            ("Station", h.get("station")),
            ("Handed over by", h.get("closed_by")),
            ("Time", _time(h.get("closed_at"))),
            ("Parcels in manifest", h.get("parcels")),
            ("Acknowledged", h.get("acknowledgement")),
            ("Manifest PDF SHA-256", h.get("manifest_sha256")),
            ("Content SHA-256", h.get("content_sha256")),
        ],
    )
    pdf.multi_cell(
        0,
        5,
        "The manifest PDF is in this pack (handover/); the handover photos are among the photos above.",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
