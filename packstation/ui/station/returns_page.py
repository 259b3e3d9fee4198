"""The returns mode of the station: scan the returned parcel, unbox it on camera, scan each unit back.

`ReturnsFlow` runs every `ReturnsSession` action on the station's runner (never on the GUI thread)
and publishes the new `ReturnsView`; `ReturnsPage` only renders that view and forwards input. Keys
are the station's own: F3 weighs (then finishes), F5 takes the next photo, F8 marks the next unit
damaged, Esc goes back to "scan a parcel" (an unfinished return stays open and resumes). Once
received, the decision panel grades each unit and takes a supervisor's decision; a return waiting
in the queue is opened for that by activating it in the list.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from packstation.domain.commands import Command
from packstation.domain.texts import translate
from packstation.domain.users import Actor, PermissionDenied
from packstation.services.returns.session import ReturnsSession, ReturnsView, Stage
from packstation.ui import i18n
from packstation.ui.station.returns_decide import DecisionPanel
from packstation.ui.station.widgets import PageAction, card, label, reword

log = logging.getLogger(__name__)

OUTCOME_WORDS = {
    "returned": "back",
    "damaged": "DAMAGED",
    "wrong_item": "WRONG ITEM",
    "not_ours": "NOT OURS",
    "missing": "missing",
}


class ReturnsFlow(QObject):
    """Forwards inputs to the returns session through the runner and publishes its answers."""

    changed = Signal()
    notice = Signal(object, str)  # text (core texts stay translatable), tone

    def __init__(
        self,
        session: ReturnsSession,
        runner: Any,
        parent: QObject | None = None,
        actor: Callable[[], Actor | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.runner = session, runner
        self.actor = actor  # who is logged in at the station (read on the GUI thread)
        self.view: ReturnsView = session.view()

    def submit(self, action: Callable[[], ReturnsView]) -> None:
        if self.actor is not None:
            who = self.actor()

            def as_who(inner: Callable[[], ReturnsView] = action) -> ReturnsView:
                self.session.actor = who
                return inner()

            action = as_who

        def done(view: ReturnsView) -> None:
            old, self.view = self.view, view
            if view.notice is not None and (old.notice is None or view.notice.seq != old.notice.seq):
                self.notice.emit(view.notice.text, view.notice.tone)
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            log.error("returns action failed: %s", getattr(exc, "__traceback_text__", exc))
            self.notice.emit(
                translate("ReturnsPage", "Something went wrong ({fault}); the return stays as it was.").format(
                    fault=type(exc).__name__
                ),
                "error",
            )

        self.runner.run(action, on_done=done, on_error=failed)

    def resume(self) -> None:
        self.submit(self.session.resume)

    def scan(self, code: str) -> None:
        self.submit(lambda: self.session.scan(code))

    def weigh(self) -> None:
        self.submit(lambda: self.session.weigh())

    def photograph(self) -> None:
        self.submit(self.session.photograph)

    def mark_damaged(self) -> None:
        self.submit(self.session.mark_damaged)

    def finish(self) -> None:
        self.submit(lambda: self.session.finish())

    def leave(self) -> None:
        self.submit(self.session.leave)

    def pick(self, return_id: str) -> None:
        self.submit(lambda: self.session.pick(return_id))

    def grade(self, seq: int, grade: str) -> None:
        self.submit(lambda: self.session.grade(seq, grade))

    def decide(self, seq: int, decision: str, location: str, credential: str) -> None:
        self.submit(lambda: self.session.decide(seq, decision, location, credential))


def _queue_text(v: ReturnsView, shown: int = 6) -> str:
    """The returns waiting for a decision, the most urgent first, overdue ones said so."""
    if not v.waiting:
        return QCoreApplication.translate("ReturnsPage", "No returns waiting for a decision.")
    now = datetime.now(UTC)
    lines = [QCoreApplication.translate("ReturnsPage", "Waiting for a decision: {count}").format(count=len(v.waiting))]
    for p in v.waiting[:shown]:
        due = p.decision_due
        left = (
            ""
            if due is None
            else (
                QCoreApplication.translate("ReturnsPage", "OVERDUE")
                if due < now
                else QCoreApplication.translate("ReturnsPage", "{hours} h left").format(
                    hours=f"{(due - now).total_seconds() / 3600:.0f}"
                )
            )
        )
        lines.append(f"{p.order_id}  {p.outcome.value if p.outcome else ''}  {left}")
    return "\n".join(lines)


def _grams(value: float | None) -> str:
    return "-" if value is None else f"{value:,.0f} g"


class ReturnsPage(QWidget):
    """Renders the returns view: the parcel beside its outbound record, the lines, units, photos, weights."""

    def __init__(self, flow: ReturnsFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = flow
        self.title = label("", "title", wrap=True)
        self.weight = label("", "huge", wrap=True)
        self.photos = label("", "big", wrap=True)
        self.lines = label("", "big", wrap=True)
        self.units = label("", "", wrap=True)
        self.outbound = label("", "", wrap=True)
        self.deadline = label("", "big", wrap=True)
        self.queue = QListWidget()  # the returns waiting for a decision: activate one to decide on it
        self.queue.itemActivated.connect(self._picked)
        self.decide = DecisionPanel(flow)
        row = QHBoxLayout()
        row.addWidget(
            card(label(translate("ReturnsPage", "Return"), "big"), self.weight, self.photos, self.lines, self.units, self.decide), 3
        )
        row.addWidget(card(label(translate("ReturnsPage", "Outbound"), "big"), self.outbound, self.deadline, self.queue), 2)
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addLayout(row, 1)
        flow.changed.connect(self.render)
        self.render()

    def render(self) -> None:  # type: ignore[override]  # the station's page interface, as Page has it
        v = self.flow.view
        if v.stage == Stage.SCAN_PARCEL:
            self.title.setText(self.tr("Returns: scan the returned parcel (its label, the return id or the order id)"))
            for widget in (self.weight, self.photos, self.lines, self.units, self.outbound):
                widget.setText("")
            self.deadline.setText(_queue_text(v))
            self.queue.clear()
            for p in v.waiting:
                outcome = p.outcome.value if p.outcome else ""
                item = QListWidgetItem(f"{p.order_id}  {outcome}  {p.return_id[:8]}")
                item.setData(Qt.ItemDataRole.UserRole, p.return_id)
                self.queue.addItem(item)
            self.queue.setVisible(bool(v.waiting))
            self.decide.setVisible(False)
            return
        self.queue.setVisible(False)
        self.decide.setVisible(v.stage == Stage.RECEIVED and bool(v.to_decide))
        if v.stage == Stage.RECEIVED:
            self.decide.show_view(v)
        state = self.tr("unboxing") if v.stage == Stage.UNBOXING else self.tr("received: {outcome}").format(outcome=v.outcome)
        self.title.setText(
            self.tr("Return of order {order} ({found}), {state}").format(order=v.order_id, found=v.found_by, state=state)
        )
        self.weight.setText(i18n.shown(v.weight_text))
        needed = ", ".join(v.photos_needed) or self.tr("none")
        damaged = "  ·  " + self.tr("NEXT UNIT DAMAGED") if v.damaged_next else ""
        self.photos.setText(
            self.tr("Photos taken: {count} · still needed: {needed}").format(count=len(v.photos_taken), needed=needed)
            + damaged
        )
        self.lines.setText(
            "\n".join(
                f"{ln.sku}  {ln.name}: "
                + self.tr("{back} of {shipped} back").format(back=ln.back, shipped=ln.shipped)
                + (self.tr(", {count} missing").format(count=ln.missing) if ln.missing else "")
                for ln in v.lines
            )
        )
        self.units.setText(
            "\n".join(
                f"#{u.seq} {OUTCOME_WORDS.get(u.outcome.value, u.outcome.value)} {u.sku or u.code}"
                for u in v.units[-8:]
            )
        )
        o = v.outbound
        if o is not None:
            shipped = o.shipped_at.strftime("%Y-%m-%d %H:%M UTC") if o.shipped_at else "-"
            self.outbound.setText(
                self.tr("Packed by {packer} at {station}").format(packer=o.packer or "-", station=o.station or "-")
                + "\n"
                + self.tr("Weight {weight} · {count} proof photo(s)").format(weight=_grams(o.weight_g), count=len(o.photos))
                + f"\n{o.carrier} {', '.join(o.tracking_numbers)}\n"
                + self.tr("Shipped {when} · manifest {manifest}").format(when=shipped, manifest=o.manifest_id or "-")
            )
        due = v.decision_due.strftime("%Y-%m-%d %H:%M UTC") if v.decision_due else "-"
        self.deadline.setText(self.tr("Decision due {due}").format(due=due))

    def _picked(self, item: QListWidgetItem) -> None:
        self.flow.pick(str(item.data(Qt.ItemDataRole.UserRole)))

    def on_scan(self, code: str) -> None:
        if self.flow.view.stage == Stage.RECEIVED and self.decide.credential.hasFocus():
            self.decide.badge(code)  # a supervisor's badge for the decision, not a parcel
            return
        self.flow.scan(code)

    def actions(self) -> list[PageAction]:  # type: ignore[override]
        v = self.flow.view
        if v.stage == Stage.RECEIVED:
            return [PageAction(Command.CANCEL, self.tr("Back to returns"), self.flow.leave)]
        if v.stage != Stage.UNBOXING:
            return []
        confirm = (
            PageAction(Command.CONFIRM, self.tr("Weigh"), self.flow.weigh)
            if v.arrival_g is None
            else PageAction(Command.CONFIRM, self.tr("Finish return"), self.flow.finish)
        )
        return [
            confirm,
            PageAction(Command.PHOTO, self.tr("Take photo"), self.flow.photograph),
            PageAction(Command.HOLD, self.tr("Damaged unit"), self.flow.mark_damaged),
            PageAction(Command.CANCEL, self.tr("Back"), self.flow.leave),
        ]

    def next_action(self) -> str:
        return i18n.shown(self.flow.view.next_action)

    def focus_first(self) -> None:
        self.setFocus()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            reword(self)
            self.render()
        super().changeEvent(event)


def returns_page(service: Any, runner: Any, station_flow: Any, photo_step: Any, session: Any) -> ReturnsPage:
    """The returns page on the station's camera, scale and runner, acting as whoever is logged in."""
    camera = getattr(photo_step, "camera", None)
    gate = getattr(getattr(session, "desk", None), "gate", None)

    def supervisor(credential: str) -> Actor:
        """The station's own supervisor check (PIN or badge, throttled, audited)."""
        answer = session.supervisor_check(credential)
        if isinstance(answer, Actor):
            return answer
        notice = getattr(answer, "notice", None)
        raise PermissionDenied(notice.text if notice is not None else "Not a supervisor.")

    returns = ReturnsSession(
        service,
        camera=camera,
        camera_name=getattr(photo_step, "camera_name", ""),
        scale=(lambda: gate.stable_g) if gate is not None else None,
        supervisor=supervisor if hasattr(session, "supervisor_check") else None,
    )
    return ReturnsPage(ReturnsFlow(returns, runner, actor=lambda: station_flow.actor))
