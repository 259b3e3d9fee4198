"""What an import accepts: order id shapes per channel, unit counts, the window of plausible times."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from packstation.domain.text import shown
from packstation.services.imports.rows import MAX_QUANTITY

# Letters, digits and -_. only, starting with a letter or digit: safe as a file name on every system
# (labels and evidence packs are named after the order), in a URL and in a barcode.
DEFAULT_ORDER_ID = r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}"
# Windows device names cannot be file names, whatever the extension: `CON.pdf` opens the console.
_DEVICE_NAMES = re.compile(r"(?:CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(?:\..*)?", re.IGNORECASE)


@dataclass(frozen=True)
class ImportRules:
    """Limits an import enforces per row; the defaults suit TikTok Shop and the generic format."""

    max_quantity: int = MAX_QUANTITY
    future: timedelta = timedelta(days=1)
    past: timedelta = timedelta(days=730)
    order_id_patterns: dict[str, str] = field(default_factory=dict)  # channel -> regex (full match)
    max_json_depth: int = 32

    def __post_init__(self) -> None:
        compiled = {name.casefold(): re.compile(p) for name, p in self.order_id_patterns.items()}
        object.__setattr__(self, "_patterns", compiled)
        object.__setattr__(self, "_default", re.compile(DEFAULT_ORDER_ID))

    def order_id_problem(self, order_id: str, channel: str = "") -> str | None:
        """Why `order_id` is not an order id of `channel`, or None when it is."""
        if not order_id:
            return "order id is empty"
        if len(order_id) > 64:
            return f"order id {shown(order_id)} is longer than 64 characters"
        pattern = self._patterns.get(channel.casefold(), self._default)  # type: ignore[attr-defined]
        if not pattern.fullmatch(order_id):
            if pattern is self._default:  # type: ignore[attr-defined]
                return (
                    f"order id {shown(order_id)} may hold only letters, digits and - _ . "
                    "(starting with a letter or digit)"
                )
            return f"order id {shown(order_id)} does not match the {channel} pattern {pattern.pattern}"
        if _DEVICE_NAMES.fullmatch(order_id) or "/" in order_id or "\\" in order_id or ".." in order_id:
            return f"order id {shown(order_id)} cannot be used as a file name (labels are named after it)"
        return None

    def window(self, now: datetime) -> tuple[datetime, datetime]:
        """Earliest and latest paid/created time an export may carry at `now`."""
        return now - self.past, now + self.future
