"""The Qt binding must not leak or drop references on plain calls (PySide6 6.12 on CPython 3.11 did)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_method_calls_keep_the_reference_count_of_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(3000):
        label.setText("x")
        label.isVisible()
    assert abs(sys.getrefcount(None) - before) < 100
