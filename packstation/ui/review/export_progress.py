"""Run an export (evidence packs, the Seller Center sheet) in the task runner with a progress dialog
fed by the export's callback."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from packstation.domain.texts import Text, translate
from packstation.services.review.desk import Exporter, SheetExporter
from packstation.ui.i18n import shown

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProgressJob", text)


class ExportCancelled(Exception):
    """The supervisor pressed Cancel; files already written stay, the pack is incomplete."""


class _Progress(QObject):
    """Carries progress from the worker thread to the GUI thread (queued signal)."""

    changed = Signal(int, int, str)


class ProgressJob(QObject):
    """A long export: a progress dialog, the work off the GUI thread, cancel between steps, the outcome."""

    finished = Signal(object)  # the work's result
    failed = Signal(str)
    progressed = Signal(int, int, str)

    title = QT_TRANSLATE_NOOP("ProgressJob", "Exporting")
    preparing = QT_TRANSLATE_NOOP("ProgressJob", "Preparing…")

    def __init__(self, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._cancel = threading.Event()
        self._relay = _Progress()
        self._relay.changed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self.dialog = QProgressDialog(
            _tr(self.preparing), QCoreApplication.translate("ProgressJob", "Cancel"), 0, 0, parent
        )
        self.dialog.setWindowTitle(_tr(self.title))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.last: tuple[int, int, str] | None = None

    def cancel(self) -> None:
        """Ask the running export to stop at its next progress report."""
        self._cancel.set()
        self.dialog.setLabelText(QCoreApplication.translate("ProgressJob", "Cancelling…"))

    def start(self) -> None:
        self.dialog.show()
        self.runner.run(self._work, on_done=self._done, on_error=self._error)

    def _work(self) -> Any:  # pragma: no cover - each job says what it does
        raise NotImplementedError

    def _report(self, done: int, total: int, what: str) -> None:
        """Called by the work on the worker thread; raising here stops the export."""
        if self._cancel.is_set():
            raise ExportCancelled("Export cancelled; the files written so far are incomplete.")
        self._relay.changed.emit(done, total, what)

    def _on_progress(self, done: int, total: int, what: str) -> None:
        self.last = (done, total, what)
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))
        self.dialog.setLabelText(
            QCoreApplication.translate("ProgressJob", "Exporting {done} of {total}: {what}").format(
                done=done, total=total, what=what
            )
        )
        self.progressed.emit(done, total, what)

    def _done(self, result: Any) -> None:
        self.dialog.close()
        self.finished.emit(result)

    def _error(self, exc: BaseException) -> None:
        self.dialog.close()
        if isinstance(exc, ExportCancelled):
            self.failed.emit(
                QCoreApplication.translate(
                    "ProgressJob", "Export cancelled; the files written so far are incomplete."
                )
            )
        elif exc.args and isinstance(exc.args[0], Text):  # a refusal of the core: its words say why
            self.failed.emit(shown(exc.args[0]))
        else:
            log.warning("%s failed", type(self).__name__, exc_info=exc)
            self.failed.emit(
                QCoreApplication.translate("ProgressJob", "something went wrong (the log has the details)")
            )


class ExportJob(ProgressJob):
    """One evidence-pack export of the given orders into a folder."""

    title = QT_TRANSLATE_NOOP("ProgressJob", "Exporting evidence")
    preparing = QT_TRANSLATE_NOOP("ProgressJob", "Preparing the evidence pack…")

    def __init__(
        self,
        exporter: Exporter,
        runner: Any,
        order_ids: Sequence[str] | Callable[[], Sequence[str]],
        out_dir: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.exporter, self.out_dir = exporter, Path(out_dir)
        self._ids = order_ids

    def _work(self) -> Any:
        ids = list(self._ids() if callable(self._ids) else self._ids)
        if not ids:
            raise ValueError(translate("ProgressJob", "No orders to export."))
        self._relay.changed.emit(0, len(ids), self.tr("%n order(s)", "", len(ids)))
        return self.exporter(ids, self.out_dir, self._report)


class SheetExportJob(ProgressJob):
    """The Seller Center bulk-shipping sheet of the handed-over orders not yet reported, into one file.

    A cancel stops before the file is moved into place, so nothing is written or recorded."""

    title = QT_TRANSLATE_NOOP("ProgressJob", "Seller Center sheet")
    preparing = QT_TRANSLATE_NOOP("ProgressJob", "Collecting the handed-over orders…")

    def __init__(
        self, exporter: SheetExporter, runner: Any, path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(runner, parent)
        self.exporter, self.path = exporter, Path(path)

    def _work(self) -> Any:
        return self.exporter(
            self.path,
            lambda done, total: self._report(
                done, total, QCoreApplication.translate("ProgressJob", "orders")
            ),
        )
