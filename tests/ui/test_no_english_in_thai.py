"""In Thai, the station's pages show no English sentences: every visible text on every page the
screens-fit test walks (labels, buttons, table cells and headers, combo box items, placeholders, the
window title and the status bar) holds no run of two English words, past the words that are names
(orders, SKUs, products, people, carriers, devices' addresses, keys and units)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QTableWidget, QWidget

from packstation.languages import LANGUAGES
from packstation.services.demo import DEMO_PRODUCTS, DEMO_RECIPIENTS
from packstation.services.station.view import Step
from tests.ui.conftest import settle_stations, station_config
from tests.ui.station_walk import walk_station

# Words that are names, the same in every language: the demo catalog and recipients (and what the
# demo buyers wrote), the test people, carriers, each language's own name for itself, and the
# station's own names for keys, units and things.
NAMES = [
    *(p.name for p in DEMO_PRODUCTS),
    "Please pack carefully!",
    *LANGUAGES.values(),
    *(part for address, _ in DEMO_RECIPIENTS for part in vars(address).values() if part),
    *(carrier for _, carrier in DEMO_RECIPIENTS),
    "Ada Admin", "Sue Supervisor", "Pat Packer",
    "J&T Express", "Ninja Van", "Flash Express", "Kerry Express", "Shopee Xpress", "Pos Laju",
]  # fmt: skip
TOKENS = {
    "packstation", "tiktok", "shopee", "lazada", "pin", "ok", "esc", "ctrl", "enter", "shift", "alt",
    "tab", "space", "backspace", "del", "sku", "utc", "usb", "zpl", "pdf", "qr",
}  # fmt: skip
TAG = re.compile(r"<[^>]+>")
CODE = re.compile(r"\S*(?:\d|://|[A-Z]{2,}-|_)\S*")  # order ids, SKUs, barcodes, tracking, sim://…, F1
WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
ENGLISH_RUN = 2  # two English words in a row are a sentence (or its start)

# English the station still shows in Thai, each for a reason (empty when all of it is translated).
KNOWN: set[str] = set()


def plain(text: str) -> str:
    """The words a person reads: tags stripped, entities and mnemonics undone."""
    text = TAG.sub(" ", text.replace("<br>", "\n"))
    text = text.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    return text.replace("&&", "&")


def english_run(text: str) -> str:
    """The first run of 2+ English words (3+ letters each, not a name or token) in `text`, else ""."""
    for name in sorted(NAMES, key=len, reverse=True):
        text = text.replace(name, " · ")
    text = CODE.sub(" · ", text)
    run: list[str] = []
    for piece in re.split(r"(\s+)", text):
        if piece.isspace() or not piece:
            continue
        words = WORD.fullmatch(piece.strip(".,:;!?()[]\"'…—–-/"))
        word = words.group(0) if words else ""
        if word and len(word) >= 3 and word.lower() not in TOKENS:
            run.append(word)
            if len(run) >= ENGLISH_RUN:
                return " ".join(run)
        elif word and len(word) < 3 and run:  # "of", "to", "a" inside a sentence keep it going
            continue
        else:
            run = []
    return ""


def texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(widget class, text) of everything visible in `window`."""
    yield "window title", window.windowTitle()
    bar = window.statusBar()
    if bar.currentMessage():
        yield "status bar", bar.currentMessage()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        kind = type(widget).__name__
        if isinstance(widget, QLabel | QAbstractButton):
            yield kind, widget.text()
        elif isinstance(widget, QLineEdit) and not widget.text():
            yield kind, widget.placeholderText()
        elif isinstance(widget, QComboBox):
            yield from ((kind, widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QTableWidget):
            for col in range(widget.columnCount()):
                if widget.isColumnHidden(col):
                    continue
                head = widget.horizontalHeaderItem(col)
                if head is not None:
                    yield f"{kind} header", head.text()
                for row in range(widget.rowCount()):
                    item = widget.item(row, col)
                    if item is not None:
                        yield f"{kind} cell", item.text()
        if widget.toolTip():
            continue  # tooltips are not on screen until hovered


class Looker:
    """`look(where)` collects the English texts of the station window in Thai, once each."""

    def __init__(self, station_app) -> None:  # type: ignore[no-untyped-def]
        self.station_app = station_app
        self.found: list[str] = []
        self.seen: set[tuple[str, str]] = set()

    def __call__(self, where: str) -> None:
        settle_stations()
        assert self.station_app.ui.languages.current == "th", f"{where}: the window is not in Thai"
        for kind, text in texts(self.station_app.window):
            words = plain(text)
            if words.strip() in KNOWN or (kind, words) in self.seen:
                continue
            self.seen.add((kind, words))
            if english_run(words):
                self.found.append(f"{where} · {kind}: {words.strip()!r}")


def test_the_station_pages_in_thai_show_no_english(make_station, qtbot, scan_keys, type_keys):  # type: ignore[no-untyped-def]
    config = station_config()
    printer_name = f"thai{uuid.uuid4().hex[:8]}"
    config.devices.printer = f"sim://{printer_name}"
    config.languages.default = "th"
    station_app = make_station(orders=6, config=config)
    look = Looker(station_app)
    try:
        walk_station(qtbot, station_app, printer_name, scan_keys, type_keys, look)
    finally:
        station_app.ui.languages.use("en")  # the translator is the application's: English again
    assert not look.found, "English on the Thai screens:\n  " + "\n  ".join(look.found)


def test_the_first_admin_page_in_thai_shows_no_english(make_station, qtbot):  # type: ignore[no-untyped-def]
    config = station_config()
    config.languages.default = "th"
    station_app = make_station(orders=1, people=False, config=config)
    look = Looker(station_app)
    try:
        assert station_app.flow.step is Step.FIRST_ADMIN
        look("first admin")
        settle_stations()
    finally:
        station_app.ui.languages.use("en")
    assert not look.found, "English on the Thai screens:\n  " + "\n  ".join(look.found)


def test_the_check_finds_english_sentences_and_passes_names_and_codes() -> None:
    assert english_run("Printer out of paper: load labels and press Retry") == "Printer out"
    assert english_run("พัสดุ 1: รอ — Take the last parcel off the scale") == "Take the"
    assert english_run(plain("<b>[F3]</b> ชั่ง &amp; Ctrl+S")) == ""
    assert english_run("ออเดอร์ 577000000000000001 รอส่งให้ J&T Express · sim://thai1 · 2,245 g") == ""
    assert english_run(f"{DEMO_PRODUCTS[0].name} ×2 · Sue Supervisor · SKU-0001 · OK PIN") == ""
    assert english_run("สินค้า Serum") == ""  # one word is a name, not a sentence
