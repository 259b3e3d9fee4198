"""Find fonts for stamps and reports: Noto for Latin/Vietnamese, Thai and CJK, DejaVu as the fallback."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

FONT_DIRS: tuple[Path, ...] = (
    Path("/usr/share/fonts"),
    Path("/usr/local/share/fonts"),
    Path.home() / ".local/share/fonts",
    Path.home() / ".fonts",
    Path("/Library/Fonts"),
    Path("C:/Windows/Fonts"),
)

# Candidate file names per script, best first. DejaVu covers Latin and Vietnamese when Noto is absent.
CANDIDATES: dict[str, tuple[str, ...]] = {
    "latin": ("NotoSans-Regular.ttf", "DejaVuSans.ttf"),
    "latin-bold": ("NotoSans-Bold.ttf", "DejaVuSans-Bold.ttf"),
    "thai": ("NotoSansThai-Regular.ttf", "NotoSansThaiUI-Regular.ttf", "NotoSerifThai-Regular.ttf"),
    "cjk": (
        "NotoSansCJK-Regular.ttc",
        "NotoSansCJKsc-Regular.otf",
        "NotoSansSC-Regular.otf",
        "NotoSansSC-Regular.ttf",
        "NotoSerifCJK-Regular.ttc",
        "DroidSansFallbackFull.ttf",
    ),
}

SCRIPTS: tuple[str, ...] = ("latin", "thai", "cjk")


@dataclass(frozen=True)
class FontFile:
    """A font on disk; `index` picks the face inside a .ttc collection."""

    path: Path
    index: int = 0


def script_of(char: str) -> str:
    """The font script a character needs: `thai`, `cjk` or `latin` (Latin, Vietnamese and the rest)."""
    code = ord(char)
    if 0x0E00 <= code <= 0x0E7F:
        return "thai"
    if (
        0x1100 <= code <= 0x11FF
        or 0x2E80 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7AF
        or 0xF900 <= code <= 0xFAFF
        or 0xFE30 <= code <= 0xFE4F
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x2FFFF
    ):
        return "cjk"
    return "latin"


def scripts_in(text: str) -> set[str]:
    return {script_of(ch) for ch in text if not ch.isspace()}


def _extra_dirs() -> tuple[Path, ...]:
    env = os.environ.get("PACKSTATION_FONT_DIRS", "")
    return tuple(Path(p) for p in env.split(os.pathsep) if p)


@lru_cache(maxsize=4)
def _index(dirs: tuple[Path, ...]) -> dict[str, Path]:
    """File name -> first path found, over all font directories (walked once)."""
    found: dict[str, Path] = {}
    for base in dirs:
        if not base.is_dir():
            continue
        for root, _dirs, files in os.walk(base):
            for name in files:
                found.setdefault(name, Path(root) / name)
    return found


def find_font(role: str) -> FontFile | None:
    """The best installed font for a role (`latin`, `latin-bold`, `thai`, `cjk`), or None."""
    index = _index(_extra_dirs() + FONT_DIRS)
    for name in CANDIDATES[role]:
        if name in index:
            return FontFile(index[name])
    return None


def font_chain() -> dict[str, FontFile]:
    """One font per script that is installed; Latin is required, the others fall back to it."""
    latin = find_font("latin")
    if latin is None:
        raise FileNotFoundError(
            "No Noto Sans or DejaVu Sans font found: install fonts-noto-core (or fonts-dejavu-core)"
        )
    chain = {"latin": latin}
    for script in ("thai", "cjk"):
        chain[script] = find_font(script) or latin
    return chain


def split_runs(text: str) -> list[tuple[str, str]]:
    """Split text into (script, run) pieces; spaces and punctuation stay with the run they are in."""
    runs: list[tuple[str, str]] = []
    for ch in text:
        script = script_of(ch)
        if runs and (ch.isspace() or not ch.isalnum() and script == "latin" or runs[-1][0] == script):
            runs[-1] = (runs[-1][0], runs[-1][1] + ch)
        else:
            runs.append((script, ch))
    return runs
