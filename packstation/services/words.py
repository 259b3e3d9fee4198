"""Trouble in the packer's words: what happened and what to do next, never raw exception text.

The details (errno, the exception, the URL) go to the log; the screen gets one short sentence.
Qt-free, so the station session, the window and the command line say the same things.
"""

from __future__ import annotations

import errno
import logging

from packstation.domain.texts import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

DEVICE_NAMES = {
    "printer": QT_TRANSLATE_NOOP("Trouble", "Printer"),
    "scale": QT_TRANSLATE_NOOP("Trouble", "Scale"),
    "scanner": QT_TRANSLATE_NOOP("Trouble", "Scanner"),
    "camera": QT_TRANSLATE_NOOP("Trouble", "Camera"),
}

# What to check, per device, when it does not answer at all.
CHECK = {
    "printer": QT_TRANSLATE_NOOP("Trouble", "check its cable and power"),
    "scale": QT_TRANSLATE_NOOP("Trouble", "check its cable and power"),
    "scanner": QT_TRANSLATE_NOOP("Trouble", "check its cable (or plug it in again)"),
    "camera": QT_TRANSLATE_NOOP("Trouble", "check its cable (or plug it in again)"),
    "central store": QT_TRANSLATE_NOOP("Trouble", "packing goes on; orders are sent when it is back"),
    "sync": QT_TRANSLATE_NOOP("Trouble", "packing goes on; orders are sent when the network is back"),
}

# Printer states from the status bar (devices/printers faults, lower case), in words.
PRINTER_STATES = {
    "paper out": QT_TRANSLATE_NOOP("Trouble", "Printer out of labels: load a new roll, then press Retry."),
    "ribbon out": QT_TRANSLATE_NOOP("Trouble", "Printer ribbon finished: put in a new ribbon, then press Retry."),
    "head open": QT_TRANSLATE_NOOP("Trouble", "Printer lid open: close it, then press Retry."),
    "paused": QT_TRANSLATE_NOOP("Trouble", "Printer paused: press its pause button once."),
    "offline": QT_TRANSLATE_NOOP("Trouble", "Printer not answering: check its cable and power."),
    "unreachable": QT_TRANSLATE_NOOP("Trouble", "Printer not answering: check its cable and power."),
    "fault": QT_TRANSLATE_NOOP("Trouble", "Printer needs attention: look at its display or lights."),
}
OK_STATES = frozenset(
    {
        "ok",
        "simulated",
        "connected",
        "ready",
        "idle",
        "stable",
        "camera_back",
        "unknown",
        "off",
        "absent",
        "stopped",
    }
)
NOT_YET = ("not started", "stopped")  # a device starting up or shutting down is not a fault


def _errno_of(exc: BaseException) -> int | None:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno is not None:
            return current.errno
        current = current.__cause__ or current.__context__
    return None


def _is_timeout(exc: BaseException) -> bool:
    return isinstance(exc, TimeoutError) or "timed out" in str(exc).lower()


def device_trouble(device: str, exc: BaseException | str) -> str:
    """One sentence for a device that failed (`device`: printer, scale, scanner, camera, central store)."""
    name = DEVICE_NAMES.get(device, device[:1].upper() + device[1:])
    check = CHECK.get(device, QT_TRANSLATE_NOOP("Trouble", "check its cable and power"))
    text = exc if isinstance(exc, str) else str(exc)
    code = None if isinstance(exc, str) else _errno_of(exc)
    lowered = text.lower()
    if code in (errno.ECONNREFUSED, errno.EHOSTUNREACH, errno.ENETUNREACH, errno.EHOSTDOWN) or any(
        w in lowered for w in ("connection refused", "errno 111", "no route to host", "unreachable")
    ):
        return translate("Trouble", "{device} not answering: {check}.").format(device=name, check=check)
    if (not isinstance(exc, str) and _is_timeout(exc)) or "timed out" in lowered or "timeout" in lowered:
        return translate("Trouble", "{device} is slow to answer: {check}, then try again.").format(device=name, check=check)
    if (
        code in (errno.ENOENT, errno.ENODEV, errno.ENXIO)
        or "no such file" in lowered
        or "could not open" in lowered
    ):
        return translate("Trouble", "{device} not found: {check}, or choose it again in Settings (Ctrl+S).").format(
            device=name, check=check
        )
    if code in (errno.EACCES, errno.EPERM) or "permission denied" in lowered:
        return translate(
            "Trouble", "{device} cannot be used by this station (no permission): ask the admin to set it up."
        ).format(device=name)
    if code == errno.ENOSPC or "no space left" in lowered:
        return translate("Trouble", "The disk is full: ask the admin to free space; packing goes on.")
    return translate("Trouble", "{device} trouble: {check}, then try again.").format(device=name, check=check)


def device_fault(device: str, state: str, message: str = "") -> str:
    """The banner for a device light that turned red (empty when the state is not a fault)."""
    state = (state or "").strip().lower().replace("_", " ")
    if state.replace(" ", "_") in OK_STATES or state in OK_STATES or (message or "").strip() in NOT_YET:
        return ""
    if device == "camera" and state == "frozen":
        return translate("Trouble", "Camera picture frozen: check its cable (or plug it in again).")
    if device == "printer" and state in PRINTER_STATES:
        return PRINTER_STATES[state]
    if device in DEVICE_NAMES:
        return device_trouble(device, message or state)
    return ""


def plain_error(doing: str, exc: BaseException) -> str:
    """A failure nobody expected, for the screen: what did not happen and what to do (details logged)."""
    log.error("%s failed: %r", doing, exc, exc_info=exc if exc.__traceback__ else None)
    code = _errno_of(exc)
    said = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    if isinstance(exc, OSError) and code is None and said and not _looks_raw(said):
        return said  # a device driver's own sentence ("No picture from the camera (...)")
    if code == errno.ENOSPC:
        return translate("Trouble", "{doing} did not work: the disk is full. Ask the admin to free space.").format(doing=doing)
    if code is not None or _is_timeout(exc):
        return translate(
            "Trouble",
            "{doing} did not work: a device or the network did not answer. Try again; if it keeps failing, call a supervisor.",
        ).format(doing=doing)
    return translate("Trouble", "{doing} did not work. Try again; if it keeps failing, call a supervisor.").format(doing=doing)


RAW_MARKS = (
    "[errno",
    "error:",
    "exception",
    "traceback",
    "not reachable",
    "refused",
    "timed out",
    "cannot be opened",
    "dropped the line",
    "broke while sending",
    "failed while sending",
)


def printer_words(state: str, reason: str) -> str:
    """A print job's reason as the Label page shows it: raw transport errors become what to do."""
    text = reason if reason == (reason or "").strip() else (reason or "").strip()  # a `Text` stays one
    if not text or not any(mark in text.lower() for mark in RAW_MARKS):
        return text
    log.info("print job %s: %s", state, text)
    if state in ("unknown", "sending"):
        return translate(
            "Trouble", "The printer stopped answering while the label was sent: if no label came out, press Reprint."
        )
    return device_trouble("printer", text) + translate("Trouble", " The label prints when it answers.")


def _looks_raw(text: str) -> bool:
    lowered = text.lower()
    return any(mark in lowered for mark in RAW_MARKS) or "errno" in lowered
