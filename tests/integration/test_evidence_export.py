"""Evidence packs from a real SQLite store: ZIP and manifest checked against the rows, PDF text read back."""

from __future__ import annotations

import argparse
import hashlib
import json
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path, PurePosixPath

import cv2
import numpy as np
import pypdfium2 as pdfium
import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from packstation.bootstrap import open_station
from packstation.cli import evidence as evidence_cli
from packstation.cli import home_parent
from packstation.domain.orders import Address, Order, OrderLine, OrderStatus, Parcel
from packstation.evidence.blobs import BlobStore
from packstation.evidence.chain import PhotoDraft, append_photo
from packstation.evidence.export import ExportCancelled, ExportError, export_pack, safe_name
from packstation.labels.render import render_label
from packstation.store.db import open_engine, sqlite_url
from packstation.store.evidence_tables import ProofPhotoRow
from packstation.store.repositories import Orders, Parcels, Scans
from packstation.store.tables import EventRow, ParcelRow, ScanRow

T0 = datetime(2025, 6, 1, 9, 0, tzinfo=UTC)
THAI_NAME = "สมชาย ใจดี"
SENDER = Address("Warehouse", "0200000000", "1 Road", city="Bangkok", postcode="10110", country="TH")
HOSTILE = ["../../x", "a/b\\c:..", "CON", "Z" * 300, "/etc/passwd", ".."]


def jpeg(n: int) -> bytes:
    frame = np.zeros((120, 160, 3), dtype=np.uint8)
    frame[:, :] = (40 * n % 256, 90, 160)
    cv2.putText(frame, f"#{n}", (10, 80), cv2.FONT_HERSHEY_SIMPLEX, 2, (255, 255, 255), 3)
    ok, buf = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, 85])
    assert ok
    return buf.tobytes()


def label_png(order: Order, parcel: Parcel) -> dict[str, bytes]:
    return render_label(order, parcel, SENDER, formats=["png", "zpl"])


class Store:
    """A station file with orders, scans, parcels, events and proof photos written by the real code."""

    def __init__(self, tmp_path: Path) -> None:
        self.engine = open_engine(sqlite_url(tmp_path / "station.db"))
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.blob_root = tmp_path / "blobs"
        self.blobs = BlobStore(self.blob_root)
        self.shots = 0

    def add_order(self, order_id: str, name: str = THAI_NAME, photos: int = 2, tracking: str = "") -> None:
        with self.sessions.begin() as s:
            Orders(s).add(
                Order(
                    order_id,
                    "tiktok",
                    OrderStatus.PHOTOGRAPHED,
                    Address(
                        name, "0812345678", "99/1 ถนนสุขุมวิท", city="กรุงเทพฯ", postcode="10110", country="TH"
                    ),
                    [OrderLine("SKU-1", 2, product_name="Mug"), OrderLine("SKU-2", 1, product_name="ชา")],
                    tracking_number=tracking,
                    carrier="Flash",
                )
            )
            for raw, verdict in (("8850000000011", "ok"), ("123", "unknown")):
                Scans(s).add(
                    order_id,
                    raw,
                    verdict,
                    sku="SKU-1" if verdict == "ok" else "",
                    line_no=1,
                    station="st1",
                    user="pat",
                    at=T0,
                )
            Parcels(s).save(
                Parcel(
                    order_id,
                    1,
                    box_code="B2",
                    weight_g=820.0,
                    expected_weight_g=800.0,
                    tracking_number=tracking,
                )
            )
            for n, kind in enumerate(("OrderConfirmed", "OrderPacked")):
                s.add(
                    EventRow(
                        id=f"{order_id}-ev{n}"[-36:],
                        order_id=order_id,
                        type=kind,
                        station="st1",
                        user="pat",
                        payload={"note": f"step {n}"},
                        occurred_at=T0 + timedelta(minutes=n),
                    )
                )
        for _ in range(photos):
            self.take(order_id)

    def take(self, order_id: str, kind: str = "sealed") -> None:
        self.shots += 1
        ref = self.blobs.put(jpeg(self.shots))
        with self.sessions.begin() as s:
            append_photo(
                s,
                PhotoDraft(
                    order_id=order_id,
                    kind=kind,
                    sha256=ref.sha256,
                    size=ref.size,
                    blob_key=ref.key,
                    width=160,
                    height=120,
                    taken_at=T0 + timedelta(minutes=10 + self.shots),
                    station="st1",
                    packer="pat",
                    label_visible=True,
                ),
            )

    def export(self, order_ids, out: Path, **kw):
        with Session(self.engine) as session:
            return export_pack(session, order_ids, out, blob_root=self.blob_root, **kw)


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path)
    yield s
    s.engine.dispose()


def extract(zip_path: Path, into: Path) -> Path:
    """Extract after checking every member name is relative and has no `..`; returns the pack folder."""
    with zipfile.ZipFile(zip_path) as zf:
        names = zf.namelist()
        for name in names:
            parts = PurePosixPath(name).parts
            assert not name.startswith(("/", "\\")) and ":" not in name and "\\" not in name, name
            assert ".." not in parts and all(len(p) <= 120 for p in parts), name
        assert len({n.split("/")[0] for n in names}) == 1  # one top folder per pack
        zf.extractall(into)
    folder = into / names[0].split("/")[0]
    for path in into.rglob("*"):
        assert path.resolve().is_relative_to(into.resolve())
    return folder


def check_sums(folder: Path) -> list[str]:
    """Verify SHA256SUMS the way `sha256sum -c` does; returns the files it covers."""
    covered = []
    for line in (folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ", 1)
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name
        covered.append(name)
    everything = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    assert sorted([*covered, "SHA256SUMS"]) == everything
    return covered


def pdf_text(path: Path) -> str:
    pdf = pdfium.PdfDocument(path)
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def test_pack_matches_the_store(store, tmp_path):
    store.add_order("ORD-1001", tracking="TH0123456789")
    store.add_order("ORD-1002", name="Nguyễn Văn An 王小明", photos=1)
    steps = []
    result = store.export(
        ["ORD-1001", "ORD-1002"],
        tmp_path / "out",
        label_renderer=label_png,
        progress=lambda d, t: steps.append((d, t)),
    )
    assert steps == [(0, 2), (1, 2), (2, 2)]
    assert result.ok and sorted(p.name for p in result.paths) == [
        "ORD-1001.pdf",
        "ORD-1001.zip",
        "ORD-1002.pdf",
        "ORD-1002.zip",
    ]
    folder = extract(result.packs["ORD-1001"][1], tmp_path / "x")
    covered = check_sums(folder)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    with Session(store.engine) as s:
        photos = list(s.scalars(select(ProofPhotoRow).where(ProofPhotoRow.order_id == "ORD-1001")))
        scans = s.scalar(select(func.count()).select_from(ScanRow).where(ScanRow.order_id == "ORD-1001"))
        events = list(s.scalars(select(EventRow.id).where(EventRow.order_id == "ORD-1001")))
        parcels = s.scalar(
            select(func.count()).select_from(ParcelRow).where(ParcelRow.order_id == "ORD-1001")
        )
    assert manifest["order_id"] == "ORD-1001" and manifest["recipient"]["recipient_name"] == THAI_NAME
    assert [e["id"] for e in manifest["events"]] == events
    assert (len(manifest["scans"]), len(manifest["parcels"]), len(manifest["lines"])) == (scans, parcels, 2)
    assert {p["id"]: p["sha256"] for p in manifest["photos"]} == {p.id: p.sha256 for p in photos}
    for entry in manifest["photos"]:
        data = (folder / entry["file"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"] and entry["verification"] == "ok"
        assert data == store.blobs.read(entry["blob_key"])  # the original file, byte for byte
    assert manifest["verification"]["ok"] and manifest["verification"]["photos_checked"] == 2
    [label] = manifest["labels"]
    assert label["tracking_number"] == "TH0123456789" and set(label["files"]) == {"png", "zpl"}
    assert (folder / label["files"]["png"]).read_bytes().startswith(b"\x89PNG")
    assert {"report.pdf", "manifest.json", label["files"]["zpl"]} <= set(covered)

    text = pdf_text(result.packs["ORD-1001"][0])
    assert "ORD-1001" in text and THAI_NAME in text
    for p in photos:
        assert p.sha256 in text
    assert "verified" in text
    other = pdf_text(result.packs["ORD-1002"][0])
    assert "王小明" in other and "Nguyễn Văn An" in other


def test_a_tampered_photo_is_marked_in_the_pack(store, tmp_path):
    store.add_order("ORD-7")
    store.take("ORD-7", kind="contents")
    with Session(store.engine) as s:
        first, _, gone = s.scalars(select(ProofPhotoRow).order_by(ProofPhotoRow.seq)).all()
    store.blobs.path(gone.blob_key).unlink()
    path = store.blobs.path(first.blob_key)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x10  # one byte of the image data
    path.write_bytes(bytes(data))
    result = store.export(["ORD-7"], tmp_path / "out")
    assert result.failed_orders == ["ORD-7"]
    folder = extract(result.packs["ORD-7"][1], tmp_path / "x")
    check_sums(folder)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    states = {p["id"]: p["verification"] for p in manifest["photos"]}
    assert states[first.id] == "changed" and states[gone.id] == "missing"
    assert list(states.values()).count("ok") == 1
    assert [p["file"] for p in manifest["photos"] if p["id"] == gone.id] == [None]
    assert len(list((folder / "photos").iterdir())) == 2  # the changed file is included as found
    assert not manifest["verification"]["ok"]
    text = pdf_text(result.packs["ORD-7"][0])
    assert "VERIFICATION FAILED" in text and first.id in text and "file missing" in text


def test_hostile_order_ids_stay_inside_the_export(store, tmp_path):
    for oid in HOSTILE:
        store.add_order(oid, photos=1)
    with Session(store.engine) as s:  # a hostile photo kind too
        s.execute(update(ProofPhotoRow).where(ProofPhotoRow.order_id == "CON").values(kind="../../etc"))
        s.commit()
    out = tmp_path / "deep" / "out"
    result = store.export(HOSTILE, out)
    assert set(result.packs) == set(HOSTILE)
    written = sorted(p for p in tmp_path.rglob("*") if p.is_file() and "blobs" not in p.parts)
    assert all(p.parent == out for p in written if p.suffix in (".pdf", ".zip"))
    assert len({p.name.lower() for p in out.iterdir()}) == 2 * len(HOSTILE)
    for n, oid in enumerate(HOSTILE):
        pdf_path, zip_path = result.packs[oid]
        assert pdf_path.stem == zip_path.stem and len(zip_path.name) <= 80
        assert zip_path.stem.split(".")[0].upper() not in {"CON", ""}
        folder = extract(zip_path, tmp_path / f"x{n}")
        check_sums(folder)
        assert json.loads((folder / "manifest.json").read_text())["order_id"] == oid
    assert not (tmp_path / "x").exists() and not Path("/x").exists()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("ORD-1", "ORD-1"), ("a.b", "a.b"), ("../../x", "x-"), ("CON", "CON-"), ("", "order-"), ("ก", "order-")],
)
def test_safe_names(raw, expected):
    name = safe_name(raw)
    assert name == expected if not expected.endswith("-") else name.startswith(expected)
    assert "/" not in name and "\\" not in name and ".." not in name and len(name) <= 64


def test_cancel_stops_and_keeps_finished_packs(store, tmp_path):
    for n in range(3):
        store.add_order(f"C{n}", photos=1)
    calls = []

    def stop_after_first() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(ExportCancelled, match="after 1 of 3"):
        store.export(["C0", "C1", "C2"], tmp_path / "out", should_stop=stop_after_first)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["C0.pdf", "C0.zip"]

    class Stop(Exception):
        pass

    def progress(done, total, what):
        if done == 2:
            raise Stop

    with pytest.raises(Stop):
        store.export(["C0", "C1", "C2"], tmp_path / "out2", progress=progress)
    assert sorted(p.name for p in (tmp_path / "out2").iterdir()) == ["C0.pdf", "C0.zip", "C1.pdf", "C1.zip"]


def test_unknown_order_is_a_clear_error(store, tmp_path):
    with pytest.raises(ExportError, match="No order NOPE"):
        store.export(["NOPE"], tmp_path / "out")


def test_cli_export_writes_packs_for_a_station_home(tmp_path, capsys):
    home = tmp_path / "home"
    station = open_station(home)
    blobs = BlobStore(station.home.blobs)
    with station.uow() as uow:
        uow.orders.add(
            Order(
                "../../EV1",
                "tiktok",
                OrderStatus.SHIPPED,
                Address(THAI_NAME, "1", "Road", city="X", postcode="10110", country="TH"),
                [OrderLine("S", 1)],
                tracking_number="TH0000000001",
            )
        )
        uow.parcels.save(
            Parcel("../../EV1", 1, box_code="B1", weight_g=500.0, tracking_number="TH0000000001")
        )
        ref = blobs.put(jpeg(1))
        append_photo(
            uow.session,
            PhotoDraft(
                order_id="../../EV1",
                kind="sealed",
                sha256=ref.sha256,
                size=ref.size,
                blob_key=ref.key,
                width=160,
                height=120,
                taken_at=T0,
                station=station.name,
            ),
        )
        uow.commit()
    station.close()
    parser = argparse.ArgumentParser(prog="packstation")
    evidence_cli.register(parser.add_subparsers(dest="command"), home_parent())
    out = tmp_path / "packs"
    args = parser.parse_args(["evidence", "export", "../../EV1", "--home", str(home), "--out", str(out)])
    assert args.func(args) == 0
    printed = capsys.readouterr()
    assert "[1/1]" in printed.err and "Exported 1 order(s)" in printed.out
    [zip_path] = out.glob("*.zip")
    assert zip_path.parent == out and ".." not in zip_path.name
    folder = extract(zip_path, tmp_path / "x")
    check_sums(folder)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["order_id"] == "../../EV1" and manifest["verification"]["ok"]
    assert [p["sha256"] for p in manifest["photos"]] == [ref.sha256]
    assert THAI_NAME in pdf_text(next(out.glob("*.pdf")))
