"""Content-addressed photo files under the station home: `<root>/sha256/ab/cdef…`, written atomically."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

HASH_CHUNK = 1 << 20


class EvidenceWriteError(OSError):
    """A photo or its record could not be stored; nothing already stored was touched."""

    def __str__(self) -> str:
        # The plain message ("Disk full: photo not saved …"), without OSError's "[Errno 28]" prefix.
        return str(self.strerror or super().__str__())


@dataclass(frozen=True)
class BlobRef:
    """Where a stored file lives (`key` is relative to the blob root) and what it hashes to."""

    key: str
    sha256: str
    size: int


def blob_key(sha256: str) -> str:
    """The relative path a file with this SHA-256 is stored under."""
    return f"sha256/{sha256[:2]}/{sha256[2:]}"


def sha256_file(path: Path) -> str:
    """SHA-256 of a file, read in chunks so large files do not fill memory."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def write_error(
    exc: OSError, what: str, where: Path, retry: str = "take the photo again"
) -> EvidenceWriteError:
    """Turn an OS error into a message a packer or supervisor can act on."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        text = f"Disk full: {what} not saved ({where}). Free some space, then {retry}."
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        text = f"Folder is read-only: {what} not saved ({where}). Check the station's disk, then {retry}."
    else:
        text = f"Could not write {what} ({where}): {exc.strerror or exc}"
    err = EvidenceWriteError(exc.errno or errno.EIO, text)
    err.__cause__ = exc
    return err


_write_error = write_error  # the first cut's name


def _fsync_dir(path: Path) -> None:
    """Make the rename durable; some filesystems refuse to open a directory, which is fine."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class BlobStore:
    """Stores bytes by their SHA-256; identical content is stored once."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path(self, key: str) -> Path:
        """Absolute path of a stored key; refuses keys that would leave the blob root."""
        parts = Path(key).parts
        if (
            not parts
            or parts[0] != "sha256"
            or any(p in ("..", "") for p in parts)
            or Path(key).is_absolute()
        ):
            raise ValueError(f"not a blob key: {key!r}")
        return self.root / key

    def put(self, data: bytes, what: str = "photo") -> BlobRef:
        """Write `data` (temp file, fsync, rename) and return its reference; raises EvidenceWriteError."""
        sha = hashlib.sha256(data).hexdigest()
        key = blob_key(sha)
        final = self.root / key
        if final.exists() and final.stat().st_size == len(data) and sha256_file(final) == sha:
            return BlobRef(key, sha, len(data))
        tmp = final.parent / f".tmp-{uuid.uuid4().hex}"
        try:
            created = self._make_dirs(final.parent)
            self._write_durably(tmp, data)
            os.replace(tmp, final)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
            raise write_error(exc, what, final.parent) from exc
        _fsync_dir(final.parent)
        for folder in created:  # a new folder's entry lives in its parent
            _fsync_dir(folder.parent)
        return BlobRef(key, sha, len(data))

    def _make_dirs(self, folder: Path) -> list[Path]:
        """Create `folder` and missing parents; returns the ones created, deepest last."""
        missing: list[Path] = []
        probe = folder
        while not probe.exists() and probe != probe.parent:
            missing.append(probe)
            probe = probe.parent
        folder.mkdir(parents=True, exist_ok=True)
        return list(reversed(missing))

    @staticmethod
    def _write_durably(path: Path, data: bytes) -> None:
        """Write all bytes and fsync before the rename makes the file visible."""
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)

    def read(self, key: str) -> bytes:
        """The stored bytes of a key (no hash check; `verify` does that)."""
        return self.path(key).read_bytes()

    def exists(self, key: str) -> bool:
        """Whether a file is stored under this key."""
        return self.path(key).is_file()
