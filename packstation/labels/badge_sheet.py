"""Printable people papers: an A4 sheet of login badges (Code 128, name and role) and a first-run guide.

Bars come from the labels' one Code 128 encoder (`labels.code128`), drawn as vector rectangles;
text uses the labels' font system (Noto per script, so Thai and Chinese names print too).
A badge code is a credential: the sheet is printed, cut, handed over and not kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from fpdf import FPDF

from packstation.domain.commands import COMMANDS, Command
from packstation.labels import fonts
from packstation.labels.code128 import encode, module_runs
from packstation.labels.model import LabelError

PAGE_W, PAGE_H, MARGIN = 210.0, 297.0, 12.0
CARD_W, CARD_H = 85.6, 54.0  # ID-1, a credit card
COLUMNS, ROWS = 2, 4
HEADER_H = 20.0
GAP = 4.0


class SheetError(LabelError):
    """The sheet cannot be made (nobody to print, or a code a barcode cannot carry)."""


@dataclass(frozen=True)
class BadgeCard:
    """One badge to print: who it is for and the code it carries."""

    user_id: str
    name: str
    role: str
    token: str


class _Paper(FPDF):
    """FPDF with the labels' Noto faces (Latin, with Thai and CJK as fallbacks), else Helvetica."""

    def __init__(self) -> None:
        super().__init__(unit="mm", format="A4")
        self.set_auto_page_break(False)
        self.set_creator("packstation")
        self.family_name, self.unicode_ok = "helvetica", False
        try:
            regular, bold = fonts.face_for("latin"), fonts.face_for("latin", bold=True)
        except fonts.FontMissing:
            return
        self.add_font("noto", "", regular.path)
        self.add_font("noto", "B", bold.path)
        self.family_name, self.unicode_ok = "noto", True
        fallbacks = []
        for script in ("thai", "cjk"):
            try:
                face = fonts.face_for(script)
            except fonts.FontMissing:
                continue
            if face.path.endswith((".ttf", ".otf")):  # fpdf2 reads single-face files only
                self.add_font(f"noto-{script}", "", face.path)
                fallbacks.append(f"noto-{script}")
        if fallbacks:
            self.set_fallback_fonts(fallbacks, exact_match=False)

    def font(self, size: float, bold: bool = False) -> None:
        self.set_font(self.family_name, "B" if bold else "", size)

    def text_at(self, x: float, y: float, w: float, h: float, text: str, align: str = "L") -> None:
        if not self.unicode_ok:
            text = text.encode("latin-1", "replace").decode("latin-1")
        self.set_xy(x, y)
        self.cell(w, h, text, align=align)


def draw_code128(pdf: FPDF, value: str, x: float, y: float, max_w: float, h: float) -> float:
    """Draw `value` as Code 128 (with quiet zones) centred in `max_w` mm; returns the module width."""
    symbol = encode(value)
    module = min(0.4, max_w / symbol.width_with_quiet_zones())
    if module < 0.25:
        raise SheetError(
            f"the badge code for this card is too long to print readably ({len(value)} characters)"
        )
    left = x + (max_w - module * symbol.width_modules) / 2
    pdf.set_fill_color(0, 0, 0)
    for start, length in module_runs(symbol.modules):
        pdf.rect(left + start * module, y, length * module, h, style="F")
    return module


def badge_sheet_pdf(
    cards: Sequence[BadgeCard], station: str = "", printed_at: datetime | None = None
) -> bytes:
    """An A4 PDF of credit-card sized badges, 8 per page, each with name, role, user id and barcode."""
    if not cards:
        raise SheetError("nobody to print a badge for")
    for card in cards:
        try:
            encode(card.token)
        except LabelError as exc:
            raise SheetError(f"the badge of {card.user_id} cannot be printed: {exc}") from None
    pdf = _Paper()
    pdf.set_title("Login badges")
    per_page = COLUMNS * ROWS
    pages = -(-len(cards) // per_page)
    left = (PAGE_W - COLUMNS * CARD_W - (COLUMNS - 1) * GAP) / 2
    for n, card in enumerate(cards):
        if n % per_page == 0:
            pdf.add_page()
            _header(pdf, "Login badges", station, printed_at, n // per_page + 1, pages)
        slot = n % per_page
        x = left + (slot % COLUMNS) * (CARD_W + GAP)
        y = MARGIN + HEADER_H + (slot // COLUMNS) * (CARD_H + GAP)
        _card(pdf, card, x, y)
    return bytes(pdf.output())


def _header(pdf: _Paper, title: str, station: str, at: datetime | None, page: int, pages: int) -> None:
    width = PAGE_W - 2 * MARGIN
    pdf.font(16, bold=True)
    pdf.text_at(MARGIN, MARGIN, width, 8, title)
    pdf.font(9)
    parts = [f"Station {station}" if station else "", at.strftime("%Y-%m-%d %H:%M") if at else ""]
    parts.append(f"page {page} of {pages}" if pages > 1 else "")
    parts.append("Cut along the lines. A badge logs in: hand it over, do not keep this sheet.")
    pdf.text_at(MARGIN, MARGIN + 9, width, 5, "   ".join(p for p in parts if p))


def _card(pdf: _Paper, card: BadgeCard, x: float, y: float) -> None:
    pdf.set_draw_color(150, 150, 150)
    pdf.set_dash_pattern(dash=1.5, gap=1.5)
    pdf.rect(x, y, CARD_W, CARD_H)
    pdf.set_dash_pattern()
    pdf.font(14, bold=True)
    pdf.text_at(x + 4, y + 4, CARD_W - 8, 7, card.name or card.user_id)
    pdf.font(10)
    pdf.text_at(x + 4, y + 11, CARD_W - 8, 5, f"{card.role.capitalize()} · user {card.user_id}")
    draw_code128(pdf, card.token, x + 2, y + 20, CARD_W - 4, 24)
    pdf.font(7)
    pdf.text_at(x + 4, y + 46, CARD_W - 8, 4, "Scan to log in at a packing station", align="C")


# -- the first-run guide --------------------------------------------------------------------------
GUIDE_STEPS: tuple[tuple[str, str], ...] = (
    ("Log in", "Scan your badge, or type your PIN and press Enter."),
    ("Take an order", "Scan the pick list's barcode, or press F2 for the most urgent order."),
    ("Pick", "Scan every item. The screen shows what is still missing. Wrong item? Put it back."),
    ("Pack", "Scan or choose the box, put the parcel on the scale, press F3 when the weight is right."),
    ("Label", "The label prints by itself. Stick it on the parcel, then press F3."),
    ("Photograph", "Hold the labelled parcel under the camera and press F5 for each photo asked."),
    ("Done", "Put the parcel on the carrier's shelf. Press F2 for the next order."),
    ("Stuck?", "Press F1: it says what this step needs. Press F8 to put an order on hold for a supervisor."),
)


def first_run_guide_pdf(station: str = "", printed_at: datetime | None = None) -> bytes:
    """One A4 page for a new team: the five packing steps in plain words and every hotkey."""
    pdf = _Paper()
    pdf.set_title("Packing station: first steps")
    pdf.add_page()
    width = PAGE_W - 2 * MARGIN
    pdf.font(20, bold=True)
    pdf.text_at(MARGIN, MARGIN, width, 10, "Packing station: first steps")
    pdf.font(10)
    stamp = [f"Station {station}" if station else "", printed_at.strftime("%Y-%m-%d") if printed_at else ""]
    pdf.text_at(MARGIN, MARGIN + 11, width, 5, "   ".join(s for s in stamp if s))
    y = MARGIN + 22
    for n, (title, text) in enumerate(GUIDE_STEPS, start=1):
        pdf.font(13, bold=True)
        pdf.text_at(MARGIN, y, 48, 7, f"{n}. {title}")
        pdf.font(11)
        pdf.set_xy(MARGIN + 48, y)
        pdf.multi_cell(width - 48, 6, text if pdf.unicode_ok else text.encode("latin-1", "replace").decode())
        y = max(y + 9, pdf.get_y() + 3)
    y += 4
    pdf.font(14, bold=True)
    pdf.text_at(MARGIN, y, width, 8, "Keys")
    y += 10
    for command in Command:
        info = COMMANDS[command]
        pdf.font(11, bold=True)
        pdf.text_at(MARGIN, y, 22, 6, info.hotkey)
        pdf.font(11)
        extra = " (a supervisor)" if info.needs_supervisor else ""
        pdf.text_at(MARGIN + 22, y, width - 22, 6, f"{info.label}: {info.help}{extra}")
        y += 7
    y += 4
    pdf.font(10)
    pdf.set_xy(MARGIN, y)
    pdf.multi_cell(
        width,
        5,
        "The admin adds packers and supervisors in the station window: log in as admin, press Ctrl+P "
        "(People), fill in the form, then press Enroll badge and scan the person's new badge. "
        "Print badges with: packstation users badges --out badges.pdf",
    )
    return bytes(pdf.output())
