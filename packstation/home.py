"""The station's home folder: config, station database, central store (embedded), blobs, exports."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir


class StationFault(Exception):
    """The station cannot work as set up (home, config, database, disk); the message says what to do.

    The CLI prints it as one line and exits with status 3.
    """


def os_problem(exc: OSError, where: Path) -> str:
    """One line for an operating-system error on a station file or folder."""
    import errno

    code = exc.errno
    if code == errno.ENOSPC or code == errno.EDQUOT:
        return f"the disk holding {where} is full: free some space and run again (nothing recorded was lost)"
    if code == errno.EROFS:
        return f"{where} is on a read-only disk: only reading commands work; give the station a writable home"
    if code in (errno.EACCES, errno.EPERM):
        return f"no permission to write {where}: fix its permissions or run as the station's user"
    if code == errno.ENOTDIR:
        return f"{where} lies under a file, not a folder: --home must name a folder"
    return f"{where}: {exc.strerror or exc}"


class HomeFault(StationFault):
    """The home folder itself: a file instead of a folder, unwritable, on a full disk."""


def resolve_home(explicit: str | Path | None = None) -> Path:
    """`--home` beats `PACKSTATION_HOME`, which beats the platform's user data folder."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get("PACKSTATION_HOME")
    if env:
        return Path(env).expanduser().resolve()
    return Path(user_data_dir("packstation", appauthor=False))


@dataclass(frozen=True)
class Home:
    root: Path

    @property
    def config_file(self) -> Path:
        return self.root / "config.toml"

    @property
    def station_db(self) -> Path:
        return self.root / "station.db"

    @property
    def central_db(self) -> Path:
        return self.root / "central.db"

    @property
    def blobs(self) -> Path:
        return self.root / "blobs"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def station_id_file(self) -> Path:
        return self.root / "station-id"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def writable(self) -> bool:
        return os.access(self.root, os.W_OK)

    def ensure(self) -> Home:
        """Create the folders (and the station id) of a new home; a read-only home is used as it is."""
        if self.root.exists() and not self.root.is_dir():
            raise HomeFault(
                f"the station home {self.root} is a file, not a folder: --home must name a folder"
            )
        if self.root.is_dir() and not self.writable:
            return self  # read-only: reading commands still work; writes fail with their own message
        try:
            for path in (self.root, self.blobs, self.exports, self.logs):
                path.mkdir(parents=True, exist_ok=True)
            self.station_id()
        except OSError as exc:
            raise HomeFault(os_problem(exc, self.root)) from exc
        return self

    def station_id(self) -> str:
        """This home's station id: a UUID made when the home is, kept beside it in `station-id`.

        A file, not a config setting: an installer copying one config.toml to ten stations must not give
        them one identity. Copying a whole home (a cloned disk) does; `central` refuses the second one
        under the same name.
        """
        path = self.station_id_file
        try:
            text = path.read_text(encoding="ascii").strip()
            return str(uuid.UUID(text))
        except FileNotFoundError:
            pass
        except (ValueError, UnicodeDecodeError) as exc:
            raise HomeFault(
                f"{path} does not hold a station id (a UUID): restore it from a backup of the home, "
                "or delete it to give this station a new identity"
            ) from exc
        new = str(uuid.uuid4())
        tmp = path.with_name("station-id.tmp")
        try:
            tmp.write_text(new + "\n", encoding="ascii")
            os.replace(tmp, path)
        except OSError:
            return ""  # a read-only home made before station ids: reading works, registering waits
        return new
