"""Labels made by the marketplace or carrier (PDF or PNG) turned into what a label printer takes.

The document is printed as given, never re-laid-out or policy-checked: it is scaled to fit the stock
(turned a quarter if its orientation differs), rasterized at the printer's dpi with smoothing off, so
bar edges fall on whole dots instead of grey, thresholded to 1 bit and sent as one Z64 `^GF` graphic.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from PIL import Image, UnidentifiedImageError

from packstation.domain.texts import translate
from packstation.labels.model import LabelError, Stock, check_dpi, stock_named
from packstation.labels.pdf import image_to_pdf
from packstation.labels.png import bitmap_image, bitmap_png
from packstation.labels.raster import gf_field

PLATFORM_FORMATS = ("zpl", "png", "pdf")
THRESHOLD = 128  # grey level below which a rendered pixel prints black
# pdfium is not thread-safe; the print spool and the UI may both convert labels.
_PDFIUM_LOCK = threading.Lock()


class PlatformLabelError(LabelError):
    """The marketplace/carrier label cannot be read or printed (not a PDF/image, blank, no such page)."""


@dataclass(frozen=True)
class PlatformLabel:
    """A platform label rasterized for one printer: the dots (True = black) on the stock, and its source."""

    bits: np.ndarray
    dpi: int
    stock: Stock
    source: bytes
    source_kind: str  # "pdf" or "image"
    rotated: bool

    def zpl(self, copies: int = 1) -> bytes:
        """One ZPL format: the whole label as a Z64 `^GF` graphic at the origin."""
        height, width = self.bits.shape
        parts = ["^XA", "^CI28", f"^PW{width}", f"^LL{height}", "^LH0,0", "^PON"]
        parts += [f"^FO0,0{gf_field(self.bits)}^FS", f"^PQ{max(1, int(copies))}", "^XZ"]
        return "\n".join(parts).encode("ascii")

    def png(self) -> bytes:
        """Preview at the printer's resolution (1 pixel = 1 dot): exactly the dots the printer gets."""
        return bitmap_png(self.bits, self.dpi)

    def pdf(self) -> bytes:
        """For a desktop printer: the platform's own PDF as given, or an image label on a stock-size page."""
        if self.source_kind == "pdf":
            return self.source
        return image_to_pdf(bitmap_image(self.bits), self.stock.width_mm, self.stock.height_mm)


def is_pdf(data: bytes) -> bool:
    return data[:1024].lstrip().startswith(b"%PDF-")


def _fit(src_w: float, src_h: float, width: int, height: int) -> tuple[bool, float]:
    """Whether to turn the source a quarter, and the scale that fits it inside width x height dots."""
    rotate = (src_w > src_h) != (width > height) and abs(src_w - src_h) > 1e-6
    if rotate:
        src_w, src_h = src_h, src_w
    return rotate, min(width / src_w, height / src_h)


def _place(bits: np.ndarray, width: int, height: int) -> np.ndarray:
    """Centre the rendered dots on a stock-size page (cropping a dot of rounding at most)."""
    page = np.zeros((height, width), dtype=bool)
    h, w = min(bits.shape[0], height), min(bits.shape[1], width)
    top, left = (height - h) // 2, (width - w) // 2
    page[top : top + h, left : left + w] = bits[:h, :w]
    return page


def _render_pdf(data: bytes, width: int, height: int, page_index: int) -> tuple[np.ndarray, bool]:
    import pypdfium2 as pdfium  # only needed for platform labels; keeps `import labels` light

    with _PDFIUM_LOCK:
        try:
            doc = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            raise PlatformLabelError(
                translate("Label", "the platform label is not a readable PDF ({error})").format(error=str(exc))
            ) from None
        try:
            if not 0 <= page_index < len(doc):
                raise PlatformLabelError(
                    translate("Label", "the platform label has {pages} page(s), no page {page}").format(
                        pages=len(doc), page=page_index + 1
                    )
                )
            page = doc[page_index]
            src_w, src_h = page.get_size()
            rotate, scale = _fit(src_w, src_h, width, height)
            bitmap = page.render(
                scale=scale,
                rotation=90 if rotate else 0,
                grayscale=True,
                may_draw_forms=True,
                draw_annots=True,
                no_smoothtext=True,
                no_smoothimage=True,
                no_smoothpath=True,
            )
            grey = bitmap.to_numpy()
            page.close()
        finally:
            doc.close()
    if grey.ndim == 3:
        grey = grey[..., 0]
    return grey < THRESHOLD, rotate


def _render_image(data: bytes, width: int, height: int) -> tuple[np.ndarray, bool]:
    try:
        with Image.open(io.BytesIO(data)) as opened:
            opened.load()
            image: Image.Image = opened
            if image.mode in ("RGBA", "LA", "P"):
                image = image.convert("RGBA")
                flat = Image.new("RGBA", image.size, "white")
                image = Image.alpha_composite(flat, image)
            grey = image.convert("L")
    except (UnidentifiedImageError, OSError) as exc:
        raise PlatformLabelError(
            translate("Label", "the platform label is neither a PDF nor an image ({error})").format(error=str(exc))
        ) from None
    rotate, scale = _fit(grey.width, grey.height, width, height)
    if rotate:
        grey = grey.transpose(Image.Transpose.ROTATE_270)
    size = (max(1, int(grey.width * scale)), max(1, int(grey.height * scale)))
    if size != grey.size:
        # Enlarging repeats whole pixels (no grey edges); shrinking averages each box of pixels so a bar
        # keeps its share of dots before the threshold decides.
        resample = Image.Resampling.NEAREST if scale >= 1 else Image.Resampling.BOX
        grey = grey.resize(size, resample)
    return np.asarray(grey) < THRESHOLD, rotate


def platform_label(
    data: bytes, stock: Stock | str = "4x6", dpi: int = 203, *, page: int = 0
) -> PlatformLabel:
    """Rasterize a marketplace/carrier label (PDF page `page`, or a PNG/JPEG) for a printer."""
    if not data:
        raise PlatformLabelError(translate("Label", "the platform label is empty"))
    paper = stock_named(stock)
    width, height = paper.dots(check_dpi(dpi))
    if is_pdf(data):
        bits, rotated = _render_pdf(data, width, height, page)
        kind = "pdf"
    else:
        bits, rotated = _render_image(data, width, height)
        kind = "image"
    if not bits.any():
        raise PlatformLabelError(translate("Label", "the platform label page is blank"))
    placed = _place(bits, width, height)
    placed.setflags(write=False)
    return PlatformLabel(placed, dpi, paper, data, kind, rotated)


def platform_to_zpl(data: bytes, stock: Stock | str = "4x6", dpi: int = 203, *, page: int = 0) -> bytes:
    """A platform label as ZPL `^GF` for a thermal printer."""
    return platform_label(data, stock, dpi, page=page).zpl()


def render_platform_label(
    data: bytes,
    stock: Stock | str = "4x6",
    dpi: int = 203,
    formats: Iterable[str] = PLATFORM_FORMATS,
    *,
    page: int = 0,
) -> dict[str, bytes]:
    """A platform label as {format: bytes} for `zpl`, `png` (preview) and `pdf` (as given)."""
    wanted = [formats] if isinstance(formats, str) else list(formats)
    wanted = [f.strip().lower() for item in wanted for f in item.split(",") if f.strip()]
    unknown = [f for f in wanted if f not in PLATFORM_FORMATS]
    if unknown or not wanted:
        raise LabelError(f"unknown label format {', '.join(unknown) or '(none)'}; use zpl, png or pdf")
    label = platform_label(data, stock, dpi, page=page)
    makers = {"zpl": label.zpl, "png": label.png, "pdf": label.pdf}
    return {fmt: makers[fmt]() for fmt in wanted}


def platform_label_zpl(data: bytes, stock: Stock | str = "4x6", dpi: int = 203) -> bytes:
    """The name the print spool asks for: same as `platform_to_zpl` (first page of a PDF)."""
    return platform_to_zpl(data, stock, dpi)
