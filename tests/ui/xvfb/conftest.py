"""A real X server (Xvfb on a free display) and xdotool typing at keyboard-wedge scanner speed."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

MISSING = (
    "Xvfb/xdotool smoke test skipped: {missing} not installed; "
    "scripts/system-packages.sh installs them (Debian: apt-get install xvfb xdotool)"
)


@dataclass
class XDisplay:
    """A running Xvfb and how to type into whatever window has its keyboard focus."""

    name: str  # ":N"

    @property
    def env(self) -> dict[str, str]:
        env = dict(os.environ, DISPLAY=self.name, QT_QPA_PLATFORM="xcb")
        env.pop("WAYLAND_DISPLAY", None)
        return env

    def xdotool(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env=self.env, check=True, timeout=20, preexec_fn=_like_hardware)

    def scan(self, code: str, delay_ms: int = 8) -> None:
        """Type `code` and Enter the way a USB wedge scanner does: Shift around capitals, 8 ms a key."""
        self.xdotool("type", "--delay", str(delay_ms), "--", code + "\r")  # "\r": the Return key

    def key(self, *combos: str) -> None:
        self.xdotool("key", "--delay", "30", *combos)

    def focus_window(self, title: str) -> None:
        """Give a window the keyboard focus, as a window manager does when it opens (Xvfb has none)."""
        self.xdotool("search", "--sync", "--name", title, "windowfocus", "--sync")

    def click(self, x: int, y: int) -> None:
        self.xdotool("mousemove", "--sync", str(x), str(y), "click", "1")


def _like_hardware() -> None:
    """Run the X server and xdotool ahead of the shared machine's other work where allowed: they
    play the scanner, whose keys are not delayed by a busy CPU (the app itself runs at normal priority)."""
    with contextlib.suppress(OSError):  # not root: normal priority
        os.nice(-10)


@pytest.fixture
def xvfb() -> Iterator[XDisplay]:
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    if missing:
        pytest.skip(MISSING.format(missing=" and ".join(missing)))
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_end),
            "-screen",
            "0",
            "1400x1000x24",
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        pass_fds=(write_end,),
        preexec_fn=_like_hardware,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    os.close(write_end)
    try:
        number = b""
        deadline = time.monotonic() + 15
        while not number.endswith(b"\n"):
            chunk = os.read(read_end, 16)
            if not chunk or time.monotonic() > deadline:
                error = server.stderr.read().decode(errors="replace")[-500:] if server.poll() else ""
                pytest.fail(f"Xvfb did not report its display: {error}")
            number += chunk
        yield XDisplay(f":{number.decode().strip()}")
    finally:
        os.close(read_end)
        server.terminate()
        try:
            server.wait(5)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
