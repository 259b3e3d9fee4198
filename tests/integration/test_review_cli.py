"""`packstation evidence verify|export` on a real station home."""

from __future__ import annotations

import argparse
import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from packstation.bootstrap import open_station
from packstation.cli import UsageError, home_parent
from packstation.cli import evidence as evidence_cli
from packstation.domain.orders import Address, Order, OrderLine, OrderStatus
from packstation.evidence.blobs import BlobStore
from packstation.evidence.chain import PhotoDraft, append_photo
from packstation.store.evidence_tables import ProofPhotoRow

T0 = datetime(2025, 6, 1, 9, 0, tzinfo=UTC)


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="packstation")
    evidence_cli.register(parser.add_subparsers(dest="command"), home_parent())
    args = parser.parse_args(list(argv))
    return int(args.func(args) or 0)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    station = open_station(home)
    blobs = BlobStore(station.home.blobs)
    with station.uow() as uow:
        for n in range(3):
            uow.orders.add(
                Order(
                    f"EV{n}",
                    "tiktok",
                    OrderStatus.SHIPPED,
                    Address(f"Buyer {n}", "1", "Road", city="X", postcode="1", country="TH"),
                    [OrderLine("S", 1)],
                    tracking_number=f"T{n}",
                    flagged="claim" if n == 2 else "",
                )
            )
            ref = blobs.put(f"photo of EV{n}".encode())
            append_photo(
                uow.session,
                PhotoDraft(
                    order_id=f"EV{n}",
                    kind="sealed",
                    sha256=ref.sha256,
                    size=ref.size,
                    blob_key=ref.key,
                    width=1,
                    height=1,
                    taken_at=T0 + timedelta(minutes=n),
                    station=station.name,
                ),
            )
        uow.commit()
    station.close()
    return home


def test_verify_passes_then_names_the_changed_and_the_missing_photo(home, capsys):
    assert run("evidence", "verify", "--home", str(home)) == 0
    assert "OK: 3 photo records and 3 files verified" in capsys.readouterr().out

    station = open_station(home)
    blobs = BlobStore(station.home.blobs)
    with station.uow() as uow:
        rows = {r.order_id: r for r in uow.session.scalars(select(ProofPhotoRow))}
    station.close()
    blobs.path(rows["EV0"].blob_key).write_bytes(b"edited")
    blobs.path(rows["EV1"].blob_key).unlink()

    assert run("evidence", "verify", "--home", str(home), "--json") == 1
    doc = json.loads(capsys.readouterr().out)
    assert not doc["ok"]
    assert {(f["order_id"], f["problem"]) for f in doc["findings"]} == {
        ("EV0", "changed"),
        ("EV1", "missing"),
    }
    assert run("evidence", "verify", "--home", str(home)) == 1
    out = capsys.readouterr().out
    assert f"order EV0 photo {rows['EV0'].id}" in out and "FAILED" in out


def test_export_needs_orders_or_a_selection(home, tmp_path):
    with pytest.raises(UsageError, match="name the orders"):
        run("evidence", "export", "--home", str(home), "--out", str(tmp_path / "o"))
    with pytest.raises(UsageError, match="no such order"):
        run("evidence", "export", "NOPE", "--home", str(home), "--out", str(tmp_path / "o"))


def test_dates_without_a_zone_are_utc():
    assert evidence_cli.when("2025-03-01T08:00") == datetime(2025, 3, 1, 8, 0, tzinfo=UTC)
    with pytest.raises(argparse.ArgumentTypeError, match="not a date"):
        evidence_cli.when("yesterday")


def test_export_writes_a_pdf_and_zip_per_order_for_ids_and_for_flagged(home, tmp_path, capsys):
    import zipfile

    out = tmp_path / "packs"
    assert run("evidence", "export", "EV0", "--flagged", "--home", str(home), "--out", str(out)) == 0
    captured = capsys.readouterr()
    assert "Exported 2 order(s)" in captured.out and "[2/2]" in captured.err
    names = sorted(p.name for p in out.iterdir())
    assert names == ["EV0.pdf", "EV0.zip", "EV2.pdf", "EV2.zip"]
    assert (out / "EV0.pdf").read_bytes().startswith(b"%PDF")
    with zipfile.ZipFile(out / "EV2.zip") as zf:
        members = zf.namelist()
        assert any(m.endswith("manifest.json") for m in members)
        manifest = json.loads(zf.read(next(m for m in members if m.endswith("manifest.json"))))
        digests = {hashlib.sha256(zf.read(m)).hexdigest() for m in members}
    assert "EV2" in json.dumps(manifest)
    assert hashlib.sha256(b"photo of EV2").hexdigest() in digests  # the original photo file, untouched
