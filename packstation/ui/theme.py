"""The station's look: large type readable from 1.5 m, and one colour per meaning (ok, error, due soon).

Type scales with the window (`scale_for`): every size in the stylesheet is a multiple of the base
size times the window's scale, so 1366x768 and 1920x1080 both fit without clipping. Two palettes:
the standard one and a high-contrast one (white on black, bright meanings) for glare and low vision.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication


@dataclass
class Palette:
    """Colours by meaning, so every page says 'wrong' and 'overdue' the same way.

    One instance (`PALETTE`) is used everywhere; `apply_theme` changes its colours in place, so
    pages that read `PALETTE.ok` when they render follow the chosen theme."""

    background: str = "#f4f5f7"
    panel: str = "#ffffff"
    text: str = "#111418"
    muted: str = "#5b6470"
    ok: str = "#1b7f3b"
    ok_bg: str = "#d9f2e1"
    error: str = "#b3261e"
    error_bg: str = "#fbdcd9"
    warn: str = "#8a5a00"
    warn_bg: str = "#fff1c7"
    info_bg: str = "#e3ecfa"
    accent: str = "#1f5fbf"
    overdue: str = "#b3261e"
    due_soon: str = "#c77700"
    button_text: str = "#ffffff"
    secondary: str = "#dfe3ea"
    secondary_text: str = "#111418"
    field: str = "#ffffff"
    border: str = "#8a94a3"

    def use(self, other: Palette) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(other, f.name))


STANDARD = Palette()
HIGH_CONTRAST = Palette(
    background="#000000",
    panel="#000000",
    text="#ffffff",
    muted="#e6e6e6",
    ok="#3dff7a",
    ok_bg="#002b12",
    error="#ff6b6b",
    error_bg="#3d0000",
    warn="#ffd60a",
    warn_bg="#332a00",
    info_bg="#001b47",
    accent="#ffd60a",
    overdue="#ff6b6b",
    due_soon="#ffd60a",
    button_text="#000000",
    secondary="#ffffff",
    secondary_text="#000000",
    field="#141414",
    border="#ffffff",
)
THEMES = {"standard": STANDARD, "high-contrast": HIGH_CONTRAST}
PALETTE = Palette()
BASE_POINT_SIZE = 16  # body text at scale 1; headings and verdicts are multiples of it
MIN_SCALE, MAX_SCALE = 0.75, 1.5
REFERENCE_W, REFERENCE_H = 1500, 940  # the window size the point sizes below were chosen for
_current = {"scale": 1.0}


SCALE_STEP = 0.25


def scale_for(width: int, height: int) -> float:
    """How much larger or smaller than the reference window type is drawn: in steps of a quarter, rounded
    down so the type always fits, and coarse because restyling every widget takes a noticeable moment
    (it happens when the window changes size class, not on every pixel of a drag)."""
    raw = min(width / REFERENCE_W, height / REFERENCE_H)
    stepped = math.floor(raw / SCALE_STEP + 1e-9) * SCALE_STEP
    return max(MIN_SCALE, min(MAX_SCALE, stepped))


def current_scale() -> float:
    return _current["scale"]


def pt(size: float) -> int:
    """A point size from the reference design, scaled for the current window."""
    return max(8, round(size * _current["scale"]))


def level_colours(level: str) -> tuple[str, str]:
    p = PALETTE
    return {
        "ok": (p.ok, p.ok_bg),
        "done": (p.ok, p.ok_bg),
        "error": (p.error, p.error_bg),
        "warn": (p.warn, p.warn_bg),
        "info": (p.text, p.info_bg),
    }.get(level, (p.text, p.info_bg))


LEVEL_COLOURS = {level: level_colours(level) for level in ("ok", "done", "error", "warn", "info")}


def stylesheet() -> str:
    """The application stylesheet for the current palette and scale."""
    p = PALETTE
    pad = max(4, round(8 * _current["scale"]))
    banner = "".join(
        f"""QLabel[role="banner"][level="{level}"] {{ color: {fg}; background: {bg}; border: 3px solid {fg}; }}
"""
        for level, (fg, bg) in ((lv, level_colours(lv)) for lv in ("ok", "done", "error", "warn", "info"))
    )
    return f"""
QWidget {{ background: {p.background}; color: {p.text}; }}
QLabel {{ background: transparent; }}
QFrame[role="card"] QWidget {{ background: transparent; }}
QLabel[role="title"] {{ font-size: {pt(30)}pt; font-weight: 700; }}
QLabel[role="huge"] {{ font-size: {pt(40)}pt; font-weight: 800; }}
QLabel[role="big"] {{ font-size: {pt(22)}pt; font-weight: 600; }}
QLabel[role="muted"] {{ color: {p.muted}; }}
QLabel[role="fragile"] {{ font-size: {pt(22)}pt; font-weight: 800; color: white; background: {p.error};
    padding: 6px 14px; border-radius: 6px; }}
QLabel[role="message"] {{ font-size: {pt(18)}pt; font-style: italic; background: {p.warn_bg};
    padding: {pad}px; border-radius: 6px; }}
QLabel[role="banner"] {{ font-size: {pt(26)}pt; font-weight: 700; border-radius: 8px; padding: {pad + 2}px; }}
{banner}QLabel[role="step"] {{ font-size: {pt(18)}pt; padding: {pad}px; border-radius: 6px;
    background: {p.secondary}; color: {p.muted}; }}
QLabel[role="step"][state="passed"] {{ background: {p.ok_bg}; color: {p.ok}; }}
QLabel[role="step"][state="current"] {{ background: {p.accent}; color: {p.button_text}; font-weight: 800; }}
QLabel[role="hints"] {{ font-size: {pt(16)}pt; background: {p.panel}; padding: {pad}px;
    border-top: 2px solid {p.border}; }}
QLabel[role="status"] {{ font-size: {pt(15)}pt; }}
QLabel[role="product"] {{ background: {p.panel}; color: {p.muted}; font-size: {pt(18)}pt; border-radius: 8px; }}
QFrame[role="card"] {{ background: {p.panel}; border: 1px solid {p.border}; border-radius: 8px; }}
QPushButton, QFrame[role="card"] QPushButton {{ font-size: {pt(16)}pt; padding: {pad}px {2 * pad}px;
    border-radius: 6px; background: {p.accent}; color: {p.button_text}; border: 2px solid {p.accent}; }}
QPushButton:hover, QFrame[role="card"] QPushButton:hover {{ border-color: {p.text}; }}
QPushButton:focus, QFrame[role="card"] QPushButton:focus {{ border: 3px solid {p.text}; }}
QPushButton:disabled, QFrame[role="card"] QPushButton:disabled {{ background: #9aa4b2; border-color: #9aa4b2;
    color: #eef0f3; }}
QPushButton[role="secondary"], QFrame[role="card"] QPushButton[role="secondary"] {{ background: {p.secondary};
    color: {p.secondary_text}; border: 2px solid {p.border}; }}
QPushButton[role="sim"] {{ font-size: 12pt; padding: 6px; text-align: left; background: {p.secondary};
    color: {p.secondary_text}; border: 2px solid {p.border}; }}
QPushButton[role="sim"][marked="true"] {{ background: {p.ok_bg}; color: {p.ok}; font-weight: 700; }}
QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox {{ font-size: {pt(18)}pt; padding: {max(3, pad - 2)}px;
    background: {p.field}; color: {p.text};
    border: 2px solid {p.border}; border-radius: 6px; }}
QLineEdit:focus {{ border-color: {p.accent}; }}
QTableWidget, QTableView, QListWidget {{ font-size: {pt(18)}pt; background: {p.panel}; gridline-color: {p.border}; }}
QHeaderView::section {{ font-size: {pt(14)}pt; font-weight: 600; padding: {max(3, pad - 2)}px;
    background: {p.secondary}; color: {p.secondary_text}; }}
"""


STYLESHEET = stylesheet()


def apply_theme(app: QApplication, scale: float | None = None, theme: str | None = None) -> None:
    """Base font, palette and stylesheet for the whole application (`scale` 1 = the reference window)."""
    if theme is not None:
        PALETTE.use(THEMES.get(theme, STANDARD))
    if scale is not None:
        _current["scale"] = max(MIN_SCALE, min(MAX_SCALE, scale))
    font = QFont(app.font())
    font.setFamilies(["Noto Sans", "Noto Sans CJK SC", "DejaVu Sans", font.family()])
    font.setPointSize(pt(BASE_POINT_SIZE))
    app.setFont(font)
    app.setStyleSheet(stylesheet())


def banner_style(level: str) -> str:
    """Style for a banner-like label outside the station window: the verdict's colours, in large type."""
    fg, bg = level_colours(level)
    return (
        f"font-size: {pt(26)}pt; font-weight: 700; color: {fg}; background: {bg}; "
        f"border: 3px solid {fg}; border-radius: 8px; padding: 12px;"
    )
