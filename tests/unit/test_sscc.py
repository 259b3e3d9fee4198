"""SSCC-18 for parcel labels: building, validating, splitting and the GS1 element string."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from packstation.domain.gs1 import parse_element_string
from packstation.domain.sscc import (
    SSCCError,
    SSCCParts,
    make_sscc,
    split_sscc,
    sscc_element_string,
    validate_sscc,
)


def test_published_example():
    # GS1 General Specifications example: extension 1, prefix 0614141, serial 123456789 -> check 7.
    sscc = make_sscc("0614141", 123456789, extension_digit=1)
    assert sscc == "106141411234567897"
    assert validate_sscc(sscc) == sscc
    assert sscc_element_string(sscc) == "00106141411234567897"
    assert parse_element_string(sscc_element_string(sscc)).sscc == sscc
    assert split_sscc(sscc, 7) == SSCCParts(1, "0614141", 123456789, 7)


def test_serial_is_zero_padded_to_the_width_the_prefix_leaves():
    assert make_sscc("123456789012", 42)[:17] == "01234567890120042"
    assert make_sscc("885000", 7)[:17] == "08850000000000007"


@pytest.mark.parametrize(
    ("prefix", "serial", "extension", "message"),
    [
        ("12345", 1, 0, "company prefix must be 6-12 digits, got '12345'"),
        ("1234567890123", 1, 0, "6-12 digits"),
        ("12345A", 1, 0, "6-12 digits"),
        ("0614141", 10**9, 0, r"does not fit the 9 digits left by a 7-digit company prefix \(0-999999999\)"),
        ("0614141", -1, 0, "does not fit"),
        ("0614141", 1, 10, "extension digit must be 0-9, got 10"),
    ],
)
def test_make_sscc_rejects_bad_parts(prefix, serial, extension, message):
    with pytest.raises(SSCCError, match=message):
        make_sscc(prefix, serial, extension)


@pytest.mark.parametrize(
    ("sscc", "message"),
    [
        ("106141411234567898", "bad check digit, expected 7, got 8"),
        ("10614141123456789", "has 18 digits, got 17"),
        ("00106141411234567897", r"got 20 \(drop the leading AI 00\)"),
        ("10614141123456789X", "digits only"),
        ("", "digits only"),
    ],
)
def test_validate_sscc_says_what_is_wrong(sscc, message):
    with pytest.raises(SSCCError, match=message):
        validate_sscc(sscc)


@given(
    st.text(alphabet="0123456789", min_size=6, max_size=12).flatmap(
        lambda prefix: st.tuples(st.just(prefix), st.integers(0, 10 ** (16 - len(prefix)) - 1))
    ),
    st.integers(0, 9),
)
def test_every_made_sscc_validates_and_splits_back(prefix_serial, extension):
    prefix, serial = prefix_serial
    sscc = make_sscc(prefix, serial, extension)
    assert len(sscc) == 18
    assert validate_sscc(sscc) == sscc
    parts = split_sscc(sscc, len(prefix))
    assert (parts.extension_digit, parts.company_prefix, parts.serial_reference) == (
        extension,
        prefix,
        serial,
    )
