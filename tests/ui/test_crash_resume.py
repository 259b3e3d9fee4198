"""A crash loses nothing: the station process is SIGKILLed mid-order and restarts at the same step."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def start(home: Path, *actions: str, prepare: bool = False) -> subprocess.Popen:
    root = str(Path(__file__).resolve().parents[2])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1", "PYTHONPATH": root}
    cmd = [sys.executable, "-m", "tests.harness.selftest", str(home), *actions]
    if prepare:
        cmd.append("--prepare")
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def state_then_kill(proc: subprocess.Popen) -> dict:
    """Read the state line the station printed, wait for HANG, then kill it without any cleanup."""
    state = None
    for line in proc.stdout:  # type: ignore[union-attr]
        if line.startswith("{"):
            state = json.loads(line)
        elif line.startswith("HANG"):
            break
    else:
        proc.wait(10)
        pytest.fail(f"station exited early: {proc.stderr.read()}")  # type: ignore[union-attr]
    os.kill(proc.pid, signal.SIGKILL)
    assert proc.wait(10) == -signal.SIGKILL
    assert state is not None
    return state


def restarted_state(home: Path) -> dict:
    proc = start(home, "login", "state")
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    return json.loads(next(line for line in out.splitlines() if line.startswith("{")))


def test_killed_mid_pick_and_mid_pack_resumes_at_the_same_step(tmp_path: Path):
    home = tmp_path / "station"
    before = state_then_kill(start(home, "login", "key:F2", "units:2", "state", "hang", prepare=True))
    assert before["step"] == "pick" and sum(before["picked"].values()) == 2

    after = restarted_state(home)
    assert after["order"] == before["order"]
    assert after["step"] == "pick"
    assert after["picked"] == before["picked"]
    assert "Resumed order" in after["banner"]

    # finish picking, weigh the parcel, and crash again on the Pack step
    before = state_then_kill(start(home, "login", "units:99", "weigh", "state", "hang"))
    assert before["step"] == "pack" and before["order"] == after["order"]
    assert len(before["parcels"]) == 1 and before["parcels"][0][2] > 0

    after = restarted_state(home)
    assert after["order"] == before["order"] and after["step"] == "pack"
    assert after["parcels"] == before["parcels"]
    assert all(n == q for n, q in zip(after["picked"].values(), before["picked"].values(), strict=True))
