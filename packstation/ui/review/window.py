"""The review window: search, order page, flags, evidence export and metrics, for supervisors only."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFileDialog, QMainWindow, QStackedWidget, QTabWidget, QWidget

from packstation.domain.texts import translate
from packstation.domain.users import Actor, Role
from packstation.services.review import ReviewQuery
from packstation.services.review.desk import ReviewServices
from packstation.ui.i18n import shown
from packstation.ui.review.exceptions_page import ExceptionsPage
from packstation.ui.review.export_progress import ExportJob, SheetExportJob
from packstation.ui.review.flag_dialog import FlagDialog
from packstation.ui.review.metrics_page import MetricsPage
from packstation.ui.review.order_page import OrderPageView
from packstation.ui.review.search_page import SearchPage

log = logging.getLogger(__name__)


class ReviewWindow(QMainWindow):
    """Opened with a supervisor's `Actor`; refuses anyone else (the services check the role too)."""

    flagged = Signal(str, str)  # order id, note ("" when cleared)
    exported = Signal(object)  # the exporter's result
    sheet_exported = Signal(object)  # the Seller Center sheet's ExportReport
    message = Signal(str)

    def __init__(
        self, services: ReviewServices, actor: Actor, runner: Any, parent: QWidget | None = None
    ) -> None:
        actor.require(Role.SUPERVISOR, translate("Review", "Opening the review window"))
        super().__init__(parent)
        self.services, self.actor, self.runner = services, actor, runner
        self.setWindowTitle(self.tr("Review — {name}").format(name=actor.name or actor.user_id))
        self.resize(1280, 800)
        self.search = SearchPage(services.review, actor, runner)
        self.order = OrderPageView(services.review, actor, runner)
        self.metrics = MetricsPage(services.metrics, actor, runner)
        self.orders_stack = QStackedWidget()
        self.orders_stack.addWidget(self.search)
        self.orders_stack.addWidget(self.order)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.orders_stack, self.tr("Orders"))
        self.tabs.addTab(self.metrics, self.tr("Packer metrics"))
        self.exceptions: ExceptionsPage | None = None
        if services.exceptions is not None:
            self.exceptions = ExceptionsPage(services.exceptions, runner)
            self.tabs.addTab(self.exceptions, self.tr("Delivery exceptions"))
            self.exceptions.open_requested.connect(self._open_from_exceptions)
            self.exceptions.export_requested.connect(self.export_orders)
        self.dispatch_board: Any = None
        if services.dispatch is not None:
            from packstation.ui.review.dispatch_board_page import DispatchBoardPage

            self.dispatch_board = DispatchBoardPage(services.dispatch, runner)
            self.tabs.addTab(self.dispatch_board, self.tr("Dispatch"))
            self.dispatch_board.open_requested.connect(self._open_from_exceptions)
        self.setCentralWidget(self.tabs)
        self.sheet_job: SheetExportJob | None = None
        self.choose_sheet_path: Callable[[], Path | None] = self._ask_sheet_path
        self.sheet_action = None
        if services.shipment_sheet is not None:
            bar = self.addToolBar(self.tr("Marketplace"))
            self.sheet_action = bar.addAction(self.tr("Seller Center sheet…"))
            self.sheet_action.setToolTip(
                self.tr("Write the TikTok Shop bulk-shipping sheet of the handed-over orders not yet reported")
            )
            self.sheet_action.triggered.connect(self.export_sheet)
        self.flag_dialog: FlagDialog | None = None
        self.export_job: ExportJob | None = None
        self.choose_export_dir: Callable[[], Path | None] = self._ask_export_dir

        self.search.open_requested.connect(self.open_order)
        self.search.flag_requested.connect(self.ask_flag)
        self.search.export_requested.connect(self.export_orders)
        self.search.export_all_requested.connect(self.export_search)
        self.order.back_requested.connect(lambda: self.orders_stack.setCurrentWidget(self.search))
        self.order.flag_requested.connect(self.ask_flag)
        self.order.clear_requested.connect(self.clear_flag)
        self.order.export_requested.connect(self.export_orders)
        self.message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.order.video_decision.message.connect(self.message)
        can_export = services.exporter is not None
        buttons = [self.search.export_button, self.search.export_all_button, self.order.export_button]
        if self.exceptions is not None:
            buttons.append(self.exceptions.export_button)
        for button in buttons:
            button.setEnabled(can_export)
            if not can_export:
                button.setToolTip(self.tr("Evidence export is not available on this station."))
        self.search.run_search()

    # -- orders ---------------------------------------------------------------------------------
    def open_order(self, order_id: str) -> None:
        self.orders_stack.setCurrentWidget(self.order)
        self.order.load(order_id)

    def _open_from_exceptions(self, order_id: str) -> None:
        self.tabs.setCurrentWidget(self.orders_stack)
        self.open_order(order_id)

    # -- flags ----------------------------------------------------------------------------------
    def ask_flag(self, order_id: str) -> None:
        """Open the note dialog; the flag is written when the supervisor confirms it."""
        current = (
            self.order.page.order.flagged
            if self.order.page and self.order.page.order.order_id == order_id
            else ""
        )
        dialog = FlagDialog(order_id, current, self)
        dialog.accepted.connect(lambda: self.flag(order_id, dialog.text()))
        self.flag_dialog = dialog
        dialog.open()

    def flag(self, order_id: str, note: str) -> None:
        self.runner.run(
            lambda: self.services.disputes.flag(self.actor, order_id, note),
            on_done=lambda order: self._flag_changed(order_id, order.flagged),
            on_error=lambda exc: self._refused(self.tr("Could not flag {order}: {reason}"), order_id, exc),
        )

    def clear_flag(self, order_id: str) -> None:
        self.runner.run(
            lambda: self.services.disputes.clear(self.actor, order_id, "cleared in review"),
            on_done=lambda order: self._flag_changed(order_id, ""),
            on_error=lambda exc: self._refused(
                self.tr("Could not clear the flag of {order}: {reason}"), order_id, exc
            ),
        )

    def _refused(self, words: str, order_id: str, exc: BaseException) -> None:
        """A refusal of the core keeps its (translated) words; anything else goes to the log."""
        first = exc.args[0] if exc.args else None
        if isinstance(first, str) and type(exc).__module__.startswith("packstation"):
            reason = shown(first)
        else:
            log.warning("review action failed", exc_info=exc)
            reason = self.tr("something went wrong (the log has the details)")
        self.message.emit(words.format(order=order_id, reason=reason))

    def _flag_changed(self, order_id: str, note: str) -> None:
        model = self.search.model
        for row, summary in enumerate(model.rows):
            if summary.order_id == order_id:
                model.rows[row] = dataclasses.replace(summary, flagged=note)
                model.dataChanged.emit(model.index(row, 0), model.index(row, model.columnCount() - 1))
        if self.order.page is not None and self.order.page.order.order_id == order_id:
            self.order.load(order_id)  # the timeline now shows the flag event
        self.message.emit(
            self.tr("Order {order} flagged: {note}").format(order=order_id, note=note)
            if note
            else self.tr("Flag of order {order} cleared").format(order=order_id)
        )
        self.flagged.emit(order_id, note)

    # -- export ---------------------------------------------------------------------------------
    def _ask_export_dir(self) -> Path | None:
        start = str(self.services.export_dir or Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Export evidence packs to"), start)
        return Path(chosen) if chosen else None

    def export_orders(self, order_ids: Sequence[str]) -> None:
        if not order_ids:
            self.message.emit(self.tr("Select the orders to export first."))
            return
        self._export(list(order_ids))

    def export_search(self, query: ReviewQuery) -> None:
        """Export every order of the search (ids are collected on the worker, page by page)."""
        self._export(lambda: list(self.services.review.iter_order_ids(self.actor, query)))

    def _export(self, ids: Sequence[str] | Callable[[], Sequence[str]]) -> None:
        if self.services.exporter is None:
            return
        out_dir = self.choose_export_dir()
        if out_dir is None:
            return
        job = ExportJob(self.services.exporter, self.runner, ids, out_dir, self)
        job.finished.connect(self._export_done)
        job.failed.connect(lambda text: self.message.emit(self.tr("Export failed: {reason}").format(reason=text)))
        self.export_job = job
        job.start()

    def _export_done(self, result: Any) -> None:
        folder = self.export_job.out_dir if self.export_job else ""
        self.message.emit(self.tr("Evidence exported to {folder}").format(folder=folder))
        self.exported.emit(result)

    # -- Seller Center sheet ----------------------------------------------------------------------
    def _ask_sheet_path(self) -> Path | None:
        start = Path(self.services.export_dir or Path.home()) / f"seller-center-{datetime.now():%Y%m%d-%H%M}.xlsx"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Seller Center sheet"), str(start), self.tr("Excel (*.xlsx)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")

    def export_sheet(self) -> None:
        """The sheet of every handed-over order not yet reported, with a progress bar (off the GUI thread)."""
        if self.services.shipment_sheet is None:
            return
        path = self.choose_sheet_path()
        if path is None:
            return
        job = SheetExportJob(self.services.shipment_sheet, self.runner, path, self)
        job.finished.connect(self._sheet_done)
        job.failed.connect(
            lambda text: self.message.emit(self.tr("Seller Center sheet not written: {reason}").format(reason=text))
        )
        self.sheet_job = job
        job.start()

    def _sheet_done(self, report: Any) -> None:
        self.message.emit("; ".join(shown(line) for line in report.lines()))
        self.sheet_exported.emit(report)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.runner.wait(10_000)  # let a running search, flag or export finish writing
        super().closeEvent(event)
