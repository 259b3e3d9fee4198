"""Thai, Vietnamese, Chinese, Malay and accented Latin print as real glyphs: in the preview and in the ZPL."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageDraw

from packstation.domain.orders import Address, Order, OrderLine, OrderStatus, Parcel
from packstation.labels import fonts
from packstation.labels.layout import TextLine
from packstation.labels.model import label_content
from packstation.labels.raster import font_size, text_bitmap
from packstation.labels.render import layout_label, render_content
from tests.fixtures.labels import zpl_reader

NAMES = {
    "thai": "สมชาย ใจดี",
    "vietnamese": "Nguyễn Thị Hồng",
    "chinese": "李小龍",
    "malay": "Siti Nurhaliza binti Tarudin",
    "latin": "Zoë Łukasiewicz-Ørsted",
}
NOT_IN_ANY_FONT = "\U0010fffd"  # a private-use code point: every font draws its .notdef box for it


def glyph_mask(font, text: str) -> np.ndarray:
    image = Image.new("L", (font.size * (len(text) + 2), font.size * 2), 0)
    ImageDraw.Draw(image).text((2, font.size // 2), text, fill=255, font=font)
    return np.asarray(image) >= 128


@pytest.mark.parametrize("key", NAMES)
def test_every_character_is_drawn_by_a_font_that_has_it(key: str) -> None:
    name = NAMES[key]
    runs = fonts.script_runs(name, True)
    assert "".join(run for _script, run in runs) == name  # nothing dropped
    for script, run in runs:
        font = fonts.font(script, 40, True)
        tofu = glyph_mask(font, NOT_IN_ANY_FONT)
        for ch in run:
            if ch.isspace() or not ch.isprintable():
                continue
            assert fonts.has_glyph(script, ch, True), (script, ch)
            mask = glyph_mask(font, ch)
            assert mask.any(), ch
            assert not np.array_equal(mask, tofu), f"{ch!r} drawn as .notdef in the {script} font"


@pytest.mark.parametrize("key", ["thai", "vietnamese", "chinese"])
def test_rendered_name_is_not_a_row_of_boxes(key: str) -> None:
    name = NAMES[key]
    height = 48
    bits = text_bitmap(name, height, True)
    script = fonts.script_runs(name, True)[0][0]
    boxes = glyph_mask(fonts.font(script, font_size(height), True), NOT_IN_ANY_FONT * len(name))
    assert bits.any()
    cropped = bits[:, bits.any(axis=0)]
    box_cols = boxes[:, boxes.any(axis=0)]
    assert cropped.shape[1] != box_cols.shape[1] or not np.array_equal(
        cropped[bits.any(axis=1)], box_cols[boxes.any(axis=1)]
    )


def test_thai_marks_stack_on_their_base_with_complex_layout() -> None:
    """With raqm the tone mark and vowel sit above the consonant, so the word is narrower than its parts."""
    font = fonts.font("thai", 40)
    assert fonts.ImageFont.core.HAVE_RAQM, "Pillow without raqm cannot lay Thai out"
    word = "ที่"
    assert font.getlength(word) < sum(font.getlength(ch) for ch in word)


def _order(name: str, line1: str) -> Order:
    return Order(
        order_id="577000000000000099",
        channel="tiktok",
        status=OrderStatus.PACKED,
        recipient=Address(name, "+84 90 123 4567", line1, city="Hà Nội", country="VN"),
        lines=[OrderLine("AO-DAI-01", 1)],
        carrier="J&T Express",
        service="Standard",
        tracking_number="840012345678",
    )


@pytest.mark.parametrize("key", ["thai", "vietnamese", "chinese"])
def test_zpl_sends_non_latin_names_as_graphics_and_plain_lines_as_printer_text(key: str) -> None:
    order = _order(NAMES[key], "12 Tran Hung Dao")
    sender = Address("Shop VN", "+84 28 0000 0000", "1 Le Loi", city="Ho Chi Minh", country="VN")
    content = label_content(order, Parcel(order.order_id, 1, weight_g=500), sender)
    layout = layout_label(content, "4x6", 203)
    labels = render_content(content, "4x6", 203, ["zpl", "png"])
    zpl = labels["zpl"].decode("utf-8")
    name_line = next(el for el in layout.elements if isinstance(el, TextLine) and el.text == NAMES[key])
    graphic = next(g for g in zpl_reader.graphics(zpl) if (g.x, g.y) == (name_line.x, name_line.y))
    assert np.array_equal(
        graphic.bits[:, : text_bitmap(name_line.text, name_line.height, True).shape[1]],
        text_bitmap(name_line.text, name_line.height, True),
    )
    assert NAMES[key] not in zpl
    assert "^A0N" in zpl and "^FD12 Tran Hung Dao^FS" in zpl
    preview = np.asarray(Image.open(io.BytesIO(labels["png"])).convert("L")) < 128
    h, w = graphic.bits.shape
    assert (preview[graphic.y : graphic.y + h, graphic.x : graphic.x + w] == graphic.bits[:, :w]).all()


def test_latin1_text_uses_the_printer_font_under_utf8() -> None:
    order = _order("José Álvarez-Núñez", "Calle Señor 5")
    sender = Address("Tienda", "", "Calle 1", city="Madrid", country="ES")
    zpl = render_content(label_content(order, Parcel(order.order_id, 1), sender), "4x6", 203, ["zpl"])["zpl"]
    text = zpl.decode("utf-8")
    assert "^FDJosé Álvarez-Núñez^FS" in text
    assert "José".encode() in zpl  # UTF-8 on the wire, as ^CI28 announces
    assert "^FDHà Nội" not in text  # Vietnamese needs glyphs the printer font lacks
