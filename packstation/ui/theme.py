"""The station's look: large type readable from 1.5 m, and one colour per meaning (ok, error, due soon)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class Palette:
    """Colours by meaning, so every page says 'wrong' and 'overdue' the same way."""

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


PALETTE = Palette()
BASE_POINT_SIZE = 16  # body text; headings and verdicts are multiples of it
LEVEL_COLOURS = {
    "ok": (PALETTE.ok, PALETTE.ok_bg),
    "done": (PALETTE.ok, PALETTE.ok_bg),
    "error": (PALETTE.error, PALETTE.error_bg),
    "warn": (PALETTE.warn, PALETTE.warn_bg),
    "info": (PALETTE.text, PALETTE.info_bg),
}

STYLESHEET = f"""
QWidget {{ background: {PALETTE.background}; color: {PALETTE.text}; }}
QLabel {{ background: transparent; }}
QFrame[role="card"] QWidget {{ background: transparent; }}
QLabel[role="title"] {{ font-size: 30pt; font-weight: 700; }}
QLabel[role="huge"] {{ font-size: 40pt; font-weight: 800; }}
QLabel[role="big"] {{ font-size: 22pt; font-weight: 600; }}
QLabel[role="muted"] {{ color: {PALETTE.muted}; }}
QLabel[role="fragile"] {{ font-size: 22pt; font-weight: 800; color: white; background: {PALETTE.error};
    padding: 6px 14px; border-radius: 6px; }}
QLabel[role="message"] {{ font-size: 18pt; font-style: italic; background: {PALETTE.warn_bg};
    padding: 8px; border-radius: 6px; }}
QFrame[role="card"] {{ background: {PALETTE.panel}; border: 1px solid #d5d9e0; border-radius: 8px; }}
QPushButton {{ font-size: 16pt; padding: 10px 18px; border-radius: 6px; background: {PALETTE.accent};
    color: white; border: none; }}
QPushButton:disabled {{ background: #9aa4b2; }}
QPushButton[role="secondary"] {{ background: #dfe3ea; color: {PALETTE.text}; }}
QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox {{ font-size: 18pt; padding: 6px; background: white;
    border: 2px solid #aab2bd; border-radius: 6px; }}
QLineEdit:focus {{ border-color: {PALETTE.accent}; }}
QTableWidget {{ font-size: 18pt; background: white; gridline-color: #e1e4ea; }}
QHeaderView::section {{ font-size: 14pt; font-weight: 600; padding: 6px; background: #e7eaf0; }}
"""


def apply_theme(app: QApplication) -> None:
    """Large base font and the station stylesheet for the whole application."""
    font = QFont(app.font())
    font.setFamilies(["Noto Sans", "Noto Sans CJK SC", "DejaVu Sans", font.family()])
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)


def banner_style(level: str) -> str:
    """Style for the verdict banner: big text on a background whose colour is the verdict."""
    fg, bg = LEVEL_COLOURS.get(level, LEVEL_COLOURS["info"])
    return (
        f"font-size: 26pt; font-weight: 700; color: {fg}; background: {bg}; "
        f"border: 3px solid {fg}; border-radius: 8px; padding: 12px;"
    )
