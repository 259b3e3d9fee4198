"""Messages in the packer's words: what happened and what to do, product names not SKUs, no raw
exception text, and F1's explanation of every step."""

from __future__ import annotations

import errno

import pytest

from packstation.domain.orders import Address, Order, OrderLine, OrderStatus
from packstation.domain.picking import ScanVerdict, judge_scan
from packstation.services.review.pages import describe_event
from packstation.services.station.step_help import STEP_HELP, step_help
from packstation.services.station.view import StationView, Step
from packstation.services.words import device_fault, device_trouble, plain_error, printer_words

RAW = ("Errno", "Error", "Traceback", "socket", "expected 8, got 9")


def order() -> Order:
    return Order(
        "O-9",
        "tiktok",
        OrderStatus.CONFIRMED,
        Address("A"),
        [OrderLine("SKU-0009", 2, "Ceramic Mug 350ml", line_no=1), OrderLine("SKU-0002", 1, "", line_no=2)],
    )


def test_a_misread_barcode_says_scan_again_without_check_digit_arithmetic():
    result = judge_scan(
        order(), "9552328601299", None, unreadable="EAN-13 9552328601299: bad check digit, expected 8, got 9"
    )
    assert result.verdict is ScanVerdict.UNREADABLE
    assert result.message.startswith("The barcode 9552328601299 did not scan cleanly: scan it again")
    assert not any(raw in result.message for raw in RAW) and "check digit" not in result.message


def test_wrong_and_unknown_items_name_products_and_what_is_still_to_pick():
    wrong = judge_scan(order(), "4006381333931", "SKU-0100", product_name="Yoga Mat 6mm")
    assert wrong.message == (
        "Wrong item: Yoga Mat 6mm is not in this order; put it back. "
        "Still to pick: Ceramic Mug 350ml (2 left); SKU-0002 (1 left)."
    )
    assert "SKU-0100" not in wrong.message  # the product's name, not its SKU
    unknown = judge_scan(order(), "2000000000008", None)
    assert unknown.message.startswith("This barcode (2000000000008) is not a product the station knows.")
    assert "Expected:" not in unknown.message and "Still to pick: Ceramic Mug 350ml" in unknown.message


@pytest.mark.parametrize(
    ("exc", "words"),
    [
        (
            ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused"),
            "Printer not answering: check its cable and power.",
        ),
        (
            OSError(errno.EHOSTUNREACH, "No route to host"),
            "Printer not answering: check its cable and power.",
        ),
        (
            TimeoutError("timed out"),
            "Printer is slow to answer: check its cable and power, then try again.",
        ),
        (FileNotFoundError(errno.ENOENT, "No such file or directory", "/dev/usb/lp0"), "Printer not found"),
        (PermissionError(errno.EACCES, "Permission denied"), "no permission"),
        ("printer at 10.0.0.9:9100 not reachable: [Errno 111] Connection refused", "Printer not answering"),
    ],
)
def test_device_trouble_is_what_to_check_not_the_exception(exc, words):
    text = device_trouble("printer", exc)
    assert words in text
    assert not any(raw in text for raw in RAW) and "[" not in text


def test_a_failed_transport_in_a_print_job_reads_as_what_to_do():
    raw = "printer at 10.0.0.9:9100 not reachable: [Errno 111] Connection refused"
    assert printer_words("queued", raw) == (
        "Printer not answering: check its cable and power. The label prints when it answers."
    )
    assert "Reprint" in printer_words("unknown", "unknown: sending failed (OSError: [Errno 32] Broken pipe).")
    assert printer_words("queued", "waiting to be sent") == "waiting to be sent"  # already words


def test_device_faults_before_an_order_have_words_and_healthy_states_have_none():
    assert device_fault("printer", "paper out") == "Printer out of labels: load a new roll, then press Retry."
    assert device_fault("printer", "unreachable", "[Errno 111] Connection refused") == (
        "Printer not answering: check its cable and power."
    )
    assert device_fault("scale", "disconnected", "serial port /dev/ttyUSB1 could not open").startswith(
        "Scale"
    )
    for healthy in ("ok", "simulated", "connected", "unknown", "off"):
        assert device_fault("printer", healthy) == ""
    assert device_fault("sync", "offline") == ""  # sync trouble never stops packing: the dot says it


def test_an_unexpected_failure_is_logged_and_said_plainly(caplog):
    try:
        raise OSError(errno.ECONNREFUSED, "Connection refused")
    except OSError as exc:
        text = plain_error("Printing the label", exc)
    assert text.startswith("Printing the label did not work: a device or the network did not answer.")
    assert "Errno" not in text and "Connection refused" in caplog.text  # the details are in the log


def test_the_timeline_says_released_back_to_a_step_with_the_note_quoted():
    text = describe_event("OrderReleased", {"to_status": "Picked", "note": "box ok now"})
    assert text == 'released back to picked — note: "box ok now"'
    assert describe_event("OrderReleased", {"to_status": "Confirmed"}) == "released back to confirmed"


def test_f1_explains_every_step_the_window_shows():
    for step in Step:
        assert step in STEP_HELP, step
        title, lines = STEP_HELP[step]
        assert title and lines and all(line.endswith((".", ",")) for line in lines)
    title, lines = step_help(StationView(step=Step.PICK, next_action="scan 2× Ceramic Mug 350ml"))
    assert title == "Pick every item"
    assert lines[0] == "Now: scan 2× Ceramic Mug 350ml." and any("F4" in line for line in lines)
    assert not any("PHOTO" in line for _, ls in STEP_HELP.values() for line in ls)  # keys, not command names


def test_a_drivers_own_sentence_is_kept_but_raw_os_errors_are_not():
    assert plain_error("Taking proof photos", OSError("No picture from the camera (unplugged).")) == (
        "No picture from the camera (unplugged)."
    )
    raw = plain_error(
        "Printing", OSError("printer at 10.0.0.9:9100 not reachable: [Errno 111] Connection refused")
    )
    assert "Errno" not in raw and raw.startswith("Printing did not work")
