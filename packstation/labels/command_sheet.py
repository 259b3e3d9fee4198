"""Printable sheets of command barcodes (one A4 page per 14 commands) and login badges, as PDF.

Bars are drawn as vector rectangles from python-barcode's Code 128 module pattern, so they stay
sharp at any printer resolution. Each command shows its label, hotkey and one line of help.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from pathlib import Path

from barcode import Code128
from fpdf import FPDF

from packstation.domain.commands import Command
from packstation.domain.texts import translate
from packstation.labels import fonts
from packstation.languages import words_for

_FONT_DIRS = (
    Path("/usr/share/fonts/truetype/noto"),
    Path("/usr/share/fonts/opentype/noto"),
    Path("/usr/share/fonts/noto"),
    Path("/usr/local/share/fonts"),
    Path("/Library/Fonts"),
    Path("C:/Windows/Fonts"),
)
QUIET_MODULES = 10
PAGE_W, PAGE_H, MARGIN = 210.0, 297.0, 12.0
COLUMNS, ROWS = 2, 7
HEADER_H, CELL_H = 22.0, 37.0


class CommandSheetError(ValueError):
    """The sheet cannot be made (nothing to print, or text a barcode cannot carry)."""


def code128_modules(value: str) -> str:
    """The bar/space pattern ('1' bar, '0' space, one character per module) of a Code 128 symbol."""
    if not value or not value.isascii() or not value.isprintable():
        raise CommandSheetError(f"a Code 128 barcode here carries printable ASCII only, got {value!r}")
    return Code128(value).build()[0]


def draw_code128(
    pdf: FPDF, value: str, x: float, y: float, max_w: float, h: float, max_module: float = 0.5
) -> float:
    """Draw `value` as Code 128 with quiet zones inside `max_w` mm starting at x; returns the module width."""
    modules = code128_modules(value)
    module = min(max_module, max_w / (len(modules) + 2 * QUIET_MODULES))
    if module < 0.25:
        raise CommandSheetError(f"{value!r} is too long to print readably in {max_w:.0f} mm")
    left = x + (max_w - module * len(modules)) / 2
    pdf.set_fill_color(0, 0, 0)
    run_start = None
    for i, bit in enumerate(modules + "0"):
        if bit == "1" and run_start is None:
            run_start = i
        elif bit == "0" and run_start is not None:
            pdf.rect(left + run_start * module, y, (i - run_start) * module, h, style="F")
            run_start = None
    return module


class _Sheet(FPDF):
    """FPDF with Noto Sans when installed (any Latin script), else the built-in Helvetica."""

    words: Callable[[str], str] = str

    def __init__(self, scripts: tuple[str, ...] = (), **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.set_auto_page_break(False)
        self.set_creator("packstation")
        regular, bold = _find_font("NotoSans-Regular.ttf"), _find_font("NotoSans-Bold.ttf")
        if regular and bold:
            self.add_font("noto", "", str(regular))
            self.add_font("noto", "B", str(bold))
            self.family_name, self.unicode_ok = "noto", True
            self._fallbacks(scripts)
        else:
            self.family_name, self.unicode_ok = "helvetica", False

    def _fallbacks(self, scripts: tuple[str, ...]) -> None:
        """Thai and Chinese words (a translated sheet) from the Noto fonts of their scripts, shaped."""
        families = []
        for script in scripts:
            try:
                face = fonts.face_for(script)
                heavy = fonts.face_for(script, bold=True)
            except fonts.FontMissing:
                continue
            family = f"noto{script}"
            self.add_font(family, "", face.path, collection_font_number=face.index)
            self.add_font(family, "B", heavy.path, collection_font_number=heavy.index)
            families.append(family)
        if families:
            self.set_fallback_fonts(families, exact_match=False)
            # Without uharfbuzz Thai marks sit less well, but the words stay readable.
            with contextlib.suppress(Exception):
                self.set_text_shaping(True)

    def font(self, size: float, bold: bool = False) -> None:
        self.set_font(self.family_name, "B" if bold else "", size)

    def text_line(self, x: float, y: float, w: float, h: float, text: str, align: str = "L") -> None:
        if not self.unicode_ok:
            text = text.encode("latin-1", "replace").decode("latin-1")
        self.set_xy(x, y)
        self.cell(w, h, text, align=align)


def _find_font(name: str) -> Path | None:
    return next((d / name for d in _FONT_DIRS if (d / name).is_file()), None)


SCRIPTS_OF = {"th": ("thai",), "zh_CN": ("cjk",)}


def command_sheet_pdf(
    commands: Iterable[Command] | None = None,
    title: str = "",
    station: str = "",
    printed_at: datetime | None = None,
    language: str = "en",
) -> bytes:
    """An A4 PDF with each command as a large Code 128, its label, hotkey and help; 14 per page.

    The words are in `language` (the barcodes are the same in every language).
    """
    items: Sequence[Command] = list(commands) if commands is not None else list(Command)
    if not items:
        raise CommandSheetError("no commands to print")
    words = words_for(language)
    title = title or words(translate("CommandSheet", "Station commands"))
    pdf = _Sheet(SCRIPTS_OF.get(language, ()), unit="mm", format="A4")
    pdf.words = words
    pdf.set_title(title)
    per_page = COLUMNS * ROWS
    col_w = (PAGE_W - 2 * MARGIN) / COLUMNS
    for n, command in enumerate(items):
        if n % per_page == 0:
            pdf.add_page()
            _header(pdf, title, station, printed_at, n // per_page + 1, -(-len(items) // per_page))
        slot = n % per_page
        x = MARGIN + (slot % COLUMNS) * col_w
        y = MARGIN + HEADER_H + (slot // COLUMNS) * CELL_H
        _command_cell(pdf, Command(command), x, y, col_w)
    return bytes(pdf.output())


def _header(pdf: _Sheet, title: str, station: str, at: datetime | None, page: int, pages: int) -> None:
    width = PAGE_W - 2 * MARGIN
    pdf.font(18, bold=True)
    pdf.text_line(MARGIN, MARGIN, width, 9, title)
    pdf.font(9)
    words = pdf.words
    station_words = words(translate("CommandSheet", "Station {name}").format(name=station))
    parts = [station_words if station else "", at.strftime("%Y-%m-%d %H:%M") if at else ""]
    parts.append(words(translate("CommandSheet", "page {page} of {pages}").format(page=page, pages=pages)) if pages > 1 else "")
    pdf.text_line(MARGIN, MARGIN + 10, width, 5, "   ".join(p for p in parts if p))
    pdf.set_draw_color(0, 0, 0)
    pdf.line(MARGIN, MARGIN + 17, PAGE_W - MARGIN, MARGIN + 17)


def _command_cell(pdf: _Sheet, command: Command, x: float, y: float, w: float) -> None:
    pad = 3.0
    pdf.font(13, bold=True)
    pdf.text_line(x + pad, y, w - 2 * pad - 22, 7, pdf.words(command.label))
    pdf.set_draw_color(80, 80, 80)
    pdf.rect(x + w - pad - 20, y + 0.5, 20, 6)  # the key cap
    pdf.font(11, bold=True)
    pdf.text_line(x + w - pad - 20, y + 0.5, 20, 6, command.hotkey, align="C")
    pdf.font(8)
    supervisor = pdf.words(translate("CommandSheet", " (supervisor)")) if command.needs_supervisor else ""
    help_text = pdf.words(command.help) + supervisor
    pdf.text_line(x + pad, y + 7, w - 2 * pad, 5, help_text)
    draw_code128(pdf, command.barcode, x + pad, y + 13, w - 2 * pad, 18)
    pdf.font(7)
    pdf.text_line(x + pad, y + 32, w - 2 * pad, 4, command.barcode, align="C")


def badge_pdf(user_id: str, name: str, token: str) -> bytes:
    """A credit-card sized (85.6 x 54 mm) login badge: name, user id and the badge code as Code 128.

    The badge code is a credential: print it, hand it over, and do not keep the PDF.
    """
    pdf = _Sheet(unit="mm", format=(85.6, 54.0))
    pdf.set_title(f"Badge {user_id}")
    pdf.add_page()
    pdf.font(14, bold=True)
    pdf.text_line(4, 4, 77.6, 7, name or user_id)
    pdf.font(9)
    pdf.text_line(4, 11, 77.6, 5, f"user {user_id}")
    draw_code128(pdf, token, 2, 22, 81.6, 22, max_module=0.4)
    return bytes(pdf.output())
