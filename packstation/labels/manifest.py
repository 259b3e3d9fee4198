"""The carrier manifest as an A4 PDF: who handed what to whom, each parcel with its tracking barcode.

Bars come from the labels' own Code 128 encoder (`labels.code128`) and text from the labels' Noto font
system (`labels.fonts`), so the manifest's barcodes are the very symbols the shipping labels carry.
"""

from __future__ import annotations

import io
from collections.abc import Iterable

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from packstation.domain.handover import Manifest, ParcelLine
from packstation.labels import fonts
from packstation.labels.code128 import QUIET_MODULES, encode, module_runs
from packstation.labels.model import LabelError

PAGE_W, PAGE_H, MARGIN = 210.0, 297.0, 12.0
ROW_H = 15.0
BAR_W, BAR_H = 62.0, 8.5
COLS = (("#", 10.0), ("Tracking", BAR_W + 4), ("Order", 48.0), ("Parcel", 16.0), ("Weight", 22.0))
THUMB_W, THUMB_H = 58.0, 33.0


class _ManifestPdf(FPDF):
    manifest_id = ""
    content_sha256 = ""

    def footer(self) -> None:
        self.set_y(-11)
        self.set_font("ManifestSans", "", 7)
        self.cell(
            0,
            4,
            f"Manifest {self.manifest_id} · content SHA-256 {self.content_sha256} · page {self.page_no()}/{{nb}}",
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


def _header(pdf: FPDF, m: Manifest) -> None:
    pdf.set_font("ManifestSans", "B", 17)
    title = "Drop-off manifest" if m.kind == "dropoff" else "Carrier pickup manifest"
    pdf.set_xy(MARGIN, MARGIN)
    pdf.cell(110, 8, f"{title}: {m.carrier}")
    draw_barcode(pdf, m.manifest_id, PAGE_W - MARGIN - 72, MARGIN, 72, 11)
    pdf.set_font("ManifestSans", "", 8)
    pdf.set_xy(PAGE_W - MARGIN - 72, MARGIN + 11.5)
    pdf.cell(72, 4, m.manifest_id, align="C")
    pairs = [
        ("Manifest", m.manifest_id),
        ("Carrier", m.carrier),
        ("Courier", m.courier or "-"),
        ("Vehicle plate", m.vehicle_plate or "-"),
        ("Station", m.station),
        ("Handed over by", m.handed_over_by),
        ("Time (local)", f"{m.local_closed_at:%Y-%m-%d %H:%M:%S} {m.local_zone}"),
        ("Time (UTC)", f"{m.closed_at:%Y-%m-%d %H:%M:%S} UTC"),
        ("Parcels", f"{len(m.parcels)} parcels of {len(m.orders)} orders"),
        ("Total weight", _kg(m.total_weight_g)),
        ("Acknowledged", m.acknowledgement or "-"),
        ("Content SHA-256", m.content_sha256),
    ]
    pdf.set_y(MARGIN + 18)
    for label, value in pairs:
        pdf.set_x(MARGIN)
        pdf.set_font("ManifestSans", "B", 9)
        pdf.cell(32, 5, label)
        pdf.set_font("ManifestSans", "", 9)
        pdf.cell(0, 5, str(value), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if m.left_behind:
        pdf.set_font("ManifestSans", "B", 9)
        pdf.multi_cell(
            0, 5, "Left behind (confirmed): " + ", ".join(m.left_behind), new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
    if m.partial_orders:
        pdf.set_font("ManifestSans", "B", 9)
        pdf.multi_cell(
            0,
            5,
            "Partial orders (supervisor): " + ", ".join(m.partial_orders),
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
    pdf.ln(2)


def _table_head(pdf: FPDF) -> None:
    pdf.set_font("ManifestSans", "B", 9)
    pdf.set_x(MARGIN)
    for name, width in COLS:
        pdf.cell(width, 6, name, border="B")
    pdf.ln(7)


def _row(pdf: FPDF, n: int, p: ParcelLine) -> None:
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


def _photos(pdf: FPDF, m: Manifest) -> None:
    images = [(p.kind, p.sha256, p.image) for p in m.photos]
    if m.signature:
        images.append(("courier signature", "", m.signature))
    if not images:
        return
    if pdf.get_y() + THUMB_H + 16 > PAGE_H - 16:
        pdf.add_page()
    pdf.ln(3)
    pdf.set_font("ManifestSans", "B", 11)
    pdf.set_x(MARGIN)
    pdf.cell(0, 7, "Handover photos and acknowledgement", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
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


def render_manifest(m: Manifest) -> bytes:
    """The manifest PDF: header with its barcode, one row per parcel, totals, photos, signature."""
    if not m.parcels:
        raise LabelError("a manifest needs at least one parcel")
    pdf = _ManifestPdf(unit="mm", format="A4")
    pdf.manifest_id, pdf.content_sha256 = m.manifest_id, m.content_sha256
    pdf.set_creator("packstation")
    pdf.set_title(f"Manifest {m.manifest_id}")
    pdf.set_creation_date(m.closed_at)
    texts = [m.courier, m.carrier, m.station, m.handed_over_by, m.vehicle_plate, m.acknowledgement]
    _fonts(pdf, [t for t in texts if t])
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
        f"Total: {len(m.parcels)} parcels, {len(m.orders)} orders, {_kg(m.total_weight_g)}",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    _photos(pdf, m)
    return bytes(pdf.output())
