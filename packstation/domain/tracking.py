"""Carrier tracking numbers: check digits where the format is public, a pattern table where it is not.

`validate_tracking(number, carrier)` checks an imported or typed tracking number before a label is
printed; `TrackingRange.allocate(n)` makes the n-th number of a carrier-assigned range. Everything is
pure: the caller stores the range counter.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal

from packstation.domain.gs1 import gs1_check_digit


class TrackingError(ValueError):
    """A tracking number, carrier name or range is not usable (the message says why)."""


class UnknownCarrier(TrackingError):
    """No carrier rule has this name or alias."""


class InvalidTrackingNumber(TrackingError):
    """A tracking number failed validation."""


class RangeExhausted(TrackingError):
    """Every number of a carrier-assigned tracking range has been used."""


def ups_check_digit(body: str) -> int:
    """UPS 1Z check digit over the 15 characters after "1Z": letters map to (code - 63) % 10, odd places x2."""
    total = 0
    for index, ch in enumerate(body):
        value = ord(ch) - 48 if ch.isdigit() else (ord(ch) - 63) % 10
        total += value * 2 if index % 2 else value
    return -total % 10


_FEDEX12_WEIGHTS = (3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1)


def fedex12_check_digit(body: str) -> int:
    """FedEx Express 12-digit check digit over the first 11 digits: weights 3,1,7; sum mod 11 mod 10."""
    return sum((ord(ch) - 48) * w for ch, w in zip(body, _FEDEX12_WEIGHTS, strict=True)) % 11 % 10


def mod7_check_digit(body: str) -> int:
    """DHL Express check digit: the number before it, modulo 7."""
    return int(body) % 7


_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


def s10_check_digit(serial: str) -> int:
    """UPU S10 check digit of the 8-digit serial: weights 8,6,4,2,3,5,9,7; 11 - sum % 11, 10 -> 0, 11 -> 5."""
    check = 11 - sum((ord(ch) - 48) * w for ch, w in zip(serial, _S10_WEIGHTS, strict=True)) % 11
    return {10: 0, 11: 5}.get(check, check)


def _expected(compute: Callable[[str], int], body: str, check: str) -> str | None:
    """None when `check` is right, else the digit that was expected."""
    digit = compute(body)
    return None if ord(check) - 48 == digit else str(digit)


def _usps_impb(number: str) -> str | None:
    # IMpb: the check digit covers the serial after an optional routing code 420 + ZIP5 / ZIP+4.
    serials = [number]
    if number.startswith("420"):
        serials += [number[8:], number[12:]]
    if len(number) == 20:
        serials.append("91" + number)  # pre-IMpb 20-digit numbers are checked as if prefixed by 91
    wrong = None
    for serial in serials:
        if len(serial) >= 20:
            wrong = _expected(gs1_check_digit, serial[:-1], serial[-1])
            if wrong is None:
                return None
    return wrong if len(serials) == 1 else "?"


@dataclass(frozen=True, slots=True)
class TrackingFormat:
    """A public tracking-number layout: its shape and a check returning the expected digit when wrong."""

    key: str
    title: str
    shape: re.Pattern[str]
    wrong_check: Callable[[str], str | None]
    check_index: int = -1


def _format(
    key: str, title: str, shape: str, wrong_check: Callable[[str], str | None], check_index: int = -1
) -> TrackingFormat:
    return TrackingFormat(key, title, re.compile(shape), wrong_check, check_index)


FORMATS: dict[str, TrackingFormat] = {
    f.key: f
    for f in (
        _format("ups-1z", "UPS 1Z", r"1Z[0-9A-Z]{16}", lambda n: _expected(ups_check_digit, n[2:17], n[17])),
        _format(
            "fedex-12",
            "FedEx Express 12-digit",
            r"\d{12}",
            lambda n: _expected(fedex12_check_digit, n[:11], n[11]),
        ),
        _format(
            "fedex-15",
            "FedEx Ground 15-digit",
            r"\d{15}",
            lambda n: _expected(gs1_check_digit, n[:14], n[14]),
        ),
        _format(
            "fedex-sscc",
            "FedEx Ground SSCC-18",
            r"(?:00)?\d{18}",
            lambda n: _expected(gs1_check_digit, n[-18:-1], n[-1]),
        ),
        _format(
            "fedex-96", "FedEx Ground 96", r"96\d{20}", lambda n: _expected(gs1_check_digit, n[7:21], n[21])
        ),
        _format("usps-impb", "USPS IMpb", r"\d{20,22}|\d{26,34}", _usps_impb),
        _format(
            "dhl-express", "DHL Express", r"\d{10,11}", lambda n: _expected(mod7_check_digit, n[:-1], n[-1])
        ),
        _format(
            "s10",
            "UPU S10",
            r"[A-Z]{2}\d{9}[A-Z]{2}",
            lambda n: _expected(s10_check_digit, n[2:10], n[10]),
            10,
        ),
    )
}
"""The check-digit formats a CarrierRule can name in `formats`."""


def carrier_key(name: str) -> str:
    """The comparable form of a carrier name or alias: "J&T Express" -> "jtexpress"."""
    return "".join(ch for ch in name.casefold() if ch.isalnum())


@dataclass(frozen=True)
class CarrierRule:
    """How one carrier's tracking numbers look: check-digit `formats` and/or a `pattern` (full match)."""

    name: str
    aliases: tuple[str, ...] = ()
    pattern: str = ""
    formats: tuple[str, ...] = ()
    title: str = ""
    compiled: re.Pattern[str] | None = field(init=False, repr=False, compare=False, default=None)

    def __post_init__(self) -> None:
        unknown = [f for f in self.formats if f not in FORMATS]
        if unknown:
            raise TrackingError(f"carrier {self.name}: unknown tracking formats {unknown}")
        if not self.pattern and not self.formats:
            raise TrackingError(f"carrier {self.name}: needs a pattern or check-digit formats")
        try:
            compiled = re.compile(self.pattern) if self.pattern else None
        except re.error as exc:
            raise TrackingError(f"carrier {self.name}: bad pattern {self.pattern!r}: {exc}") from None
        object.__setattr__(self, "compiled", compiled)

    @property
    def display(self) -> str:
        """The name shown to people: the title if set, else the key."""
        return self.title or self.name


@dataclass(frozen=True, slots=True)
class TrackingCheck:
    """The verdict on one tracking number: which carrier and format it fits, or why it fits none."""

    number: str
    ok: bool
    carrier: str | None = None
    format: str = ""
    check_digit_verified: bool = False
    reason: str = ""
    candidates: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return self.ok

    def raise_if_invalid(self) -> TrackingCheck:
        """Return self when valid, else raise InvalidTrackingNumber with the reason."""
        if not self.ok:
            raise InvalidTrackingNumber(f"tracking number {self.number!r}: {self.reason}")
        return self


def normalize_tracking_number(number: str) -> str:
    """Upper case, without the spaces carriers print in groups ("9400 1000 ..." -> "94001000...")."""
    return "".join(number.split()).upper()


class CarrierRules:
    """A configurable table of carrier rules with alias lookup; built once, used on every check."""

    def __init__(self, rules: Iterable[CarrierRule]) -> None:
        self._rules: dict[str, CarrierRule] = {}
        self._aliases: dict[str, str] = {}
        for rule in rules:
            self._rules[rule.name] = rule
        for rule in self._rules.values():
            for alias in (rule.name, rule.title, *rule.aliases):
                key = carrier_key(alias)
                if not key:
                    continue
                owner = self._aliases.setdefault(key, rule.name)
                if owner != rule.name:
                    raise TrackingError(f"carrier alias {alias!r} names both {owner} and {rule.name}")

    def __iter__(self) -> Iterator[CarrierRule]:
        return iter(self._rules.values())

    def with_rules(self, *rules: CarrierRule) -> CarrierRules:
        """A copy with `rules` added, replacing any existing rule of the same name."""
        merged = dict(self._rules)
        merged.update((rule.name, rule) for rule in rules)
        return CarrierRules(merged.values())

    def resolve(self, carrier: str) -> CarrierRule:
        """The rule for a carrier name or alias ("J&T Express", "jnt"), or UnknownCarrier."""
        name = self._aliases.get(carrier_key(carrier))
        if name is None:
            raise UnknownCarrier(f"unknown carrier {carrier!r}")
        return self._rules[name]

    def normalize(self, carrier: str) -> str:
        """The canonical carrier key for a name or alias: "Ninja Van" -> "ninjavan"."""
        return self.resolve(carrier).name

    def validate(self, number: str, carrier: str | None = None) -> TrackingCheck:
        """Check `number` against `carrier`'s rule, or against every rule when no carrier is given (None or "")."""
        number = normalize_tracking_number(number)
        if not number:
            return TrackingCheck(number, False, reason="empty tracking number")
        if carrier and carrier.strip():
            try:
                rule = self.resolve(carrier)
            except UnknownCarrier as exc:
                return TrackingCheck(number, False, reason=str(exc))
            return _check_rule(rule, number)
        verified: list[TrackingCheck] = []
        patterned: list[TrackingCheck] = []
        near: list[TrackingCheck] = []
        for rule in self._rules.values():
            result = _check_rule(rule, number)
            if result.ok:
                (verified if result.check_digit_verified else patterned).append(result)
            elif result.reason.startswith(_BAD_CHECK):
                near.append(result)
        matches = verified + patterned
        if not matches:
            if near:
                # Right shape for a carrier, wrong check digit: most likely a mistyped number.
                return TrackingCheck(number, False, near[0].carrier, reason=near[0].reason)
            return TrackingCheck(number, False, reason="matches no known carrier's tracking format")
        names = tuple(dict.fromkeys(m.carrier for m in matches if m.carrier))
        if len(names) == 1:
            return matches[0]
        best = matches[0]
        reason = "fits several carriers: " + ", ".join(names)
        return TrackingCheck(number, True, None, best.format, best.check_digit_verified, reason, names)


_BAD_CHECK = "bad check digit"


def _check_rule(rule: CarrierRule, number: str) -> TrackingCheck:
    bad_check = ""
    for key in rule.formats:
        fmt = FORMATS[key]
        if fmt.shape.fullmatch(number) is None:
            continue
        wrong = fmt.wrong_check(number)
        if wrong is None:
            return TrackingCheck(number, True, rule.name, key, True, candidates=(rule.name,))
        if not bad_check:
            expected = "" if wrong == "?" else f", expected {wrong}"
            bad_check = f"{_BAD_CHECK} for {fmt.title}{expected}, got {number[fmt.check_index]}"
    if rule.compiled is not None and rule.compiled.fullmatch(number):
        return TrackingCheck(number, True, rule.name, "pattern", False, candidates=(rule.name,))
    reason = bad_check or f"does not look like a {rule.display} tracking number"
    return TrackingCheck(number, False, rule.name, reason=reason)


DEFAULT_RULES: tuple[CarrierRule, ...] = (
    CarrierRule("ups", ("United Parcel Service",), formats=("ups-1z",), title="UPS"),
    CarrierRule(
        "fedex",
        ("Federal Express", "FedEx Ground", "FedEx Express"),
        formats=("fedex-12", "fedex-15", "fedex-sscc", "fedex-96"),
        title="FedEx",
    ),
    CarrierRule("usps", ("United States Postal Service",), formats=("usps-impb", "s10"), title="USPS"),
    CarrierRule(
        "dhl", ("DHL Express",), r"J[A-Z]{2,3}\d{9,10}", formats=("dhl-express",), title="DHL Express"
    ),
    CarrierRule("post", ("postal", "upu", "s10", "EMS", "Thailand Post", "Thai Post"), formats=("s10",)),
    # Formats below are not published; these patterns are defaults meant to be tuned in config.
    CarrierRule(
        "jnt", ("J&T", "J&T Express", "JT Express", "J and T"), r"\d{12}|JT\d{10,16}", title="J&T Express"
    ),
    CarrierRule(
        "spx", ("SPX Express", "Shopee Express", "Shopee Xpress"), r"SPX[A-Z]{2}\d{9,12}", title="SPX Express"
    ),
    CarrierRule("ninjavan", ("Ninja Van", "Ninja"), r"NV[A-Z0-9]{8,20}", title="Ninja Van"),
    CarrierRule("flash", ("Flash Express",), r"TH\d{10,12}[A-Z]?", title="Flash Express"),
    CarrierRule(
        "kerry",
        ("Kerry Express", "KEX", "KEX Express"),
        r"(?:KER[A-Z]{0,3}|KEX|SHP)\d{8,14}",
        title="Kerry Express",
    ),
)

DEFAULT_CARRIER_RULES = CarrierRules(DEFAULT_RULES)


def validate_tracking(
    number: str, carrier: str | None = None, rules: CarrierRules | None = None
) -> TrackingCheck:
    """Check a tracking number; with `carrier` only that carrier's rule counts ("carrier-given rule wins")."""
    return (rules or DEFAULT_CARRIER_RULES).validate(number, carrier)


def normalize_carrier(name: str, rules: CarrierRules | None = None) -> str:
    """Canonical carrier key: "J&T Express" -> "jnt", "SPX Express" -> "spx"; UnknownCarrier otherwise."""
    return (rules or DEFAULT_CARRIER_RULES).normalize(name)


RangeCheck = Literal["s10", "mod10", "mod7", "none"]


@dataclass(frozen=True, slots=True)
class TrackingRange:
    """A block of tracking numbers a carrier assigned to the warehouse: prefix + serial + check + suffix."""

    carrier: str
    prefix: str
    start: int
    end: int
    width: int
    check: RangeCheck = "none"
    suffix: str = ""

    def __post_init__(self) -> None:
        if self.check not in ("s10", "mod10", "mod7", "none"):
            raise TrackingError(f"range check must be s10, mod10, mod7 or none, got {self.check!r}")
        if self.width < 1 or not 0 <= self.start <= self.end < 10**self.width:
            raise TrackingError(
                f"range {self.start}-{self.end} does not fit {self.width} digits (need 0 <= start <= end)"
            )
        if self.check == "s10":
            letters = (self.prefix + self.suffix).isalpha() and (self.prefix + self.suffix).isupper()
            if self.width != 8 or len(self.prefix) != 2 or len(self.suffix) != 2 or not letters:
                raise TrackingError(
                    "an S10 range needs a 2-letter prefix, 8-digit serials and a 2-letter country"
                )
        elif self.check in ("mod10", "mod7") and self.prefix and not self.prefix.isdigit():
            raise TrackingError(f"a {self.check} range needs a numeric prefix, got {self.prefix!r}")

    def allocate(self, next_value: int) -> str:
        """The tracking number for serial `next_value`, check digit included; RangeExhausted past `end`."""
        if next_value > self.end:
            raise RangeExhausted(
                f"{self.carrier} tracking range {self.prefix}{self.start}-{self.end} is used up"
            )
        if next_value < self.start:
            raise TrackingError(f"serial {next_value} is below the range start {self.start}")
        serial = f"{next_value:0{self.width}d}"
        if self.check == "s10":
            check = str(s10_check_digit(serial))
        elif self.check == "mod10":
            check = str(gs1_check_digit(self.prefix + serial))
        elif self.check == "mod7":
            check = str(mod7_check_digit(self.prefix + serial))
        else:
            check = ""
        return f"{self.prefix}{serial}{check}{self.suffix}"

    def remaining(self, next_value: int) -> int:
        """How many numbers are left when `next_value` is the next serial to allocate."""
        return max(0, self.end - max(next_value, self.start) + 1)
