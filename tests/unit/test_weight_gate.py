"""The weight that counts for a parcel: stable, in range, after the previous parcel came off."""

from __future__ import annotations

import pytest

from packstation.devices.base import DeviceKind, DeviceState, DeviceStatus
from packstation.devices.scale_protocols import ScaleError, ScaleOverload, WeightReading
from packstation.devices.weight_gate import GateState, WeightGate


def stable(grams: float) -> WeightReading:
    return WeightReading(grams, True, f"S S {grams} g")


def moving(grams: float) -> WeightReading:
    return WeightReading(grams, False, f"S D {grams} g")


def status(state: DeviceState, message: str = "") -> DeviceStatus:
    return DeviceStatus(DeviceKind.SCALE, "serial:///dev/ttyUSB1", state, message)


def test_a_stable_reading_counts_and_a_moving_one_does_not():
    gate = WeightGate()
    assert gate.stable_g is None and gate.view.state is GateState.WAITING
    assert gate.reading(moving(1200)).state is GateState.MOVING
    assert gate.stable_g is None
    view = gate.reading(stable(1210))
    assert view.state is GateState.STABLE and view.stable_g == 1210 and gate.stable_g == 1210
    gate.reading(moving(900))  # lifted again: the weight no longer stands
    assert gate.stable_g is None


def test_the_previous_parcels_leftover_weight_never_counts_for_the_next():
    gate = WeightGate()
    gate.reading(stable(2047))
    assert gate.stable_g == 2047
    view = gate.new_parcel()
    assert view.state is GateState.CLEAR_SCALE and "2047 g" in view.message
    assert gate.stable_g is None
    assert gate.reading(stable(2047)).state is GateState.CLEAR_SCALE  # still the old parcel
    assert gate.reading(stable(2051)).stable_g is None  # nudged, still not zero
    assert gate.stable_g is None
    assert gate.reading(moving(4)).state is GateState.WAITING  # back to near zero
    assert gate.reading(stable(0)).stable_g is None  # an empty scale is no parcel weight
    assert gate.reading(stable(1530)).stable_g == 1530  # the next parcel


def test_the_zero_threshold_is_configurable():
    gate = WeightGate(zero_threshold_g=50)
    gate.reading(stable(800))
    gate.new_parcel()
    assert gate.reading(stable(45)).state is GateState.WAITING
    assert gate.reading(stable(900)).stable_g == 900


def test_return_to_zero_can_be_switched_off():
    gate = WeightGate(require_zero=False)
    gate.reading(stable(2047))
    assert gate.new_parcel().stable_g is None  # the old weight is dropped all the same
    assert gate.reading(stable(2047)).stable_g == 2047


def test_a_new_parcel_with_an_empty_scale_needs_no_extra_zero():
    gate = WeightGate()
    gate.reading(stable(0))
    assert gate.new_parcel().state is GateState.WAITING and not gate.awaiting_zero
    assert gate.reading(stable(640)).stable_g == 640


def test_a_new_parcel_after_an_error_waits_for_zero():
    gate = WeightGate()
    gate.error(ScaleOverload("scale overload (S +)"))
    assert gate.new_parcel().state is GateState.CLEAR_SCALE
    assert gate.reading(stable(2047)).stable_g is None


@pytest.mark.parametrize(
    ("grams", "text"),
    [
        (-500, "below zero"),
        (-0.4, "below zero"),
        (1e300, "capacity"),
        (30_001, "capacity"),
        (float("nan"), "not a number"),
        (float("inf"), "not a number"),
    ],
)
def test_readings_outside_zero_to_capacity_are_refused(grams, text):
    gate = WeightGate()
    gate.reading(stable(1000))
    view = gate.reading(stable(grams))
    assert view.state is GateState.ERROR and text in view.message
    assert view.stable_g is None and gate.stable_g is None


def test_capacity_is_configurable():
    gate = WeightGate(capacity_g=5000)
    assert gate.reading(stable(5000)).stable_g == 5000
    assert gate.reading(stable(5001)).state is GateState.ERROR


@pytest.mark.parametrize(
    "error",
    [
        ScaleOverload("scale overload (S +): the parcel is heavier than the scale's range"),
        ScaleError("scale did not understand the command (ES); set the scale's interface to MT-SICS"),
        ScaleError("scale reports an unknown weight unit 'st'; set it to g, kg, lb or oz"),
    ],
)
def test_scale_errors_drop_the_weight_and_say_why(error):
    gate = WeightGate()
    gate.reading(stable(1800))
    view = gate.error(error)
    assert view.state is GateState.ERROR and error.message in view.message and gate.stable_g is None
    assert gate.reading(stable(1800)).stable_g == 1800  # the scale works again


def test_a_disconnect_or_error_status_drops_the_weight():
    gate = WeightGate()
    gate.reading(stable(1800))
    view = gate.status(status(DeviceState.DISCONNECTED, "connection lost: cable pulled"))
    assert view.state is GateState.OFFLINE and "cable pulled" in view.message and gate.stable_g is None
    gate.status(status(DeviceState.CONNECTED))
    assert gate.view.state is GateState.WAITING
    gate.reading(stable(1800))
    assert gate.status(status(DeviceState.ERROR, "scale overload (S +)")).state is GateState.ERROR
    assert gate.stable_g is None
    assert gate.status(status(DeviceState.SIMULATED)).stable_g is None  # usable again, but no weight yet


def test_a_usable_status_keeps_a_standing_weight():
    gate = WeightGate()
    gate.reading(stable(1800))
    assert gate.status(status(DeviceState.CONNECTED)).stable_g == 1800


def test_bad_settings_are_refused():
    with pytest.raises(ValueError):
        WeightGate(capacity_g=0)
    with pytest.raises(ValueError):
        WeightGate(zero_threshold_g=-1)
