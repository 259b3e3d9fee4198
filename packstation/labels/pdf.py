"""A label as a PDF page of the exact stock size holding the rendered dots as a lossless image."""

from __future__ import annotations

from fpdf import FPDF
from PIL import Image

from packstation.labels.layout import Layout
from packstation.labels.png import to_image


def image_to_pdf(image: Image.Image, width_mm: float, height_mm: float) -> bytes:
    """One page `width_mm` x `height_mm` filled by the image (Flate, lossless; no resampling in the file)."""
    pdf = FPDF(unit="mm", format=(width_mm, height_mm))
    pdf.set_margins(0, 0, 0)
    pdf.set_auto_page_break(False)
    pdf.set_creator("packstation")
    pdf.add_page()
    pdf.image(image.convert("L"), x=0, y=0, w=width_mm, h=height_mm)
    return bytes(pdf.output())


def to_pdf(layout: Layout) -> bytes:
    return image_to_pdf(to_image(layout), layout.stock.width_mm, layout.stock.height_mm)
