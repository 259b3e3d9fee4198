"""Every hotkey of the station window is bound once: a key bound twice is ambiguous to Qt and fires nothing."""

from __future__ import annotations

from collections import Counter


def test_no_hotkey_is_bound_twice(make_station):
    station_app = make_station(orders=0)
    keys = Counter(shortcut.key().toString() for shortcut in station_app.window.shortcuts)
    twice = {key: n for key, n in keys.items() if n > 1}
    assert not twice, twice
    assert {"F1", "F2", "F3", "F12", "Ctrl+T", "Ctrl+K"} <= set(keys)
