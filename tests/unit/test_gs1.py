"""GS1 element strings: parsing both forms, building, validation errors and round trips."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from packstation.domain.gs1 import (
    AI_DEFINITIONS,
    GS,
    GS1Element,
    GS1Error,
    build_element_string,
    build_human_readable,
    gs1_check_digit,
    gs1_date,
    has_valid_check_digit,
    parse_element_string,
    parse_gs1,
    parse_human_readable,
)

HRI = "(01)09501101530003(17)261231(10)ABC"


def test_human_readable_and_transmitted_forms_parse_to_the_same_elements():
    printed = parse_human_readable(HRI)
    sent = parse_element_string("0109501101530003" + "17261231" + "10ABC")
    assert printed == sent
    assert [tuple(e) for e in printed] == [("01", "09501101530003"), ("17", "261231"), ("10", "ABC")]
    assert printed.gtin == "09501101530003"
    assert printed["10"] == "ABC"
    assert printed.sscc is None
    assert "17" in printed and "21" not in printed


def test_gs_separates_variable_fields_only_where_another_field_follows():
    built = build_element_string([("01", "09501101530003"), ("10", "LOT7"), ("21", "SN1"), ("17", "261231")])
    assert built == "0109501101530003" + "10LOT7" + GS + "21SN1" + GS + "17261231"
    message = parse_element_string(built)
    assert message["10"] == "LOT7" and message["21"] == "SN1" and message["17"] == "261231"


def test_fixed_length_ai_outside_the_predefined_table_still_needs_a_separator():
    # AI 422 (origin country) is always 3 digits, but GS1 does not predefine its length.
    built = build_element_string([("422", "764"), ("01", "09501101530003")])
    assert built == "422764" + GS + "0109501101530003"
    assert parse_element_string(built)["422"] == "764"


def test_parse_tolerates_leading_fnc1_and_superfluous_separators():
    message = parse_element_string(GS + "0109501101530003" + GS + "17261231" + GS + "10ABC")
    assert message.element_string() == "0109501101530003" + "17261231" + "10ABC"


def test_human_readable_with_spaces_and_brackets_inside_data():
    message = parse_human_readable("(01) 09501101530003 (10)A(B)C(21)X")
    assert message["10"] == "A(B)C"
    assert message["21"] == "X"
    assert message.human_readable() == "(01)09501101530003(10)A(B)C(21)X"


def test_parse_gs1_picks_the_form():
    assert parse_gs1(HRI) == parse_gs1("01095011015300031726123110ABC")


def test_sscc_and_weights():
    message = parse_element_string("00106141411234567897" + "3103001250")
    assert message.sscc == "106141411234567897"
    weight = next(e for e in message if e.ai == "3103")
    assert weight.as_decimal() == Decimal("1.250")
    assert GS1Element("3100", "000012").as_decimal() == Decimal(12)
    assert GS1Element("3105", "123456").as_decimal() == Decimal("1.23456")
    with pytest.raises(GS1Error, match="no implied decimal"):
        GS1Element("10", "ABC").as_decimal()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("0109501101530004", r"AI \(01\) GTIN: bad check digit, expected 3, got 4"),
        ("00106141411234567890", r"AI \(00\) SSCC: bad check digit, expected 7"),
        ("01095011015300", r"AI \(01\) GTIN: needs 14 characters, got 12"),
        ("010950110153000" + GS + "3", r"needs 14 characters, got 13"),
        ("0109501101530A03", r"AI \(01\) GTIN: digits only"),
        ("17261331", r"AI \(17\) USE BY date 261331: month must be 01-12"),
        ("17260230", r"day must be 00-28"),
        ("10" + "A" * 21, r"longer than 20 characters \(missing GS separator"),
        ("10AB#C", r"character '#' is not allowed"),
        ("10" + GS + "21X", r"AI \(10\) BATCH/LOT: needs 1-20 characters, got 0"),
        ("23123", r"unknown or unsupported AI at position 0"),
        ("10A" + GS + "10B", r"AI \(10\) appears twice with different values"),
        ("", r"no GS1 data"),
        (GS, r"no GS1 data"),
    ],
)
def test_bad_element_strings_say_what_is_wrong(data, message):
    with pytest.raises(GS1Error, match=message):
        parse_element_string(data)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("01)09501101530003", r"must start with an AI in brackets"),
        ("(01)09501101530003(99999)X", r"AI \(01\) GTIN: needs 14 characters"),
        ("(23)123", r"unknown or unsupported AI \(23\)"),
    ],
)
def test_bad_human_readable_says_what_is_wrong(text, message):
    with pytest.raises(GS1Error, match=message):
        parse_human_readable(text)


def test_build_rejects_bad_elements():
    with pytest.raises(GS1Error, match="at least one element"):
        build_element_string([])
    with pytest.raises(GS1Error, match=r"AI \(17\)"):
        build_human_readable([("17", "26123")])


def test_dates_day_zero_means_end_of_month_and_century_window():
    ref = date(2025, 6, 1)
    assert gs1_date("261231", ref) == date(2026, 12, 31)
    assert gs1_date("240200", ref) == date(2024, 2, 29)
    assert gs1_date("250200", ref) == date(2025, 2, 28)
    assert gs1_date("991231", ref) == date(1999, 12, 31)  # 74 years ahead is too far: previous century
    assert gs1_date("750101", ref) == date(2075, 1, 1)  # 50 years ahead still counts as this century
    assert gs1_date("050101", date(2099, 1, 1)) == date(2105, 1, 1)
    assert parse_gs1("(15)260400").elements[0].as_date(ref) == date(2026, 4, 30)
    with pytest.raises(GS1Error, match="date 230229: day must be 00-28"):
        gs1_date("230229", ref)
    with pytest.raises(GS1Error, match="2100-02 has only 28 days"):
        gs1_date("000229", date(2099, 1, 1))
    with pytest.raises(GS1Error, match="YYMMDD"):
        gs1_date("2612", ref)
    with pytest.raises(GS1Error, match="not a date"):
        GS1Element("10", "261231").as_date(ref)


def test_check_digit_published_examples():
    assert gs1_check_digit("400638133393") == 1  # EAN-13 4006381333931
    assert gs1_check_digit("03600029145") == 2  # UPC-A 036000291452
    assert gs1_check_digit("10614141123456789") == 7  # SSCC 106141411234567897 (GS1 General Specs)
    assert has_valid_check_digit("09501101530003")
    assert not has_valid_check_digit("09501101530004")
    for bad in ("", "12a4", "١٢٣"):
        with pytest.raises(GS1Error, match="digits only"):
            gs1_check_digit(bad)


def test_ai_table_is_prefix_free():
    codes = list(AI_DEFINITIONS)
    assert not [(a, b) for a in codes for b in codes if a != b and b.startswith(a)]


@given(st.text(alphabet="0123456789", min_size=1, max_size=30), st.data())
def test_any_single_digit_error_changes_the_check_digit(body, data):
    code = body + str(gs1_check_digit(body))
    assert has_valid_check_digit(code)
    index = data.draw(st.integers(0, len(code) - 1))
    new = data.draw(st.sampled_from([d for d in "0123456789" if d != code[index]]))
    assert not has_valid_check_digit(code[:index] + new + code[index + 1 :])


def _with_check(body: str) -> str:
    return body + str(gs1_check_digit(body))


CSET82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"


def _date():
    return st.tuples(st.integers(0, 99), st.integers(1, 12), st.integers(0, 28)).map(
        lambda t: f"{t[0]:02d}{t[1]:02d}{t[2]:02d}"
    )


def _variable(max_size: int):
    return st.text(alphabet=CSET82, min_size=1, max_size=max_size)


ELEMENT = st.one_of(
    st.text(alphabet="0123456789", min_size=17, max_size=17).map(lambda b: ("00", _with_check(b))),
    st.text(alphabet="0123456789", min_size=13, max_size=13).map(lambda b: ("01", _with_check(b))),
    st.text(alphabet="0123456789", min_size=13, max_size=13).map(lambda b: ("02", _with_check(b))),
    _variable(20).map(lambda v: ("10", v)),
    _variable(20).map(lambda v: ("21", v)),
    st.sampled_from(["11", "13", "15", "17"]).flatmap(lambda ai: _date().map(lambda v: (ai, v))),
    st.integers(0, 99_999_999).map(lambda n: ("37", str(n))),
    st.tuples(st.integers(0, 5), st.integers(0, 999_999)).map(lambda t: (f"310{t[0]}", f"{t[1]:06d}")),
    _variable(30).map(lambda v: ("400", v)),
    _variable(20).map(lambda v: ("420", v)),
)


def _unique(elements):
    seen = {}
    for ai, value in elements:
        seen.setdefault(ai, value)
    return list(seen.items())


@given(st.lists(ELEMENT, min_size=1, max_size=6).map(_unique))
def test_build_then_parse_round_trips(elements):
    built = build_element_string(elements)
    message = parse_element_string(built)
    assert [tuple(e) for e in message] == elements
    assert build_element_string(message) == built
    printed = build_human_readable(elements)
    if not any("(" in value for _, value in elements):
        # A bracketed AI inside data is ambiguous in the printed form; the transmitted form is not.
        assert parse_human_readable(printed) == message
