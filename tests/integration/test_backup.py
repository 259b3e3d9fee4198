"""`packstation backup` and the daily backup: consistent copies, taken while the station writes."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from packstation.cli import main
from packstation.store.backup import DailyBackup, backup_database, backups_in, daily_backup
from tests.integration.export_files import tiktok_row, write_csv

PAID = (datetime.now(UTC) - timedelta(hours=2)).strftime("%m/%d/%Y %I:%M:%S %p")


def order_ids(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute("SELECT order_id FROM orders ORDER BY 1")]
    finally:
        conn.close()


@pytest.fixture
def home(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    home = tmp_path / "home"
    rows = [tiktok_row(f"B-{n}", {"Paid Time": PAID}) for n in range(50)]
    assert main(["--home", str(home), "import", "orders", str(write_csv(tmp_path / "o.csv", rows))]) == 0
    capsys.readouterr()
    return home


def test_backup_command_writes_a_restorable_copy(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["backup", "--home", str(home), "--out", str(tmp_path / "copies")]) == 0
    out = capsys.readouterr().out
    (copy,) = backups_in(tmp_path / "copies")
    assert str(copy) in out and not copy.with_name(copy.name + "-wal").exists()
    assert order_ids(copy) == order_ids(home / "station.db") and len(order_ids(copy)) == 50
    # Restore as the README says: replace station.db (and its -wal/-shm) by the copy.
    for side in ("station.db", "station.db-wal", "station.db-shm"):
        (home / side).unlink(missing_ok=True)
    (home / "station.db").write_bytes(copy.read_bytes())
    assert main(["--home", str(home), "orders", "--json"]) == 0
    assert capsys.readouterr().out.count('"order_id"') == 50


def test_default_folder_is_in_the_home(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--home", str(home), "backup"]) == 0
    assert len(backups_in(home / "backups")) == 1


def test_copy_is_consistent_while_another_connection_writes(home: Path, tmp_path: Path) -> None:
    db = home / "station.db"
    stop = threading.Event()

    def writer() -> None:
        conn = sqlite3.connect(db, timeout=5, isolation_level=None)
        n = 0
        while not stop.is_set():
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("UPDATE orders SET seller_note = ? WHERE 1", (f"note {n}",))
            conn.execute("COMMIT")
            n += 1
        conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        copies = [
            backup_database(db, tmp_path / "c", datetime(2026, 1, 1, 0, 0, s, tzinfo=UTC)) for s in range(3)
        ]
    finally:
        stop.set()
        thread.join()
    for copy in copies:
        conn = sqlite3.connect(copy)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # One snapshot: every order carries the same note (one committed UPDATE), never a mix.
        assert len({r[0] for r in conn.execute("SELECT seller_note FROM orders")}) == 1
        conn.close()


def test_daily_backup_runs_once_a_day_and_keeps_the_newest(home: Path, tmp_path: Path) -> None:
    daily = DailyBackup(home / "station.db", tmp_path / "daily", keep=3)
    day = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
    assert daily.run_if_due(day) is not None
    assert daily.run_if_due(day + timedelta(hours=5)) is None  # same day: nothing new
    for n in range(1, 6):
        assert daily.run_if_due(day + timedelta(days=n)) is not None
    kept = backups_in(tmp_path / "daily")
    assert [p.name[8:16] for p in kept] == ["20261104", "20261105", "20261106"]
    assert daily_backup(home, "elsewhere", 5).folder == home / "elsewhere"


def test_backup_to_an_unusable_folder_is_one_line(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--home", str(home), "backup", "--out", "/dev/full/x"])
    err = capsys.readouterr().err
    assert code == 3 and err.count("\n") == 1 and "Traceback" not in err
