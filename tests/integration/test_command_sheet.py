"""Command sheets and badges: rasterize the PDF and decode every barcode back with zxing-cpp."""

from __future__ import annotations

from datetime import UTC, datetime

import pypdfium2 as pdfium
import pytest
import zxingcpp

from packstation.domain.commands import Command, parse_command
from packstation.labels.command_sheet import CommandSheetError, badge_pdf, code128_modules, command_sheet_pdf


def decoded_pages(pdf_bytes: bytes, dpi: int = 200) -> list[list[str]]:
    doc = pdfium.PdfDocument(pdf_bytes)
    try:
        pages = []
        for page in doc:
            image = page.render(scale=dpi / 72, grayscale=True).to_pil()
            found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.Code128, try_rotate=False)
            # reading order: top to bottom, left to right
            found.sort(key=lambda b: (round(b.position.top_left.y / 50), b.position.top_left.x))
            pages.append([b.text for b in found])
        return pages
    finally:
        doc.close()


def page_text(pdf_bytes: bytes) -> list[str]:
    doc = pdfium.PdfDocument(pdf_bytes)
    try:
        return [page.get_textpage().get_text_range() for page in doc]
    finally:
        doc.close()


def test_every_command_decodes_back_to_itself():
    pdf = command_sheet_pdf(
        list(Command), "Station commands", "bench-7", datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    )
    pages = decoded_pages(pdf)
    assert len(pages) == 1
    assert pages[0] == [c.barcode for c in Command]
    assert [parse_command(text) for text in pages[0]] == list(Command)
    text = page_text(pdf)[0]
    assert "bench-7" in text and "2026-03-01 09:30" in text
    for command in Command:
        assert command.label in text and command.hotkey in text


def test_more_than_a_page_of_commands_flows_onto_a_second_page():
    full_page = list(Command) + [Command.HELP] * (14 - len(Command))  # exactly one full page ...
    commands = full_page + [Command.NEXT, Command.UNDO, Command.LOGOUT]  # ... then three more
    pages = decoded_pages(command_sheet_pdf(commands, "Big sheet", "s1"))
    assert [len(p) for p in pages] == [14, 3]
    assert pages[1] == [Command.NEXT.barcode, Command.UNDO.barcode, Command.LOGOUT.barcode]
    assert "page 2 of 2" in page_text(command_sheet_pdf(commands, "Big sheet", "s1"))[1]


def test_a_subset_and_a_non_latin_title():
    pdf = command_sheet_pdf([Command.HOLD, Command.RELEASE], "Lệnh trạm đóng gói", "Kho-Hà-Nội")
    assert decoded_pages(pdf) == [[Command.HOLD.barcode, Command.RELEASE.barcode]]
    assert "Lệnh trạm đóng gói" in page_text(pdf)[0]


def test_badge_decodes_to_its_token():
    pdf = badge_pdf("pat", "Pat Packer", "BADGE-PAT-0042")
    assert decoded_pages(pdf, dpi=300) == [["BADGE-PAT-0042"]]
    assert "Pat Packer" in page_text(pdf)[0]


def test_bad_input_is_refused_clearly():
    with pytest.raises(CommandSheetError, match="no commands"):
        command_sheet_pdf([], "empty", "s1")
    with pytest.raises(CommandSheetError, match="printable ASCII"):
        code128_modules("BADGE-ÄÖ")
    with pytest.raises(CommandSheetError, match="too long"):
        badge_pdf("pat", "Pat", "X" * 120)
