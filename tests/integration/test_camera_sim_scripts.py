"""The simulated camera writes recipients in their own script (not '?'), and its label still scans."""

from __future__ import annotations

import numpy as np
import pytest
import zxingcpp

from packstation.devices.camera_sim import Scene, _ascii, render_scene


@pytest.mark.parametrize("name", ["สมชาย ใจดี", "José Álvarez-Núñez", "李小龍"])
def test_recipient_is_drawn_in_its_script(name):
    real = render_scene(Scene("577", "EA000000014US", name, True), 1280, 720)
    placeholder = render_scene(Scene("577", "EA000000014US", _ascii(name), True), 1280, 720)
    assert "?" in _ascii(name)
    assert np.count_nonzero(np.any(real != placeholder, axis=2)) > 200  # different glyphs, not question marks
    assert [r.text for r in zxingcpp.read_barcodes(real)] == ["EA000000014US"]
