"""`packstation command-sheet` writes a PDF whose every barcode scans back to its command."""

from __future__ import annotations

import pypdfium2 as pdfium
import zxingcpp

from packstation.cli import main
from packstation.domain.commands import Command, parse_command


def decoded_commands(path) -> set[Command]:
    found = set()
    pdf = pdfium.PdfDocument(str(path))
    for page in pdf:
        image = page.render(scale=200 / 72).to_pil()
        for result in zxingcpp.read_barcodes(image):
            command = parse_command(result.text)
            if command is not None:
                found.add(command)
    return found


def test_the_sheet_carries_every_command(tmp_path, capsys):
    out = tmp_path / "sheet.pdf"
    assert main(["command-sheet", "--out", str(out), "--home", str(tmp_path / "h")]) == 0
    assert decoded_commands(out) == set(Command)


def test_a_partial_sheet_and_an_unknown_command(tmp_path, capsys):
    out = tmp_path / "two.pdf"
    assert (
        main(
            ["command-sheet", "--only", "next", "--only", "UNDO", "--out", str(out), "--home", str(tmp_path)]
        )
        == 0
    )
    assert decoded_commands(out) == {Command.NEXT, Command.UNDO}
    assert main(["command-sheet", "--only", "FLY", "--out", str(out), "--home", str(tmp_path)]) == 2
    assert "unknown command" in capsys.readouterr().err
