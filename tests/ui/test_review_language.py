"""The review window in the supervisor's language: the order page's tabs and headers in Thai, and every
page of the window fitting (no text cut off) in every language the station ships."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QTableWidget

from packstation.languages import LANGUAGES
from packstation.ui.i18n import Languages
from tests.ui.fit_check import fit_problems
from tests.ui.test_review_window import make_window, store  # noqa: F401 - the review store fixture

SIZE = (1366, 768)


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The translator of `request.param` installed for the test, English again afterwards."""
    locale = QLocale()
    languages = Languages()
    code = languages.use(request.param)
    yield code
    if languages.translator is not None:
        QCoreApplication.removeTranslator(languages.translator)
    QLocale.setDefault(locale)


def headers(table: QTableWidget) -> list[str]:
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]


@pytest.mark.parametrize("language", ["th"], indirect=True)
def test_the_order_page_shows_its_tabs_and_headers_in_thai(qtbot, store, language):  # noqa: F811
    window = make_window(qtbot, store)
    assert window.search.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "ออเดอร์"
    window.open_order("R0007")
    page = window.order
    assert page.page is not None and page.page.order.order_id == "R0007"
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs == ["ลำดับเหตุการณ์", "การสแกน", "น้ำหนัก", "ฉลาก", "รูป", "วิดีโอ"]
    assert headers(page.timeline) == ["เมื่อ", "เหตุการณ์", "ใคร", "ที่ไหน", "อะไร"]
    assert page.timeline.item(1, 4).text().startswith("สแกน "), page.timeline.item(1, 4).text()  # a core text
    assert headers(page.scans)[:4] == ["เมื่อ", "รหัส", "SKU", "ผลตรวจ"]
    assert page.timeline.item(0, 1).text() == "ยืนยันออเดอร์"  # the event type's word, not its code
    assert [page.scans.item(r, 3).text() for r in range(page.scans.rowCount())] == ["ถูกต้อง", "สินค้าผิด"]
    assert headers(page.weights)[0] == "พัสดุ" and headers(page.weights)[-1] == "เลขพัสดุ"
    title = page.title.text()
    assert "ออเดอร์ R0007" in title and "Order" not in title, title
    assert "ส่งมอบแล้ว" in title and "ยืนยันรูปแล้ว 2 รูป" in title, title  # status and core summary too
    assert page.back_button.text() == "← ค้นหา" and page.flag_button.text() == "ติดธงข้อพิพาท…"
    assert "✓ ยืนยันแล้ว" in page.photo_list.item(0).text()


@pytest.mark.parametrize("language", list(LANGUAGES), indirect=True)
def test_every_review_page_fits_in_every_language(qtbot, store, language):  # noqa: F811
    window = make_window(qtbot, store)
    window.resize(*SIZE)
    window.open_order("R0007")
    problems: list[str] = []

    def look(where: str) -> None:
        QApplication.processEvents()
        problems.extend(f"{language} {where}: {p}" for p in fit_problems(window))

    for i in range(window.order.tabs.count()):
        window.order.tabs.setCurrentIndex(i)
        look(f"order page, {window.order.tabs.tabText(i)}")
    window.orders_stack.setCurrentWidget(window.search)
    look("search")
    for i in range(1, window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        if window.tabs.currentWidget() is window.metrics:
            window.metrics.refresh()
        look(window.tabs.tabText(i))
    assert not problems, "\n  ".join(problems)
