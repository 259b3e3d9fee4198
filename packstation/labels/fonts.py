"""Fonts for label text: Noto for every script the labels meet, picked per run of text, cached."""

from __future__ import annotations

import contextlib
import os
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from fontTools.ttLib import TTFont
from PIL import ImageFont

from packstation.labels.model import LabelError

FONT_DIRS = (
    Path(__file__).resolve().parent.parent / "resources" / "fonts",
    Path("/usr/share/fonts/truetype/noto"),
    Path("/usr/share/fonts/opentype/noto"),
    Path("/usr/share/fonts/noto"),
    Path("/usr/share/fonts/google-noto"),
    Path("/usr/share/fonts/google-noto-cjk"),
    Path("/usr/local/share/fonts"),
    Path("/Library/Fonts"),
)

# Font files per script, regular and bold; the first one found wins.
FAMILIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "latin": (("NotoSans-Regular.ttf",), ("NotoSans-Bold.ttf",)),
    "thai": (("NotoSansThai-Regular.ttf", "NotoSansThaiLooped-Regular.ttf"), ("NotoSansThai-Bold.ttf",)),
    "cjk": (
        ("NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular.otf", "NotoSansSC-Regular.otf"),
        ("NotoSansCJK-Bold.ttc", "NotoSansCJKsc-Bold.otf", "NotoSansSC-Bold.otf"),
    ),
}


class FontMissing(LabelError):
    """No font that can draw this script is installed (install fonts-noto-core / fonts-noto-cjk)."""


@dataclass(frozen=True)
class FontFace:
    """A font file and the face index inside it (TrueType collections hold several)."""

    path: str
    index: int = 0


def _search_dirs() -> list[Path]:
    extra = os.environ.get("PACKSTATION_FONT_DIR")
    return ([Path(extra)] if extra else []) + list(FONT_DIRS)


@lru_cache(maxsize=32)
def face_for(script: str, bold: bool = False) -> FontFace:
    """The font face used for a script ('latin', 'thai', 'cjk'), falling back to regular for bold."""
    regular, heavy = FAMILIES[script]
    for names in (heavy, regular) if bold else (regular,):
        for name in names:
            for folder in _search_dirs():
                path = folder / name
                if path.is_file():
                    return FontFace(str(path), _cjk_index(path) if path.suffix == ".ttc" else 0)
    raise FontMissing(f"no {script} font installed for label text (install the Noto fonts)")


def _cjk_index(path: Path) -> int:
    """Pick the Simplified Chinese face of a Noto CJK collection (it also covers traditional forms)."""
    for index in range(10):
        try:
            family, _style = ImageFont.truetype(str(path), 12, index=index).getname()
        except OSError:
            break
        if family and family.endswith(" SC"):
            return index
    return 0


@lru_cache(maxsize=256)
def font(script: str, size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    """A cached Pillow font with complex-text layout (raqm) when Pillow has it."""
    face = face_for(script, bold)
    engine = ImageFont.Layout.RAQM if ImageFont.core.HAVE_RAQM else ImageFont.Layout.BASIC
    return ImageFont.truetype(face.path, size, index=face.index, layout_engine=engine)


@lru_cache(maxsize=8192)
def script_of(ch: str) -> str:
    """The script family a character belongs to; '' for spaces and combining marks (they join any run)."""
    code = ord(ch)
    if 0x0E00 <= code <= 0x0E7F:
        return "thai"
    if (
        0x2E80 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7AF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x3FFFF
    ):
        return "cjk"
    if ch.isspace() or unicodedata.category(ch) in ("Mn", "Me"):
        return ""
    return "latin"


@lru_cache(maxsize=8)
def coverage(script: str, bold: bool = False) -> frozenset[int]:
    """Code points the script's font has glyphs for (read once from its cmap)."""
    face = face_for(script, bold)
    with TTFont(face.path, fontNumber=face.index, lazy=True) as ttf:
        return frozenset(ttf.getBestCmap() or {})


def read_coverage() -> None:
    """Read every installed family's cmap now (about 0.4 s of Python for the CJK collection), so the
    first label or photo stamp of a shift does not hold the interpreter lock that long mid-order."""
    for script in FAMILIES:
        for bold in (False, True):
            with contextlib.suppress(FontMissing):  # reported where text in that script is drawn
                coverage(script, bold)


def has_glyph(script: str, ch: str, bold: bool = False) -> bool:
    return ord(ch) in coverage(script, bold)


@lru_cache(maxsize=8192)
def _pick(ch: str, current: str, bold: bool) -> str:
    """Font family for one character: its own script, punctuation kept in a run whose font has it."""
    preferred = script_of(ch)
    if (
        preferred == "latin"
        and current in ("thai", "cjk")
        and not ch.isalpha()
        and has_glyph(current, ch, bold)
    ):
        return current
    if has_glyph(preferred, ch, bold):
        return preferred
    for other in FAMILIES:
        if other != preferred and has_glyph(other, ch, bold):
            return other
    if unicodedata.category(ch)[0] in "LN":
        raise FontMissing(f"no installed font can print {ch!r} (U+{ord(ch):04X})")
    return "-"  # a symbol no font has (emoji and the like): left out rather than printed as a box


@lru_cache(maxsize=4096)
def script_runs(text: str, bold: bool = False) -> tuple[tuple[str, str], ...]:
    """Split text into (family, run) so every character is drawn by a font that has its glyph."""
    runs: list[tuple[str, str]] = []
    current = ""
    buf: list[str] = []
    for ch in text:
        script = _pick(ch, current, bold) if script_of(ch) else ""
        if script == "-":
            continue
        if script and current and script != current:
            runs.append((current, "".join(buf)))
            buf = []
        if script:
            current = script
        buf.append(ch)
    if buf:
        runs.append((current or "latin", "".join(buf)))
    return tuple(runs)


def is_native_safe(text: str) -> bool:
    """True when a printer's built-in font (^A0 under ^CI28) draws all of it: printable Latin-1."""
    return all(32 <= ord(ch) <= 126 or 160 <= ord(ch) <= 255 for ch in text)
