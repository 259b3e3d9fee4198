"""Product barcodes: GTIN check digits, EAN/UPC validation, and turning a raw scan into a product key.

The pick step calls `product_key(raw)` on every scan, and the catalog import must index products by
`product_key(barcode)` too, so that a UPC-A, its EAN-13 form, its GTIN-14 and a GS1-128 carton label
carrying AI (01) all find the same product.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from packstation.domain.gs1 import (
    GS,
    BarcodeError,
    GS1Error,
    GS1Message,
    gs1_check_digit,
    has_valid_check_digit,
    parse_gs1,
)

__all__ = [
    "BarcodeError",
    "CodeKind",
    "GS1Error",
    "NoProductGTIN",
    "ScannedCode",
    "ScannerFraming",
    "Symbology",
    "classify",
    "expand_upce",
    "gs1_check_digit",
    "is_valid_gtin",
    "normalize_gtin",
    "product_key",
    "validate_gtin",
]


class NoProductGTIN(BarcodeError):
    """A GS1 symbol was scanned where a product was expected, but it carries no GTIN (01)."""


class CodeKind(StrEnum):
    """What a string of digits is, judged by its length and check digit."""

    EAN_8 = "EAN-8"
    UPC_A = "UPC-A"
    EAN_13 = "EAN-13"
    GTIN_14 = "GTIN-14"
    SSCC_18 = "SSCC-18"
    OTHER = "other"


_GTIN_KINDS = {8: CodeKind.EAN_8, 12: CodeKind.UPC_A, 13: CodeKind.EAN_13, 14: CodeKind.GTIN_14}
_KIND_LENGTHS = {kind: size for size, kind in _GTIN_KINDS.items()}


def classify(code: str) -> CodeKind:
    """Name the GTIN (or SSCC) kind of `code`, or OTHER when the length or check digit does not fit."""
    size = len(code)
    if size in _GTIN_KINDS and has_valid_check_digit(code):
        return _GTIN_KINDS[size]
    if size == 18 and has_valid_check_digit(code):
        return CodeKind.SSCC_18
    return CodeKind.OTHER


def validate_gtin(code: str, kind: CodeKind | None = None) -> CodeKind:
    """Check a GTIN-8/12/13/14 (optionally of one `kind`); returns its kind or raises BarcodeError."""
    if not code.isascii() or not code.isdigit():
        raise BarcodeError(f"a GTIN is digits only, got {code!r}")
    size = len(code)
    if kind is not None:
        want = _KIND_LENGTHS.get(kind)
        if want is None:
            raise BarcodeError(f"{kind} is not a GTIN kind")
        if size != want:
            raise BarcodeError(f"{kind} must have {want} digits, got {size}")
    elif size not in _GTIN_KINDS:
        raise BarcodeError(f"a GTIN has 8, 12, 13 or 14 digits, got {size}")
    expected = gs1_check_digit(code[:-1])
    if ord(code[-1]) - 48 != expected:
        raise BarcodeError(
            f"{_GTIN_KINDS[size]} {code}: bad check digit, expected {expected}, got {code[-1]}"
        )
    return _GTIN_KINDS[size]


def is_valid_gtin(code: str) -> bool:
    """True for a well-formed GTIN-8/12/13/14 with a correct check digit."""
    return len(code) in _GTIN_KINDS and has_valid_check_digit(code)


def normalize_gtin(code: str) -> str:
    """The GTIN-14 of any GTIN form: UPC-A 012345678905, EAN-13 0012345678905 -> 00012345678905."""
    code = code.strip()
    validate_gtin(code)
    return code.zfill(14)


def expand_upce(code: str) -> str:
    """Expand an 8-digit UPC-E (number system 0/1, six digits, check) to its 12-digit UPC-A."""
    if len(code) != 8 or not code.isascii() or not code.isdigit():
        raise BarcodeError(f"UPC-E must be 8 digits, got {code!r}")
    system, d, check = code[0], code[1:7], code[7]
    if system not in "01":
        raise BarcodeError(f"UPC-E number system must be 0 or 1, got {system}")
    last = d[5]
    if last in "012":
        body = d[0:2] + last + "0000" + d[2:5]
    elif last == "3":
        body = d[0:3] + "00000" + d[3:5]
    elif last == "4":
        body = d[0:4] + "00000" + d[4]
    else:
        body = d[0:5] + "0000" + last
    upca = system + body + check
    expected = gs1_check_digit(upca[:-1])
    if int(check) != expected:
        raise BarcodeError(f"UPC-E {code}: bad check digit, expected {expected}, got {check}")
    return upca


class Symbology(StrEnum):
    """The barcode type a scanner reported through its AIM symbology identifier."""

    EAN_UPC = "EAN/UPC"
    EAN_13_ADDON = "EAN-13 with add-on"
    EAN_8 = "EAN-8"
    CODE_128 = "Code 128"
    GS1_128 = "GS1-128"
    CODE_39 = "Code 39"
    CODE_93 = "Code 93"
    CODABAR = "Codabar"
    ITF = "ITF"
    PDF417 = "PDF417"
    QR = "QR Code"
    GS1_QR = "GS1 QR Code"
    DATAMATRIX = "Data Matrix"
    GS1_DATAMATRIX = "GS1 DataMatrix"
    GS1_DATABAR = "GS1 DataBar"
    AZTEC = "Aztec"
    GS1_AZTEC = "GS1 Aztec"
    GS1_DOTCODE = "GS1 DotCode"
    OTHER = "other"
    UNKNOWN = "unknown"
    """The scanner sent no AIM identifier."""


# AIM identifiers with a modifier that matters: GS1 data (FNC1 in first position) or an EAN variant.
_AIM_EXACT: dict[str, tuple[Symbology, bool]] = {
    "]C1": (Symbology.GS1_128, True),
    "]d2": (Symbology.GS1_DATAMATRIX, True),
    "]d5": (Symbology.GS1_DATAMATRIX, True),
    "]Q3": (Symbology.GS1_QR, True),
    "]Q4": (Symbology.GS1_QR, True),
    "]e0": (Symbology.GS1_DATABAR, True),
    "]z1": (Symbology.GS1_AZTEC, True),
    "]J1": (Symbology.GS1_DOTCODE, True),
    "]E3": (Symbology.EAN_13_ADDON, False),
    "]E4": (Symbology.EAN_8, False),
}
# Every other modifier of a known code character: the plain symbology.
_AIM_FAMILY: dict[str, Symbology] = {
    "A": Symbology.CODE_39,
    "C": Symbology.CODE_128,
    "E": Symbology.EAN_UPC,
    "F": Symbology.CODABAR,
    "G": Symbology.CODE_93,
    "I": Symbology.ITF,
    "L": Symbology.PDF417,
    "Q": Symbology.QR,
    "d": Symbology.DATAMATRIX,
    "e": Symbology.GS1_DATABAR,
    "z": Symbology.AZTEC,
}
_RETAIL = frozenset({Symbology.EAN_UPC, Symbology.EAN_8, Symbology.EAN_13_ADDON})
_EDGE_WHITESPACE = " \t\r\n"


@dataclass(frozen=True, slots=True)
class ScannerFraming:
    """What a configured scanner wraps around each code, so it can be taken off again.

    `prefix`/`suffix` are the scanner's programmed preamble/postamble; `gs_substitute` is the text
    a keyboard-wedge scanner types instead of the unprintable GS (FNC1), e.g. "<GS>" or "~".
    Trailing CR/LF and surrounding spaces are always removed.
    """

    prefix: str = ""
    suffix: str = ""
    gs_substitute: str = ""

    def unwrap(self, raw: str) -> str:
        """The scanned text without the framing, GS substitutes turned back into GS."""
        text = raw.strip(_EDGE_WHITESPACE)
        if self.prefix and text.startswith(self.prefix):
            text = text[len(self.prefix) :]
        if self.suffix and text.endswith(self.suffix):
            text = text[: -len(self.suffix)]
        if self.gs_substitute:
            text = text.replace(self.gs_substitute, GS)
        return text.strip(_EDGE_WHITESPACE)


_NO_FRAMING = ScannerFraming()


@dataclass(frozen=True, slots=True)
class ScannedCode:
    """One scan with its AIM symbology identifier taken off and remembered."""

    raw: str
    data: str
    symbology: Symbology
    aim_id: str = ""
    is_gs1: bool = False

    @classmethod
    def parse(cls, raw: str, framing: ScannerFraming | None = None) -> ScannedCode:
        """Split a raw scanner string into AIM identifier and data; flags GS1 data."""
        text = (framing or _NO_FRAMING).unwrap(raw)
        aim_id = ""
        symbology = Symbology.UNKNOWN
        is_gs1 = False
        if len(text) >= 3 and text[0] == "]" and text[1].isascii() and text[1].isalpha():
            aim_id = text[:3]
            text = text[3:]
            exact = _AIM_EXACT.get(aim_id)
            if exact is not None:
                symbology, is_gs1 = exact
            else:
                symbology = _AIM_FAMILY.get(aim_id[1], Symbology.OTHER)
        if text.startswith(GS):
            # FNC1 in first position sent as a GS character: GS1 data whatever the symbology.
            is_gs1 = True
            text = text.lstrip(GS)
        elif not is_gs1 and text[:1] == "(" and text[1:3].isdigit():
            is_gs1 = True
        return cls(raw=raw, data=text, symbology=symbology, aim_id=aim_id, is_gs1=is_gs1)

    def gs1(self) -> GS1Message:
        """The GS1 elements of this scan (GS1Error if it is not valid GS1 data)."""
        return parse_gs1(self.data)

    def product_key(self) -> str:
        """The catalog key of the scanned product; see `product_key`."""
        data = self.data
        if not data:
            raise BarcodeError("empty scan")
        if self.is_gs1:
            return _gtin_of(self.gs1())
        if data.isascii() and data.isdigit():
            key = self._numeric_key(data)
            if key is not None:
                return key
        if len(data) >= 16 and data.startswith("01") and has_valid_check_digit(data[2:16]):
            # GS1-128 read by a scanner that sends neither AIM identifier nor FNC1: accept it only
            # when the whole string parses as GS1, so internal codes that merely look alike stay as-is.
            try:
                return _gtin_of(parse_gs1(data))
            except BarcodeError:
                return data
        return data

    def _numeric_key(self, data: str) -> str | None:
        symbology = self.symbology
        if symbology in _RETAIL:
            if symbology is Symbology.EAN_13_ADDON and len(data) in (15, 18):
                data = data[:13]  # the 2- or 5-digit add-on (price, issue) is not part of the product
            elif symbology is Symbology.EAN_UPC and len(data) == 8:
                data = expand_upce(data)
            return normalize_gtin(data)
        if len(data) in _GTIN_KINDS and has_valid_check_digit(data):
            return data.zfill(14)
        return None


def _gtin_of(message: GS1Message) -> str:
    gtin = message.gtin
    if gtin is None:
        ais = ", ".join(f"({element.ai})" for element in message)
        raise NoProductGTIN(f"this GS1 barcode has no product GTIN (01), only {ais}")
    return gtin


def product_key(raw: str, framing: ScannerFraming | None = None) -> str:
    """The key the pick step looks a scanned product up by.

    - a numeric code with a valid GTIN check digit (EAN-8, UPC-A, EAN-13, GTIN-14, UPC-E under ]E0)
      becomes its GTIN-14, so every form of one product yields the same key;
    - GS1 data (AIM ]C1/]d2/]Q3/]e0/..., a leading FNC1, or "(01)..." text) yields its AI (01) GTIN;
    - anything else, such as an internal `SKU-0001` label, is returned with only the framing and
      surrounding whitespace removed. Case is preserved: `sku-0001` and `SKU-0001` are different keys,
      and the catalog must store such barcodes exactly as their labels print them.

    Raises BarcodeError for an empty scan, a retail (EAN/UPC) symbol with a bad check digit, invalid
    GS1 data (GS1Error), or GS1 data without a GTIN (NoProductGTIN).
    """
    return ScannedCode.parse(raw, framing).product_key()
