"""Grading and the decision on a received return: a grade per unit, then a supervisor's decision.

Shown on the returns page once unboxing is over. The packer grades each unit that came back
(resellable, refurbish, write-off); the decision (restock to a bin, offered from the stock book,
refurbish or dispose) needs a supervisor's PIN or badge, checked on the worker like the station's other
supervisor prompts. The panel only forwards to `ReturnsFlow`; the session records who and when.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from packstation.domain.returns import CheckedUnit, Decision, Grade
from packstation.domain.texts import QT_TRANSLATE_NOOP, translate
from packstation.services.returns.session import ReturnsView
from packstation.ui.i18n import shown
from packstation.ui.station.widgets import label, worded

GRADE_WORDS = {
    Grade.RESELLABLE: QT_TRANSLATE_NOOP("ReturnsDecide", "Resellable"),
    Grade.REFURBISH: QT_TRANSLATE_NOOP("ReturnsDecide", "Refurbish"),
    Grade.WRITE_OFF: QT_TRANSLATE_NOOP("ReturnsDecide", "Write-off"),
}
DECISION_WORDS = {
    Decision.RESTOCK: QT_TRANSLATE_NOOP("ReturnsDecide", "Restock"),
    Decision.REFURBISH: QT_TRANSLATE_NOOP("ReturnsDecide", "Refurbish"),
    Decision.DISPOSE: QT_TRANSLATE_NOOP("ReturnsDecide", "Dispose"),
}


def unit_text(u: CheckedUnit) -> str:
    grade = GRADE_WORDS[u.grade] if u.grade else translate("ReturnsDecide", "not graded")
    if u.decision is None:
        decided = translate("ReturnsDecide", "no decision")
    else:
        where = translate("ReturnsDecide", " to {bin}").format(bin=u.location) if u.location else ""
        decided = translate("ReturnsDecide", "{decision}{where} by {who}").format(
            decision=DECISION_WORDS[u.decision], where=where, who=u.decided_by
        )
    return f"#{u.seq} {u.sku or u.code} ({u.outcome.value}) · {shown(grade)} · {shown(decided)}"


class DecisionPanel(QWidget):
    """Pick a unit, grade it, and have a supervisor decide on it."""

    def __init__(self, flow: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = flow
        self.unit = QComboBox()
        self.grades = {g: worded(QPushButton(), GRADE_WORDS[g]) for g in Grade}
        for g, button in self.grades.items():
            button.clicked.connect(lambda _=False, g=g: self.grade(g))
        self.decision = QComboBox()
        for d in Decision:
            self.decision.addItem(shown(DECISION_WORDS[d]), d.value)
        self.location = QComboBox()
        self.location.setEditable(True)  # a bin the book does not list yet may be typed
        edit = self.location.lineEdit()
        if edit is not None:
            worded(edit, translate("ReturnsDecide", "bin to restock to"), "setPlaceholderText")
        self.credential = worded(
            QLineEdit(), translate("ReturnsDecide", "supervisor PIN, or scan a supervisor badge"), "setPlaceholderText"
        )
        self.credential.setEchoMode(QLineEdit.EchoMode.Password)
        self.credential.returnPressed.connect(self.decide)
        self.decide_button = worded(QPushButton(), translate("ReturnsDecide", "Decide (supervisor)"))
        self.decide_button.clicked.connect(self.decide)
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self.decision.currentIndexChanged.connect(self._decision_changed)
        grades = QHBoxLayout()
        for button in self.grades.values():
            grades.addWidget(button)
        form = QFormLayout(self)
        form.addRow(label(translate("ReturnsDecide", "Unit"), "big"), self.unit)
        form.addRow(label(translate("ReturnsDecide", "Grade"), "big"), grades)
        form.addRow(label(translate("ReturnsDecide", "Decision"), "big"), self.decision)
        form.addRow(label(translate("ReturnsDecide", "Location"), "big"), self.location)
        form.addRow(label(translate("ReturnsDecide", "Supervisor"), "big"), self.credential)
        form.addRow(self.decide_button)
        self._view: ReturnsView | None = None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            for i, d in enumerate(Decision):
                self.decision.setItemText(i, shown(DECISION_WORDS[d]))
            view = getattr(self, "_view", None)
            if view is not None:
                self.show_view(view)
        super().changeEvent(event)

    # -- rendering ------------------------------------------------------------------------------------
    def show_view(self, v: ReturnsView) -> None:
        self._view = v
        units = v.to_decide
        keep = self.selected_seq()
        self.unit.blockSignals(True)
        self.unit.clear()
        for u in units:
            self.unit.addItem(unit_text(u), u.seq)
        # Stay on the unit being worked on; otherwise the first one still waiting for a grade or decision.
        pending = [u.seq for u in units if u.decision is None]
        target = keep if keep in pending else (pending[0] if pending else keep)
        index = self.unit.findData(target)
        self.unit.setCurrentIndex(index if index >= 0 else 0)
        self.unit.blockSignals(False)
        self._unit_changed()

    def _current(self) -> CheckedUnit | None:
        seq = self.selected_seq()
        v = self._view
        return next((u for u in v.to_decide if u.seq == seq), None) if v is not None else None

    def selected_seq(self) -> int | None:
        seq = self.unit.currentData()
        return int(seq) if seq is not None else None

    def _unit_changed(self) -> None:
        u, v = self._current(), self._view
        self.location.clear()
        if u is None or v is None:
            return
        for where in v.bins_of(u.sku):
            self.location.addItem(where)
        if u.location:
            self.location.setEditText(u.location)
        # A resellable unit is restocked unless said otherwise; anything else is not offered restock first.
        suggested = Decision.RESTOCK if u.grade in (None, Grade.RESELLABLE) else Decision.REFURBISH
        if u.grade is Grade.WRITE_OFF:
            suggested = Decision.DISPOSE
        self.decision.setCurrentIndex(self.decision.findData((u.decision or suggested).value))
        self._decision_changed()

    def _decision_changed(self) -> None:
        self.location.setEnabled(self.decision.currentData() == Decision.RESTOCK.value)

    # -- input ----------------------------------------------------------------------------------------
    def grade(self, grade: Grade) -> None:
        seq = self.selected_seq()
        if seq is not None:
            self.flow.grade(seq, grade.value)

    def decide(self) -> None:
        seq = self.selected_seq()
        if seq is None:
            return
        credential = self.credential.text()
        self.credential.clear()
        decision = str(self.decision.currentData())
        where = self.location.currentText() if decision == Decision.RESTOCK.value else ""
        self.flow.decide(seq, decision, where, credential)

    def badge(self, code: str) -> None:
        """A supervisor's badge scanned while the panel asks for one: decide with it."""
        self.credential.setText(code)
        self.decide()
