"""Keyboard-wedge decoding with realistic timings: scanners type 2-8 ms per key, people 80-200 ms."""

from __future__ import annotations

import random

import pytest

from packstation.devices.base import GS, BarcodeRead, RejectedScan, ScanFormat, device_threads
from packstation.devices.scanners import WedgeScanner
from packstation.devices.wedge import (
    AZERTY_MESSAGE,
    LayoutWarning,
    Rejected,
    Replay,
    Scanned,
    WedgeDecoder,
    WedgeSettings,
    correct_azerty,
)


@pytest.fixture(autouse=True)
def no_device_threads_left():
    yield
    assert device_threads() == []


class Keyboard:
    """Feeds keys to a decoder on a virtual clock, polling at deadlines like the UI's timer would."""

    def __init__(self, decoder: WedgeDecoder | WedgeScanner, seed: int = 7) -> None:
        self.decoder = decoder
        self.feed = decoder.feed_key if isinstance(decoder, WedgeScanner) else decoder.feed
        self.t = 100.0
        self.rng = random.Random(seed)
        self.decisions: list = []

    def advance(self, dt: float) -> None:
        target = self.t + dt
        deadline = self.decoder.next_deadline()
        while deadline is not None and deadline <= target:
            self.decisions += self.decoder.poll(deadline)
            deadline = self.decoder.next_deadline()
        self.t = target

    def type(self, keys: list[str], low: float, high: float) -> None:
        for key in keys:
            self.advance(self.rng.uniform(low, high))
            self.decisions += self.feed(key, self.t)

    def scanner(self, text: str, terminator: str | None = "Enter") -> None:
        self.type(list(text) + ([terminator] if terminator else []), 0.002, 0.008)

    def human(self, text: str) -> None:
        self.type(list(text), 0.080, 0.200)

    def idle(self, seconds: float = 0.5) -> None:
        self.advance(seconds)

    def replayed(self) -> str:
        return "".join(k for d in self.decisions if isinstance(d, Replay) for k in d.keys)

    def scans(self) -> list[Scanned]:
        return [d for d in self.decisions if isinstance(d, Scanned)]


def test_scanner_burst_ending_in_enter_is_one_scan_and_nothing_is_replayed():
    kb = Keyboard(WedgeDecoder())
    kb.scanner("4006381333931")
    assert [s.read.code for s in kb.scans()] == ["4006381333931"]
    assert kb.scans()[0].terminator == "enter"
    assert kb.scans()[0].key_count == 14  # 13 digits + Enter, all swallowed
    assert kb.replayed() == ""
    assert kb.decoder.pending == 0


def test_tab_terminator_and_key_names_are_accepted():
    kb = Keyboard(WedgeDecoder())
    kb.scanner("SKU-00042", terminator="\t")
    kb.idle()
    assert [(s.read.code, s.terminator) for s in kb.scans()] == [("SKU-00042", "tab")]


def test_scanner_without_terminator_ends_on_timeout():
    kb = Keyboard(WedgeDecoder())
    kb.scanner("ORD-123456", terminator=None)
    assert kb.scans() == []  # still waiting: maybe the terminator is coming
    kb.idle(0.061)
    assert [s.read.code for s in kb.scans()] == ["ORD-123456"]
    assert kb.scans()[0].terminator is None


def test_human_typing_passes_through_in_order_with_enter():
    kb = Keyboard(WedgeDecoder())
    kb.human("hello")
    kb.type(["Enter"], 0.1, 0.2)
    kb.idle()
    assert kb.scans() == []
    assert kb.replayed() == "hello\r"


def test_human_key_is_released_after_the_gap_not_after_the_next_key():
    decoder = WedgeDecoder()
    assert decoder.feed("a", 1.000) == []
    assert decoder.next_deadline() == pytest.approx(1.030)
    assert decoder.poll(1.020) == []
    assert decoder.poll(1.031) == [Replay(("a",))]
    assert decoder.next_deadline() is None


def test_short_fast_burst_below_min_length_is_typing():
    kb = Keyboard(WedgeDecoder(WedgeSettings(min_length=4)))
    kb.scanner("123")
    kb.idle()
    assert kb.scans() == []
    assert kb.replayed() == "123\r"


def test_mixed_typing_then_scan_then_typing_keeps_every_key_accounted_for():
    kb = Keyboard(WedgeDecoder())
    kb.human("ab")
    kb.idle(0.15)
    kb.scanner("]C1" + "0104012345678901" + "^]" + "10ABC", terminator="Enter")
    kb.idle(0.12)
    kb.human("cd")
    kb.idle()
    assert kb.replayed() == "abcd"
    (scan,) = kb.scans()
    assert scan.read.code == "0104012345678901^]10ABC"  # no placeholder configured: left as typed
    assert scan.read.symbology == "]C1"
    held = sum(len(d.keys) if isinstance(d, Replay) else d.key_count for d in kb.decisions)
    assert held == 4 + len("]C10104012345678901^]10ABC") + 1


def test_gs1_placeholder_and_raw_gs_become_group_separators():
    config = WedgeSettings(scan_format=ScanFormat(gs_placeholder="^]"))
    kb = Keyboard(WedgeDecoder(config))
    kb.scanner("]d20109501101530003^]17251231")
    kb.scanner("0109501101530003" + GS + "10LOT7")
    codes = [s.read for s in kb.scans()]
    assert codes[0].code == "0109501101530003" + GS + "17251231"
    assert codes[0].is_gs1
    assert codes[1].code == "0109501101530003" + GS + "10LOT7"


def test_prefix_and_suffix_are_stripped_and_aim_can_be_kept():
    config = WedgeSettings(scan_format=ScanFormat(prefix="@@", suffix="##", aim="keep"))
    kb = Keyboard(WedgeDecoder(config))
    kb.scanner("@@]E04006381333931##")
    (scan,) = kb.scans()
    assert scan.read.code == "]E04006381333931"
    assert scan.read.symbology is None
    assert scan.read.raw == "@@]E04006381333931##"


def test_burst_that_is_only_framing_is_rejected_not_typed():
    kb = Keyboard(WedgeDecoder(WedgeSettings(scan_format=ScanFormat(prefix="@@", suffix="##"))))
    kb.scanner("@@##")
    (decision,) = kb.decisions
    assert isinstance(decision, Rejected)
    assert "empty" in decision.rejection.reason
    assert decision.key_count == 5


US_DIGITS_ON_AZERTY = str.maketrans("1234567890", "&é\"'(-è_çà")


def test_azerty_digits_give_a_layout_warning_with_the_corrected_code():
    kb = Keyboard(WedgeDecoder())
    garbled = "3017620422003".translate(US_DIGITS_ON_AZERTY)
    assert garbled == '"à&è-éà\'ééàà"'  # what an AZERTY host types for a US-layout scanner
    kb.scanner(garbled)
    (decision,) = kb.decisions
    assert isinstance(decision, LayoutWarning)
    assert decision.message == AZERTY_MESSAGE
    assert decision.raw_code == garbled
    assert decision.suggested_code == "3017620422003"
    assert decision.key_count == 14
    assert kb.replayed() == ""


def test_azerty_letters_and_dash_are_corrected_too():
    assert correct_azerty('QBC)&é"') == "ABC-123"
    assert correct_azerty("ABC-123") is None  # real digits: not garbled
    assert correct_azerty("L'ARBRE") is None  # one apostrophe is just text


def test_layout_fix_mode_delivers_the_corrected_code_with_a_warning():
    kb = Keyboard(WedgeDecoder(WedgeSettings(correct_layout=True)))
    kb.scanner("QBC)&é\"'")
    (scan,) = kb.scans()
    assert scan.read.code == "ABC-1234"
    assert scan.read.warning == AZERTY_MESSAGE


def test_enter_arriving_late_but_within_timeout_still_terminates_the_scan():
    decoder = WedgeDecoder()
    t = 5.0
    for ch in "PARCEL01":
        t += 0.004
        assert decoder.feed(ch, t) == []
    (decision,) = decoder.feed("Enter", t + 0.045)  # slower than the key gap, inside the timeout
    assert isinstance(decision, Scanned) and decision.terminator == "enter"


def test_late_poll_still_splits_scan_from_following_human_key():
    decoder = WedgeDecoder()
    t = 1.0
    for ch in "BOX-S1":
        t += 0.003
        decoder.feed(ch, t)
    # The UI timer was late; a person's key arrives first.
    out = decoder.feed("x", t + 0.150)
    assert isinstance(out[0], Scanned) and out[0].read.code == "BOX-S1"
    assert decoder.pending == 1
    assert decoder.poll(t + 0.200) == [Replay(("x",))]


def test_autorepeat_is_always_typing():
    decoder = WedgeDecoder()
    out = []
    for i in range(6):
        out += decoder.feed("a", 1.0 + i * 0.02, autorepeat=True)
    assert [k for d in out for k in d.keys] == list("aaaaaa")


def test_feed_rejects_non_text_keys_with_a_clear_error():
    with pytest.raises(ValueError, match="one character or Enter/Tab"):
        WedgeDecoder().feed("Shift", 1.0)


def test_config_validation():
    with pytest.raises(ValueError, match="key gap <= timeout"):
        WedgeSettings(max_gap_s=0.05, timeout_s=0.02)
    with pytest.raises(ValueError, match="terminator"):
        WedgeSettings(terminators=frozenset({"space"}))


def test_wedge_scanner_routes_scans_and_layout_warnings_to_callbacks():
    reads: list[BarcodeRead] = []
    rejected: list[RejectedScan] = []
    statuses = []
    wedge = WedgeScanner("wedge?min_length=6", reads.append, statuses.append, rejected.append)
    wedge.start()
    kb = Keyboard(wedge)
    kb.scanner("LBL-778899")
    kb.scanner("12345")  # below min_length=6: typing
    kb.scanner("&é\"'(-è")
    kb.idle()
    wedge.stop()
    assert [r.code for r in reads] == ["LBL-778899"]
    assert [r.suggestion for r in rejected] == ["1234567"]
    assert rejected[0].reason == AZERTY_MESSAGE
    assert kb.replayed() == "12345\r"
    assert [s.state.value for s in statuses] == ["connected", "disconnected"]


def test_station_wedge_table_in_ms_is_the_source_and_url_options_override_it():
    from packstation.config import StationConfig
    from packstation.devices.urls import DeviceUrlError
    from packstation.devices.wedge_settings import wedge_settings

    config = StationConfig()
    default = wedge_settings(config)
    assert (default.max_gap_s, default.timeout_s, default.min_length) == (0.030, 0.060, 4)
    config.wedge.max_key_gap_ms, config.wedge.timeout_ms, config.wedge.min_length = 20, 90.5, 6
    config.wedge.prefix = "@@"
    table = wedge_settings(config, "wedge")
    assert (table.max_gap_s, table.timeout_s, table.min_length) == (0.020, 0.0905, 6)
    assert table.scan_format.prefix == "@@" and table.source == "wedge"
    url = wedge_settings(config, "wedge?gap_ms=12&prefix=%23%23&layout=fix")
    assert (url.max_gap_s, url.timeout_s, url.min_length) == (0.012, 0.0905, 6)
    assert url.scan_format.prefix == "##" and url.correct_layout
    kb = Keyboard(WedgeDecoder(table))
    kb.scanner("@@BOX-M")
    assert [s.read.code for s in kb.scans()] == ["BOX-M"]
    config.wedge.timeout_ms = 10  # shorter than the key gap
    with pytest.raises(DeviceUrlError, match=r"\[wedge\] in config.toml"):
        wedge_settings(config)
    with pytest.raises(DeviceUrlError, match="not a keyboard-wedge"):
        wedge_settings(StationConfig(), "sim")


def test_key_clock_keeps_the_timestamps_gaps_however_late_keys_are_handled():
    from packstation.devices.wedge import KeyClock

    clock, decoder = KeyClock(), WedgeDecoder()
    # Pressed 4 ms apart from t=10.000 s on the window system's clock; the GUI thread handles the
    # first at monotonic 500.0 and the rest all together 120 ms later (busy).
    decisions = []
    for n, char in enumerate("EA000000014US"):
        delivered = 500.0 if n == 0 else 500.120
        t = clock.key_time(10_000 + 4 * n, delivered, in_burst=decoder.pending > 0)
        decisions += decoder.feed(char, t)
    assert decisions == [] and decoder.pending == 13
    # Silence counts from the last key's delivery, not from its (earlier) press.
    deadline = decoder.next_deadline()
    assert decoder.poll(clock.now(500.120 + 0.059)) == []
    assert deadline is not None and clock.now(500.120 + 0.061) >= deadline
    t = clock.key_time(10_000 + 4 * 13, 500.125, in_burst=True)
    (scan,) = decoder.feed("Enter", t)
    assert isinstance(scan, Scanned) and scan.read.code == "EA000000014US"


def test_key_clock_falls_back_to_delivery_time_without_timestamps():
    from packstation.devices.wedge import KeyClock

    clock = KeyClock()
    assert clock.key_time(0, 42.5, in_burst=False) == 42.5
    assert clock.now(43.0) == 43.0
    first = clock.key_time(1_000, 50.0, in_burst=False)
    assert first == 50.0 and clock.key_time(1_150, 50.4, in_burst=True) == pytest.approx(50.15)
