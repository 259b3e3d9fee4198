"""Code 128 / GS1-128 encoding: symbols decode back with zxing-cpp, ZPL data carries the same subsets."""

from __future__ import annotations

import numpy as np
import pytest
import zxingcpp
from barcode.charsets.code128 import CODES
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from packstation.labels.code128 import QUIET_MODULES, encode, module_runs
from packstation.labels.model import LabelError

PATTERNS = {pattern: value for value, pattern in enumerate(CODES)}


def symbol_image(modules: str, module: int = 2, height: int = 60) -> Image.Image:
    """Bars of the symbol with 10-module quiet zones, in memory."""
    quiet = "0" * QUIET_MODULES
    row = np.array([c == "1" for c in quiet + modules + quiet], dtype=bool).repeat(module)
    bits = np.tile(row, (height, 1))
    return Image.fromarray(np.where(bits, 0, 255).astype(np.uint8), "L")


def decode(modules: str) -> list:
    return zxingcpp.read_barcodes(symbol_image(modules), formats=zxingcpp.BarcodeFormat.Code128)


@pytest.mark.parametrize(
    "text",
    ["TH0123456789A", "1Z999AA10123456784", "SPXTH0123456789", "123456", "A1", "JT>000~", "a b_c", "99999"],
)
def test_symbol_decodes_to_its_text(text: str) -> None:
    if "~" in text:
        with pytest.raises(LabelError, match="cannot carry"):
            encode(text)
        return
    found = decode(encode(text).modules)
    assert [r.text for r in found] == [text]


def test_gs1_sscc_starts_with_fnc1_and_decodes_as_gs1() -> None:
    symbol = encode("00" + "006141411234567890", gs1=True)
    assert symbol.values[:2] == (105, 102)  # Start C, FNC1
    assert symbol.zpl_data.startswith(">;>8")
    (result,) = decode(symbol.modules)
    assert result.content_type == zxingcpp.ContentType.GS1
    assert result.symbology_identifier == "]C1"
    assert result.text == "(00)006141411234567890"


def test_check_value_and_module_patterns_are_consistent() -> None:
    symbol = encode("TH0123456789A")
    body = symbol.modules[: -len("1100011101011")]
    values = [PATTERNS[body[i : i + 11]] for i in range(0, len(body), 11)]
    assert tuple(values) == symbol.values
    *data, check = values
    assert check == (data[0] + sum(i * v for i, v in enumerate(data[1:], start=1))) % 103


def test_digits_use_subset_c_and_zpl_marks_every_switch() -> None:
    symbol = encode("TH0123456789A")
    assert symbol.zpl_data == ">:TH>50123456789>6A"
    assert encode("12345678").zpl_data == ">;12345678"
    assert encode("A>B").zpl_data == ">:A><B"


def test_bad_input_is_refused_with_a_reason() -> None:
    with pytest.raises(LabelError, match="nothing to encode"):
        encode("")
    with pytest.raises(LabelError, match="cannot carry"):
        encode("ไทย")
    with pytest.raises(LabelError, match="even number of digits"):
        encode("0012345", gs1=True)


def test_module_runs_cover_every_bar() -> None:
    modules = encode("PARCEL-1").modules
    drawn = ["0"] * len(modules)
    for start, length in module_runs(modules):
        drawn[start : start + length] = "1" * length
    assert "".join(drawn) == modules


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=[chr(c) for c in range(33, 127) if chr(c) not in "^~"], min_size=1, max_size=24))
def test_any_printable_text_round_trips(text: str) -> None:
    found = decode(encode(text).modules)
    assert [r.text for r in found] == [text]
