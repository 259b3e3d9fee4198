"""Badge sheets and the first-run guide: render the PDF, decode every badge back with zxing-cpp, and log
in with what was decoded; `packstation users badges` on a real station home."""

from __future__ import annotations

import argparse
import io
from datetime import datetime

import pypdfium2 as pdfium
import pytest
import zxingcpp

from packstation.cli import home_parent
from packstation.cli.users import register
from packstation.domain.users import PermissionDenied, Role
from packstation.labels.badge_sheet import BadgeCard, SheetError, badge_sheet_pdf
from packstation.services.people import issue_badges
from packstation.services.users import LoginError, UserError, UserService
from packstation.store.db import open_engine, sqlite_url
from packstation.store.uow import UnitOfWorkFactory


def decoded(pdf: bytes, dpi: int = 300) -> list[list[str]]:
    doc = pdfium.PdfDocument(pdf)
    try:
        pages = []
        for page in doc:
            image = page.render(scale=dpi / 72, grayscale=True).to_pil()
            found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.Code128, try_rotate=False)
            found.sort(key=lambda b: (round(b.position.top_left.y / 100), b.position.top_left.x))
            pages.append([b.text for b in found])
        return pages
    finally:
        doc.close()


def text_of(pdf: bytes) -> list[str]:
    doc = pdfium.PdfDocument(pdf)
    try:
        return [page.get_textpage().get_text_range() for page in doc]
    finally:
        doc.close()


def test_every_badge_decodes_to_its_code_with_name_and_role():
    cards = [BadgeCard(f"p{n}", f"Packer {n}", "packer", f"PSB-CODE{n:04d}") for n in range(9)]
    cards[1] = BadgeCard("som", "สมชาย ใจดี", "supervisor", "PSB-SOMCHAI01")
    pdf = badge_sheet_pdf(cards, station="bench-3", printed_at=datetime(2026, 12, 1, 9, 0))
    pages = decoded(pdf)
    assert [len(p) for p in pages] == [8, 1]
    assert pages[0] + pages[1] == [c.token for c in cards]
    text = text_of(pdf)
    assert "สมชาย ใจดี" in text[0] and "Supervisor · user som" in text[0]
    assert "Packer 0" in text[0] and "Packer · user p0" in text[0] and "page 2 of 2" in text[1]
    assert "bench-3" in text[0] and "2026-12-01 09:00" in text[0]


def test_codes_a_barcode_cannot_carry_are_refused():
    with pytest.raises(SheetError, match="nobody"):
        badge_sheet_pdf([])
    with pytest.raises(SheetError, match="p1"):
        badge_sheet_pdf([BadgeCard("p1", "P", "packer", "BADGE-ÄÖ")])


@pytest.fixture
def users(tmp_path):
    engine = open_engine(sqlite_url(tmp_path / "station.db"))
    yield UserService(UnitOfWorkFactory(engine), "bench-1", scrypt_n=2**8)
    engine.dispose()


def test_issued_badges_log_in_as_decoded_from_the_sheet(users):
    admin = users.create_first_admin("ada", "Ada Admin", "9876")
    sue = users.add_user(admin, "sue", "Sue Supervisor", Role.SUPERVISOR, pin="5555")
    users.add_user(admin, "pat", "Pat Packer", Role.PACKER, pin="4321")
    users.add_user(admin, "kim", "Kim Packer", Role.PACKER, pin="4322", badge="OLD-KIM-BADGE")
    with pytest.raises(PermissionDenied, match="Only an admin"):
        issue_badges(users, sue, ["ada"])  # a supervisor badges packers only
    kept: list[bytes] = []
    pdf, issued = issue_badges(users, sue, ["pat"], keep=kept.append)
    assert issued == ["pat"] and kept == [pdf]
    [[code]] = decoded(pdf)
    assert users.login_badge(code).user_id == "pat"
    with pytest.raises(UserError, match="already have a badge"):
        issue_badges(users, admin, ["kim"])
    pdf, issued = issue_badges(users, admin)  # everyone active without a badge
    assert issued == ["ada", "sue"]
    assert [users.login_badge(code).user_id for code in decoded(pdf)[0]] == ["ada", "sue"]
    pdf, _ = issue_badges(users, admin, ["kim"], reissue=True)
    assert users.login_badge(decoded(pdf)[0][0]).user_id == "kim"
    with pytest.raises(LoginError):
        users.login_badge("OLD-KIM-BADGE")


def test_a_sheet_that_cannot_be_saved_changes_nobodys_badge(users):
    admin = users.create_first_admin("ada", "Ada Admin", "9876")
    users.add_user(admin, "pat", "Pat Packer", Role.PACKER, pin="4321")

    def full_disk(pdf: bytes) -> None:
        raise UserError("Cannot write badges.pdf: No space left on device.")

    with pytest.raises(UserError, match="No space"):
        issue_badges(users, admin, ["pat"], keep=full_disk)
    assert not users.get("pat").has_badge


def cli(home, monkeypatch, capsys, *argv, stdin=""):
    parser = argparse.ArgumentParser(prog="packstation")
    sub = parser.add_subparsers(dest="command")
    register(sub, home_parent())
    args = parser.parse_args(["users", *argv, "--home", str(home)])
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = args.func(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_users_badges_and_guide_commands(tmp_path, monkeypatch, capsys):
    home = tmp_path / "home"
    run = lambda *a, stdin="": cli(home, monkeypatch, capsys, *a, stdin=stdin)  # noqa: E731
    assert run("add", "ada", "--name", "Ada Admin", "--pin", "9876")[0] == 0
    assert run("add", "pat", "--name", "Pat Packer", "--pin", "4321", "--as", "ada", stdin="9876\n")[0] == 0
    out = tmp_path / "badges.pdf"
    code, said, err = run("badges", "--out", str(out), "--as", "ada", "--as-pin", "9876")
    assert code == 0, err
    assert "2 badge(s)" in said and "ada, pat" in said
    assert len(decoded(out.read_bytes())[0]) == 2 and "Pat Packer" in text_of(out.read_bytes())[0]
    code, _, err = run("badges", "--out", str(out), "--as", "ada", "--as-pin", "9876")
    assert code == 1 and "Everyone active has a badge" in err and "Traceback" not in err
    code, _, err = run(
        "badges",
        "--out",
        str(tmp_path / "no" / "such" / "x.pdf"),
        "--user",
        "pat",
        "--reissue",
        "--as",
        "ada",
        "--as-pin",
        "9876",
    )  # folders are made
    assert code == 0, err
    guide = tmp_path / "guide.pdf"
    code, said, _ = run("guide", "--out", str(guide))
    assert code == 0 and "first-run guide" in said
    text = text_of(guide.read_bytes())[0]
    assert "Packing station: first steps" in text and "F1" in text and "Ctrl+P" in text
    assert "Scan your badge" in text


def test_the_people_desk_saves_a_badge_sheet_and_the_guide(users, tmp_path):
    from packstation.services.people import PeopleDesk

    admin = users.create_first_admin("ada", "Ada Admin", "9876")
    sue = users.add_user(admin, "sue", "Sue Supervisor", Role.SUPERVISOR, pin="5555")
    users.add_user(admin, "pat", "Pat Packer", Role.PACKER, pin="4321")
    folder = tmp_path / "papers"
    view = PeopleDesk(users, sue).print_badges(folder)  # a supervisor: packers and themselves
    assert view.notice.tone == "ok", view.notice
    [sheet] = folder.glob("badges-*.pdf")
    [codes] = decoded(sheet.read_bytes())  # the packers, and the supervisor's own
    assert [users.login_badge(code).user_id for code in codes] == ["pat", "sue"]
    assert not users.get("ada").has_badge  # an admin's badge is an admin's to print
    again = PeopleDesk(users, sue).print_badges(folder)
    assert again.notice.tone == "error" and "has a badge already" in again.notice.text
    view = PeopleDesk(users, admin).print_guide(folder)
    assert (
        view.notice.tone == "ok"
        and "Scan your badge" in text_of((folder / "first-run-guide.pdf").read_bytes())[0]
    )
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    refused = PeopleDesk(users, admin).print_badges(blocked)
    assert refused.notice.tone == "error" and refused.notice.text.startswith("Cannot save")
    assert not users.get("ada").has_badge  # nothing enrolled when the sheet could not be saved
