"""The dispatch page's handle on the `DispatchSession`: every action runs on the station worker (the one
that writes the station database), the new `DispatchView` comes back on the GUI thread as `changed`.

Nothing here decides anything: the session does. Notices and verdicts go to the window's banner
(large type, with their sound) through `notice`; a refused parcel also goes out as `verdict`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from packstation.domain.texts import Text
from packstation.domain.users import Actor
from packstation.services.dispatch import DispatchSession, DispatchView

log = logging.getLogger(__name__)


class DispatchFlow(QObject):
    """Forwards dispatch inputs to the session through the runner and publishes what it answers."""

    changed = Signal()
    notice = Signal(object, str)  # text (core texts stay translatable), tone: ok | error | warn | info | done
    verdict = Signal(object)  # VerdictView of a new parcel scan

    def __init__(self, session: DispatchSession, runner: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.runner = session, runner
        self.view: DispatchView = session.view()
        self._pending = 0

    @property
    def active(self) -> bool:
        return self.view.active

    @property
    def idle(self) -> bool:
        return not self._pending

    def submit(self, action: Callable[[], DispatchView]) -> None:
        self._pending += 1

        def done(view: DispatchView) -> None:
            self._pending -= 1
            self.show(view)

        def failed(exc: BaseException) -> None:
            self._pending -= 1
            log.error("dispatch action failed: %s", getattr(exc, "__traceback_text__", exc))
            self.notice.emit(_words(exc) or f"Something went wrong ({type(exc).__name__}).", "error")
            self.changed.emit()

        self.runner.run(action, on_done=done, on_error=failed)

    def show(self, view: DispatchView) -> None:
        old = self.view
        self.view = view
        if view.last is not None and (old.last is None or view.last.seq != old.last.seq):
            self.verdict.emit(view.last)
            self.notice.emit(view.last.verdict.message, view.last.sound)
        if view.notice is not None and (old.notice is None or view.notice.seq != old.notice.seq):
            self.notice.emit(view.notice.text, view.notice.tone)
        self.changed.emit()

    # -- actions ----------------------------------------------------------------------------------
    def enter(self, actor: Actor) -> None:
        self.submit(lambda: self.session.enter(actor))

    def leave(self) -> None:
        self.submit(self.session.leave)

    def choose_carrier(self, carrier: str) -> None:
        self.submit(lambda: self.session.choose_carrier(carrier))

    def set_courier(self, name: str, plate: str = "") -> None:
        self.submit(lambda: self.session.set_courier(name, plate))

    def dropoff(self) -> None:
        self.submit(self.session.dropoff)

    def scan(self, code: str) -> None:
        self.submit(lambda: self.session.scan(code))

    def confirm(self) -> None:
        self.submit(self.session.confirm)

    def back(self) -> None:
        self.submit(self.session.back)

    def undo_last(self) -> None:
        self.submit(self.session.undo_last)

    def take_photo(self) -> None:
        self.submit(lambda: self.session.take_photo())

    def acknowledge(self, typed_name: str = "", signature_png: bytes | None = None) -> None:
        self.submit(lambda: self.session.acknowledge(typed_name, signature_png))


def _words(exc: BaseException) -> str:
    """The refusal's words, kept translatable when the session raised a core text."""
    first = exc.args[0] if exc.args else None
    return first if isinstance(first, Text) else str(exc)
