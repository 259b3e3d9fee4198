"""`packstation` with no subcommand: open the station window (demo data on a fresh home).

Before Qt is touched, check that it can open a window at all: a bare Linux box with no display,
or without the xcb libraries Qt's platform plugin loads, gets one line saying what to do instead
of a Qt abort.
"""

from __future__ import annotations

import argparse
import ctypes.util
import os
import sys
from collections.abc import Callable, Mapping

# Libraries the Qt xcb platform plugin needs that a minimal Linux often lacks: (soname stem, apt package).
XCB_LIBRARIES: tuple[tuple[str, str], ...] = (
    ("xcb-icccm", "libxcb-icccm4"),
    ("xcb-keysyms", "libxcb-keysyms1"),
    ("xcb-cursor", "libxcb-cursor0"),
    ("xkbcommon-x11", "libxkbcommon-x11-0"),
    ("xcb-image", "libxcb-image0"),
    ("xcb-render-util", "libxcb-render-util0"),
    ("xcb-shape", "libxcb-shape0"),
    ("xcb-randr", "libxcb-randr0"),
    ("xcb-xkb", "libxcb-xkb1"),
)


def display_problem(
    env: Mapping[str, str] | None = None,
    platform: str | None = None,
    find_library: Callable[[str], str | None] = ctypes.util.find_library,
) -> str | None:
    """One line saying why Qt cannot open a window here and how to fix it, or None when it can."""
    env = os.environ if env is None else env
    platform = platform or sys.platform
    if not platform.startswith("linux"):
        return None
    qpa = env.get("QT_QPA_PLATFORM", "")
    if not qpa and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return (
            "packstation: no display found (DISPLAY and WAYLAND_DISPLAY are not set) "
            "(set QT_QPA_PLATFORM=offscreen to run headless, or start it from the station's desktop)"
        )
    uses_xcb = qpa.startswith("xcb") or (
        not qpa and bool(env.get("DISPLAY")) and not env.get("WAYLAND_DISPLAY")
    )
    if not uses_xcb:
        return None
    missing = [package for stem, package in XCB_LIBRARIES if find_library(stem) is None]
    if missing:
        return (
            f"packstation: Qt cannot open a window: missing system libraries {', '.join(missing)}; "
            f"install them: sudo apt-get install {' '.join(missing)}"
        )
    return None


def run_station(args: argparse.Namespace) -> int:
    """Open the station window on `args.home`, loading the demo catalog and orders on first run."""
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    from packstation.bootstrap import open_station
    from packstation.services.demo import load_demo, load_demo_stock

    station = open_station(args.home)
    demo_orders = getattr(args, "demo_orders", 24)
    if demo_orders > 0 and load_demo(station.uow, orders=demo_orders, station=station.name):
        print(f"packstation: loaded the demo catalog and {demo_orders} demo orders into {station.home.root}")
        try:  # demo shelves too, so the Pick step shows bins (only where no stock was ever loaded)
            load_demo_stock(station.stock.book, demo_orders)
        except Exception as exc:  # noqa: BLE001 - a demo without stock still packs
            print(f"packstation: demo stock not loaded ({exc})", file=sys.stderr)

    from packstation.app import build_app, run_window, station_application

    app = station_application(sys.argv[:1])
    return run_window(build_app(station=station), app)
