"""A throw-away PostgreSQL server on loopback, for tests and benchmarks of the central store.

Uses the machine's own `initdb`/`pg_ctl` in a temporary folder on a free port. When running as root
the server runs as the `postgres` OS user (PostgreSQL refuses to run as root).
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path


class PgUnavailable(RuntimeError):
    """No PostgreSQL server binaries on this machine."""


def find_pg_bindir() -> Path | None:
    """The folder holding `initdb` and `pg_ctl`: PG_BINDIR, `pg_config --bindir`, Debian paths, PATH."""
    candidates: list[str] = []
    if os.environ.get("PG_BINDIR"):
        candidates.append(os.environ["PG_BINDIR"])
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, timeout=10)
            candidates.append(out.stdout.strip())
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    candidates += sorted(glob.glob("/usr/pgsql-*/bin"), reverse=True)
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(str(Path(initdb).resolve().parent))
    for folder in candidates:
        if folder and (Path(folder) / "initdb").is_file() and (Path(folder) / "pg_ctl").is_file():
            return Path(folder)
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    """One PostgreSQL cluster in its own temp folder; `start()`/`stop()` may be called repeatedly."""

    bindir: Path
    root: Path
    port: int = field(default_factory=free_port)
    durable: bool = False  # tests turn fsync off; benchmarks keep PostgreSQL's defaults
    _user: str | None = None

    @classmethod
    def create(cls, durable: bool = False) -> PgServer:
        """Initialise a new cluster (raises PgUnavailable without binaries)."""
        bindir = find_pg_bindir()
        if bindir is None:
            raise PgUnavailable("no PostgreSQL binaries (initdb, pg_ctl) found on this machine")
        root = Path(tempfile.mkdtemp(prefix="packstation-pg-"))
        server = cls(bindir=bindir, root=root, durable=durable)
        server._user = "postgres" if os.geteuid() == 0 else None
        if server._user:
            owner = pwd.getpwnam(server._user)
            os.chown(root, owner.pw_uid, owner.pw_gid)
        server._run(
            [str(bindir / "initdb"), "-D", str(server.data), "-U", "postgres", "-A", "trust", "-E", "UTF8"]
            + ["--no-sync", "--locale=C"]
        )
        return server

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def log(self) -> Path:
        return self.root / "server.log"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def dsn(self, database: str = "postgres") -> str:
        return f"host=127.0.0.1 port={self.port} user=postgres dbname={database}"

    def _run(self, argv: list[str]) -> subprocess.CompletedProcess:
        if self._user:
            argv = ["runuser", "-u", self._user, "--", *argv]
        result = subprocess.run(argv, capture_output=True, text=True, timeout=120, cwd=self.root)
        if result.returncode != 0:
            raise RuntimeError(f"{argv[-1] if argv else ''} failed: {result.stderr.strip() or result.stdout}")
        return result

    def start(self) -> None:
        opts = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c max_connections=60"
        if not self.durable:
            opts += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(
            [str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-o", opts, "-w"]
            + ["start"]
        )
        self._wait_ready()

    def _wait_ready(self, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), 0.5):
                return
            time.sleep(0.05)
        raise RuntimeError(f"PostgreSQL did not start on port {self.port}; see {self.log}")

    def stop(self, mode: str = "fast") -> None:
        with contextlib.suppress(RuntimeError):
            self._run([str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop"])

    def create_database(self, name: str) -> str:
        """A fresh empty database; returns its SQLAlchemy URL."""
        import psycopg

        with psycopg.connect(self.dsn(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def destroy(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)
