"""Run an evidence-pack export in the task runner with a progress dialog fed by the export's callback."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

ProgressFn = Callable[[int, int, str], None]
# (order ids, output folder, progress(done, total, what)) -> whatever the export returns
Exporter = Callable[[Sequence[str], Path, ProgressFn], Any]


class ExportCancelled(Exception):
    """The supervisor pressed Cancel; files already written stay, the pack is incomplete."""


class _Progress(QObject):
    """Carries progress from the worker thread to the GUI thread (queued signal)."""

    changed = Signal(int, int, str)


class ExportJob(QObject):
    """One export: shows a progress dialog, runs the exporter off the GUI thread, reports the outcome."""

    finished = Signal(object)  # the exporter's result
    failed = Signal(str)
    progressed = Signal(int, int, str)

    def __init__(
        self,
        exporter: Exporter,
        runner: Any,
        order_ids: Sequence[str] | Callable[[], Sequence[str]],
        out_dir: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.exporter, self.runner, self.out_dir = exporter, runner, Path(out_dir)
        self._ids = order_ids
        self._cancel = threading.Event()
        self._relay = _Progress()
        self._relay.changed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self.dialog = QProgressDialog("Preparing the evidence pack…", "Cancel", 0, 0, parent)
        self.dialog.setWindowTitle("Exporting evidence")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.last: tuple[int, int, str] | None = None

    def cancel(self) -> None:
        """Ask the running export to stop at its next progress report."""
        self._cancel.set()
        self.dialog.setLabelText("Cancelling…")

    def start(self) -> None:
        self.dialog.show()
        self.runner.run(self._work, on_done=self._done, on_error=self._error)

    def _work(self) -> Any:
        ids = list(self._ids() if callable(self._ids) else self._ids)
        if not ids:
            raise ValueError("No orders to export.")
        self._relay.changed.emit(0, len(ids), f"{len(ids)} order(s)")
        return self.exporter(ids, self.out_dir, self._report)

    def _report(self, done: int, total: int, what: str) -> None:
        """Called by the exporter on the worker thread; raising here stops the export."""
        if self._cancel.is_set():
            raise ExportCancelled("Export cancelled; the files written so far are incomplete.")
        self._relay.changed.emit(done, total, what)

    def _on_progress(self, done: int, total: int, what: str) -> None:
        self.last = (done, total, what)
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))
        self.dialog.setLabelText(f"Exporting {done} of {total}: {what}")
        self.progressed.emit(done, total, what)

    def _done(self, result: Any) -> None:
        self.dialog.close()
        self.finished.emit(result)

    def _error(self, exc: BaseException) -> None:
        self.dialog.close()
        self.failed.emit(str(exc) or type(exc).__name__)
