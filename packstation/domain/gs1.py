"""GS1 element strings: the AI-tagged data inside GS1-128, GS1 DataMatrix, GS1 QR and DataBar symbols.

Parses and builds both the transmitted form (`0109501101530003` + `17261231` + `10ABC`, with a GS
character after every variable-length field that is not last) and the human-readable form
`(01)09501101530003(17)261231(10)ABC`. Check digits of AIs 00, 01, 02, 402 and 410-415 are verified,
dates must be real YYMMDD dates (day 00 means "end of month").

This is the lowest barcode module: `barcodes`, `sscc` and `tracking` build on it, so the shared error
base `BarcodeError` and the GS1 mod-10 check digit live here.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import NamedTuple

GS = "\x1d"
"""The ASCII group separator a scanner sends for FNC1 between variable-length fields."""


class BarcodeError(ValueError):
    """A scanned or typed code is not what it claims to be (the message says what is wrong)."""


class GS1Error(BarcodeError):
    """A GS1 element string or one of its fields is malformed."""


def gs1_check_digit(body: str) -> int:
    """GS1 mod-10 check digit of `body` (all digits before the check digit): weights 3,1,... from the right."""
    if not body or not body.isascii() or not body.isdigit():
        raise GS1Error(f"check digit needs digits only, got {body!r}")
    digits = body.encode()
    # ord("0") == 48; subtracting it per digit is folded into the totals below.
    odd = sum(digits[-1::-2]) - 48 * len(digits[-1::-2])
    even = sum(digits[-2::-2]) - 48 * len(digits[-2::-2])
    return -(odd * 3 + even) % 10


def has_valid_check_digit(code: str) -> bool:
    """True when `code` is all digits and its last digit is the GS1 mod-10 check digit of the rest."""
    if len(code) < 2 or not code.isascii() or not code.isdigit():
        return False
    return gs1_check_digit(code[:-1]) == ord(code[-1]) - 48


@dataclass(frozen=True, slots=True)
class AIDefinition:
    """What one Application Identifier holds: its length limits, character set and extra checks."""

    ai: str
    title: str
    min_length: int
    max_length: int
    numeric: bool = True
    check_digit: bool = False
    date: bool = False
    decimals: int | None = None

    @property
    def predefined_length(self) -> bool:
        """True for AIs whose length GS1 fixes by their first two digits: no GS is needed after them."""
        return self.ai[:2] in _PREDEFINED_LENGTH_PREFIXES


# GS1 General Specifications, figure 7.8.5-2: AIs starting with these two digits have a predefined
# length and never need an FNC1 separator. Every other AI does, even the fixed-length ones.
_PREDEFINED_LENGTH_PREFIXES = frozenset(
    ["00", "01", "02", "03", "04", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"]
    + ["31", "32", "33", "34", "35", "36", "41"]
)

# GS1 AI encodable character set 82 (what alphanumeric AIs may carry).
_CSET82 = frozenset("!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz")


def _definitions() -> dict[str, AIDefinition]:
    table = [
        AIDefinition("00", "SSCC", 18, 18, check_digit=True),
        AIDefinition("01", "GTIN", 14, 14, check_digit=True),
        AIDefinition("02", "CONTENT", 14, 14, check_digit=True),
        AIDefinition("10", "BATCH/LOT", 1, 20, numeric=False),
        AIDefinition("11", "PROD DATE", 6, 6, date=True),
        AIDefinition("12", "DUE DATE", 6, 6, date=True),
        AIDefinition("13", "PACK DATE", 6, 6, date=True),
        AIDefinition("15", "BEST BEFORE", 6, 6, date=True),
        AIDefinition("16", "SELL BY", 6, 6, date=True),
        AIDefinition("17", "USE BY", 6, 6, date=True),
        AIDefinition("20", "VARIANT", 2, 2),
        AIDefinition("21", "SERIAL", 1, 20, numeric=False),
        AIDefinition("22", "CPV", 1, 20, numeric=False),
        AIDefinition("30", "VAR. COUNT", 1, 8),
        AIDefinition("37", "COUNT", 1, 8),
        AIDefinition("240", "ADDITIONAL ID", 1, 30, numeric=False),
        AIDefinition("241", "CUST. PART No.", 1, 30, numeric=False),
        AIDefinition("250", "SECONDARY SERIAL", 1, 30, numeric=False),
        AIDefinition("251", "REF. TO SOURCE", 1, 30, numeric=False),
        AIDefinition("400", "ORDER NUMBER", 1, 30, numeric=False),
        AIDefinition("401", "GINC", 1, 30, numeric=False),
        AIDefinition("402", "GSIN", 17, 17, check_digit=True),
        AIDefinition("403", "ROUTE", 1, 30, numeric=False),
        AIDefinition("410", "SHIP TO LOC", 13, 13, check_digit=True),
        AIDefinition("411", "BILL TO", 13, 13, check_digit=True),
        AIDefinition("412", "PURCHASE FROM", 13, 13, check_digit=True),
        AIDefinition("413", "SHIP FOR LOC", 13, 13, check_digit=True),
        AIDefinition("414", "LOC No.", 13, 13, check_digit=True),
        AIDefinition("415", "PAY TO", 13, 13, check_digit=True),
        AIDefinition("420", "SHIP TO POST", 1, 20, numeric=False),
        AIDefinition("421", "SHIP TO POST", 4, 12, numeric=False),
        AIDefinition("422", "ORIGIN", 3, 3),
        AIDefinition("8020", "REF No.", 1, 25, numeric=False),
        AIDefinition("90", "INTERNAL", 1, 30, numeric=False),
    ]
    table += [AIDefinition(f"9{n}", "INTERNAL", 1, 90, numeric=False) for n in range(1, 10)]
    measures = {
        "310": "NET WEIGHT (kg)",
        "311": "LENGTH (m)",
        "312": "WIDTH (m)",
        "313": "HEIGHT (m)",
        "314": "AREA (m2)",
        "315": "NET VOLUME (l)",
        "316": "NET VOLUME (m3)",
        "320": "NET WEIGHT (lb)",
        "330": "GROSS WEIGHT (kg)",
        "331": "LENGTH (m), log",
        "332": "WIDTH (m), log",
        "333": "HEIGHT (m), log",
        "334": "AREA (m2), log",
        "335": "VOLUME (l), log",
        "336": "VOLUME (m3), log",
        "340": "GROSS WEIGHT (lb)",
    }
    for stem, title in measures.items():
        table += [AIDefinition(f"{stem}{n}", title, 6, 6, decimals=n) for n in range(6)]
    return {d.ai: d for d in table}


AI_DEFINITIONS: dict[str, AIDefinition] = _definitions()
"""Every AI this module understands, by AI code. The codes form a prefix-free set, as in GS1."""

_HRI_AI = re.compile(r"\((\d{2,4})\)")


def definition(ai: str) -> AIDefinition:
    """The definition of `ai`, or a GS1Error naming the unsupported AI."""
    try:
        return AI_DEFINITIONS[ai]
    except KeyError:
        raise GS1Error(f"unknown or unsupported AI ({ai})") from None


class GS1Element(NamedTuple):
    """One AI and its value, e.g. ("17", "261231")."""

    ai: str
    value: str

    @property
    def definition(self) -> AIDefinition:
        """The AI's definition (length limits, title, decimals)."""
        return definition(self.ai)

    def as_decimal(self) -> Decimal:
        """The value with its implied decimal places (AI 3103 "001250" -> 1.250)."""
        places = self.definition.decimals
        if places is None:
            raise GS1Error(f"AI ({self.ai}) has no implied decimal point")
        return Decimal(int(self.value)).scaleb(-places)

    def as_date(self, reference: date) -> date:
        """The calendar date of a YYMMDD AI; the century follows GS1's window around `reference`."""
        if not self.definition.date:
            raise GS1Error(f"AI ({self.ai}) is not a date")
        return gs1_date(self.value, reference)


def gs1_date(yymmdd: str, reference: date) -> date:
    """Expand a GS1 YYMMDD date; day 00 is the month's last day, the year lies within -49/+50 of `reference`."""
    if len(yymmdd) != 6 or not yymmdd.isascii() or not yymmdd.isdigit():
        raise GS1Error(f"a GS1 date is YYMMDD digits, got {yymmdd!r}")
    _check_date(yymmdd, "date")
    yy, month, day = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    century = reference.year - reference.year % 100
    diff = yy - reference.year % 100
    if diff >= 51:
        century -= 100
    elif diff <= -50:
        century += 100
    year = century + yy
    last = calendar.monthrange(year, month)[1]
    if day == 0:
        day = last
    elif day > last:
        raise GS1Error(f"date {yymmdd}: {year}-{month:02d} has only {last} days")
    return date(year, month, day)


def _check_date(value: str, label: str) -> None:
    month, day = int(value[2:4]), int(value[4:])
    if not 1 <= month <= 12:
        raise GS1Error(f"{label} {value}: month must be 01-12")
    # The century is unknown here, so 29 February is allowed on every year divisible by four.
    days = 29 if month == 2 and int(value[:2]) % 4 == 0 else calendar.monthrange(2001, month)[1]
    if day > days:
        raise GS1Error(f"{label} {value}: day must be 00-{days}")


def validate_element(ai: str, value: str) -> GS1Element:
    """Check one AI value against its definition; returns it as a GS1Element or raises GS1Error."""
    spec = definition(ai)
    size = len(value)
    if not spec.min_length <= size <= spec.max_length:
        want = (
            f"{spec.max_length}"
            if spec.min_length == spec.max_length
            else f"{spec.min_length}-{spec.max_length}"
        )
        raise GS1Error(f"AI ({ai}) {spec.title}: needs {want} characters, got {size} ({value!r})")
    if spec.numeric:
        if not value.isascii() or not value.isdigit():
            raise GS1Error(f"AI ({ai}) {spec.title}: digits only, got {value!r}")
    elif not _CSET82.issuperset(value):
        bad = next(ch for ch in value if ch not in _CSET82)
        raise GS1Error(f"AI ({ai}) {spec.title}: character {bad!r} is not allowed in GS1 data")
    if spec.check_digit:
        expected = gs1_check_digit(value[:-1])
        if ord(value[-1]) - 48 != expected:
            raise GS1Error(f"AI ({ai}) {spec.title}: bad check digit, expected {expected}, got {value[-1]}")
    if spec.date:
        _check_date(value, f"AI ({ai}) {spec.title} date")
    if ai == "421" and not value[:3].isdigit():
        raise GS1Error(f"AI (421) {spec.title}: must start with a 3-digit ISO country code")
    return GS1Element(ai, value)


@dataclass(frozen=True, slots=True)
class GS1Message:
    """The ordered elements of one GS1 symbol, with look-ups for the AIs the warehouse reads."""

    elements: tuple[GS1Element, ...]

    def __iter__(self) -> Iterator[GS1Element]:
        return iter(self.elements)

    def __len__(self) -> int:
        return len(self.elements)

    def __contains__(self, ai: object) -> bool:
        return any(e.ai == ai for e in self.elements)

    def __getitem__(self, ai: str) -> str:
        for element in self.elements:
            if element.ai == ai:
                return element.value
        raise KeyError(ai)

    def get(self, ai: str, default: str | None = None) -> str | None:
        """The value of the first element with this AI, or `default`."""
        for element in self.elements:
            if element.ai == ai:
                return element.value
        return default

    @property
    def gtin(self) -> str | None:
        """The trade item's GTIN-14 (AI 01), if the symbol carries one."""
        return self.get("01")

    @property
    def sscc(self) -> str | None:
        """The logistic unit's SSCC-18 (AI 00), if the symbol carries one."""
        return self.get("00")

    def element_string(self) -> str:
        """The canonical transmitted form (GS only where GS1 requires one)."""
        return build_element_string(self.elements)

    def human_readable(self) -> str:
        """The printed form, e.g. `(01)09501101530003(10)ABC`."""
        return build_human_readable(self.elements)


def _add(elements: list[GS1Element], element: GS1Element) -> None:
    for seen in elements:
        if seen.ai == element.ai and seen.value != element.value:
            raise GS1Error(f"AI ({element.ai}) appears twice with different values")
    elements.append(element)


def _ai_at(data: str, pos: int) -> str:
    for size in (2, 3, 4):
        candidate = data[pos : pos + size]
        if candidate in AI_DEFINITIONS:
            return candidate
    head = data[pos : pos + 4]
    raise GS1Error(f"unknown or unsupported AI at position {pos} (data starts {head!r})")


def parse_element_string(data: str) -> GS1Message:
    """Parse transmitted GS1 data (AIs run together, GS after variable-length fields).

    A leading GS (FNC1 sent as data) and superfluous GS characters after fixed-length fields are
    tolerated; `build_element_string` emits the canonical form without them.
    """
    elements: list[GS1Element] = []
    size = len(data)
    pos = 0
    while pos < size:
        if data[pos] == GS:
            pos += 1
            continue
        ai = _ai_at(data, pos)
        spec = AI_DEFINITIONS[ai]
        start = pos + len(ai)
        if spec.predefined_length:
            end = start + spec.max_length
            value = data[start:end]
            if len(value) < spec.max_length or GS in value:
                got = len(value.split(GS, 1)[0])
                raise GS1Error(f"AI ({ai}) {spec.title}: needs {spec.max_length} characters, got {got}")
        else:
            end = data.find(GS, start)
            if end < 0:
                end = size
            value = data[start:end]
            if len(value) > spec.max_length:
                raise GS1Error(
                    f"AI ({ai}) {spec.title}: longer than {spec.max_length} characters"
                    " (missing GS separator before the next AI?)"
                )
        _add(elements, validate_element(ai, value))
        pos = end
    if not elements:
        raise GS1Error("no GS1 data")
    return GS1Message(tuple(elements))


def parse_human_readable(text: str) -> GS1Message:
    """Parse the printed form `(01)09501101530003(17)261231(10)ABC`; spaces between fields are ignored."""
    text = text.strip()
    first = _HRI_AI.match(text)
    if first is None:
        raise GS1Error(f"human-readable GS1 must start with an AI in brackets, got {text[:12]!r}")
    elements: list[GS1Element] = []
    match: re.Match[str] | None = first
    while match is not None:
        ai = match.group(1)
        definition(ai)
        start = match.end()
        # A bracket can be data too (character set 82), so only "(known AI)" starts the next field.
        following = _HRI_AI.search(text, start)
        while following is not None and following.group(1) not in AI_DEFINITIONS:
            following = _HRI_AI.search(text, following.start() + 1)
        end = following.start() if following else len(text)
        _add(elements, validate_element(ai, text[start:end].strip()))
        match = following
    return GS1Message(tuple(elements))


def parse_gs1(data: str) -> GS1Message:
    """Parse GS1 data in either form: human-readable if it starts with "(", transmitted otherwise."""
    if data.lstrip().startswith("("):
        return parse_human_readable(data)
    return parse_element_string(data)


def _coerce(elements: Iterable[GS1Element | tuple[str, str]]) -> list[GS1Element]:
    checked: list[GS1Element] = []
    for ai, value in elements:
        _add(checked, validate_element(ai, value))
    if not checked:
        raise GS1Error("a GS1 element string needs at least one element")
    return checked


def build_element_string(elements: Iterable[GS1Element | tuple[str, str]], leading_fnc1: bool = False) -> str:
    """Build transmitted GS1 data, with a GS only where a variable-length field is followed by another."""
    checked = _coerce(elements)
    parts = [GS] if leading_fnc1 else []
    last = len(checked) - 1
    for index, (ai, value) in enumerate(checked):
        parts.append(ai)
        parts.append(value)
        if index < last and not AI_DEFINITIONS[ai].predefined_length:
            parts.append(GS)
    return "".join(parts)


def build_human_readable(elements: Iterable[GS1Element | tuple[str, str]]) -> str:
    """Build the printed form `(01)...(17)...`, validating every element on the way."""
    return "".join(f"({ai}){value}" for ai, value in _coerce(elements))
