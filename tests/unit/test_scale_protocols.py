"""Scale protocols: MT-SICS replies, continuous output, units, stability, and the simulated scale."""

from __future__ import annotations

import time

import pytest

from packstation.devices.base import DeviceState, device_threads
from packstation.devices.scales import (
    ScaleBusy,
    ScaleError,
    ScaleOverload,
    ScaleTimeout,
    ScaleUnderload,
    SimScale,
    StableWeightDetector,
    open_scale,
    parse_continuous,
    parse_mt_sics,
    to_grams,
)


@pytest.fixture(autouse=True)
def no_device_threads_left():
    yield
    assert device_threads() == []


@pytest.mark.parametrize(
    ("line", "grams", "stable"),
    [
        ("S S      1.234 kg", 1234.0, True),
        ("S D      1.230 kg", 1230.0, False),
        ("S S     -0.012 kg", -12.0, True),
        ("S S    532.5 g", 532.5, True),
        ("S S      2.500 lb\r\n", 1133.98, True),
        ("S D     12.0 oz", 340.19, False),
    ],
)
def test_mt_sics_weights(line, grams, stable):
    reading = parse_mt_sics(line)
    assert reading.grams == pytest.approx(grams, abs=0.01)
    assert reading.stable is stable
    assert reading.raw == line.strip()


@pytest.mark.parametrize(
    ("line", "error", "words"),
    [
        ("S I", ScaleBusy, "busy"),
        ("S +", ScaleOverload, "overload"),
        ("S -", ScaleUnderload, "underload"),
        ("ES", ScaleError, "did not understand the command"),
        ("ET", ScaleError, "transmission error (ET); check baud rate"),
        ("EL", ScaleError, "logical error"),
        ("S S      1.234 ct", ScaleError, "unknown weight unit 'ct'"),
        ("\x00\xff garbage", ScaleError, "unexpected reply"),
    ],
)
def test_mt_sics_conditions_are_specific_errors(line, error, words):
    with pytest.raises(error) as caught:
        parse_mt_sics(line)
    assert words in caught.value.message
    assert caught.value.raw == line.strip()


@pytest.mark.parametrize(
    ("line", "grams", "stable"),
    [
        ("ST,GS,+  1.234kg", 1234.0, True),
        ("US,GS,+  1.230kg", 1230.0, False),
        ("ST,NT,-  0.500 lb", -226.80, True),
        ("ST,GS,+0000250g", 250.0, True),
        ("ST,GS,+  3.5oz", 99.22, True),
    ],
)
def test_continuous_weights(line, grams, stable):
    reading = parse_continuous(line)
    assert reading is not None
    assert reading.grams == pytest.approx(grams, abs=0.01)
    assert reading.stable is stable


def test_continuous_overload_tare_and_garbage():
    with pytest.raises(ScaleOverload):
        parse_continuous("OL")
    with pytest.raises(ScaleOverload):
        parse_continuous("OL,GS,+  9.999kg")
    assert parse_continuous("ST,TR,+  0.120kg") is None  # tare report, not a parcel weight
    with pytest.raises(ScaleError, match="unexpected output"):
        parse_continuous("ST,GS,+  1.2x3kg")


def test_unit_conversion():
    assert to_grams(1, "kg") == 1000
    assert to_grams(1, "LB") == pytest.approx(453.59237)
    assert to_grams(16, "oz") == pytest.approx(453.59237)
    with pytest.raises(ScaleError, match="unknown weight unit"):
        to_grams(1, "stone")


def test_stable_detector_needs_n_close_readings_inside_the_window():
    detector = StableWeightDetector(count=3, tolerance_g=2.0, window_s=0.5)
    assert not detector.add(1000.0, 0.0)
    assert not detector.add(1001.0, 0.1)
    assert detector.add(1000.5, 0.2)
    assert not detector.add(1010.0, 0.3)  # a hand touches the parcel
    assert not detector.add(1010.5, 0.4)
    assert detector.add(1011.0, 0.5)
    assert not detector.add(1011.0, 2.0)  # same weight but the readings are too far apart
    detector.reset()
    assert not detector.add(1011.0, 2.1)


def test_sim_scale_moves_then_settles_to_the_exact_weight():
    readings = []
    statuses = []
    scale = SimScale("sim", readings.append, statuses.append, settle_s=0.15, interval_s=0.01)
    scale.start()
    try:
        start = time.monotonic()
        scale.place(2345.0)
        reading = scale.wait_for_stable(timeout=2.0)
        took = time.monotonic() - start
    finally:
        scale.stop()
    assert reading.grams == 2345.0
    assert took >= 0.14
    assert any(not r.stable for r in readings)  # it moved before settling
    assert statuses[0].state is DeviceState.SIMULATED
    assert statuses[-1].state is DeviceState.DISCONNECTED


def test_sim_scale_wait_times_out_while_moving():
    scale = SimScale("sim", settle_s=5.0, interval_s=0.01)
    scale.start()
    try:
        scale.place(800)
        with pytest.raises(ScaleTimeout, match="no stable weight within 0.1 s"):
            scale.wait_for_stable(timeout=0.1)
    finally:
        scale.stop()


def test_open_scale_none_is_absent_and_explains_itself():
    statuses = []
    scale = open_scale("none", on_status=statuses.append)
    assert scale.status.state is DeviceState.ABSENT
    assert scale.latest is None
    with pytest.raises(ScaleError, match="no scale configured"):
        scale.wait_for_stable(1.0)
    scale.stop()
    assert [s.state for s in statuses] == [DeviceState.ABSENT]


def test_open_scale_sim_uses_url_options():
    scale = open_scale("sim?settle_ms=0&interval_ms=5")
    try:
        scale.place(100)
        assert scale.wait_for_stable(1.0).grams == 100
    finally:
        scale.stop()
