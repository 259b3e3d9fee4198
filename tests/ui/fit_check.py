"""What a person would call "cut off": text wider (or taller) than the widget drawing it, and widgets
partly outside their window. Used by the screens-fit test on every page at laptop and desktop sizes."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument, QTextOption
from PySide6.QtGui import Qt as QtGuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QLineEdit,
    QStyle,
    QTableWidget,
    QWidget,
)

SLACK = 2  # px of rounding between measuring and drawing


def _in_scroll_area(widget: QWidget, top: QWidget) -> bool:
    """Inside a scrolling viewport (a scroll area's content, a table's cells): it may extend past view."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport() is not widget:
            return True
        parent = parent.parentWidget()
    return False


def _label_problem(label: QLabel) -> str:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return ""
    m = label.margin()
    rect = label.contentsRect().adjusted(m, m, -m, -m)
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGuiQt.mightBeRichText(text)
    )
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        if label.wordWrap():
            option = QTextOption()
            option.setWrapMode(QTextOption.WrapMode.WordWrap)
            doc.setDefaultTextOption(option)
            doc.setTextWidth(rect.width())
            if doc.size().height() > rect.height() + SLACK:
                return f"needs {doc.size().height():.0f} px of height, has {rect.height()}"
        elif doc.idealWidth() > rect.width() + SLACK:
            return f"needs {doc.idealWidth():.0f} px of width, has {rect.width()}"
        return ""
    metrics = QFontMetrics(label.font())
    if label.wordWrap():
        needed = metrics.boundingRect(
            QRect(0, 0, rect.width(), 100000), int(Qt.TextFlag.TextWordWrap | label.alignment()), text
        )
        if needed.height() > rect.height() + SLACK or needed.width() > rect.width() + SLACK:
            return f"needs {needed.width()}x{needed.height()} px, has {rect.width()}x{rect.height()}"
        return ""
    widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    if widest > rect.width() + SLACK:
        return f"needs {widest} px of width, has {rect.width()}"
    lines = len(text.split("\n"))
    if metrics.height() * lines > rect.height() + SLACK + (lines - 1) * metrics.leading():
        return f"needs {metrics.height() * lines} px of height, has {rect.height()}"
    return ""


def _button_problem(button: QAbstractButton) -> str:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text:
        return ""
    metrics = QFontMetrics(button.font())
    needed = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    room = button.contentsRect().width()
    if button.icon() is not None and not button.icon().isNull():
        room -= button.iconSize().width() + 4
    if needed > room + SLACK:
        return f"button text needs {needed} px, has {room}"
    return ""


def _field_problem(field: QWidget) -> str:
    """An entry box squeezed to a sliver (what the Settings page's Test button used to do)."""
    least = QFontMetrics(field.font()).averageCharWidth() * 10
    if field.width() < least:
        return f"entry box squeezed to {field.width()} px (less than 10 characters)"
    return ""


def _table_problems(table: QTableWidget) -> list[str]:
    """Cells whose text is cut off or elided (a table elides silently: that is still text the packer
    cannot read), in the rows that are showing."""
    out = []
    metrics = QFontMetrics(table.font())
    pad = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    header = table.horizontalHeader()
    for col in range(table.columnCount()):
        if table.isColumnHidden(col):
            continue
        width = table.columnWidth(col)
        for row in range(table.rowCount()):
            item = table.item(row, col)
            if item is None or not item.text() or table.visualItemRect(item).isEmpty():
                continue
            if not table.viewport().rect().intersects(table.visualItemRect(item)):
                continue
            font_metrics = QFontMetrics(item.font()) if item.font() != table.font() else metrics
            if table.wordWrap():
                needed = font_metrics.boundingRect(
                    QRect(0, 0, width - pad, 100000), int(Qt.TextFlag.TextWordWrap), item.text()
                )
                if needed.height() > table.rowHeight(row) + SLACK or needed.width() > width - pad + SLACK:
                    out.append(
                        f"cell ({row}, {header.model().headerData(col, Qt.Orientation.Horizontal)}) "
                        f"'{item.text()[:40]}' needs {needed.width()}x{needed.height()}, "
                        f"has {width - pad}x{table.rowHeight(row)}"
                    )
            elif font_metrics.horizontalAdvance(item.text()) > width - pad + SLACK:
                out.append(
                    f"cell ({row}, {header.model().headerData(col, Qt.Orientation.Horizontal)}) "
                    f"'{item.text()[:40]}' is cut off in a {width} px column"
                )
    return out


def fit_problems(window: QWidget) -> list[str]:
    """Every clipped text and every widget outside `window`, as readable lines (empty: it all fits)."""
    problems: list[str] = []
    frame = QRectF(window.rect()).adjusted(-0.5, -0.5, 0.5, 0.5)
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
            continue
        name = (
            f"{type(widget).__name__}({getattr(widget, 'text', lambda: '')()!r:.50})"
            if isinstance(widget, QLabel | QAbstractButton)
            else type(widget).__name__
        )
        scrolled = _in_scroll_area(widget, window)
        if not scrolled:
            top_left = widget.mapTo(window, QPoint(0, 0))
            if not frame.contains(QRectF(QRect(top_left, widget.size()))):
                problems.append(f"{name} is outside the window: {QRect(top_left, widget.size())}")
                continue
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
        elif isinstance(widget, QLineEdit | QComboBox) and not scrolled:
            problem = _field_problem(widget)
        elif isinstance(widget, QTableWidget):
            problems.extend(f"{name}: {p}" for p in _table_problems(widget))
            continue
        else:
            continue
        if problem:
            problems.append(f"{name}: {problem}")
    return problems
