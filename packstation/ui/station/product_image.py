"""Product photos on the station: where a catalog `image` points, loading it off the GUI thread, showing it.

A catalog `image` is a path as written in the catalog CSV: absolute, relative to the station home, or a
`file://` URL. Web URLs are not fetched at the station (the placeholder shows). Files are read as a
`QImage` by the window's `TaskRunner`; the GUI thread turns it into a `QPixmap` and keeps the last few
in memory, so a scan never waits on a disk, and a missing or unreadable file shows a neutral placeholder.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from packstation.domain.orders import Product
from packstation.ui.theme import current_scale

MAX_SIDE = 640  # larger photos are decoded scaled down: the screen never shows them bigger
CACHE_SIZE = 48  # decoded photos kept (at most ~1.6 MB each)

Ready = Callable[[QPixmap | None], None]


def image_path(image: str, root: Path | None) -> Path | None:
    """The file a catalog `image` names: absolute, `file://`, or relative to `root` (the station home)."""
    text = image.strip()
    if not text:
        return None
    if text.casefold().startswith("file://"):
        text = unquote(urlparse(text).path)
    elif "://" in text:
        return None  # http(s) and the like: not fetched at the station
    path = Path(text).expanduser()
    if not path.is_absolute():
        if root is None:
            return None
        path = root / path
    return path


def read_image(path: Path, max_side: int = MAX_SIDE) -> QImage | None:
    """Decode a photo (worker thread), scaled down to `max_side`; None when it is missing or unreadable."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # camera photos: honour the EXIF orientation
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > max_side:
        reader.setScaledSize(size.scaled(max_side, max_side, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else image


class ProductImages(QObject):
    """Product photos by file: decoded by the runner, kept as pixmaps (last `CACHE_SIZE`), failures too."""

    def __init__(self, runner: Any, root: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.root = root
        self._cache: OrderedDict[Path, QPixmap | None] = OrderedDict()
        self._waiting: dict[Path, list[Ready]] = {}

    def path_of(self, product: Product | None) -> Path | None:
        return image_path(product.image, self.root) if product is not None else None

    def cached(self, path: Path) -> tuple[bool, QPixmap | None]:
        """(known, pixmap): known is False while the file was never read or is still being read."""
        if path not in self._cache:
            return False, None
        self._cache.move_to_end(path)
        return True, self._cache[path]

    def request(self, path: Path, on_ready: Ready) -> None:
        """Call `on_ready(pixmap or None)` on the GUI thread: at once when cached, else after the worker read it."""
        known, pixmap = self.cached(path)
        if known:
            on_ready(pixmap)
            return
        waiting = self._waiting.get(path)
        if waiting is not None:  # already being read: one read, every caller served
            waiting.append(on_ready)
            return
        self._waiting[path] = [on_ready]
        self.runner.run(
            lambda: read_image(path),
            on_done=lambda image: self._loaded(path, image),
            on_error=lambda _exc: self._loaded(path, None),
        )

    def _loaded(self, path: Path, image: QImage | None) -> None:
        pixmap = QPixmap.fromImage(image) if image is not None else None
        self._cache[path] = pixmap
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        for on_ready in self._waiting.pop(path, []):
            on_ready(pixmap)


class ProductImageView(QLabel):
    """The scanned product's photo, fitted to a fixed square; a neutral card with its name when there is none."""

    def __init__(self, images: ProductImages, side: int = 300, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images = images
        self.side = side  # at the reference type size; follows the window's type scale
        self.setFixedSize(self._side(), self._side())
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # a product name is never markup; and cheaper on a scan
        self.setProperty("role", "product")  # colours and type from the theme
        self.source: QPixmap | None = None  # the photo as decoded, before fitting
        self.sku = ""  # the product shown (or being loaded)
        self.placeholder = False

    def show_product(self, product: Product | None, name: str = "") -> None:
        """Show this product's photo; cached photos show at once, others when the worker has read them."""
        sku = product.sku if product is not None else name
        if sku and sku == self.sku:
            return  # same item scanned again: nothing to repaint
        self.sku = sku
        label = (product.name if product is not None else "") or name or sku
        path = self.images.path_of(product)
        if path is None:
            self._placeholder(label)
            return
        known, pixmap = self.images.cached(path)
        if not known:
            self._placeholder(label, loading=True)
        self.images.request(path, lambda loaded: self._ready(sku, label, loaded))

    def clear_product(self) -> None:
        self.sku, self.source, self.placeholder = "", None, False
        self.clear()

    def _ready(self, sku: str, label: str, pixmap: QPixmap | None) -> None:
        if sku != self.sku:
            return  # another item was scanned meanwhile
        if pixmap is None:
            self._placeholder(label)
            return
        self.source, self.placeholder = pixmap, False
        self._fit()

    def _placeholder(self, name: str, loading: bool = False) -> None:
        self.source, self.placeholder = None, not loading  # setText drops a photo shown before
        self.setText(f"{name}\n{'…' if loading else 'no photo'}")

    def _fit(self) -> None:
        if self.source is not None:
            box = self.contentsRect().size()
            self.setPixmap(
                self.source.scaled(
                    box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )

    def _side(self) -> int:
        return round(self.side * current_scale())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange and self.width() != self._side():
            self.setFixedSize(self._side(), self._side())  # the theme was re-applied at a new scale

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()


def thumbnail(pixmap: QPixmap, side: int) -> QPixmap:
    """A small square-bounded copy for table rows."""
    return pixmap.scaled(
        QSize(side, side), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
