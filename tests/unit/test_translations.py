"""The shipped .ts files are complete and keep every placeholder; core texts translate template-first."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from packstation.domain.texts import QT_TRANSLATE_NOOP, Text, from_json, render, to_json, translate
from packstation.languages import I18N_DIR, LANGUAGES, Wording, language_code, ts_path, wording

ROOT = Path(__file__).resolve().parents[2]
TRANSLATED = [code for code in LANGUAGES if code != "en"]
# Qt's plural rules: English has one and other; Thai, Vietnamese, Indonesian, Malay and Chinese one form.
FORMS = {"en": 2, "th": 1, "vi": 1, "id": 1, "ms": 1, "zh_CN": 1}
PLACEHOLDER = re.compile(r"%n|%L?\d|\{\w+\}")


def messages(language: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts_path(language)).getroot()
    return [(c.findtext("name") or "", m) for c in root.iter("context") for m in c.iter("message")]


def translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = [f.text or "" for f in translation.iter("numerusform")]
    return forms if message.get("numerus") == "yes" else [translation.text or ""]


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_every_entry_is_finished(language: str) -> None:
    found = messages(language)
    assert found, f"{language}: no messages"
    for context, message in found:
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, f"{language} {context}: {source!r} is {translation.get('type')}"
        assert all(t.strip() for t in translations(message)), f"{language} {context}: {source!r} empty"


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_plural_entries_have_every_form_of_the_language(language: str) -> None:
    plurals = [(c, m) for c, m in messages(language) if m.get("numerus") == "yes"]
    assert plurals, f"{language}: the counts (%n) are not plural entries"
    for context, message in plurals:
        forms = translations(message)
        assert len(forms) == FORMS[language], f"{language} {context}: {message.findtext('source')!r}: {forms}"
        assert all("%n" in f for f in forms), f"{language}: the count is missing in {forms}"
    if language == "en":
        one, other = translations(plurals[0][1])
        assert one != other


@pytest.mark.parametrize("language", TRANSLATED)
def test_placeholders_are_kept_in_every_translation(language: str) -> None:
    for context, message in messages(language):
        source = message.findtext("source") or ""
        wanted = sorted(PLACEHOLDER.findall(source))
        for text in translations(message):
            assert sorted(PLACEHOLDER.findall(text)) == wanted, f"{language} {context}: {source!r} -> {text!r}"
    # A few words are the same in both languages ("PIN", "Video: {message}"); most are not.
    same = [m.findtext("source") for _, m in messages(language) if translations(m) == [m.findtext("source")]]
    assert len(same) < len(messages(language)) // 10, f"{language}: left in English: {same}"


def test_every_string_lupdate_finds_in_the_code_is_in_every_file(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lupdate"
    )
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    sources = sorted(
        str(p) for p in (ROOT / "packstation").rglob("*.py") if "migrations" not in p.parts
    )
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, "-silent", "-locations", "none", *sources, "-ts", str(fresh)], check=True, timeout=120)
    root = ET.parse(fresh).getroot()
    found = {(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")}
    assert len(found) > 150  # the station's words are marked, not a handful
    for language in TRANSLATED:
        shipped = {(c, m.findtext("source")) for c, m in messages(language)}
        missing = sorted(found - shipped)
        assert not missing, f"{language}: not in the .ts (run `make translations`): {missing[:10]}"
    plural = {(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message") if m.get("numerus") == "yes"}
    english = {(c, m.findtext("source")) for c, m in messages("en")}
    assert plural and plural <= english


def test_core_text_is_english_and_keeps_its_template_and_arguments() -> None:
    text = translate("Next", "put parcel {number} on the scale, then press {key} to weigh it").format(
        number=2, key="F3"
    )
    assert text == "put parcel 2 on the scale, then press F3 to weigh it"
    assert isinstance(text, str) and text.template.startswith("put parcel {number}")
    assert text.args == {"number": 2, "key": "F3"} and text.context == "Next"
    thai = {("Next", text.template): "วางพัสดุที่ {number} บนตาชั่ง แล้วกด {key} เพื่อชั่ง"}
    shown = text.render(lambda c, t, n: thai.get((c, t), t))
    assert shown == "วางพัสดุที่ 2 บนตาชั่ง แล้วกด F3 เพื่อชั่ง"


def test_counts_pick_the_english_plural_and_nested_texts_are_translated_too() -> None:
    one, many = translate("Confirm", "%n item(s)").count(1), translate("Confirm", "%n item(s)").count(3)
    assert (one, many) == ("1 item", "3 items")
    step = QT_TRANSLATE_NOOP("Step", "Pack")
    outer = translate("Test", "Go to {step}").format(step=step)
    words = {("Test", "Go to {step}"): "ไปที่ {step}", ("Step", "Pack"): "แพ็ก"}
    assert render(outer, lambda c, t, n: words.get((c, t), t)) == "ไปที่ แพ็ก"
    assert render("plain words", lambda c, t, n: "never") == "plain words"


def test_a_broken_or_unknown_placeholder_never_raises() -> None:
    text = translate("Test", "Scan {code} {missing} {").format(code="{x}")
    assert text == "Scan {x} {missing} {"
    assert Text("Test", "a {b}", {"b": "{b}"}).render(lambda c, t, n: "{b} {b") == "{b} {b"


def test_a_stored_text_comes_back_as_the_same_text_and_old_rows_keep_their_english() -> None:
    reason = QT_TRANSLATE_NOOP("Reason", "Out of stock")
    text = "warn|" + translate("Test", "%n box(es) short: {why}").count(2).format(why=reason) + "!"
    back = from_json(to_json(text), str(text))
    assert isinstance(back, Text) and back == text == "warn|2 boxes short: Out of stock!"
    assert (back.context, back.template, back.n, back.before, back.after) == ("Test", text.template, 2, "warn|", "!")
    assert isinstance(back.args["why"], Text) and back.args["why"].context == "Reason"
    words = {("Test", "%n box(es) short: {why}"): "ขาด %n กล่อง: {why}", ("Reason", "Out of stock"): "สินค้าหมด"}
    assert render(back, lambda c, t, n: words.get((c, t), t)) == "warn|ขาด 2 กล่อง: สินค้าหมด!"
    plain = from_json(to_json("typed by hand"), "typed by hand")
    assert plain == "typed by hand" and not isinstance(plain, Text)
    # Old rows (no JSON), unreadable JSON and JSON of other words: the English stored is what is shown.
    assert from_json("", "Out of stock") == "Out of stock"
    assert from_json("{not json", "Out of stock") == "Out of stock"
    assert from_json(to_json(reason), "Damaged") == "Damaged"


def test_the_reader_finds_thai_and_english_needs_no_file() -> None:
    thai = wording("th")
    assert thai.lookup("Step", "Pick") == "หยิบ"
    assert thai(QT_TRANSLATE_NOOP("Command", "Next order")) == "ออเดอร์ถัดไป"
    assert wording("en")(translate("Queue", "{m} m {s} s").format(m=1, s="05")) == "1 m 05 s"
    assert Wording().lookup("Step", "Pick") == "Pick"
    assert I18N_DIR.is_dir()


@pytest.mark.parametrize(
    ("given", "code"),
    [("th", "th"), ("th_TH", "th"), ("zh", "zh_CN"), ("zh-CN", "zh_CN"), ("VI", "vi"), ("fr", ""), ("", "")],
)
def test_language_codes(given: str, code: str) -> None:
    assert language_code(given) == code
