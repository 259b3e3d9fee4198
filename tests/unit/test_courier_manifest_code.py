"""The courier's manifest barcode: carrier, manifest id and parcel count in plain ASCII, read back."""

from __future__ import annotations

from packstation.domain.handover import courier_manifest_code, parse_courier_manifest_code, same_carrier


def test_round_trip_and_the_carrier_matches_its_name() -> None:
    code = courier_manifest_code("J&T Express", "M-ST1-20261201-0003", 14)
    assert code == "JTEXPRESS|M-ST1-20261201-0003|14" and code.isascii()
    key, manifest, parcels = parse_courier_manifest_code(code) or ("", "", 0)
    assert (manifest, parcels) == ("M-ST1-20261201-0003", 14)
    assert same_carrier(key, "J&T Express") and not same_carrier(key, "Flash Express")


def test_non_latin_carrier_names_and_other_codes() -> None:
    assert courier_manifest_code("顺丰", "M-A-20261201-0001", 1).startswith("CARRIER|")
    assert parse_courier_manifest_code("JT0000000001") is None
    assert parse_courier_manifest_code("JT|X-1|2") is None
    assert parse_courier_manifest_code("JT|M-A-20261201-0001|two") is None
