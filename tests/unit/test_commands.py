"""Command barcodes: each parses back to itself, never collides with products or orders."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from packstation.domain.commands import (
    COMMANDS,
    PREFIX,
    Command,
    command_for_hotkey,
    looks_like_command,
    parse_command,
)


@pytest.mark.parametrize("command", list(Command))
def test_barcode_round_trip(command):
    assert command.barcode == PREFIX + command.value
    assert parse_command(command.barcode) is command
    assert parse_command(f"  {command.barcode.lower()}\r\n") is command


def test_every_command_has_a_label_and_a_distinct_hotkey():
    assert set(COMMANDS) == set(Command)
    hotkeys = [c.hotkey for c in Command]
    assert len(set(hotkeys)) == len(hotkeys)
    for command in Command:
        assert command.label and command.help
        assert command_for_hotkey(command.hotkey) is command
    assert Command.NEXT.hotkey == "F2" and Command.LOGOUT.hotkey == "Ctrl+L"
    assert {c for c in Command if c.needs_supervisor} == {Command.RELEASE, Command.VOID}


def test_the_expected_commands_exist():
    for name in (
        "NEXT",
        "UNDO",
        "HOLD",
        "RELEASE",
        "REPRINT",
        "VOID",
        "LOGOUT",
        "PHOTO",
        "NEWPARCEL",
        "CONFIRM",
    ):
        assert Command(name).barcode == f"%%PS:{name}"


@pytest.mark.parametrize(
    "raw", ["", "NEXT", "PS:NEXT", "%PS:NEXT", "%%PS:", "%%PS:FLY", "4006381333931", "577000000000000001"]
)
def test_non_commands(raw):
    assert parse_command(raw) is None


def test_unknown_command_from_another_sheet_is_recognisable():
    assert parse_command("%%PS:TELEPORT") is None
    assert looks_like_command("%%PS:TELEPORT")
    assert not looks_like_command("4006381333931")


@given(st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-_", max_size=40))
def test_product_and_order_codes_are_never_commands(code):
    assert parse_command(code) is None
    assert not looks_like_command(code)
