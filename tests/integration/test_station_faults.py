"""Station faults: one line saying what is wrong and what to do, exit status 3, nothing recorded lost.

Disk full and read-only homes use a small tmpfs (tests run as root, so chmod would not stop them);
a second process holds the write lock; pages are overwritten for corruption.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from packstation.cli import main
from tests.integration.export_files import tiktok_row, write_csv

PAID = (datetime.now(UTC) - timedelta(hours=2)).strftime("%m/%d/%Y %I:%M:%S %p")


def orders_file(path: Path, ids: list[str], **cells: str) -> Path:
    return write_csv(path, [tiktok_row(i, {"Paid Time": PAID, "Created Time": PAID, **cells}) for i in ids])


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def listed(capsys: pytest.CaptureFixture[str], home: Path) -> list[str]:
    code, out, err = cli(capsys, "--home", str(home), "orders", "--json")
    assert code == 0, err
    return sorted(o["order_id"] for o in json.loads(out))


def one_line_fault(code: int, err: str, *words: str) -> None:
    assert code == 3, err
    assert "Traceback" not in err and err.strip().count("\n") == 0, err
    for word in words:
        assert word in err, err


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB tmpfs mounted at a fresh folder (root only), unmounted afterwards."""
    where = tmp_path / "mnt"
    where.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(where)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


@pytest.fixture
def home(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A home with two imported orders."""
    home = tmp_path / "home"
    code, _, err = cli(
        capsys, "--home", str(home), "import", "orders", str(orders_file(tmp_path / "a.csv", ["A-1", "A-2"]))
    )
    assert code == 0, err
    return home


def test_disk_full(tmpfs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmpfs / "home"
    code, _, err = cli(
        capsys, "--home", str(home), "import", "orders", str(orders_file(tmp_path / "a.csv", ["A-1"]))
    )
    assert code == 0, err
    filler = tmpfs / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(fd, b"\0" * 65536):
            pass
    except OSError:
        pass  # the disk is full
    finally:
        os.close(fd)
    many = orders_file(tmp_path / "b.csv", [f"B-{n}" for n in range(3000)], **{"Buyer Message": "x" * 200})
    code, _, err = cli(capsys, "--home", str(home), "import", "orders", str(many))
    one_line_fault(code, err, "is full", "free some space")
    filler.unlink()
    assert listed(capsys, home)[:1] == ["A-1"]  # what was recorded before is all there


def test_read_only_home_still_lists_orders(
    tmpfs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmpfs / "home"
    code, _, err = cli(
        capsys, "--home", str(home), "import", "orders", str(orders_file(tmp_path / "a.csv", ["A-1", "A-2"]))
    )
    assert code == 0, err
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    assert listed(capsys, home) == ["A-1", "A-2"]
    code, _, err = cli(
        capsys, "--home", str(home), "import", "orders", str(orders_file(tmp_path / "b.csv", ["B-1"]))
    )
    one_line_fault(code, err, "read-only")
    assert listed(capsys, home) == ["A-1", "A-2"]


HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()
conn.rollback()
"""


def test_database_held_by_another_process(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(home / "station.db")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    more = orders_file(tmp_path / "b.csv", ["B-1"])
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        listing = listed(capsys, home)  # reading takes no lock: it does not wait
        read_time = time.monotonic() - started
        started = time.monotonic()
        code, _, err = cli(capsys, "--home", str(home), "import", "orders", str(more))
        waited = time.monotonic() - started
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
    assert listing == ["A-1", "A-2"] and read_time < 4.5
    one_line_fault(code, err, "held by another process", "close the other")
    assert 4.5 <= waited < 15  # the 5 s busy timeout, not 30 s
    assert listed(capsys, home) == ["A-1", "A-2"]
    code, _, err = cli(capsys, "--home", str(home), "import", "orders", str(more))
    assert code == 0 and listed(capsys, home) == ["A-1", "A-2", "B-1"]


def test_corrupted_database_is_moved_aside(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = home / "station.db"
    data = bytearray(db.read_bytes())
    assert len(data) >= 8 * 4096
    for page in (2, 3, 4, 5):  # overwrite whole pages after the header page
        data[page * 4096 : (page + 1) * 4096] = b"\xa5" * 4096
    db.write_bytes(bytes(data))
    for side in ("-wal", "-shm"):
        (home / f"station.db{side}").unlink(missing_ok=True)
    code, _, err = cli(capsys, "--home", str(home), "orders")
    one_line_fault(code, err, "station.db is damaged", "restore the last backup")
    kept = list(home.glob("station.db.broken-*"))
    assert [p.read_bytes() for p in kept if not p.name.endswith(("-wal", "-shm"))] == [bytes(data)]
    assert not db.exists()  # not silently replaced by an empty database


def test_empty_database_is_moved_aside_not_recreated(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = home / "station.db"
    for side in ("-wal", "-shm"):
        (home / f"station.db{side}").unlink(missing_ok=True)
    db.write_bytes(b"")
    code, _, err = cli(capsys, "--home", str(home), "orders")
    one_line_fault(code, err, "station.db is empty (0 bytes)", "kept as station.db.broken-")
    assert not db.exists() and len(list(home.glob("station.db.broken-*"))) == 1


@pytest.mark.parametrize(
    "content, words",
    [
        ("station = [\n", ("config.toml is not valid TOML", "fix or remove it")),
        ("[imports]\nmax_quantity = 0\n", ("imports.max_quantity",)),
        ("[imports.order_id_patterns]\ntiktok = '(['\n", ("not a valid pattern",)),
        ("version = 'one'\n", ("'version' must be a whole number",)),
        ("nonsense = 1\n", ("unknown setting 'nonsense'",)),
    ],
)
def test_bad_config(
    home: Path, capsys: pytest.CaptureFixture[str], content: str, words: tuple[str, ...]
) -> None:
    config = home / "config.toml"
    config.write_text(content, encoding="utf-8")
    code, _, err = cli(capsys, "--home", str(home), "orders")
    one_line_fault(code, err, *words)
    assert config.read_text(encoding="utf-8") == content  # left for the person to fix


def test_unreadable_config(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = home / "config.toml"
    saved = config.read_bytes()
    config.unlink()
    config.mkdir()  # reading it fails as an unreadable file would (root reads any file)
    code, _, err = cli(capsys, "--home", str(home), "orders")
    one_line_fault(code, err, "config.toml cannot be read")
    config.rmdir()
    config.write_bytes(saved)
    assert listed(capsys, home) == ["A-1", "A-2"]


def test_home_that_is_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "home"
    home.write_text("not a folder", encoding="utf-8")
    code, _, err = cli(capsys, "--home", str(home), "orders")
    one_line_fault(code, err, "is a file, not a folder")
    code, _, err = cli(capsys, "--home", str(home / "sub"), "orders")
    one_line_fault(code, err, "not a folder")
    assert home.read_text(encoding="utf-8") == "not a folder"
