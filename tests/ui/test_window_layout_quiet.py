"""A verdict's new words repaint the banner alone: the window is laid out again only when the words
need another line (each layout of the whole window measured every label: a frame or more per scan)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import PACKER_BADGE


class LayoutCount(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def test_new_banner_words_of_the_same_height_do_not_lay_the_window_out(make_station, qtbot, scan_keys):
    station_app = make_station(orders=2)
    window = station_app.window
    scan_keys(PACKER_BADGE)
    for level in ("ok", "error", "warn", "info"):  # from a one-line message, each colour styled once
        window.banner.show_message("Scan the order", level)
        QApplication.processEvents()
    central = window.centralWidget()
    counter = LayoutCount()
    central.installEventFilter(counter)
    slot = window.banner.parentWidget()
    height = slot.height()
    for n, words in enumerate(("OK: Blue mug 1 of 2", "Wrong item: Phone case", "OK: Serum 2 of 2")):
        window.banner.show_message(words, "error" if n == 1 else "ok")
        QApplication.processEvents()
        assert window.banner.text() == words
    assert counter.count == 0, f"{counter.count} window layouts for one-line verdicts"
    assert slot.height() == height

    long_words = " ".join(["Put the parcel back on the scale and wait until it reads steady"] * 4)
    window.banner.show_message(long_words, "warn")
    qtbot.waitUntil(lambda: slot.height() > height, timeout=2000)  # a message that needs more lines gets them
    assert window.banner.height() == slot.height()
    assert counter.count >= 1
