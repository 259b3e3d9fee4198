"""The languages packstation speaks: their .ts files, the .qm files Qt loads, and a Qt-free reader.

The .ts files (packstation/resources/i18n/packstation_<lang>.ts) are the source of every
translation: pyside6-lupdate writes them from the code, people translate them, pyside6-lrelease
compiles them to the .qm files the window loads. The PDFs (command sheet, evidence pack,
manifest) are made without Qt, so they read the same .ts files here.
"""

from __future__ import annotations

import importlib.util
import logging
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from packstation.domain.texts import render

log = logging.getLogger(__name__)

ENGLISH = "en"
# Shown in each language's own words, so a packer finds theirs without reading English.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "th": "ไทย",
    "vi": "Tiếng Việt",
    "id": "Bahasa Indonesia",
    "ms": "Bahasa Melayu",
    "zh_CN": "简体中文",
}
I18N_DIR = Path(__file__).resolve().parent / "resources" / "i18n"


def language_code(value: str | None) -> str:
    """A known language code for `value` ("th_TH" -> "th", "zh" -> "zh_CN"), or "" when unknown."""
    text = (value or "").strip().replace("-", "_")
    if not text:
        return ""
    for code in LANGUAGES:
        if text.lower() == code.lower():
            return code
    base = text.split("_")[0].lower()
    if base == "zh":
        return "zh_CN"
    return base if base in LANGUAGES else ""


def ts_path(language: str, folder: Path = I18N_DIR) -> Path:
    return folder / f"packstation_{language}.ts"


def qm_path(language: str, folder: Path = I18N_DIR) -> Path:
    return folder / f"packstation_{language}.qm"


class Wording:
    """One language's translations read from its .ts file: (context, source) -> translation."""

    def __init__(self, entries: dict[tuple[str, str], list[str]] | None = None) -> None:
        self.entries = entries or {}

    @classmethod
    def read(cls, path: Path) -> Wording:
        entries: dict[tuple[str, str], list[str]] = {}
        root = ET.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
                if any(forms):
                    entries[(name, source)] = forms
        return cls(entries)

    def lookup(self, context: str, source: str, n: int | None = None) -> str:
        """The translation (the source when there is none); plural forms: one, then other."""
        forms = self.entries.get((context, source))
        if not forms:
            return source
        return forms[1] if n is not None and n != 1 and len(forms) > 1 else forms[0]

    def __call__(self, text: str) -> str:
        """Any string for a page: a core `Text` translated, other strings as they are."""
        return render(text, self.lookup)


@lru_cache(maxsize=16)
def wording(language: str, folder: Path = I18N_DIR) -> Wording:
    """The translations of `language` (English and unknown languages: none, the source is English)."""
    code = language_code(language)
    path = ts_path(code, folder)
    if not code or not path.exists():
        return Wording()
    try:
        return Wording.read(path)
    except (OSError, ET.ParseError) as exc:
        log.warning("translations for %s unreadable (%s): English is used", code, exc)
        return Wording()


def words_for(language: str) -> Callable[[str], str]:
    """What the PDF builders call on every heading: `words("Manifest")` in `language`."""
    return wording(language)


def lrelease_program() -> str | None:
    """pyside6-lrelease (the binary inside the PySide6 wheel, else on PATH)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin:
        candidate = Path(spec.origin).parent / "lrelease"
        if candidate.exists():
            return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def build_qm(folder: Path = I18N_DIR, force: bool = False) -> list[Path]:
    """Compile every .ts that has no .qm (or an older one); returns the .qm files written."""
    program = lrelease_program()
    built: list[Path] = []
    for ts in sorted(folder.glob("packstation_*.ts")):
        qm = ts.with_suffix(".qm")
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        if program is None:
            log.warning("pyside6-lrelease not found: %s not built", qm.name)
            continue
        try:
            subprocess.run(
                [program, "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True, timeout=60
            )
        except (OSError, subprocess.SubprocessError) as exc:  # a read-only install: the .ts reader serves
            log.warning("could not build %s: %s", qm.name, exc)
            continue
        built.append(qm)
    return built


__all__ = [
    "ENGLISH",
    "LANGUAGES",
    "Wording",
    "build_qm",
    "language_code",
    "qm_path",
    "ts_path",
    "words_for",
    "wording",
]
