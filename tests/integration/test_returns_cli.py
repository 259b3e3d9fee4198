"""`packstation simulate --returns N`, `returns list|show|stats|export`, and returns reaching the central store."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from packstation.cli import main
from packstation.cli.simulate import simulate
from packstation.compose import open_station
from packstation.store.central.tables import CentralEventRow
from packstation.sync.central import CentralStore
from packstation.sync.push import OutboxPusher


def test_simulated_returns_are_listed_shown_exported_and_synced(
    tmp_path: Path, capsys, monkeypatch, central_sqlite_url
):  # type: ignore[no-untyped-def]
    monkeypatch.delenv("PACKSTATION_CENTRAL_URL", raising=False)
    home = tmp_path / "sim"
    summary = simulate(str(home), 6, in_home=True, returns=5)
    r = summary["returns"]
    assert r["returns"] == 5 and r["steps"]["unit"]["count"] >= 1
    assert r["outcomes"]["unknown_parcel"] == 1 and r["outcomes"]["wrong_item"] == 1
    assert r["outcomes"]["damaged"] == 1 and r["outcomes"]["empty"] == 1
    assert r["outcomes"].get("complete", 0) + r["outcomes"].get("missing_unit", 0) == 2
    capsys.readouterr()

    assert main(["returns", "list", "--json", "--home", str(home)]) == 0
    listed = json.loads(capsys.readouterr().out)["returns"]
    assert len(listed) == 5 and {d["state"] for d in listed} <= {"received", "decided"}
    assert all(d["hours_left"] is not None and 47 < d["hours_left"] <= 48 for d in listed)
    damaged = next(d for d in listed if d["outcome"] == "damaged")

    assert main(["returns", "show", damaged["return_id"][:8], "--json", "--home", str(home)]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["return_id"] == damaged["return_id"] and shown["units"][0]["outcome"] == "damaged"
    assert shown["units"][0]["photo_id"] in {p["id"] for p in shown["photos"] if p["kind"] == "return-damage"}
    assert shown["weight"]["verdict"] == "same"

    assert main(["returns", "show", damaged["order_id"], "--home", str(home)]) == 0
    text = capsys.readouterr().out
    assert f"Return {damaged['return_id']} of order {damaged['order_id']}: received, damaged" in text

    assert main(["returns", "show", "NO-SUCH-RETURN", "--home", str(home)]) == 2
    assert "No return NO-SUCH-RETURN" in capsys.readouterr().err

    assert main(["returns", "stats", "--json", "--home", str(home)]) == 0
    stats = json.loads(capsys.readouterr().out)["per_sku_and_reason"]
    reasons = {row["reason"] for row in stats}
    assert {"damaged", "wrong_item", "missing"} <= reasons

    # grade and decide from the command line, as a logged-in person (a supervisor decides)
    from packstation.domain.users import Actor, Role
    from packstation.services.users import UserService

    station = open_station(home)
    try:
        users = UserService(station.uow, station.name, scrypt_n=2**8)
        admin = (
            Actor("admin", Role.ADMIN)
            if users.list_users()
            else users.create_first_admin("admin", "A", "9999")
        )
        users.add_user(admin, "sue", "Sue", Role.SUPERVISOR, "5555")
        users.add_user(admin, "pat", "Pat", Role.PACKER, "1234")
    finally:
        station.close()
    rid = damaged["return_id"]
    args = ["--home", str(home)]
    assert main(["returns", "grade", rid, "1", "refurbish", "--as", "pat", "--as-pin", "1234", *args]) == 0
    assert "grade refurbish; return received" in capsys.readouterr().out
    assert main(["returns", "decide", rid, "1", "refurbish", "--as", "pat", "--as-pin", "1234", *args]) == 2
    assert "needs a supervisor" in capsys.readouterr().err
    assert main(["returns", "decide", rid, "1", "refurbish", "--as", "sue", "--as-pin", "0000", *args]) == 2
    capsys.readouterr()
    assert main(["returns", "decide", rid, "1", "refurbish", "--as", "sue", "--as-pin", "5555", *args]) == 0
    assert "decision refurbish" in capsys.readouterr().out
    assert main(["returns", "show", rid, "--json", *args]) == 0
    unit = json.loads(capsys.readouterr().out)["units"][0]
    assert (unit["grade"], unit["graded_by"], unit["decision"], unit["decided_by"]) == (
        "refurbish",
        "pat",
        "refurbish",
        "sue",
    )

    out = tmp_path / "packs"
    assert main(["returns", "export", damaged["return_id"], "--out", str(out), "--home", str(home)]) == 0
    pdf, zpath = capsys.readouterr().out.split()
    assert Path(pdf).read_bytes().startswith(b"%PDF")
    with zipfile.ZipFile(zpath) as zf:
        assert any(name.endswith("manifest.json") for name in zf.namelist())

    # Returns sync as events through the outbox, like every other record.
    station = open_station(home)
    try:
        central = CentralStore.open(central_sqlite_url, migrate=True)
        OutboxPusher(station.engine, central, station.name).drain(backlog=0)
        from sqlalchemy import select

        with central.begin() as conn:
            rows = conn.execute(
                select(CentralEventRow.type, CentralEventRow.payload).where(
                    CentralEventRow.type.like("Return%")
                )
            ).all()
        central.dispose()
    finally:
        station.close()
    received = {p["return_id"] for t, p in rows if t == "ReturnReceived"}
    assert received == {d["return_id"] for d in listed}
    assert any(t == "ReturnRefusedScan" for t, _ in rows)
