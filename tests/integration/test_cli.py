"""The `packstation` command as a person or a script uses it: exit codes, tables, JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from packstation.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "cli"


def run(*args: str, home: Path) -> tuple[int, str, str]:
    proc = subprocess.run(
        [sys.executable, "-m", "packstation", *args, "--home", str(home)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    return proc.returncode, proc.stdout, proc.stderr


def test_import_then_list_as_json_and_table(tmp_path, capsys):
    home = tmp_path / "home"
    assert main(["import", "catalog", str(FIXTURES / "catalog.csv"), "--home", str(home)]) == 0
    code = main(["import", "orders", str(FIXTURES / "orders.csv"), "--home", str(home)])
    out, err = capsys.readouterr()
    assert code == 1  # one row has a non-numeric quantity
    assert "line 7, Quantity" in err  # physical line, after two multi-line addresses
    assert main(["orders", "--json", "--home", str(home)]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {o["order_id"] for o in listed} == {"576698198914119271", "576830952815695636"}
    thai = next(o for o in listed if o["order_id"] == "576830952815695636")
    assert thai["recipient"] == "สมชาย ใจดี" and thai["units"] == 4 and thai["status"] == "Ready"
    assert main(["orders", "--search", "638463464848", "--home", str(home)]) == 0
    table = capsys.readouterr().out
    assert "576698198914119271" in table and "576830952815695636" not in table and "1 order(s)" in table


def test_reimport_is_idempotent_and_exit_code_zero_when_clean(tmp_path, capsys):
    home = tmp_path / "home"
    clean = tmp_path / "clean.csv"
    lines = (FIXTURES / "orders.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    clean.write_text("".join(lines[:-1]), encoding="utf-8")
    assert main(["import", "orders", str(clean), "--home", str(home)]) == 0
    capsys.readouterr()
    assert main(["import", "orders", str(clean), "--home", str(home)]) == 0
    assert "0 new" in capsys.readouterr().out


def test_usage_errors_exit_2(tmp_path):
    code, _, err = run("import", "orders", str(tmp_path / "missing.csv"), home=tmp_path / "h")
    assert code == 2 and "no such file" in err
    code, _, err = run("orders", "--status", "Nope", home=tmp_path / "h")
    assert code == 2 and "invalid choice" in err


@pytest.mark.parametrize("command", ["import", "orders", "bench", "simulate"])
def test_every_command_has_help(command):
    proc = subprocess.run(
        [sys.executable, "-m", "packstation", command, "--help"], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0 and "--home" in proc.stdout


def test_simulate_packs_orders_and_reports_step_timings(tmp_path):
    code, out, err = run("simulate", "--orders", "5", "--json", home=tmp_path / "h")
    assert code == 0, err
    summary = json.loads(out)
    assert summary["orders"] == 5
    assert summary["steps"]["scan"]["count"] >= 5
    assert {"confirm", "scan", "pack", "label", "photo"} <= set(summary["steps"])


def test_import_with_central_publishes_orders_every_station_sees(tmp_path, capsys):
    from packstation.sync.central import CentralStore
    from packstation.sync.orders import CentralOrders

    home = tmp_path / "home"
    code = main(["import", "orders", str(FIXTURES / "orders.csv"), "--central", "--home", str(home)])
    assert code == 1  # the bad row still counts; the good orders went through
    assert "central store: 2 of 2" in capsys.readouterr().out
    central = CentralStore.open(f"sqlite:///{home / 'central.db'}")
    try:
        orders = CentralOrders(central)
        assert orders.get("576830952815695636").recipient.name == "สมชาย ใจดี"
        assert orders.status("576698198914119271").value == "Ready"
        assert orders.get("576000000000000001") is None
    finally:
        central.dispose()
