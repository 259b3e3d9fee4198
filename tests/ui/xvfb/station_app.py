"""The real station app on a real X display, for the xdotool smoke test: `python station_app.py HOME STATE`.

`prepare_home` (called by the test) makes its home: demo orders and users with badges.

Runs the window as `packstation` does (xcb, the app-wide wedge filter, the review window on Ctrl+R)
and writes what it did to the STATE json file every 50 ms: who is logged in, the open order and its
picked units, the banner, and the review window's fields. Creating STATE + ".stop" closes it.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any


def prepare_home(home: Path, people: dict[str, tuple[str, str, str]]) -> None:
    """A station home for driving: sim scale that settles fast, demo orders, users with badges."""
    from packstation.config import StationConfig, save_config
    from packstation.home import Home
    from packstation.services.demo import load_demo
    from packstation.services.users import UserService

    try:
        from packstation.compose import open_station  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        from packstation.bootstrap import open_station

    config = StationConfig(station="xvfb-1")
    # xdotool is a process on a shared 2-core machine: unlike scanner hardware it can be descheduled
    # between two keys, so the burst gap gets headroom (people still type 90-200 ms apart).
    config.devices.scanner = "wedge?gap_ms=70&timeout_ms=200"
    config.devices.scale = "sim?settle_ms=30&interval_ms=10"
    save_config(config, Home(home).config_file)
    station = open_station(home)
    try:
        load_demo(station.uow, orders=4, station=station.name)
        users = UserService(station.uow, station.name, scrypt_n=2**8)
        admin = users.create_first_admin("admin", "Ada Admin", "9090")
        for user_id, (role, pin, badge) in people.items():
            users.add_user(admin, user_id, user_id.title(), role, pin, badge)  # type: ignore[arg-type]
    finally:
        station.close()


SEEN: dict[str, list[str]] = {"scans": [], "rejected": [], "typed_elsewhere": []}


def snapshot(built: Any) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication, QLineEdit

    from packstation.services.demo import DEMO_PRODUCTS

    barcodes = {p.sku: p.barcodes[0] for p in DEMO_PRODUCTS}
    flow, window = built.flow, built.window
    order = flow.order
    state: dict[str, Any] = {
        "step": flow.step.value,
        "actor": flow.actor.user_id if flow.actor else None,
        "order": order.order_id if order else None,
        "status": order.status.value if order else None,
        "picked": {line.sku: line.picked for line in order.lines} if order else {},
        "to_scan": [barcodes[line.sku] for line in order.lines for _ in range(line.remaining)]
        if order
        else [],
        "banner": window.banner.text(),
        "active": type(QApplication.activeWindow()).__name__ if QApplication.activeWindow() else None,
        "review": None,
        **SEEN,  # every scan the station got, every rejection, every burst typed into another window
    }
    review = window.review_window
    if review is not None and review.isVisible():
        search = review.search
        focus = QApplication.focusWidget()
        tracking = search.tracking
        centre = tracking.mapToGlobal(tracking.rect().center())
        state["review"] = {
            "order_id": search.order_id.text(),
            "tracking": tracking.text(),
            "tracking_at": [centre.x(), centre.y()],
            "focus_text": focus.text() if isinstance(focus, QLineEdit) else None,
            "status": search.status_label.text(),
        }
    return state


def main(home: str, state_path: str) -> int:
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    from PySide6.QtCore import QTimer

    from packstation.app import build_app, station_application
    from packstation.ui.sounds import Sounds

    app = station_application()
    built = build_app(home, sounds=Sounds(), sync_interval_s=None)
    built.bridge.scanned.connect(lambda read: SEEN["scans"].append(read.code))
    built.bridge.rejected.connect(lambda rejection: SEEN["rejected"].append(rejection.reason))
    if built.wedge is not None:
        built.wedge.typed_into.connect(SEEN["typed_elsewhere"].append)
    built.window.resize(1280, 860)
    built.window.show()
    built.window.activateWindow()
    target, stop = Path(state_path), Path(state_path + ".stop")

    def write() -> None:
        if stop.exists():
            app.quit()
            return
        tmp = target.with_suffix(".tmp")
        tmp.write_text(json.dumps(snapshot(built)))
        tmp.replace(target)

    timer = QTimer()
    timer.timeout.connect(write)
    timer.start(50)
    try:
        return app.exec()
    finally:
        timer.stop()
        built.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
