"""The PDF report of an evidence pack: order, recipient, timeline, scans, weights, labels, photos, hashes.

Text is set in Noto Sans with Noto Sans Thai and Noto Sans CJK as fallbacks (only the scripts the
order uses are embedded). Thai is shaped with HarfBuzz when `uharfbuzz` is installed; without it the
Thai glyphs are still real glyphs (text extracts correctly), only mark placement is simpler.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from PIL import Image

from packstation.domain.codes import (
    EVENT_NAMES,
    HANDOVER_KIND_NAMES,
    PHOTO_KIND_NAMES,
    VERDICT_NAMES,
    VERIFICATION_NAMES,
    code_name,
    verification_name,
)
from packstation.domain.people import order_people
from packstation.domain.texts import QT_TRANSLATE_NOOP, Text, translate
from packstation.evidence.dossier import OrderEvidence, PhotoEvidence
from packstation.evidence.fonts import find_font, font_chain, scripts_in
from packstation.languages import words_for

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
    words: Callable[[str], str] = str

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(self.body_family, "", SMALL)
        footer = translate("Evidence", "Evidence pack, order {order}: page {page}/{pages}")
        self.cell(
            0, 5, self.words(footer.format(order=self.order_id, page=self.page_no(), pages="{nb}")), align="C"
        )

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


def _say(pdf: _Report, value: Any) -> Any:
    """A core text in the report's language; data (ids, names, numbers) as it is."""
    return pdf.words(value) if isinstance(value, Text) else value


def _yes(flag: Any) -> Text:
    return translate("Evidence", "yes") if flag else translate("Evidence", "no")


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
    pdf.cell(0, 7, _text(pdf.words(text), TITLE_CHARS + 40), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("NotoSans", "", BODY)


def _pairs(pdf: _Report, pairs: Sequence[tuple[str, Any]]) -> None:
    with pdf.table(col_widths=(45, 135), first_row_as_headings=False, line_height=5) as table:
        for key, value in pairs:
            row = table.row()
            row.cell(pdf.words(key))
            row.cell(_text(_say(pdf, value), 400))


def _table(pdf: _Report, headings: Sequence[str], widths: Sequence[int], rows: list[list[Any]]) -> None:
    if not rows:
        pdf.cell(0, 6, pdf.words(translate("Evidence", "None recorded.")), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        return
    pdf.set_font("NotoSans", "", SMALL)
    with pdf.table(col_widths=tuple(widths), line_height=4.2) as table:
        head = table.row()
        for text in headings:
            head.cell(pdf.words(text))
        for values in rows:
            row = table.row()
            for value in values:
                row.cell(_text(_say(pdf, value)))
    pdf.set_font("NotoSans", "", BODY)


def _fit(data: bytes | None, max_w: float, max_h: float) -> tuple[float, float] | str:
    """The size (mm) an image is shown at, or why it cannot be shown."""
    if data is None:
        return translate("Evidence", "file missing")
    try:
        with Image.open(io.BytesIO(data)) as img:
            px_w, px_h = img.size
    except Exception as exc:  # noqa: BLE001 - a damaged file is reported in the pack, not fatal
        return translate("Evidence", "image cannot be shown: {error}").format(error=type(exc).__name__)
    w = min(max_w, max_h * px_w / px_h)
    return w, w * px_h / px_w


def _image(pdf: _Report, data: bytes, size: tuple[float, float]) -> str:
    """Place an image at the cursor; returns a problem text instead when it cannot."""
    w, h = size
    try:
        pdf.image(io.BytesIO(data), x=pdf.l_margin, y=pdf.get_y(), w=w, h=h)
    except Exception as exc:  # noqa: BLE001 - a damaged file is reported in the pack, not fatal
        return translate("Evidence", "image cannot be shown: {error}").format(error=type(exc).__name__)
    pdf.set_y(pdf.get_y() + h + 2)
    return ""


def _photo(pdf: _Report, n: int, photo: PhotoEvidence) -> None:
    rec = photo.record
    size = _fit(photo.data, 170, PHOTO_MAX_H)
    if pdf.will_page_break(8 + (size[1] if isinstance(size, tuple) else 0) + 45):
        pdf.add_page()
    pdf.set_font("NotoSans", "B", BODY)
    ok = photo.verification == "ok"
    state = translate("Evidence", "verified") if ok else pdf.words(verification_name(photo.verification)).upper()
    caption = translate("Evidence", "Photo {n}: {kind} (parcel {parcel}), {state}").format(
        n=n, kind=code_name(PHOTO_KIND_NAMES, _text(rec["kind"], 40)), parcel=rec["parcel_number"], state=state
    )
    pdf.cell(0, 6, pdf.words(caption))
    pdf.ln(6)
    pdf.set_font("NotoSans", "", BODY)
    problem = size if isinstance(size, str) else _image(pdf, photo.data or b"", size)
    checked = [verification_name(photo.verification), *photo.details, *([problem] if problem else [])]
    pairs: list[tuple[str, Any]] = [
        (QT_TRANSLATE_NOOP("Evidence", "Taken"), _time(rec["taken_at"])),
        (QT_TRANSLATE_NOOP("Evidence", "Station / chain"), f"{rec['station']} #{rec['seq']}"),
        (QT_TRANSLATE_NOOP("Evidence", "Packer"), rec["packer"]),
        (QT_TRANSLATE_NOOP("Evidence", "Camera"), rec["camera"]),
        (QT_TRANSLATE_NOOP("Evidence", "Label visible"), _yes(rec["label_visible"])),
        (QT_TRANSLATE_NOOP("Evidence", "SHA-256"), rec["sha256"]),
        (QT_TRANSLATE_NOOP("Evidence", "Record hash"), rec["record_hash"]),
        (QT_TRANSLATE_NOOP("Evidence", "Verification"), "; ".join(str(_say(pdf, part)) for part in checked)),
    ]
    if rec["accepted_without_label"]:
        pairs.insert(5, (QT_TRANSLATE_NOOP("Evidence", "Accepted without label"), rec["waiver_reason"] or _yes(True)))
    if rec["original_sha256"]:
        pairs.insert(6, (QT_TRANSLATE_NOOP("Evidence", "Unstamped original SHA-256"), rec["original_sha256"]))
    pdf.set_font("NotoSans", "", SMALL)
    _pairs(pdf, pairs)
    pdf.set_font("NotoSans", "", BODY)
    pdf.ln(3)


def _order_section(pdf: _Report, ev: OrderEvidence) -> None:
    o, r = ev.order or {}, ev.recipient
    _heading(pdf, QT_TRANSLATE_NOOP("Evidence", "Order"))
    if not ev.order:
        pdf.multi_cell(0, 5, pdf.words(translate("Evidence", "The order record is no longer in the store; its photos follow.")))
    else:
        _pairs(
            pdf,
            [
                (QT_TRANSLATE_NOOP("Evidence", "Order ID"), ev.order_id),
                (QT_TRANSLATE_NOOP("Evidence", "Channel / status"), f"{o['channel']} / {o['status']}"),
                (QT_TRANSLATE_NOOP("Evidence", "Tracking"), f"{o['carrier']} {o['service']} {o['tracking_number']}".strip()),
                (QT_TRANSLATE_NOOP("Evidence", "Paid / ship by"), f"{_time(o['paid_at'])} / {_time(o['ship_by'])}"),
                (
                    QT_TRANSLATE_NOOP("Evidence", "Packed at"),
                    translate("Evidence", "station {station}, packer {packer}").format(
                        station=_text(o["station"]), packer=_text(o["packer"])
                    ),
                ),
                (QT_TRANSLATE_NOOP("Evidence", "People"), _text("; ".join(str(_say(pdf, p.line)) for p in order_people(ev.events)))),
                (QT_TRANSLATE_NOOP("Evidence", "Flag"), o["flagged"]),
                (QT_TRANSLATE_NOOP("Evidence", "Buyer message"), o["buyer_message"]),
            ],
        )
        _heading(pdf, QT_TRANSLATE_NOOP("Evidence", "Recipient"))
        address = ", ".join(
            r[k] for k in ("address_line1", "address_line2", "district", "city", "state", "postcode") if r[k]
        )
        _pairs(
            pdf,
            [(QT_TRANSLATE_NOOP("Evidence", "Name"), r["recipient_name"]), (QT_TRANSLATE_NOOP("Evidence", "Phone"), r["recipient_phone"]), (QT_TRANSLATE_NOOP("Evidence", "Address"), address)]
            + [(QT_TRANSLATE_NOOP("Evidence", "Country"), r["country"])],
        )
    _heading(pdf, QT_TRANSLATE_NOOP("Evidence", "Items"))
    _table(
        pdf,
        (QT_TRANSLATE_NOOP("Evidence", "Line"), QT_TRANSLATE_NOOP("Evidence", "SKU"), QT_TRANSLATE_NOOP("Evidence", "Product"), QT_TRANSLATE_NOOP("Evidence", "Qty"), QT_TRANSLATE_NOOP("Evidence", "Picked")),
        (12, 35, 103, 15, 15),
        [
            [x["line_no"], x["sku"], f"{x['product_name']} {x['variation']}", x["quantity"], x["picked"]]
            for x in ev.lines
        ],
    )


def _history_sections(pdf: _Report, ev: OrderEvidence) -> None:
    _heading(pdf, QT_TRANSLATE_NOOP("Evidence", "Timeline"))
    _table(
        pdf,
        (QT_TRANSLATE_NOOP("Evidence", "Time"), QT_TRANSLATE_NOOP("Evidence", "Event"), QT_TRANSLATE_NOOP("Evidence", "By"), QT_TRANSLATE_NOOP("Evidence", "Station"), QT_TRANSLATE_NOOP("Evidence", "Details")),
        (34, 30, 22, 22, 72),
        [
            [_time(e["occurred_at"]), code_name(EVENT_NAMES, e["type"]), e["user"], e["station"], e["payload"]]
            for e in ev.events
        ],
    )
    _heading(pdf, QT_TRANSLATE_NOOP("Evidence", "Scans"))
    _table(
        pdf,
        (QT_TRANSLATE_NOOP("Evidence", "Time"), QT_TRANSLATE_NOOP("Evidence", "Scanned"), QT_TRANSLATE_NOOP("Evidence", "SKU"), QT_TRANSLATE_NOOP("Evidence", "Verdict"), QT_TRANSLATE_NOOP("Evidence", "By"), QT_TRANSLATE_NOOP("Evidence", "Undone")),
        (34, 40, 32, 28, 22, 24),
        [
            [
                _time(s["at"]),
                s["raw"],
                s["sku"],
                code_name(VERDICT_NAMES, s["verdict"]),
                s["user"],
                s["undo_reason"] or _yes(s["undone"]),
            ]
            for s in ev.scans
        ],
    )
    _heading(pdf, QT_TRANSLATE_NOOP("Evidence", "Parcels and weights"))
    _table(
        pdf,
        (QT_TRANSLATE_NOOP("Evidence", "Parcel"), QT_TRANSLATE_NOOP("Evidence", "Box"), QT_TRANSLATE_NOOP("Evidence", "Expected g"), QT_TRANSLATE_NOOP("Evidence", "Weighed g"), QT_TRANSLATE_NOOP("Evidence", "Override"), QT_TRANSLATE_NOOP("Evidence", "Tracking")),
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
        size: tuple[float, float] | str = label.problem or translate("Evidence", "no PNG preview of this label")
        if not label.problem and "png" in label.files:
            size = _fit(label.files["png"], LABEL_W, 120)
        if isinstance(size, tuple) and pdf.will_page_break(size[1] + 14):
            pdf.add_page()
        _heading(
            pdf,
            translate("Evidence", "Label, parcel {number} ({tracking})").format(
                number=label.parcel_number, tracking=label.tracking_number
            ),
        )
        problem = size if isinstance(size, str) else _image(pdf, label.files["png"], size)
        if problem:
            pdf.multi_cell(0, 5, _text(_say(pdf, problem), 400))


def _verification_section(pdf: _Report, ev: OrderEvidence) -> None:
    report = ev.verification
    _heading(pdf, QT_TRANSLATE_NOOP("Evidence", "Verification"))
    pdf.multi_cell(0, 5, pdf.words(report.summary())[:4000], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if not report.findings:
        return
    _table(
        pdf,
        (QT_TRANSLATE_NOOP("Evidence", "Photo"), QT_TRANSLATE_NOOP("Evidence", "Station #"), QT_TRANSLATE_NOOP("Evidence", "Problem"), QT_TRANSLATE_NOOP("Evidence", "Detail")),
        (60, 25, 25, 70),
        [
            [f.photo_id, f"{f.station} #{f.seq}", code_name(VERIFICATION_NAMES, f.problem.value), f.detail]
            for f in report.findings
        ],
    )


def render_report(ev: OrderEvidence, generated_at: datetime | None = None, language: str = "en") -> bytes:
    """The PDF report of one order's evidence, as bytes; its headings in `language`."""
    at = (generated_at or datetime.now(UTC)).astimezone(UTC)
    pdf = _Report(format="A4", unit="mm")
    shown_id = _text(ev.order_id, TITLE_CHARS)
    pdf.order_id = shown_id
    pdf.words = words = words_for(language)
    headings = [words(QT_TRANSLATE_NOOP("Evidence", "Proof photos")), words(QT_TRANSLATE_NOOP("Evidence", "Order"))]
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_creation_date(at)
    pdf.set_title(f"Evidence pack {shown_id}")
    _setup_fonts(
        pdf, list(_strings([ev.order_id, ev.order, ev.recipient, ev.lines, ev.events, ev.scans, headings]))
    )
    pdf.add_page()
    pdf.set_font("NotoSans", "B", 16)
    title = words(translate("Evidence", "Evidence pack: order {order}").format(order=shown_id))
    pdf.multi_cell(0, 8, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("NotoSans", "", BODY)
    verdict = (
        translate("Evidence", "all photos verified")
        if ev.verification.ok
        else translate("Evidence", "VERIFICATION FAILED")
    )
    summary = translate("Evidence", "Generated {time} UTC. {photos} proof photo(s), {verdict}.")
    pdf.multi_cell(
        0,
        5,
        words(summary.format(time=f"{at:%Y-%m-%d %H:%M:%S}", photos=len(ev.photos), verdict=verdict)),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    _order_section(pdf, ev)
    _history_sections(pdf, ev)
    first = _fit(ev.photos[0].data, 170, PHOTO_MAX_H) if ev.photos else None
    if isinstance(first, tuple) and pdf.will_page_break(first[1] + 65):
        pdf.add_page()
    _heading(pdf, QT_TRANSLATE_NOOP("Evidence", "Proof photos"))
    if not ev.photos:
        pdf.cell(0, 6, words(translate("Evidence", "No proof photos were taken.")), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
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
    _heading(pdf, QT_TRANSLATE_NOOP("Evidence", "Handover to the carrier"))
    _pairs(
        pdf,
        [
            (QT_TRANSLATE_NOOP("Evidence", "Manifest"), h.get("id")),
            (QT_TRANSLATE_NOOP("Evidence", "Kind"), code_name(HANDOVER_KIND_NAMES, h["kind"]) if h.get("kind") else None),
            (QT_TRANSLATE_NOOP("Evidence", "Carrier"), h.get("carrier")),
            (QT_TRANSLATE_NOOP("Evidence", "Courier"), h.get("courier_name")),
            (QT_TRANSLATE_NOOP("Evidence", "Vehicle plate"), h.get("vehicle_plate")),
            (QT_TRANSLATE_NOOP("Evidence", "Station"), h.get("station")),
            (QT_TRANSLATE_NOOP("Evidence", "Handed over by"), h.get("closed_by")),
            (QT_TRANSLATE_NOOP("Evidence", "Time"), _time(h.get("closed_at"))),
            (QT_TRANSLATE_NOOP("Evidence", "Parcels in manifest"), h.get("parcels")),
            (QT_TRANSLATE_NOOP("Evidence", "Acknowledged"), h.get("acknowledgement")),
            (QT_TRANSLATE_NOOP("Evidence", "Manifest PDF SHA-256"), h.get("manifest_sha256")),
            (QT_TRANSLATE_NOOP("Evidence", "Content SHA-256"), h.get("content_sha256")),
        ],
    )
    pdf.multi_cell(
        0,
        5,
        pdf.words(
            translate(
                "Evidence", "The manifest PDF is in this pack (handover/); the handover photos are among the photos above."
            )
        ),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
