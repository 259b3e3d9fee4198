"""The carrier manifest as an A4 PDF: who handed what to whom, each parcel with its tracking barcode.

Bars come from the labels' own Code 128 encoder (`labels.code128`) and text from the labels' Noto font
system (`labels.fonts`), so the manifest's barcodes are the very symbols the shipping labels carry.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from packstation.domain.codes import PHOTO_KIND_NAMES, code_name
from packstation.domain.handover import Manifest, ParcelLine, courier_manifest_code
from packstation.domain.texts import QT_TRANSLATE_NOOP, translate
from packstation.labels import fonts
from packstation.labels.code128 import QUIET_MODULES, encode, module_runs
from packstation.labels.model import LabelError
from packstation.languages import words_for

PAGE_W, PAGE_H, MARGIN = 210.0, 297.0, 12.0
ROW_H = 15.0
BAR_W, BAR_H = 62.0, 8.5
COLS = (
    ("#", 10.0),
    (QT_TRANSLATE_NOOP("Manifest", "Tracking"), BAR_W + 4),
    (QT_TRANSLATE_NOOP("Manifest", "Order"), 48.0),
    (QT_TRANSLATE_NOOP("Manifest", "Parcel"), 16.0),
    (QT_TRANSLATE_NOOP("Manifest", "Weight"), 22.0),
)
THUMB_W, THUMB_H = 58.0, 33.0


class _ManifestPdf(FPDF):
    manifest_id = ""
    content_sha256 = ""
    words: Callable[[str], str] = str

    def footer(self) -> None:
        self.set_y(-11)
        self.set_font("ManifestSans", "", 7)
        self.cell(
            0,
            4,
            self.words(
                translate("Manifest", "Manifest {id} · content SHA-256 {sha} · page {page}/{pages}").format(
                    id=self.manifest_id, sha=self.content_sha256, page=self.page_no(), pages="{nb}"
                )
            ),
            align="C",
        )


def _fonts(pdf: FPDF, texts: Iterable[str]) -> None:
    regular = fonts.face_for("latin")
    bold = fonts.face_for("latin", bold=True)
    pdf.add_font("ManifestSans", "", regular.path)
    pdf.add_font("ManifestSans", "B", bold.path)
    needed = {script for text in texts for family, _ in fonts.script_runs(text) for script in (family,)}
    fallbacks = []
    for script in ("thai", "cjk"):
        if script not in needed:
            continue
        try:
            face = fonts.face_for(script)
        except fonts.FontMissing:
            continue
        family = f"Manifest{script.title()}"
        pdf.add_font(family, "", face.path, collection_font_number=face.index)
        fallbacks.append(family)
    if fallbacks:
        pdf.set_fallback_fonts(fallbacks, exact_match=False)


def draw_barcode(pdf: FPDF, value: str, x: float, y: float, max_w: float, h: float) -> None:
    """Code 128 of `value` with quiet zones, as vector bars inside `max_w` mm."""
    symbol = encode(value)
    module = min(0.42, max_w / symbol.width_with_quiet_zones())
    if module < 0.2:
        raise LabelError(f"{value!r} is too long for a readable barcode in {max_w:.0f} mm")
    left = x + QUIET_MODULES * module
    pdf.set_fill_color(0, 0, 0)
    for start, length in module_runs(symbol.modules):
        pdf.rect(left + start * module, y, length * module, h, style="F")


def _kg(grams: float | None) -> str:
    return "-" if grams is None else f"{grams / 1000:.3f} kg"


def _header(pdf: _ManifestPdf, m: Manifest) -> None:
    words = pdf.words
    pdf.set_font("ManifestSans", "B", 17)
    if m.kind == "dropoff":
        title = translate("Manifest", "Drop-off manifest: {carrier}")
    else:
        title = translate("Manifest", "Carrier pickup manifest: {carrier}")
    pdf.set_xy(MARGIN, MARGIN)
    pdf.cell(110, 8, words(title.format(carrier=m.carrier)))
    draw_barcode(pdf, m.manifest_id, PAGE_W - MARGIN - 72, MARGIN, 72, 11)
    pdf.set_font("ManifestSans", "", 8)
    pdf.set_xy(PAGE_W - MARGIN - 72, MARGIN + 11.5)
    pdf.cell(72, 4, m.manifest_id, align="C")
    counts = translate("Manifest", "{parcels} parcels of {orders} orders")
    pairs = [
        (QT_TRANSLATE_NOOP("Manifest", "Manifest"), m.manifest_id),
        (QT_TRANSLATE_NOOP("Manifest", "Carrier"), m.carrier),
        (QT_TRANSLATE_NOOP("Manifest", "Courier"), m.courier or "-"),
        (QT_TRANSLATE_NOOP("Manifest", "Vehicle plate"), m.vehicle_plate or "-"),
        (QT_TRANSLATE_NOOP("Manifest", "Station"), m.station),
        (QT_TRANSLATE_NOOP("Manifest", "Handed over by"), m.handed_over_by),
        (QT_TRANSLATE_NOOP("Manifest", "Time (local)"), f"{m.local_closed_at:%Y-%m-%d %H:%M:%S} {m.local_zone}"),
        (QT_TRANSLATE_NOOP("Manifest", "Time (UTC)"), f"{m.closed_at:%Y-%m-%d %H:%M:%S} UTC"),
        (QT_TRANSLATE_NOOP("Manifest", "Parcels"), words(counts.format(parcels=len(m.parcels), orders=len(m.orders)))),
        (QT_TRANSLATE_NOOP("Manifest", "Total weight"), _kg(m.total_weight_g)),
        (QT_TRANSLATE_NOOP("Manifest", "Acknowledged"), m.acknowledgement or "-"),
        (QT_TRANSLATE_NOOP("Manifest", "Content SHA-256"), m.content_sha256),
    ]
    pdf.set_y(MARGIN + 18)
    for label, value in pairs:
        pdf.set_x(MARGIN)
        pdf.set_font("ManifestSans", "B", 9)
        pdf.cell(32, 5, words(label))
        pdf.set_font("ManifestSans", "", 9)
        pdf.cell(0, 5, str(value), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if m.left_behind:
        pdf.set_font("ManifestSans", "B", 9)
        pdf.multi_cell(
            0,
            5,
            words(translate("Manifest", "Left behind (confirmed): {codes}").format(codes=", ".join(m.left_behind))),
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
    if m.partial_orders:
        pdf.set_font("ManifestSans", "B", 9)
        pdf.multi_cell(
            0,
            5,
            words(
                translate("Manifest", "Partial orders (supervisor): {orders}").format(orders=", ".join(m.partial_orders))
            ),
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
    _courier_barcode(pdf, m)
    pdf.ln(2)


def _courier_barcode(pdf: _ManifestPdf, m: Manifest) -> None:
    """The courier's barcode (carrier, manifest, parcel count) across the page, for their own scanner."""
    code = courier_manifest_code(m.carrier, m.manifest_id, len(m.parcels))
    y = pdf.get_y() + 1
    try:
        draw_barcode(pdf, code, MARGIN, y, PAGE_W - 2 * MARGIN, 10)
    except LabelError:
        return  # a station name too long for bars: the manifest id's own barcode still says it
    pdf.set_font("ManifestSans", "", 8)
    pdf.set_xy(MARGIN, y + 10.5)
    pdf.cell(0, 4, pdf.words(translate("Manifest", "Courier's scan: {code}").format(code=code)), new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _table_head(pdf: _ManifestPdf) -> None:
    pdf.set_font("ManifestSans", "B", 9)
    pdf.set_x(MARGIN)
    for name, width in COLS:
        pdf.cell(width, 6, pdf.words(name), border="B")
    pdf.ln(7)


def _row(pdf: _ManifestPdf, n: int, p: ParcelLine) -> None:
    if pdf.get_y() + ROW_H > PAGE_H - 16:
        pdf.add_page()
        _table_head(pdf)
    y = pdf.get_y()
    x = MARGIN
    pdf.set_font("ManifestSans", "", 9)
    pdf.set_xy(x, y + 3)
    pdf.cell(COLS[0][1], 5, str(n))
    x += COLS[0][1]
    draw_barcode(pdf, p.tracking_number, x, y + 0.5, BAR_W, BAR_H)
    pdf.set_xy(x, y + BAR_H + 1)
    pdf.set_font("ManifestSans", "", 8)
    pdf.cell(BAR_W, 4, p.tracking_number, align="C")
    x += COLS[1][1]
    pdf.set_font("ManifestSans", "", 9)
    pdf.set_xy(x, y + 3)
    pdf.cell(COLS[2][1], 5, p.order_id)
    x += COLS[2][1]
    pdf.set_xy(x, y + 3)
    pdf.cell(COLS[3][1], 5, f"{p.number}/{p.parcels_in_order}")
    x += COLS[3][1]
    pdf.set_xy(x, y + 3)
    pdf.cell(COLS[4][1], 5, _kg(p.weight_g))
    pdf.set_draw_color(200, 200, 200)
    pdf.line(MARGIN, y + ROW_H - 0.5, PAGE_W - MARGIN, y + ROW_H - 0.5)
    pdf.set_y(y + ROW_H)


def _photos(pdf: _ManifestPdf, m: Manifest) -> None:
    images = [(pdf.words(code_name(PHOTO_KIND_NAMES, p.kind)), p.sha256, p.image) for p in m.photos]
    if m.signature:
        images.append((pdf.words(translate("Manifest", "courier signature")), "", m.signature))
    if not images:
        return
    if pdf.get_y() + THUMB_H + 16 > PAGE_H - 16:
        pdf.add_page()
    pdf.ln(3)
    pdf.set_font("ManifestSans", "B", 11)
    pdf.set_x(MARGIN)
    heading = pdf.words(translate("Manifest", "Handover photos and acknowledgement"))
    pdf.cell(0, 7, heading, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    per_row = 3
    for i, (kind, sha, data) in enumerate(images):
        if i % per_row == 0 and i:
            pdf.set_y(pdf.get_y() + THUMB_H + 10)
        if pdf.get_y() + THUMB_H + 10 > PAGE_H - 16:
            pdf.add_page()
        x = MARGIN + (i % per_row) * (THUMB_W + 4)
        y = pdf.get_y()
        pdf.image(io.BytesIO(data), x=x, y=y, w=THUMB_W, h=THUMB_H, keep_aspect_ratio=True)
        pdf.set_xy(x, y + THUMB_H + 0.5)
        pdf.set_font("ManifestSans", "", 7)
        pdf.cell(THUMB_W, 4, kind + (f" · {sha[:16]}…" if sha else ""))
    pdf.set_y(pdf.get_y() + 6)


def render_manifest(m: Manifest, language: str = "en") -> bytes:
    """The manifest PDF: header with its barcode, one row per parcel, totals, photos, signature.

    Headings are in `language`; names, codes and times are as recorded.
    """
    if not m.parcels:
        raise LabelError("a manifest needs at least one parcel")
    pdf = _ManifestPdf(unit="mm", format="A4")
    pdf.manifest_id, pdf.content_sha256 = m.manifest_id, m.content_sha256
    pdf.words = words = words_for(language)
    pdf.set_creator("packstation")
    pdf.set_title(f"Manifest {m.manifest_id}")
    pdf.set_creation_date(m.closed_at)
    texts = [m.courier, m.carrier, m.station, m.handed_over_by, m.vehicle_plate, m.acknowledgement]
    headings = [words(translate("Manifest", "Carrier pickup manifest: {carrier}")), words(COLS[1][0])]
    _fonts(pdf, [t for t in texts + headings if t])
    pdf.set_auto_page_break(False)
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.alias_nb_pages()
    pdf.add_page()
    _header(pdf, m)
    _table_head(pdf)
    for n, parcel in enumerate(m.parcels, start=1):
        _row(pdf, n, parcel)
    pdf.set_font("ManifestSans", "B", 10)
    pdf.set_x(MARGIN)
    pdf.cell(
        0,
        7,
        words(
            translate("Manifest", "Total: {parcels} parcels, {orders} orders, {weight}").format(
                parcels=len(m.parcels), orders=len(m.orders), weight=_kg(m.total_weight_g)
            )
        ),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    _photos(pdf, m)
    return bytes(pdf.output())
