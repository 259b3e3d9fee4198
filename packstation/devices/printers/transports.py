"""How bytes reach a printer: raw TCP 9100, a USB printer device file, a serial port, a CUPS raw queue,
a folder of files. Each transport sends a job and, where the line is two-way, asks a status question.

Errors say whether anything can have reached the printer: `PrinterUnreachable` (nothing was sent,
safe to retry) or `SendInterrupted` (the line broke mid-send; the label may have printed).
"""

from __future__ import annotations

import os
import select
import shutil
import socket
import stat
import subprocess
import time
from pathlib import Path

from packstation.devices.printers.address import PrinterUrl
from packstation.devices.printers.status import ETX, PrinterStatus, unreachable


class PrinterUnreachable(OSError):
    """The printer could not be reached; nothing of the job was sent."""


class SendInterrupted(OSError):
    """The connection failed while the job was being sent: part or all of it may have printed."""


class PrinterHungUp(OSError):
    """The printer took the status question, then closed (or reset) the connection without answering."""


#: What the no-answer and hung-up messages suggest for a printer that cannot answer status at all.
STATUS_NONE_HINT = "if this printer cannot answer status questions, add ?status=none to its address"


class Transport:
    """One way to reach one printer. `query` returns None when the printer stays silent."""

    can_query = True
    takes_documents = False  # sent PDF documents as they are (desktop printer), not printer language
    checks_before_send = False  # `check()` must say ok before a job goes: a stopped queue would hold it

    def __init__(self, url: PrinterUrl) -> None:
        self.url = url
        self.timeout = url.timeout

    def send(self, data: bytes, name: str) -> None:
        raise NotImplementedError

    def query(self, command: bytes, frames: int) -> bytes | None:
        raise NotImplementedError

    def check(self) -> PrinterStatus:
        """Status of a printer that cannot answer questions (folders, CUPS queues)."""
        return PrinterStatus(True, detail=self.url.where)


def _read_frames(read, frames: int, deadline: float, hung_up: str = "") -> bytes | None:  # type: ignore[no-untyped-def]
    """Read until `frames` ETX bytes arrived or the deadline passed; None when nothing complete came.

    `read(left)` returns bytes, None for "nothing yet" (keep reading until the deadline), or b"" for
    end of stream: the printer hung up, which raises `PrinterHungUp(hung_up)` when nothing complete came.
    """
    answer = b""
    while answer.count(ETX) < frames:
        left = deadline - time.monotonic()
        if left <= 0:
            break
        chunk = read(left)
        if chunk is None:
            continue
        if not chunk:
            if hung_up:
                raise PrinterHungUp(hung_up)
            break
        answer += chunk
    return answer if answer.count(ETX) >= frames else None


class TcpTransport(Transport):
    """Raw socket to port 9100: one connection per job and per status question."""

    def _connect(self) -> socket.socket:
        where = self.url.where
        try:
            return socket.create_connection((self.url.host, self.url.port), timeout=self.timeout)
        except ConnectionRefusedError:
            raise PrinterUnreachable(
                f"printer at {where} not reachable: it refused the connection "
                "(nothing listens on that port: wrong address or port, or the printer is off)"
            ) from None
        except TimeoutError:
            raise PrinterUnreachable(
                f"printer at {where} not reachable: no answer to the connection within {self.timeout:g} s "
                "(switched off, unplugged, or on another network)"
            ) from None
        except OSError as exc:
            raise PrinterUnreachable(f"printer at {where} not reachable: {exc}") from None

    def send(self, data: bytes, name: str) -> None:
        conn = self._connect()
        try:
            conn.sendall(data)
            conn.shutdown(socket.SHUT_WR)
        except OSError as exc:
            raise SendInterrupted(f"connection to {self.url.where} broke while sending: {exc}") from None
        finally:
            conn.close()

    def query(self, command: bytes, frames: int) -> bytes | None:
        deadline = time.monotonic() + self.timeout
        with self._connect() as conn:
            try:
                conn.sendall(command)
            except OSError as exc:
                raise PrinterUnreachable(f"printer at {self.url.where} dropped the line: {exc}") from None

            def read(left: float) -> bytes | None:
                conn.settimeout(max(left, 0.001))
                try:
                    return conn.recv(4096)  # b"": the printer closed the connection
                except TimeoutError:
                    return None
                except OSError:
                    return b""  # reset: the same as a close for the person at the printer

            hung_up = f"printer at {self.url.where} closed the connection without answering status"
            return _read_frames(read, frames, deadline, hung_up)


class SerialTransport(Transport):
    """A serial port through pyserial (`serial_for_url`), opened for each job and question."""

    def _open(self):  # type: ignore[no-untyped-def]
        import serial  # deferred: only serial printers need pyserial loaded

        opts = self.url.options
        try:
            return serial.serial_for_url(
                self.url.path,
                baudrate=int(opts.get("baud", "9600")),
                bytesize=int(opts.get("bytesize", "8")),
                parity=opts.get("parity", "N")[:1].upper(),
                stopbits=float(opts.get("stopbits", "1")),
                timeout=0.05,
                write_timeout=self.timeout,
            )
        except (OSError, ValueError) as exc:
            raise PrinterUnreachable(f"printer port {self.url.path} cannot be opened: {exc}") from None

    def send(self, data: bytes, name: str) -> None:
        port = self._open()
        try:
            port.write(data)
            port.flush()
        except Exception as exc:  # noqa: BLE001 - pyserial raises SerialException or SerialTimeoutException
            raise SendInterrupted(f"printer port {self.url.path} failed while sending: {exc}") from None
        finally:
            port.close()

    def query(self, command: bytes, frames: int) -> bytes | None:
        port = self._open()
        try:
            deadline = time.monotonic() + self.timeout
            port.reset_input_buffer()
            port.write(command)
            port.flush()
            # A serial read that times out (50 ms) returns b"": nothing *yet*, not the end of the line,
            # so keep reading until the configured timeout has passed.
            return _read_frames(lambda left: port.read(4096) or None, frames, deadline)
        except Exception as exc:  # noqa: BLE001
            raise PrinterUnreachable(f"printer port {self.url.path} failed: {exc}") from None
        finally:
            port.close()


class DeviceFileTransport(Transport):
    """A printer device file such as /dev/usb/lp0; status is read back where the printer is two-way."""

    def send(self, data: bytes, name: str) -> None:
        try:
            fd = os.open(self.url.path, os.O_WRONLY)
        except OSError as exc:
            raise PrinterUnreachable(f"printer device {self.url.path} cannot be opened: {exc}") from None
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
        except OSError as exc:
            raise SendInterrupted(f"printer device {self.url.path} failed while sending: {exc}") from None
        finally:
            os.close(fd)

    def query(self, command: bytes, frames: int) -> bytes | None:
        try:
            if not stat.S_ISCHR(os.stat(self.url.path).st_mode):
                return None  # a plain file cannot answer (and must not get the question written into it)
            fd = os.open(self.url.path, os.O_RDWR | os.O_NONBLOCK)
        except OSError as exc:
            raise PrinterUnreachable(f"printer device {self.url.path} cannot be opened: {exc}") from None

        def read(left: float) -> bytes | None:
            ready, _, _ = select.select([fd], [], [], left)
            if not ready:
                return None
            try:
                return os.read(fd, 4096)
            except BlockingIOError:
                return None

        try:
            os.write(fd, command)
            return _read_frames(read, frames, time.monotonic() + self.timeout)
        except OSError:
            return None  # a one-way device cannot answer: the caller reports silence
        finally:
            os.close(fd)


class CupsTransport(Transport):
    """A CUPS queue fed raw bytes with `lp -d QUEUE -o raw`; status from `lpstat -p QUEUE`."""

    can_query = False
    checks_before_send = True  # a disabled queue accepts jobs and sits on them: keep them in our spool

    def send(self, data: bytes, name: str) -> None:
        run_lp(
            ["lp", "-d", self.url.queue, "-o", "raw", "-t", name],
            self.url.where,
            self.timeout,
            "job",
            data=data,
        )

    def check(self) -> PrinterStatus:
        if shutil.which("lpstat") is None:
            return PrinterStatus(True, detail=f"{self.url.where}; status not checked (no lpstat)")
        try:
            done = subprocess.run(
                ["lpstat", "-p", self.url.queue], capture_output=True, text=True, timeout=self.timeout
            )
        except subprocess.TimeoutExpired:
            return unreachable(f"lpstat did not answer for {self.url.where}")
        if done.returncode != 0:
            return unreachable(f"{self.url.where}: {done.stderr.strip() or 'unknown queue'}")
        if "disabled" in done.stdout:
            from packstation.devices.printers.status import Fault

            return PrinterStatus(True, (Fault.PAUSED,), detail=f"{self.url.where} is disabled")
        return PrinterStatus(True, detail=f"{self.url.where} accepts jobs")

    def query(self, command: bytes, frames: int) -> bytes | None:
        return None


class FolderTransport(Transport):
    """Each job written as one file in a folder (atomically: a temp name, then renamed)."""

    can_query = False

    def send(self, data: bytes, name: str) -> None:
        folder = Path(self.url.path)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            partial = folder / f".{name}.part"
            partial.write_bytes(data)
            partial.replace(folder / name)
        except OSError as exc:
            raise PrinterUnreachable(f"label folder {folder} cannot be written: {exc}") from None

    def check(self) -> PrinterStatus:
        folder = Path(self.url.path)
        if folder.is_dir() and os.access(folder, os.W_OK):
            return PrinterStatus(True, detail=f"label folder {folder} is writable")
        parent = next((p for p in folder.parents if p.exists()), None)
        if not folder.exists() and parent is not None and os.access(parent, os.W_OK):
            return PrinterStatus(True, detail=f"label folder {folder} is writable (created on first label)")
        return unreachable(f"label folder {folder} is missing or read-only")

    def query(self, command: bytes, frames: int) -> bytes | None:
        return None


def run_lp(
    command: list[str],
    where: str,
    timeout: float,
    what: str,
    *,
    data: bytes | None = None,
    env: dict | None = None,
) -> None:
    """Hand a job to CUPS with `lp`; a missing client, a hang or a refusal each raise their own error."""
    try:
        done = subprocess.run(command, input=data, capture_output=True, timeout=max(timeout, 5.0), env=env)
    except FileNotFoundError:
        raise PrinterUnreachable("the lp command is missing: install the CUPS client (cups-client)") from None
    except subprocess.TimeoutExpired:
        raise SendInterrupted(f"lp did not finish sending to {where}") from None
    if done.returncode != 0:
        reason = done.stderr.decode(errors="replace").strip() or f"lp exit status {done.returncode}"
        raise PrinterUnreachable(f"{where} refused the {what}: {reason}")
