"""Text from outside (exports, scans) made safe to store and to show: no control or bidi characters."""

from __future__ import annotations

import re

# C0/C1 controls except tab and newline (addresses may span lines), DEL, and the bidi embeddings,
# overrides and isolates that can make "CAB" display as "BAC" on a label or a screen.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")
_SHOW_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")


def has_unsafe(text: str) -> bool:
    """True when `text` holds a control or bidi character that `strip_unsafe` would remove."""
    return _UNSAFE.search(text) is not None


def strip_unsafe(text: str) -> tuple[str, list[str]]:
    """`text` without control and bidi characters, and the names of those removed (U+001B, ...)."""
    if not _UNSAFE.search(text):
        return text, []
    removed = sorted({f"U+{ord(ch):04X}" for ch in _UNSAFE.findall(text)})
    return _UNSAFE.sub("", text), removed


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    if ch == "\n":
        return "\\n"
    if ch == "\t":
        return "\\t"
    return f"\\u{ord(ch):04x}" if ord(ch) > 0xFF else f"\\x{ord(ch):02x}"


def printable(text: str) -> str:
    """`text` fit for a terminal: controls, escape codes and bidi characters shown as \\x1b, \\u202e."""
    return _SHOW_UNSAFE.sub(_escape, text)


_TERMINAL_UNSAFE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]"
)


def terminal_safe(text: str) -> str:
    """Like `printable` but keeps line breaks and tabs: for whole blocks of command output."""
    return _TERMINAL_UNSAFE.sub(_escape, text)


def shown(text: str, limit: int = 40) -> str:
    """A short printable quotation of untrusted text (an id may be a megabyte long)."""
    if len(text) <= limit:
        return "'" + printable(text) + "'"
    return "'" + printable(text[:limit]) + f"...' ({len(text)} characters)"
