"""`packstation handover ...`, `orders --json` and `evidence` on a station home with staged orders."""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

import pypdfium2 as pdfium

from packstation.cli import main
from packstation.services.demo import demo_orders
from packstation.store.base import utcnow

sys.path.insert(0, str(Path(__file__).parent))
from handover_kit import PackedStation  # noqa: E402

JT = "J&T Express"


def test_board_run_show_export_orders_json_and_evidence(tmp_path: Path, capsys, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PACKSTATION_STATION", "home")
    monkeypatch.delenv("PACKSTATION_CENTRAL_URL", raising=False)
    kit = PackedStation(tmp_path, "home")  # the home folder: station.db and blobs/ as open_station finds them
    orders = [o for o in demo_orders(10, utcnow()) if o.carrier in (JT, "Flash Express")]
    kit.add_orders(orders)
    for o in orders:
        kit.pack(o.order_id, location="CAGE-2")
    kit.close()
    home = str(tmp_path / "home")

    assert main(["handover", "list", "--json", "--home", home]) == 0
    board = {b["carrier"]: b for b in json.loads(capsys.readouterr().out)["board"]}
    jt = [o.order_id for o in orders if o.carrier == JT]
    flash = [o.order_id for o in orders if o.carrier == "Flash Express"]
    assert board[JT]["staged_orders"] == len(jt) and board["Flash Express"]["staged_parcels"] == len(flash)

    assert (
        main(["handover", "run", "--carrier", "Nobody", "--courier", "X", "--home", home]) == 2
    )  # nothing to scan
    capsys.readouterr()
    assert (
        main(
            [
                "handover",
                "run",
                "--carrier",
                JT,
                "--courier",
                "Somchai",
                "--all-staged",
                "--json",
                "--home",
                home,
            ]
        )
        == 0
    )
    run = json.loads(capsys.readouterr().out)
    assert run["state"] == "closed" and run["manifest_sha256"]
    assert sorted(p["order_id"] for p in run["parcels"]) == sorted(jt)
    manifest = run["manifest"]

    assert main(["handover", "show", manifest, "--home", home]) == 0
    assert "closed, pickup for J&T Express" in capsys.readouterr().out
    assert main(["handover", "show", "M-NOPE", "--home", home]) == 2
    assert "No handover M-NOPE" in capsys.readouterr().err
    out = tmp_path / "out"
    assert main(["handover", "export", manifest, "--out", str(out), "--home", home]) == 0
    assert capsys.readouterr().out.strip() == str(out / f"manifest-{manifest}.pdf")
    pdf = (out / f"manifest-{manifest}.pdf").read_bytes()
    text = pdfium.PdfDocument(pdf)[0].get_textpage().get_text_range()
    for p in run["parcels"]:
        assert p["tracking_number"] in text

    assert main(["orders", "--json", "--home", home]) == 0
    listed = {o["order_id"]: o for o in json.loads(capsys.readouterr().out)}
    shipped = {p["order_id"] for p in run["parcels"]}
    assert {oid for oid, o in listed.items() if o["status"] == "Shipped"} == shipped
    assert {listed[oid]["manifest"] for oid in shipped} == {manifest}
    assert all(o["manifest"] is None for oid, o in listed.items() if oid not in shipped)

    assert main(["evidence", "verify", "--json", "--home", home]) == 0
    verified = json.loads(capsys.readouterr().out)
    assert verified["ok"] and verified["manifests_checked"] == 1
    order_id = sorted(shipped)[0]
    assert (
        main(["evidence", "export", order_id, "--out", str(tmp_path / "packs"), "--quiet", "--home", home])
        == 0
    )
    capsys.readouterr()
    pack = next((tmp_path / "packs").glob("*.zip"))
    with zipfile.ZipFile(pack) as zf:
        names = zf.namelist()
        doc = json.loads(zf.read(next(n for n in names if n.endswith("manifest.json"))))
        manifest_file = next(n for n in names if "/handover/manifest-" in n)
        assert zf.read(manifest_file) == pdf
        report = zf.read(next(n for n in names if n.endswith("report.pdf")))
    assert doc["handover"]["id"] == manifest
    assert any(p["kind"] == "handover:parcels" for p in doc["photos"])
    report_text = "".join(page.get_textpage().get_text_range() for page in pdfium.PdfDocument(report))
    assert "Handover to the carrier" in report_text and manifest in report_text

    blob = next(p for p in (tmp_path / "home" / "blobs").rglob("*") if p.is_file() and p.read_bytes() == pdf)
    blob.chmod(0o644)
    blob.write_bytes(pdf.replace(b"%%EOF", b"%%EOF\n% edited"))
    assert main(["evidence", "verify", "--home", home]) == 1
    out_text = capsys.readouterr().out
    assert f"manifest {manifest}: manifest PDF changed" in out_text and "FAILED: 1 of 1 manifests" in out_text


def test_simulated_orders_ship_through_one_manifest_per_carrier(tmp_path: Path):
    """What `packstation simulate` ends with: the session stages each order, then a handover per carrier."""
    from packstation.cli.simulate import simulate
    from packstation.compose import open_station
    from packstation.domain.orders import OrderStatus
    from packstation.store.repositories import OrderFilter

    home = tmp_path / "sim"
    summary = simulate(str(home), 5, in_home=True)
    assert summary["orders"] == 5 and summary["steps"]["handover"]["count"] == summary["manifests"]
    station = open_station(home)
    try:
        with station.uow() as uow:
            orders = uow.orders.find(OrderFilter())
        packed = [o for o in orders if o.status is not OrderStatus.READY]
        assert len(packed) == 5 and {o.status for o in packed} == {OrderStatus.SHIPPED}
        assert summary["manifests"] == len({o.carrier for o in packed})
    finally:
        station.close()
