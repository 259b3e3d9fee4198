"""People (admin and supervisors): the station's list of people and a form to add and change them.

Opened over the current step with Ctrl+P; every change runs on the station worker through the
Qt-free `PeopleDesk` (services/people.py), which decides and audits; this page only renders its
`PeopleView` and forwards input. While it is open, a scan is the badge being enrolled.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.commands import Command
from packstation.domain.texts import QT_TRANSLATE_NOOP
from packstation.domain.users import Actor, Role
from packstation.services.people import PeopleDesk, PeopleView
from packstation.services.station.view import Step
from packstation.ui.i18n import shown
from packstation.ui.station.flow import StationFlow
from packstation.ui.station.widgets import Page, PageAction, label

log = logging.getLogger(__name__)

COLUMNS = (
    QT_TRANSLATE_NOOP("PeoplePage", "Name"),
    QT_TRANSLATE_NOOP("PeoplePage", "User"),
    QT_TRANSLATE_NOOP("PeoplePage", "Role"),
    QT_TRANSLATE_NOOP("PeoplePage", "Badge"),
    QT_TRANSLATE_NOOP("PeoplePage", "PIN"),
    QT_TRANSLATE_NOOP("PeoplePage", "Last login"),
    QT_TRANSLATE_NOOP("PeoplePage", "Status"),
)


class PeoplePage(Page):
    """Renders the desk's view; buttons and scans become desk calls on the station worker."""

    step = Step.SETTINGS  # shown over any step; the window keeps the flow's step as it was

    def __init__(
        self,
        flow: StationFlow,
        users: Any,
        runner: Any = None,
        papers: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(flow, parent)
        self.users, self.runner = users, runner or flow.runner
        self.papers = papers  # where badge sheets and the guide are saved (the station home)
        self.desk: PeopleDesk | None = None
        self.view = PeopleView()
        self.pending = 0
        self.on_close: Callable[[], None] | None = None
        self._shown_seq = 0
        self.title = label(self.tr("People"), "title")
        self.who = label("", "muted")
        self.hint = label("", "message", wrap=True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Full name, as on the badge"))
        self.user_id = QLineEdit()
        self.user_id.setPlaceholderText(self.tr("Short id to log in with, like pat"))
        self.role = QComboBox()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("4 to 12 digits"))
        form = QFormLayout()
        form.addRow(label(self.tr("Name")), self.name)
        form.addRow(label(self.tr("User id")), self.user_id)
        form.addRow(label(self.tr("Role")), self.role)
        form.addRow(label(self.tr("PIN")), self.pin)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for n, (key, text, slot, secondary) in enumerate(
            (
                ("add", self.tr("Add person"), self.add, False),
                ("rename", self.tr("Save name"), self.rename, True),
                ("role", self.tr("Set role"), self.set_role, True),
                ("pin", self.tr("Set PIN"), self.set_pin, True),
                ("reset", self.tr("Reset PIN"), self.reset_pin, True),
                ("enroll", self.tr("Enroll badge"), self.enroll, False),
                ("unbadge", self.tr("Remove badge"), self.remove_badge, True),
                ("deactivate", self.tr("Deactivate"), self.deactivate, True),
                ("new", self.tr("New person"), self.clear_form, True),
                ("close", self.tr("Close"), self.close_page, True),
                ("badges", self.tr("Print badges"), self.print_badges, True),
                ("guide", self.tr("First-run guide"), self.print_guide, True),
            )
        ):
            button = QPushButton(text)
            if secondary:
                button.setProperty("role", "secondary")
            button.clicked.connect(slot)
            self.buttons[key] = button
            grid.addWidget(button, n // 2, n % 2)
        panel = QWidget()
        side = QVBoxLayout(panel)
        side.addLayout(form)
        side.addLayout(grid)
        side.addStretch(1)
        scroll = QScrollArea()  # on a small screen the form scrolls rather than make the window taller
        scroll.setWidget(panel)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addWidget(scroll, 2)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.who)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addLayout(body, 1)

    # -- opening and closing ------------------------------------------------------------------------
    def open_for(self, actor: Actor) -> None:
        """Start managing people as `actor` (a supervisor or admin); reads the list on the worker."""
        self.desk = PeopleDesk(self.users, actor)
        self.view = PeopleView(actor=actor)
        self.clear_form()
        self._ask(lambda desk: desk.view())

    def close_page(self) -> None:
        if self.desk is not None and self.desk.enrolling:
            self._ask(lambda desk: desk.cancel_enroll())
        self.desk = None
        if self.on_close is not None:
            self.on_close()

    # -- the station worker -------------------------------------------------------------------------
    def _ask(self, call: Callable[[PeopleDesk], PeopleView]) -> None:
        desk = self.desk
        if desk is None:
            return
        self.pending += 1

        def done(view: PeopleView) -> None:
            self.pending -= 1
            if self.desk is desk:
                self.show_view(view)

        def failed(exc: BaseException) -> None:
            self.pending -= 1
            log.error("people page: %s", getattr(exc, "__traceback_text__", exc))
            self.flow.say(self.tr("That change was not saved; try again."), "error")

        self.runner.run(lambda: call(desk), on_done=done, on_error=failed)

    def show_view(self, view: PeopleView) -> None:
        self.view = view
        if view.notice is not None and view.notice.seq != self._shown_seq:
            self._shown_seq = view.notice.seq
            self.flow.say(view.notice.text, view.notice.tone)
        self.render()

    # -- rendering ----------------------------------------------------------------------------------
    def render(self) -> None:
        view = self.view
        actor = view.actor
        self.who.setText(self.tr("as {0}").format(actor.name or actor.user_id) if actor else "")
        self.hint.setText(shown(view.hint))
        keep = self._current_id() or view.selected
        self.table.blockSignals(True)
        self.table.setRowCount(len(view.people))
        for row, person in enumerate(view.people):
            cells = (
                person.name,
                person.user_id,
                person.role.value,
                self.tr("yes") if person.has_badge else self.tr("no"),
                self.tr("yes") if person.has_pin else self.tr("no"),
                person.last_login,
                person.status,
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, person.user_id)
                if not person.manageable:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, col, item)
            if person.user_id == keep:
                self.table.selectRow(row)
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()
        roles = [r.value for r in (Role if view.may_set_role else view.roles)]
        if [self.role.itemText(i) for i in range(self.role.count())] != roles:
            current = self.role.currentText()
            self.role.clear()
            self.role.addItems(roles)
            if current in roles:
                self.role.setCurrentText(current)
        self._enable()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self.table.resizeRowsToContents)

    def _enable(self) -> None:
        person = self.view.person(self._current_id())
        chosen = person is not None and person.manageable and person.active
        self.buttons["role"].setEnabled(self.view.may_set_role and person is not None and person.active)
        for key in ("rename", "pin", "reset", "enroll", "unbadge"):
            self.buttons[key].setEnabled(chosen)
        self.buttons["deactivate"].setEnabled(
            chosen and person is not None and person.user_id != getattr(self.view.actor, "user_id", "")
        )
        self.user_id.setReadOnly(person is not None)

    def _current_id(self) -> str:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return ""
        item = self.table.item(rows[0].row(), 0)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def _selected(self) -> None:
        person = self.view.person(self._current_id())
        if person is not None:
            self.name.setText(person.name)
            self.user_id.setText(person.user_id)
            self.role.setCurrentText(person.role.value)
            self.pin.clear()
        self._enable()

    def clear_form(self) -> None:
        self.table.clearSelection()
        for field in (self.name, self.user_id, self.pin):
            field.clear()
        self._enable()
        self.name.setFocus()

    # -- input --------------------------------------------------------------------------------------
    def add(self) -> None:
        uid, name, role, pin = self.user_id.text(), self.name.text(), self.role.currentText(), self.pin.text()
        if self._current_id():  # the form shows someone already: start a new one instead
            self.flow.say(self.tr("Press New person first, then fill in the form."), "error")
            return
        self.pin.clear()
        self._ask(lambda desk: desk.add(uid, name, role or Role.PACKER.value, pin))

    def rename(self) -> None:
        uid, name = self._current_id(), self.name.text()
        self._ask(lambda desk: desk.rename(uid, name))

    def set_role(self) -> None:
        uid, role = self._current_id(), self.role.currentText()
        self._ask(lambda desk: desk.set_role(uid, role))

    def set_pin(self) -> None:
        uid, pin = self._current_id(), self.pin.text()
        self.pin.clear()
        self._ask(lambda desk: desk.set_pin(uid, pin))

    def reset_pin(self) -> None:
        uid = self._current_id()
        self._ask(lambda desk: desk.reset_pin(uid))

    def enroll(self) -> None:
        uid = self._current_id()
        self._ask(lambda desk: desk.start_enroll(uid))

    def remove_badge(self) -> None:
        uid = self._current_id()
        self._ask(lambda desk: desk.remove_badge(uid))

    def deactivate(self) -> None:
        uid = self._current_id()
        self._ask(lambda desk: desk.deactivate(uid))

    def print_badges(self) -> None:
        folder = self.papers or Path.cwd()
        self._ask(lambda desk: desk.print_badges(folder))

    def print_guide(self) -> None:
        folder = self.papers or Path.cwd()
        self._ask(lambda desk: desk.print_guide(folder))

    def on_scan(self, code: str) -> None:
        """A scan while People is open: the badge being enrolled (the desk says if none is)."""
        self._ask(lambda desk: desk.scan(code))

    def actions(self) -> list[PageAction]:
        return [PageAction(Command.CANCEL, self.tr("Close"), self._cancel)]

    def _cancel(self) -> None:
        if self.view.enrolling:
            self._ask(lambda desk: desk.cancel_enroll())
        else:
            self.close_page()

    def next_action(self) -> str:
        return self.view.hint or self.tr("Choose a person to change, or fill in the form to add someone.")

    def focus_first(self) -> None:
        self.name.setFocus()
