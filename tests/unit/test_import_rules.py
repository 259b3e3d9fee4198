"""Import limits and text safety, without a store: order ids, quantities, times, control characters."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from packstation.domain.text import printable, shown, strip_unsafe, terminal_safe
from packstation.services.imports.rows import CellError, ShopClock, parse_number, parse_quantity
from packstation.services.imports.rules import ImportRules

NOW = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize("order_id", ["576273609330746490", "SO-1001", "a.b_c-d", "X" * 64, "1"])
def test_good_order_ids(order_id: str) -> None:
    assert ImportRules().order_id_problem(order_id, "tiktok") is None


@pytest.mark.parametrize(
    "order_id, reason",
    [
        ("", "empty"),
        ("X" * 65, "longer than 64"),
        ("a/b", "letters, digits"),
        ("x/../../..", "letters, digits"),
        ("CON", "file name"),
        ("com1.zip", "file name"),
        ("a..b", "file name"),
        ("-a", "letters, digits"),
        ("a b", "letters, digits"),
        ("57\x1b60", "letters, digits"),
    ],
)
def test_bad_order_ids(order_id: str, reason: str) -> None:
    problem = ImportRules().order_id_problem(order_id, "generic")
    assert problem is not None and reason in problem and "\x1b" not in problem


def test_channel_patterns_apply_to_their_channel_only() -> None:
    rules = ImportRules(order_id_patterns={"TikTok": r"\d{18}"})
    assert rules.order_id_problem("SO-1", "tiktok") is not None
    assert rules.order_id_problem("576273609330746490", "tiktok") is None
    assert rules.order_id_problem("SO-1", "shopee") is None


@pytest.mark.parametrize("text, number", [("1", 1), (" 7 ", 7), ("999", 999), ("2.0", 2)])
def test_quantities_taken(text: str, number: int) -> None:
    assert parse_quantity(text) == number


@pytest.mark.parametrize(
    "text", ["NaN", "inf", "-inf", "1e9", "1E2", "0x10", "1000", "0", "-1", "1.5", "½", "١٢"]
)
def test_quantities_refused(text: str) -> None:
    with pytest.raises(CellError):
        parse_quantity(text)


@pytest.mark.parametrize("text", ["nan", "inf", "-1", "1e400", "99999999"])
def test_measurements_refused(text: str) -> None:
    with pytest.raises(CellError):
        parse_number(text, "weight")


def test_time_window() -> None:
    clock = ShopClock(UTC, *ImportRules().window(NOW))
    assert clock.parse("11/18/2026 09:16:00 AM") == datetime(2026, 11, 18, 9, 16, tzinfo=UTC)
    assert clock.parse("46344.5") == NOW  # an Excel day number
    for text in ("11/20/2026 09:16:00 AM", "01/01/1900 09:16:00 AM", "12/31/9999 11:59:59 PM", "9999999"):
        with pytest.raises(CellError):
            clock.parse(text)
    assert clock.parse((NOW - timedelta(days=700)).isoformat()) is not None


def test_unsafe_characters_are_removed_and_named() -> None:
    text, removed = strip_unsafe("Siti\x1b[31m\x07\u202eX\tY")
    assert text == "Siti[31mX\tY" and removed == ["U+0007", "U+001B", "U+202E"]
    assert strip_unsafe("สมชาย ใจดี") == ("สมชาย ใจดี", [])


def test_terminal_text_is_escaped() -> None:
    assert printable("a\x1b[2Jb\n") == "a\\x1b[2Jb\\n"
    assert terminal_safe("a\x1b\u202eb\n") == "a\\x1b\\u202eb\n"
    assert len(shown("7" * 1_000_000)) < 80
