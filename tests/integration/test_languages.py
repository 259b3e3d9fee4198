"""Each person's language is remembered on their user record (audited); PDFs come out in a chosen language."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from sqlalchemy import select

from packstation.domain.commands import Command
from packstation.domain.users import Role
from packstation.labels.command_sheet import command_sheet_pdf
from packstation.services.languages import LanguageBook, UnknownLanguage
from packstation.services.users import UserService
from packstation.store.db import open_engine, sqlite_url
from packstation.store.tables import EventRow
from packstation.store.uow import UnitOfWorkFactory


def bases(text: str) -> str:
    """Only the letters and digits: text extraction of shaped Thai puts vowel and tone marks after the
    next letter (and sometimes a stray symbol), the letters themselves stay in order."""
    return "".join(ch for ch in text if unicodedata.category(ch)[0] in "LN")


def page_text(pdf: bytes) -> str:
    doc = pdfium.PdfDocument(pdf)
    try:
        return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


@pytest.fixture
def uow(tmp_path: Path) -> UnitOfWorkFactory:
    engine = open_engine(sqlite_url(tmp_path / "station.db"))
    factory = UnitOfWorkFactory(engine)
    users = UserService(factory, "st1", scrypt_n=2**8)
    admin = users.create_first_admin("admin", "Ada Admin", "9999")
    users.add_user(admin, "som", "Somchai", Role.PACKER, "1234")
    users.add_user(admin, "pat", "Pat Packer", Role.PACKER, "4321")
    return factory


def test_a_language_chosen_at_login_is_remembered_and_audited(uow: UnitOfWorkFactory) -> None:
    book = LanguageBook(uow, "st1", default="en")
    assert book.on_login("som") == "en"  # nothing chosen yet: the station default
    assert book.on_login("som", "th_TH") == "th"
    assert book.on_login("som") == "th"  # remembered for the next login
    assert LanguageBook(uow, "st1", default="vi").language_of("som") == "th"  # over any station default
    assert LanguageBook(uow, "st1", default="vi").language_of("pat") == "vi"
    with uow() as u:
        changes = [
            (row.type, row.payload)
            for row in u.session.scalars(select(EventRow).where(EventRow.type == "UserChanged"))
            if row.payload.get("change") == "language"
        ]
    assert changes == [("UserChanged", {"target": "som", "change": "language", "detail": "th"})]


def test_an_unknown_language_or_person_is_refused_and_nothing_changes(uow: UnitOfWorkFactory) -> None:
    book = LanguageBook(uow, "st1")
    with pytest.raises(UnknownLanguage, match="use one of en, th, vi, id, ms, zh_CN"):
        book.remember(book_actor(), "som", "klingon")
    with pytest.raises(UnknownLanguage, match="No user 'nobody'"):
        book.remember(book_actor(), "nobody", "th")
    assert book.language_of("som") == "en"


def book_actor():  # type: ignore[no-untyped-def]
    from packstation.domain.users import Actor

    return Actor("admin", Role.ADMIN)


def test_the_command_sheet_in_thai_reads_back_in_thai_with_the_same_barcodes() -> None:
    thai = page_text(command_sheet_pdf([Command.NEXT, Command.HOLD], station="bench-1", language="th"))
    english = page_text(command_sheet_pdf([Command.NEXT, Command.HOLD], station="bench-1"))
    letters = bases(thai)
    assert bases("ออเดอร์ถัดไป") in letters and bases("พักออเดอร์") in letters
    assert bases("คำสั่งของโต๊ะแพ็ก") in letters and bases("โต๊ะแพ็ก bench-1") in letters
    assert "Next order" in english and "Next order" not in thai
    assert "%%PS:NEXT" in thai and "%%PS:HOLD" in thai  # the barcodes' text is the same in every language


def test_the_command_sheet_in_chinese_has_its_words() -> None:
    chinese = page_text(command_sheet_pdf([Command.VOID], language="zh_CN"))
    assert "作废面单" in chinese and "（主管）" in chinese


def test_a_checkout_without_qm_files_builds_them_and_rebuilds_only_what_changed(tmp_path: Path) -> None:
    import shutil

    from packstation.languages import build_qm, ts_path

    shutil.copy(ts_path("th"), tmp_path / "packstation_th.ts")
    shutil.copy(ts_path("zh_CN"), tmp_path / "packstation_zh_CN.ts")
    built = build_qm(tmp_path)
    assert sorted(p.name for p in built) == ["packstation_th.qm", "packstation_zh_CN.qm"]
    qm = (tmp_path / "packstation_th.qm").read_bytes()
    assert qm[:16] == bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")  # Qt's .qm magic
    assert "ออเดอร์ถัดไป".encode("utf-16-be") in qm  # the translations are in it
    assert build_qm(tmp_path) == []  # up to date: nothing rebuilt


def test_the_manifest_headings_follow_the_language_and_its_content_hash_does_not() -> None:
    from datetime import UTC, datetime

    from packstation.domain.handover import Manifest, ParcelLine
    from packstation.evidence.manifests import content_sha256
    from packstation.labels.manifest import render_manifest

    now = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
    parcels = (ParcelLine("577000000000000001", 1, 1, "JT0000000001", 420.0),)
    m = Manifest("M-1", "pickup", "J&T Express", "Somchai", "1AB 234", "bench-1", "pat", now, now, "UTC", now, parcels, "Somchai", None, ())
    m = Manifest(**{**m.__dict__, "content_sha256": content_sha256(m)})
    thai, english = page_text(render_manifest(m, "th")), page_text(render_manifest(m))
    assert "Carrier pickup manifest: J&T Express" in english and "Total weight" in english
    assert bases("ใบส่งมอบให้ขนส่งมารับ: J&T Express") in bases(thai) and bases("น้ำหนักรวม") in bases(thai)
    assert "Total weight" not in thai and "JT0000000001" in thai and m.content_sha256 in thai.replace("\r\n", "")


def test_the_evidence_pack_headings_follow_the_language(tmp_path: Path) -> None:
    from tests.integration.test_evidence_export import Store, label_png

    store = Store(tmp_path)
    store.add_order("ORD-2001", tracking="TH0123456789")
    result = store.export(["ORD-2001"], tmp_path / "th", label_renderer=label_png, language="th")
    thai = page_text(result.packs["ORD-2001"][0].read_bytes())
    english = page_text(store.export(["ORD-2001"], tmp_path / "en", label_renderer=label_png).packs["ORD-2001"][0].read_bytes())
    assert "Proof photos" in english and "Timeline" in english
    assert bases("รูปหลักฐาน") in bases(thai) and bases("ลำดับเหตุการณ์") in bases(thai)
    assert "Proof photos" not in thai and "ORD-2001" in thai
    # Beyond the headings: field names, the summary line and the verification line.
    assert "Order ID" in english and "Generated" in english and "OK: " in english
    assert bases("รหัสออเดอร์") in bases(thai) and bases("สร้างเมื่อ") in bases(thai)
    assert "Order ID" not in thai and "Generated" not in thai and "OK: " not in thai
