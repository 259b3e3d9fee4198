"""`--home` in either position reaches the same home; piped output and names from files stay clean."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from packstation.cli import main
from tests.integration.export_files import tiktok_row, write_csv

PAID = (datetime.now(UTC) - timedelta(hours=2)).strftime("%m/%d/%Y %I:%M:%S %p")


def export(path: Path, ids: list[str], **cells: str) -> Path:
    return write_csv(path, [tiktok_row(i, {"Paid Time": PAID, "Created Time": PAID, **cells}) for i in ids])


def test_home_before_and_after_reach_the_same_home(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    default = tmp_path / "default-home"
    monkeypatch.setenv("PACKSTATION_HOME", str(default))
    first, second = tmp_path / "first", tmp_path / "second"
    assert main(["--home", str(first), "import", "orders", str(export(tmp_path / "a.csv", ["A-1"]))]) == 0
    assert main(["import", "orders", str(export(tmp_path / "b.csv", ["B-1"])), "--home", str(second)]) == 0
    capsys.readouterr()
    for home, wanted in ((first, ["A-1"]), (second, ["B-1"])):
        for argv in (["--home", str(home), "orders", "--json"], ["orders", "--json", "--home", str(home)]):
            assert main(argv) == 0
            assert [o["order_id"] for o in json.loads(capsys.readouterr().out)] == wanted, argv
    assert not default.exists()  # the default home was never touched


def test_orders_piped_into_head_ends_quietly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "home"
    ids = [f"P-{n:05d}" for n in range(3000)]
    assert (
        main(["--home", str(home), "import", "orders", str(export(tmp_path / "p.csv", ids)), "--quiet"]) == 0
    )
    capsys.readouterr()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run(
        f"{sys.executable} -m packstation --home {home} orders --limit 0 | head -2",
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.stdout.count("\n") == 2
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr, done.stderr


def test_terminal_output_never_carries_escape_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    evil = export(
        tmp_path / "e.csv", ["E-1"], Recipient="Ann\x1b]0;pwned\x07\x1b[2J\u202e", Quantity="x\x1b[31m"
    )
    evil_ok = export(tmp_path / "f.csv", ["E-2"], Recipient="Bob\x1b[2J\u202eX")
    assert main(["--home", str(home), "import", "orders", str(evil)]) == 1
    assert main(["--home", str(home), "import", "orders", str(evil_ok)]) == 0
    assert main(["--home", str(home), "orders"]) == 0
    out, err = capsys.readouterr()
    for text in (out, err):
        assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    assert "\\x1b[31m" in err  # the refused cell is shown, escaped
    assert "cleaned E-2: removed control/bidi characters from recipient.name (U+001B, U+202E)" in out
    assert "Bob[2JX" in out


def test_names_stored_raw_are_escaped_in_every_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Rows stored before cleaning existed (or by another program) still never reach the terminal raw."""
    import sqlite3

    home = tmp_path / "home"
    assert main(["--home", str(home), "import", "orders", str(export(tmp_path / "a.csv", ["R-1"]))]) == 0
    raw = "Eve\x1b[2J\x07\u202eX"
    conn = sqlite3.connect(home / "station.db")
    conn.execute("UPDATE orders SET recipient_name = ?", (raw,))
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert main(["--home", str(home), "orders", "--json"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out and "\x07" not in out
    assert json.loads(out)[0]["recipient"] == raw  # still valid JSON, the same name
    assert main(["--home", str(home), "orders"]) == 0
    table = capsys.readouterr().out
    assert "\x1b" not in table and "Eve\\x1b[2J\\x07\\u202eX" in table
