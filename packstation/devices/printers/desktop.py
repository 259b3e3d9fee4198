"""A desktop (document) printer behind a CUPS queue: `cups://QUEUE?mode=document[&media=NAME]`.

It is given PDF documents as they are (`lp -d QUEUE -o media=... -t NAME FILE`, never `-o raw`) and
CUPS's own driver prints them, so a marketplace's PDF label reaches the paper byte for byte. Its
state comes from `lpstat -p QUEUE`: idle or printing is ready; disabled (stopped, paused) is a fault
with the reason CUPS gives; no answer, an unknown queue or missing CUPS tools are faults, never "ready".
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile

from packstation.devices.printers.status import Fault, PrinterStatus, no_answer, unreachable
from packstation.devices.printers.transports import PrinterUnreachable, Transport, run_lp

_SAFE_NAME = re.compile(r"[^A-Za-z0-9_.@-]+")


def cups_media(width_mm: float, height_mm: float) -> str:
    """The CUPS media name of a page size: `Custom.101.6x152.4mm` for a 4x6 in label."""
    return f"Custom.{width_mm:g}x{height_mm:g}mm"


def _c_locale() -> dict[str, str]:
    """The environment with CUPS messages in English, so their words can be read."""
    return {**os.environ, "LC_ALL": "C", "LANG": "C"}


class CupsDocumentTransport(Transport):
    """A CUPS queue with a driver: PDF files printed as documents on the page size asked for."""

    can_query = False
    takes_documents = True
    checks_before_send = True

    def send(self, data: bytes, name: str, page_mm: tuple[float, float] | None = None) -> None:
        """Print one PDF document; `page_mm` (width, height) picks the paper unless the URL names it."""
        if not data.lstrip()[:5] == b"%PDF-":
            raise PrinterUnreachable(f"{self.url.where} is a document printer and takes PDF documents only")
        media = self.url.options.get("media") or (cups_media(*page_mm) if page_mm else "")
        title = _SAFE_NAME.sub("_", name) or "label.pdf"
        with tempfile.TemporaryDirectory(prefix="packstation-print-") as folder:
            document = os.path.join(folder, title if title.endswith(".pdf") else title + ".pdf")
            with open(document, "wb") as out:
                out.write(data)
            command = ["lp", "-d", self.url.queue, "-t", title]
            if media:
                command += ["-o", f"media={media}"]
            command.append(document)
            run_lp(command, self.url.where, self.timeout, "document", env=_c_locale())

    def check(self) -> PrinterStatus:
        """Ready when `lpstat -p` says the queue is idle or printing; anything else is a fault."""
        if shutil.which("lpstat") is None:
            return unreachable(
                f"{self.url.where} cannot be asked: the lpstat command is missing "
                "(install the CUPS client, cups-client)"
            )
        try:
            done = subprocess.run(
                ["lpstat", "-p", self.url.queue],
                capture_output=True,
                text=True,
                timeout=self.timeout,
                env=_c_locale(),
            )
        except subprocess.TimeoutExpired:
            return no_answer(f"lpstat did not answer for {self.url.where} within {self.timeout:g} s")
        except OSError as exc:
            return unreachable(f"{self.url.where} cannot be asked: {exc}")
        if done.returncode != 0:
            return unreachable(f"{self.url.where}: {done.stderr.strip() or 'unknown queue'}")
        return queue_status(self.url.queue, done.stdout, self.url.where)

    def query(self, command: bytes, frames: int) -> bytes | None:
        return None


def queue_status(queue: str, answer: str, where: str) -> PrinterStatus:
    """Read `lpstat -p QUEUE` output (C locale): its state line and the reason lines under it."""
    lines = answer.splitlines()
    head = next((i for i, line in enumerate(lines) if line.startswith(f"printer {queue} ")), None)
    if head is None:
        return no_answer(f"lpstat said nothing about {where}")
    state = lines[head]
    reasons = []
    for line in lines[head + 1 :]:
        if not line[:1].isspace():
            break
        reasons.append(line.strip())
    reason = "; ".join(r for r in reasons if r)
    if " disabled " in f"{state} ":
        detail = f"{where} is disabled" + (f": {reason}" if reason else "")
        return PrinterStatus(True, (Fault.QUEUE_STOPPED,), detail=detail)
    if " is idle" in state:
        return PrinterStatus(True, detail=f"{where} is idle")
    if " now printing " in state:
        return PrinterStatus(True, detail=f"{where} is printing")
    return no_answer(f"lpstat gave an unknown state for {where}: {state.strip()}")
