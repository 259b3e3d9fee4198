"""Tracking numbers: check digits of public formats, carrier pattern table, carrier names, ranges."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from packstation.domain.gs1 import gs1_check_digit
from packstation.domain.tracking import (
    DEFAULT_CARRIER_RULES,
    CarrierRule,
    InvalidTrackingNumber,
    RangeExhausted,
    TrackingError,
    TrackingRange,
    UnknownCarrier,
    fedex12_check_digit,
    mod7_check_digit,
    normalize_carrier,
    s10_check_digit,
    ups_check_digit,
    validate_tracking,
)


def test_check_digit_functions_on_worked_examples():
    # S10: 1*8+2*6+3*4+4*2+5*3+6*5+7*9+8*7 = 204; 204 % 11 = 6; 11 - 6 = 5.
    assert s10_check_digit("12345678") == 5
    # 8*8+7*6+6*4+5*2+4*3+3*5+2*9+1*7 = 192; 192 % 11 = 5; 11 - 5 = 6.
    assert s10_check_digit("87654321") == 6
    assert s10_check_digit("00000000") == 5  # remainder 0: 11 -> 5
    assert s10_check_digit("00000008") == 0  # 56 % 11 = 1: 11 - 1 = 10 -> 0
    # UPS: letters map by (code - 63) % 10, every second character doubled.
    assert ups_check_digit("999AA1012345678") == 4
    # FedEx 12: weights 3,1,7 over 11 digits; 1*3+2*1+3*7+4*3+5*1+6*7+7*3+8*1+9*7+0*3+1*1 = 178 % 11 = 2.
    assert fedex12_check_digit("12345678901") == 2
    assert mod7_check_digit("331881002") == 331881002 % 7 == 5


@pytest.mark.parametrize(
    ("number", "carrier", "fmt"),
    [
        ("1Z999AA10123456784", "UPS", "ups-1z"),
        ("1Z5R89390357567127", "ups", "ups-1z"),
        ("1z 879E 9303 4683 4440", "UPS", "ups-1z"),
        ("123456789012", "FedEx", "fedex-12"),
        ("986578788855", "FedEx", "fedex-12"),
        ("0414 4176 0228 964", "FedEx", "fedex-15"),
        ("000123450000000027", "FedEx", "fedex-sscc"),
        ("00000123450000000027", "FedEx", "fedex-sscc"),
        ("9611020987654312345672", "FedEx", "fedex-96"),
        ("9400475646960623079863", "USPS", "usps-impb"),
        ("9400 1112 0108 0805 4830 16", "USPS", "usps-impb"),
        ("4201028200009261290113185417468510", "USPS", "usps-impb"),
        ("420 22153 9101026837331000039521", "USPS", "usps-impb"),
        ("92748931507708513018050063", "USPS", "usps-impb"),
        ("3318810025", "DHL Express", "dhl-express"),
        ("73891051146", "DHL", "dhl-express"),
        ("RB123456785GB", "Thailand Post", "s10"),
        ("EE876543216CN", "usps", "s10"),
        ("TH09605756670A", "Flash Express", "pattern"),
        ("SPXID004349886075", "SPX Express", "pattern"),
        ("SPXVN094461092483", "spx", "pattern"),
        ("638463464848", "J&T Express", "pattern"),
        ("785574415988", "J&T", "pattern"),
        ("NVSGK1KLG7694M", "Ninja Van", "pattern"),
        ("JJD0099999999", "DHL", "pattern"),
    ],
)
def test_valid_numbers(number, carrier, fmt):
    check = validate_tracking(number, carrier)
    assert check.ok, check.reason
    assert check.format == fmt
    assert check.carrier == normalize_carrier(carrier)
    assert check.check_digit_verified is (fmt != "pattern")
    assert check.raise_if_invalid() is check


@pytest.mark.parametrize(
    ("number", "carrier", "reason"),
    [
        ("1Z999AA10123456785", "UPS", "bad check digit for UPS 1Z, expected 4, got 5"),
        ("123456789013", "FedEx", "bad check digit for FedEx Express 12-digit, expected 2, got 3"),
        ("785574415988", "FedEx", "bad check digit for FedEx Express 12-digit, expected 0, got 8"),
        ("9400475646960623079864", "USPS", "bad check digit for USPS IMpb, expected 3, got 4"),
        ("3318810034", "DHL", "bad check digit for DHL Express, expected 6, got 4"),
        ("RB123456784GB", "post", "bad check digit for UPU S10, expected 5, got 4"),
        ("SPXID00434988", "SPX Express", "does not look like a SPX Express tracking number"),
        ("TH0960575667AB", "Flash", "does not look like a Flash Express tracking number"),
        ("NV123", "ninjavan", "does not look like a Ninja Van tracking number"),
        ("638463464848", "Foo Logistics", "unknown carrier 'Foo Logistics'"),
        ("   ", None, "empty tracking number"),
        ("HELLO", None, "matches no known carrier's tracking format"),
        ("1Z999AA10123456785", None, "bad check digit for UPS 1Z"),
    ],
)
def test_invalid_numbers_say_why(number, carrier, reason):
    check = validate_tracking(number, carrier)
    assert not check
    assert reason in check.reason
    with pytest.raises(InvalidTrackingNumber, match="tracking number"):
        check.raise_if_invalid()


def test_carrier_given_rule_wins_over_detection():
    # 12 digits fit J&T's pattern; as FedEx the check digit is wrong, so only J&T claims it.
    assert validate_tracking("785574415988").carrier == "jnt"
    assert validate_tracking("785574415988", "jnt").ok
    assert not validate_tracking("785574415988", "FedEx").ok
    # 123456789012 is a valid FedEx 12 and also fits J&T: ambiguous until the order names a carrier.
    both = validate_tracking("123456789012")
    assert both.ok and both.carrier is None
    assert both.candidates == ("fedex", "jnt")  # check-digit matches come first
    assert validate_tracking("123456789012", "J&T Express").carrier == "jnt"


def test_detection_without_carrier():
    assert validate_tracking("1Z999AA10123456784").carrier == "ups"
    assert validate_tracking("SPXID004349886075").carrier == "spx"
    assert validate_tracking("NVSGK1KLG7694M").carrier == "ninjavan"
    assert validate_tracking("NVSGK1KLG7694M", "").carrier == "ninjavan"  # imported orders may lack one
    s10 = validate_tracking("RB123456785GB")
    assert s10.ok and s10.carrier is None and set(s10.candidates) == {"usps", "post"}


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("J&T Express", "jnt"),
        ("j&t", "jnt"),
        ("JNT", "jnt"),
        ("SPX Express", "spx"),
        ("Shopee Express", "spx"),
        ("Flash Express", "flash"),
        ("Ninja Van", "ninjavan"),
        ("NINJAVAN", "ninjavan"),
        ("USPS", "usps"),
        ("UPS", "ups"),
        ("FedEx", "fedex"),
        ("Fed-Ex", "fedex"),
        ("DHL Express", "dhl"),
        ("Kerry", "kerry"),
        ("Kerry Express", "kerry"),
    ],
)
def test_carrier_names_normalize(name, key):
    assert normalize_carrier(name) == key


def test_unknown_carrier_name_raises():
    with pytest.raises(UnknownCarrier, match="unknown carrier 'Pony Express'"):
        normalize_carrier("Pony Express")


def test_rule_table_is_configurable():
    rules = DEFAULT_CARRIER_RULES.with_rules(
        CarrierRule("best", ("Best Express", "BEST"), r"BE\d{10}"),
        CarrierRule("flash", ("Flash Express",), r"TH\d{10,14}[A-Z]?", title="Flash Express"),
    )
    assert validate_tracking("BE0123456789", "Best Express", rules).ok
    assert validate_tracking("TH0960575667012A", "flash", rules).ok
    assert not validate_tracking("TH0960575667012A", "flash").ok  # defaults untouched
    with pytest.raises(TrackingError, match="names both"):
        DEFAULT_CARRIER_RULES.with_rules(CarrierRule("other", ("UPS",), r"X"))
    with pytest.raises(TrackingError, match="bad pattern"):
        CarrierRule("broken", (), r"(")
    with pytest.raises(TrackingError, match="unknown tracking formats"):
        CarrierRule("broken", (), formats=("mod97",))
    with pytest.raises(TrackingError, match="needs a pattern"):
        CarrierRule("empty")


def test_s10_range_allocates_checked_numbers_until_exhausted():
    block = TrackingRange("post", "EE", start=100, end=102, width=8, check="s10", suffix="TH")
    numbers = [block.allocate(n) for n in range(100, 103)]
    assert numbers[0] == f"EE00000100{s10_check_digit('00000100')}TH"
    assert all(validate_tracking(n, "Thailand Post").check_digit_verified for n in numbers)
    assert block.remaining(101) == 2 and block.remaining(103) == 0
    with pytest.raises(RangeExhausted, match="post tracking range EE100-102 is used up"):
        block.allocate(103)
    with pytest.raises(TrackingError, match="below the range start 100"):
        block.allocate(99)


def test_mod10_mod7_and_plain_ranges():
    usps = TrackingRange("usps", "9400100000000", start=0, end=10**8 - 1, width=8, check="mod10")
    number = usps.allocate(12345)
    assert number == "940010000000000012345" + str(gs1_check_digit("940010000000000012345"))
    assert validate_tracking(number, "USPS").format == "usps-impb"
    dhl = TrackingRange("dhl", "33", start=0, end=9_999_999, width=7, check="mod7")
    assert dhl.allocate(1881002) == "3318810025"
    assert validate_tracking(dhl.allocate(1881002), "DHL").ok
    jnt = TrackingRange("jnt", "JT", start=1, end=99, width=10)
    assert jnt.allocate(7) == "JT0000000007"
    assert validate_tracking(jnt.allocate(7), "J&T").ok


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"start": 5, "end": 4, "width": 3}, "does not fit 3 digits"),
        ({"start": 0, "end": 1000, "width": 3}, "does not fit 3 digits"),
        ({"start": 0, "end": 9, "width": 3, "check": "luhn"}, "range check must be"),
        ({"start": 0, "end": 9, "width": 3, "check": "s10"}, "S10 range needs"),
        ({"start": 0, "end": 9, "width": 3, "check": "mod10", "prefix": "AB"}, "numeric prefix"),
    ],
)
def test_bad_ranges_are_rejected(kwargs, message):
    kwargs.setdefault("prefix", "")
    with pytest.raises(TrackingError, match=message):
        TrackingRange("x", **kwargs)


@given(st.integers(0, 99_999_999), st.sampled_from(["RB", "EE", "CP"]), st.sampled_from(["TH", "GB", "CN"]))
def test_every_s10_allocation_validates(serial, prefix, country):
    block = TrackingRange("post", prefix, 0, 99_999_999, 8, "s10", country)
    assert validate_tracking(block.allocate(serial), "post").check_digit_verified


@given(st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=15, max_size=15))
def test_every_ups_number_with_its_check_digit_validates(body):
    assert validate_tracking(f"1Z{body}{ups_check_digit(body)}", "UPS").ok


@given(st.text(alphabet="0123456789", min_size=11, max_size=11))
def test_fedex12_single_digit_errors_are_caught(body):
    number = body + str(fedex12_check_digit(body))
    assert validate_tracking(number, "FedEx").format == "fedex-12"
    wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
    assert not validate_tracking(wrong, "FedEx").ok
