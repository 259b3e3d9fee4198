"""Return dispute pack read back: PDF text (pypdfium2), ZIP manifest, SHA-256 sums, photo size limit, tampering."""

from __future__ import annotations

import hashlib
import io
import json
import sys
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image

from packstation.config import ReturnsConfig
from packstation.evidence.return_pack import fit_photo
from packstation.services.returns import ReturnsService

sys.path.insert(0, str(Path(__file__).parent))
from returns_kit import PACKER, ReturnsKit, frame  # noqa: E402


def pdf_text(path: Path) -> str:
    doc = pdfium.PdfDocument(str(path))
    try:
        text = "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()
    return " ".join(text.split())  # lines wrapped by the layout read as one text


@pytest.fixture(scope="module")
def packed(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("return-pack")
    kit = ReturnsKit(root, shipped=2, waiting=0)
    order = next(o for o in kit.shipped if o.units >= 2)
    rid = kit.unbox(kit.tracking(order.order_id)[0], grams=150.0)
    kit.returns.capture(PACKER, rid, "return-damage", frame(51, 640, 400))
    first, *_ = kit.units(order)
    kit.returns.scan_unit(PACKER, rid, first, damaged=True)
    kit.returns.receive(PACKER, rid)
    yield kit, order, rid
    kit.close()


def test_the_pack_shows_outbound_and_return_side_by_side_with_both_chains_verified(packed, tmp_path: Path):  # type: ignore[no-untyped-def]
    kit, order, rid = packed
    pdf, zpath = kit.returns.export_pack(rid, tmp_path)
    text = pdf_text(pdf)
    assert f"Return dispute pack: order {order.order_id}" in text
    assert "Side by side" in text and "Outbound" in text and "Return" in text
    assert f"Return {rid}: missing_unit" in text and "Both photo chains verified" in text
    outbound_g = kit.returns.detail(rid).parcel.outbound_weight_g
    assert f"150 g ({150 - outbound_g:+.0f} g)" in text
    assert (
        "Outbound photo chain: 2 photo(s), every record, file and chain link verified." in text
    )  # sealed + handover
    assert "Return photo chain: 3 photo(s), every record, file and chain link verified." in text
    assert "Outbound timeline" in text and "Return timeline" in text and "ReturnUnitChecked" in text
    assert "OrderShipped" in text and "damaged" in text and "missing" in text

    with zipfile.ZipFile(zpath) as zf:
        names = zf.namelist()
        folder = names[0].split("/")[0]
        manifest = json.loads(zf.read(f"{folder}/manifest.json"))
        sums = zf.read(f"{folder}/SHA256SUMS").decode().splitlines()
        for line in sums:
            digest, name = line.split("  ", 1)
            assert hashlib.sha256(zf.read(f"{folder}/{name}")).hexdigest() == digest, name
        assert {line.split("  ", 1)[1] for line in sums} == {n.split("/", 1)[1] for n in names} - {
            "SHA256SUMS"
        }
        ret, out = manifest["return"], manifest["outbound"]
        assert (
            manifest["format"] == "packstation-return-dispute-pack/1"
            and manifest["order_id"] == order.order_id
        )
        assert ret["id"] == rid and ret["outcome"] == "missing_unit" and ret["arrival_weight_g"] == 150.0
        assert [p["kind"] for p in ret["photos"]] == ["return-label", "return-contents", "return-damage"]
        assert [p["kind"] for p in out["photos"]][0] == "sealed" and len(out["photos"]) == 2
        assert (
            ret["units"][0]["outcome"] == "damaged" and ret["units"][0]["photo_id"] == ret["photos"][2]["id"]
        )
        assert manifest["verification"] == {
            **manifest["verification"],
            "outbound_chain_ok": True,
            "return_chain_ok": True,
        }
        for photo in ret["photos"] + out["photos"]:
            data = zf.read(f"{folder}/{photo['file']}")
            assert not photo["reencoded"] and hashlib.sha256(data).hexdigest() == photo["sha256"]
        assert out["handover"]["state"] == "closed"


def test_photos_over_the_channel_limit_are_reencoded_to_fit(packed, tmp_path: Path):  # type: ignore[no-untyped-def]
    kit, _, rid = packed
    small = ReturnsService(kit.uow, "st1", kit.home / "blobs", ReturnsConfig(photo_limit_mb=0.02))
    _, zpath = small.export_pack(rid, tmp_path)
    with zipfile.ZipFile(zpath) as zf:
        folder = zf.namelist()[0].split("/")[0]
        manifest = json.loads(zf.read(f"{folder}/manifest.json"))
        photos = manifest["return"]["photos"]
        assert any(p["reencoded"] for p in photos)
        for p in photos:
            data = zf.read(f"{folder}/{p['file']}")
            assert len(data) <= 0.02 * 1024 * 1024 and p["file_size"] == len(data)
            assert hashlib.sha256(data).hexdigest() == p["file_sha256"]
            Image.open(io.BytesIO(data)).verify()  # still a readable image
            if p["reencoded"]:
                assert p["file_sha256"] != p["sha256"]  # the chain keeps the stored photo's hash


def test_fit_photo_keeps_small_photos_and_shrinks_big_ones():
    img = Image.effect_noise((1200, 900), 90).convert("RGB")
    buf = io.BytesIO()
    img.save(buf, "PNG")
    big = buf.getvalue()
    same, changed = fit_photo(big, len(big))
    assert same == big and not changed
    fitted, changed = fit_photo(big, 60_000)
    assert changed and len(fitted) <= 60_000 and fitted[:3] == b"\xff\xd8\xff"


def test_a_tampered_return_photo_shows_in_the_pack(packed, tmp_path: Path):  # type: ignore[no-untyped-def]
    kit, _, rid = packed
    photo = kit.returns.detail(rid).photos[1]
    from packstation.evidence.blobs import blob_key

    path = kit.home / "blobs" / blob_key(photo.sha256)
    original = path.read_bytes()
    try:
        path.write_bytes(original[:-10] + b"0123456789")
        pdf, zpath = kit.returns.export_pack(rid, tmp_path)
        assert "Both photo chains NOT verified" in pdf_text(pdf)
        with zipfile.ZipFile(zpath) as zf:
            folder = zf.namelist()[0].split("/")[0]
            manifest = json.loads(zf.read(f"{folder}/manifest.json"))
        assert manifest["verification"]["return_chain_ok"] is False
        assert manifest["verification"]["outbound_chain_ok"] is True
    finally:
        path.write_bytes(original)
