"""Code 128 and GS1-128 symbols: one encoding gives both the ZPL `^BC` data and the bar modules.

The ZPL data carries explicit start/switch codes, so the printer draws exactly the symbol whose
modules the PNG preview draws; nothing is left to the printer's own optimiser.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from barcode.charsets.code128 import CODES

from packstation.labels.model import LabelError

START_B, START_C = 104, 105
CODE_B, CODE_C = 100, 99  # switch to subset B (from C) / to subset C (from B)
FNC1 = 102
STOP = "1100011101011"  # stop character with its termination bar
QUIET_MODULES = 10


@dataclass(frozen=True)
class Code128Symbol:
    """An encoded symbol: its values (with check and without stop), modules ('1' bar), ZPL field data."""

    text: str
    values: tuple[int, ...]
    modules: str
    zpl_data: str
    gs1: bool = False

    @property
    def width_modules(self) -> int:
        return len(self.modules)

    def width_with_quiet_zones(self) -> int:
        return len(self.modules) + 2 * QUIET_MODULES


def _digit_run(text: str, start: int) -> int:
    end = start
    while end < len(text) and text[end].isdigit():
        end += 1
    return end - start


def _zpl_char(ch: str) -> str:
    return "><" if ch == ">" else ch


@lru_cache(maxsize=512)
def encode(text: str, gs1: bool = False) -> Code128Symbol:
    """Encode `text` (printable ASCII) in subsets B and C; `gs1` puts FNC1 first (GS1-128, digits only)."""
    if not text:
        raise LabelError("nothing to encode in the barcode")
    bad = sorted({ch for ch in text if not (32 <= ord(ch) < 127) or ch in "^~"})
    if bad:
        raise LabelError(f"barcode text {text!r} has characters Code 128 cannot carry here: {''.join(bad)!r}")
    if gs1 and not (text.isdigit() and len(text) % 2 == 0):
        raise LabelError(f"GS1-128 data {text!r} must be an even number of digits")
    values: list[int] = []
    zpl: list[str] = []
    i = 0
    subset = ""
    if gs1:
        values += [START_C, FNC1]
        zpl.append(">;>8")
        subset = "C"
    while i < len(text):
        run = _digit_run(text, i)
        whole = i + run == len(text)
        if subset == "C" or run >= 4 or (whole and i == 0 and run >= 2 and run % 2 == 0):
            if run % 2 == 1 and subset != "C":
                # Odd run: the first digit goes in subset B, the rest pairs in C.
                if not subset:
                    values.append(START_B)
                    zpl.append(">:")
                    subset = "B"
                values.append(ord(text[i]) - 32)
                zpl.append(text[i])
                i += 1
                run -= 1
            if run >= 2:
                if not subset:
                    values.append(START_C)
                    zpl.append(">;")
                elif subset == "B":
                    values.append(CODE_C)
                    zpl.append(">5")
                subset = "C"
                pairs = run - run % 2
                for k in range(i, i + pairs, 2):
                    values.append(int(text[k : k + 2]))
                zpl.append(text[i : i + pairs])
                i += pairs
                continue
        if not subset:
            values.append(START_B)
            zpl.append(">:")
        elif subset == "C":
            values.append(CODE_B)
            zpl.append(">6")
        subset = "B"
        values.append(ord(text[i]) - 32)
        zpl.append(_zpl_char(text[i]))
        i += 1
    check = (values[0] + sum(pos * v for pos, v in enumerate(values[1:], start=1))) % 103
    values.append(check)
    modules = "".join(CODES[v] for v in values) + STOP
    return Code128Symbol(text=text, values=tuple(values), modules=modules, zpl_data="".join(zpl), gs1=gs1)


def module_runs(modules: str) -> list[tuple[int, int]]:
    """(start module, length) of every bar, for drawing."""
    runs: list[tuple[int, int]] = []
    start = -1
    for pos, bit in enumerate(modules + "0"):
        if bit == "1" and start < 0:
            start = pos
        elif bit == "0" and start >= 0:
            runs.append((start, pos - start))
            start = -1
    return runs
