"""Smoke test on a real X server: the station window typed into by xdotool at wedge-scanner speed.

xdotool sends what a USB scanner sends (a Shift press and release around every capital and symbol,
8 ms a key, then Return) through Xvfb and Qt's xcb input, with the X server's own key timestamps.
The app runs in its own process and reports what it did in a JSON file.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from packstation.domain.users import Role
from tests.ui.xvfb.station_app import prepare_home

APP = Path(__file__).with_name("station_app.py")
ROOT = Path(__file__).resolve().parents[3]
PACKER_BADGE, SUPERVISOR_BADGE = "BADGE-PAT-0001", "BADGE-SUE-0001"
SUPERVISOR_PIN = "5555"
TRACKING = "EA000000014US"


class App:
    def __init__(self, state: Path, process: subprocess.Popen) -> None:
        self.path, self.process = state, process

    def state(self) -> dict[str, Any]:
        try:
            return json.loads(self.path.read_text())
        except (FileNotFoundError, json.JSONDecodeError):
            return {}

    def wait(
        self, what: str, check: Callable[[dict[str, Any]], bool], timeout: float = 15.0
    ) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"station app exited ({self.process.returncode}) waiting for {what}")
            state = self.state()
            if state and check(state):
                return state
            time.sleep(0.05)
        raise AssertionError(f"station did not reach: {what}; last state {self.state()}")


def test_badge_command_pick_and_review_search_typed_by_xdotool(xvfb, tmp_path):
    home, state_file = tmp_path / "home", tmp_path / "state.json"
    prepare_home(
        home,
        {
            "pat": (Role.PACKER, "1234", PACKER_BADGE),
            "sue": (Role.SUPERVISOR, SUPERVISOR_PIN, SUPERVISOR_BADGE),
        },
    )
    env = dict(xvfb.env, PYTHONPATH=str(ROOT))
    process = subprocess.Popen(
        [sys.executable, str(APP), str(home), str(state_file)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    app = App(state_file, process)
    try:
        app.wait("the login page", lambda s: s["step"] == "log in" and s["active"] is not None, 30)

        xvfb.scan(PACKER_BADGE)  # capitals and '-': Shift pressed and released around each
        state = app.wait("logged in by badge", lambda s: s["actor"] == "pat")
        assert "Unknown" not in state["banner"]

        xvfb.scan("%%PS:NEXT")  # the command sheet's "next order": % and : are shifted
        state = app.wait("an order taken", lambda s: s["order"] is not None and s["to_scan"])
        order, to_scan = state["order"], state["to_scan"]

        for barcode in to_scan:  # pick every unit by its EAN
            xvfb.scan(barcode)
        state = app.wait(  # the last verdict shows at once; the Pack page follows once it is stored
            "every unit picked", lambda s: s["order"] == order and not s["to_scan"] and s["step"] == "pack"
        )
        assert sum(state["picked"].values()) == len(to_scan)
        assert state["scans"] == [PACKER_BADGE, "%%PS:NEXT", *to_scan] and state["rejected"] == []
        assert state["step"] == "pack", state

        xvfb.key("ctrl+l")  # the packer steps away; the supervisor types her PIN, as a person does
        app.wait("logged out", lambda s: s["actor"] is None)
        xvfb.xdotool("type", "--delay", "150", "--", SUPERVISOR_PIN + "\r")
        app.wait("supervisor logged in by typed PIN", lambda s: s["actor"] == "sue")

        xvfb.key("ctrl+r")
        app.wait("review window open", lambda s: s["review"] is not None)
        xvfb.focus_window("^Review")
        state = app.wait("review window active", lambda s: s["active"] == "ReviewWindow")
        xvfb.click(*state["review"]["tracking_at"])  # into the tracking search field
        before = app.wait("tracking field focused", lambda s: s["review"]["focus_text"] == "")
        xvfb.scan(TRACKING)
        state = app.wait(
            "tracking number in the review search", lambda s: s["review"]["tracking"] == TRACKING
        )
        time.sleep(0.3)  # anything that leaked to the station would show by now
        state = app.state()
        assert state["review"]["tracking"] == TRACKING and state["review"]["order_id"] == ""
        assert state["order"] == order and state["step"] == "pack"  # the station did not act on it
        assert state["banner"] == before["banner"], state["banner"]
        assert state["scans"] == [PACKER_BADGE, "%%PS:NEXT", *to_scan]  # nothing more reached the station
        assert state["typed_elsewhere"] == [TRACKING]
    finally:
        state_file.with_name(state_file.name + ".stop").touch()
        try:
            output, _ = process.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            output, _ = process.communicate()
        if process.returncode not in (0, None):
            print(output.decode(errors="replace")[-3000:])
