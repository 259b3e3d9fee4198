"""Print jobs as the station shows them, the error for a label stored but not (yet) printed, and
what a desktop printer's job carries for a marketplace label (the platform PDF, unchanged)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime

from PIL import Image

from packstation.domain import workflow
from packstation.domain.texts import from_json, translate
from packstation.labels.model import Stock, stock_named
from packstation.labels.pdf import image_to_pdf
from packstation.labels.platform import is_pdf, platform_label
from packstation.store.print_tables import PrintJobRow


class LabelNotPrinted(workflow.WorkflowError):
    """The label is stored but has not printed (printer not ready, or result unknown); says why."""

    def __init__(self, message: str, jobs: list[PrintJob]) -> None:
        super().__init__(message)
        self.jobs = jobs


@dataclass(frozen=True)
class PrintJob:
    """A stored print job as the station shows it."""

    id: str
    order_id: str
    parcel: int
    kind: str
    state: str
    printer: str
    tracking_number: str
    reason: str
    attempts: int
    format: str
    created_at: datetime
    sent_at: datetime | None

    @classmethod
    def from_row(cls, row: PrintJobRow) -> PrintJob:
        return cls(
            row.id,
            row.order_id,
            row.parcel_number,
            row.kind,
            row.state,
            row.printer,
            row.tracking_number,
            from_json(row.reason_text, row.reason),
            row.attempts,
            row.format,
            row.created_at,
            row.sent_at,
        )


def platform_document(document: bytes, stock: Stock | str, dpi: int) -> bytes:
    """A marketplace/carrier label for a desktop printer: its PDF byte for byte, or an image label
    (PNG, JPEG) fitted on one stock-size PDF page. Unreadable or blank labels raise `PlatformLabelError`."""
    platform_label(document, stock, dpi)  # the same checks as for a label printer: readable, not blank
    if is_pdf(document):
        return document
    paper = stock_named(stock)
    with Image.open(io.BytesIO(document)) as opened:
        opened.load()
        image = opened.convert("RGBA")
    flat = Image.alpha_composite(Image.new("RGBA", image.size, "white"), image).convert("L")
    if (flat.width > flat.height) != (paper.width_mm > paper.height_mm) and flat.width != flat.height:
        flat = flat.transpose(Image.Transpose.ROTATE_270)  # the same quarter turn as on a label printer
    # A white page of the stock's proportions around the image, at the image's own pixel density.
    aspect = paper.width_mm / paper.height_mm
    width = max(flat.width, round(flat.height * aspect))
    height = max(flat.height, round(flat.width / aspect))
    page = Image.new("L", (width, height), 255)
    page.paste(flat, ((width - flat.width) // 2, (height - flat.height) // 2))
    return image_to_pdf(page, paper.width_mm, paper.height_mm)


def step_message(jobs: list[PrintJob]) -> str:
    """One line for the packer after the Label step; raises `LabelNotPrinted` when a label is not out."""
    stuck = [j for j in jobs if j.state in ("queued", "sending", "unknown")]
    if stuck:
        raise LabelNotPrinted(stuck[0].reason, jobs)
    numbers = ", ".join(j.tracking_number for j in jobs if j.tracking_number)
    if numbers:
        return translate("Label", "Label printed ({numbers}).").format(numbers=numbers)
    return translate("Label", "Label printed.")


def wrong_printer(stored: str, wanted: str) -> str:
    """Why a job stored for one kind of printer is not sent to the other kind."""
    kinds = {
        "zpl": translate("Label", "a label printer (ZPL)"),
        "pdf": translate("Label", "a desktop printer (PDF)"),
    }
    return translate(
        "Label",
        "not printed: this label was made for {stored} but the station now prints on {wanted}; a supervisor voids it and it is printed again",
    ).format(stored=kinds.get(stored, stored), wanted=kinds.get(wanted, wanted))
