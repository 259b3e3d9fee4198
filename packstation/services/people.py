"""The People page, Qt-free: an admin or supervisor adds, edits and deactivates people at the station.

Every action returns a frozen `PeopleView` (the list, what the person at the desk may do, and the
notice for the banner). The rules are the user service's: supervisors manage packers, only an
admin manages supervisors and admins, nobody deactivates the last admin; each change is audited
there as a `UserChanged` event. A badge is enrolled by scanning it while the page waits for one.
"""

from __future__ import annotations

import logging
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from packstation.domain.texts import translate
from packstation.domain.users import Actor, PermissionDenied, Role
from packstation.services.credentials import UserError
from packstation.services.station.view import Notice
from packstation.services.users import UserInfo, UserService

log = logging.getLogger(__name__)

RESET_PIN_DIGITS = 6


@dataclass(frozen=True)
class PersonView:
    """One row of the People list (never a credential)."""

    user_id: str
    name: str
    role: Role
    active: bool
    has_pin: bool
    has_badge: bool
    last_login: str  # "never" or "2026-12-01 14:03"
    manageable: bool  # the person at the desk may change this row

    @property
    def status(self) -> str:
        return "active" if self.active else "deactivated"


@dataclass(frozen=True)
class PeopleView:
    """What the People page shows now."""

    people: tuple[PersonView, ...] = ()
    actor: Actor | None = None
    roles: tuple[Role, ...] = ()  # roles the person at the desk may give
    may_set_role: bool = False
    enrolling: str = ""  # the user whose badge the next scan enrolls
    new_pin: str = ""  # a PIN just reset: shown once, to be handed over
    notice: Notice | None = None
    selected: str = ""
    hint: str = field(default="")

    def person(self, user_id: str) -> PersonView | None:
        return next((p for p in self.people if p.user_id == user_id), None)


class PeopleDesk:
    """People management for one logged-in admin or supervisor."""

    def __init__(self, users: UserService, actor: Actor, clock: Callable[[], datetime] | None = None) -> None:
        actor.require(Role.SUPERVISOR, "Managing people")
        self.users, self.actor = users, actor
        self.enrolling = ""
        self.selected = ""
        self._new_pin = ""
        self._notice: Notice | None = None
        self._seq = 0
        self._lock = threading.RLock()

    # -- the view ------------------------------------------------------------------------------------
    def view(self) -> PeopleView:
        with self._lock:
            infos = self.users.list_users()
            logins = self.users.last_logins()
            people = tuple(self._person(u, logins.get(u.user_id)) for u in infos)
            new_pin, self._new_pin = self._new_pin, ""
            return PeopleView(
                people=people,
                actor=self.actor,
                roles=self._roles(),
                may_set_role=self.actor.role is Role.ADMIN,
                enrolling=self.enrolling,
                new_pin=new_pin,
                notice=self._notice,
                selected=self.selected,
                hint=self._hint(),
            )

    def _person(self, info: UserInfo, last: datetime | None) -> PersonView:
        when = last.astimezone().strftime("%Y-%m-%d %H:%M") if last else "never"
        manageable = info.user_id == self.actor.user_id or self._may_manage(info.role)
        return PersonView(
            info.user_id, info.name, info.role, info.active, info.has_pin, info.has_badge, when, manageable
        )

    def _roles(self) -> tuple[Role, ...]:
        return tuple(r for r in Role if self._may_manage(r))

    def _may_manage(self, role: Role) -> bool:
        needed = Role.ADMIN if role.rank >= Role.SUPERVISOR.rank else Role.SUPERVISOR
        return self.actor.role.rank >= needed.rank

    def _hint(self) -> str:
        if self.enrolling:
            return translate("People", "Scan the new badge for {name} now (Esc cancels).").format(
                name=self._name(self.enrolling)
            )
        return translate("People", "Choose a person to change, or fill in the form to add someone.")

    def _name(self, user_id: str) -> str:
        info = self.users.get(user_id)
        return (info.name or info.user_id) if info else user_id

    def _say(self, text: str, tone: str) -> None:
        self._seq += 1
        self._notice = Notice(text, tone, self._seq)

    def _act(self, fn: Callable[[], str]) -> PeopleView:
        """Run one change; its text is the notice, a refusal becomes an error notice (details to the log)."""
        with self._lock:
            try:
                self._say(fn(), "ok")
            except (UserError, PermissionDenied) as exc:
                self._say(str(exc).splitlines()[0], "error")
            except Exception:  # noqa: BLE001 - the page stays usable whatever the store does
                log.exception("people change failed")
                self._say(
                    "That change was not saved: the station database did not answer. Try again.", "error"
                )
            return self.view()

    # -- actions ---------------------------------------------------------------------------------------
    def select(self, user_id: str) -> PeopleView:
        with self._lock:
            self.selected = user_id
            return self.view()

    def add(self, user_id: str, name: str, role: Role | str, pin: str = "", badge: str = "") -> PeopleView:
        def add() -> str:
            uid, person, code, token = user_id.strip(), name.strip(), pin.strip(), badge.strip()
            if not uid and not person:
                raise UserError("Type a name and a short user id (like pat) to add someone.")
            if not uid:
                raise UserError("Type a short user id to log in with (like pat), without spaces.")
            if not code and not token:
                raise UserError(f"Give {person or uid} a PIN, or scan a badge for them after adding.")
            actor = self.users.add_user(self.actor, uid, person, role, pin=code or None, badge=token or None)
            self.selected = actor.user_id
            return f"Added {actor.name or actor.user_id} as {actor.role.value}."

        return self._act(add)

    def add_for_badge(self, user_id: str, name: str, role: Role | str, pin: str = "") -> PeopleView:
        """Add someone with a PIN, then wait for their badge to be scanned."""
        view = self.add(user_id, name, role, pin)
        if view.notice is not None and view.notice.tone == "ok":
            return self.start_enroll(user_id.strip())
        return view

    def rename(self, user_id: str, name: str) -> PeopleView:
        def rename() -> str:
            self.users.rename(self.actor, user_id, name)
            return f"{user_id} is now shown as {name.strip()}."

        return self._act(rename)

    def set_role(self, user_id: str, role: Role | str) -> PeopleView:
        def change() -> str:
            self.users.set_role(self.actor, user_id, role)
            return f"{self._name(user_id)} is now {Role(role).value}."

        return self._act(change)

    def deactivate(self, user_id: str) -> PeopleView:
        def deactivate() -> str:
            self.users.deactivate(self.actor, user_id)
            if self.enrolling == user_id:
                self.enrolling = ""
            return f"{self._name(user_id)} can no longer log in; their PIN and badge are erased."

        return self._act(deactivate)

    def set_pin(self, user_id: str, pin: str) -> PeopleView:
        def set_pin() -> str:
            if not (pin or "").strip():
                raise UserError("Type the new PIN (4 to 12 digits), or press Reset PIN for a random one.")
            self.users.set_pin(self.actor, user_id, pin)
            return f"New PIN saved for {self._name(user_id)}."

        return self._act(set_pin)

    def reset_pin(self, user_id: str) -> PeopleView:
        """Give someone a random PIN, shown once so it can be handed over."""

        def reset() -> str:
            for _ in range(5):  # PINs are unique per station: draw again if this one is taken
                pin = "".join(secrets.choice("0123456789") for _ in range(RESET_PIN_DIGITS))
                try:
                    self.users.set_pin(self.actor, user_id, pin)
                except UserError as exc:
                    if "already used" in str(exc):
                        continue
                    raise
                self._new_pin = pin
                return f"New PIN for {self._name(user_id)}: {pin}. Tell them; it is not shown again."
            raise UserError("No free PIN found; type one yourself.")

        return self._act(reset)

    def start_enroll(self, user_id: str) -> PeopleView:
        def start() -> str:
            info = self.users.get(user_id)
            if info is None:
                raise UserError("Choose the person whose badge you want to scan first.")
            if not info.active:
                raise UserError(
                    f"{info.name or info.user_id} is deactivated; add them again to give a badge."
                )
            if info.user_id != self.actor.user_id and not self._may_manage(info.role):
                raise PermissionDenied(f"Only an admin gives a {info.role.value} a badge.")
            self.enrolling = info.user_id
            return f"Scan the new badge for {info.name or info.user_id} now."

        view = self._act(start)
        return view

    def cancel_enroll(self) -> PeopleView:
        with self._lock:
            if self.enrolling:
                self.enrolling = ""
                self._say("No badge scanned; nothing changed.", "info")
            return self.view()

    def remove_badge(self, user_id: str) -> PeopleView:
        def remove() -> str:
            self.users.set_badge(self.actor, user_id, None)
            return f"{self._name(user_id)}'s badge removed: it no longer logs in."

        return self._act(remove)

    def print_badges(self, folder: Path) -> PeopleView:
        """New badges for everyone active without one (those this desk may manage), as a PDF in `folder`."""

        def badges() -> str:
            people = [p.user_id for p in self.view().people if p.active and not p.has_badge and p.manageable]
            if not people:
                raise UserError("Everyone you manage has a badge already; Enroll badge replaces one.")
            out = folder / f"badges-{datetime.now():%Y%m%d-%H%M%S}.pdf"
            _, issued = issue_badges(
                self.users,
                self.actor,
                people,
                station=self.users.station,
                printed_at=datetime.now(),
                keep=lambda pdf: save_pdf(out, pdf),
            )
            return (
                f"Badges for {len(issued)} people saved to {out}: print it, hand them out, delete the file."
            )

        return self._act(badges)

    def print_guide(self, folder: Path) -> PeopleView:
        """The one-page first-run guide as a PDF in `folder`."""

        def guide() -> str:
            from packstation.labels.badge_sheet import first_run_guide_pdf

            out = folder / "first-run-guide.pdf"
            save_pdf(out, first_run_guide_pdf(self.users.station, datetime.now()))
            return f"First-run guide saved to {out}."

        return self._act(guide)

    def scan(self, code: str) -> PeopleView:
        """A scan while the page is open: the badge of the person being enrolled."""

        def enroll() -> str:
            if not self.enrolling:
                raise UserError("Choose a person and press Enroll badge, then scan their badge.")
            user_id = self.enrolling
            self.users.set_badge(self.actor, user_id, code)
            self.enrolling = ""
            return f"Badge enrolled for {self._name(user_id)}: they can log in by scanning it."

        return self._act(enroll)


def save_pdf(out: Path, pdf: bytes) -> None:
    """Write a PDF whole or not at all; a folder that cannot be written is said plainly."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        part = out.with_name(out.name + ".part")
        part.write_bytes(pdf)
        part.replace(out)
    except OSError as exc:
        raise UserError(f"Cannot save {out}: {exc.strerror or exc}.") from None


# -- badges to print -------------------------------------------------------------------------------
BADGE_PREFIX = "PSB-"


def new_badge_code() -> str:
    """A fresh badge code: letters and digits a wedge scanner types the same on any keyboard layout."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return BADGE_PREFIX + "".join(secrets.choice(alphabet) for _ in range(12))


def issue_badges(
    users: UserService,
    by: Actor,
    user_ids: list[str] | None = None,
    *,
    reissue: bool = False,
    station: str = "",
    printed_at: datetime | None = None,
    keep: Callable[[bytes], None] | None = None,
) -> tuple[bytes, list[str]]:
    """New badges for the people asked for (default: active people without one), enrolled and audited,
    and the A4 sheet to print them. `reissue` replaces existing badges (the old ones stop working).

    Badges are stored only as hashes, so a sheet always carries new codes. The sheet is rendered
    and handed to `keep` (which saves it) before anything is enrolled: a sheet that cannot be made or
    saved changes nobody's badge."""
    from packstation.labels.badge_sheet import BadgeCard, SheetError, badge_sheet_pdf

    by.require(Role.SUPERVISOR, "Printing badges")
    people = {u.user_id: u for u in users.list_users()}
    if user_ids:
        unknown = [u for u in user_ids if u not in people]
        if unknown:
            raise UserError(f"No user {', '.join(unknown)}: see packstation users list.")
        chosen = [people[u] for u in dict.fromkeys(user_ids)]
        inactive = [u.user_id for u in chosen if not u.active]
        if inactive:
            raise UserError(f"{', '.join(inactive)} deactivated: add them again before printing a badge.")
        has = [u.user_id for u in chosen if u.has_badge and not reissue]
        if has:
            raise UserError(f"{', '.join(has)} already have a badge; add --reissue to replace it.")
    else:
        chosen = [u for u in people.values() if u.active and (reissue or not u.has_badge)]
    needed = {u.user_id: Role.ADMIN for u in chosen if u.user_id != by.user_id and u.role.rank >= 1}
    if needed and by.role is not Role.ADMIN:
        raise PermissionDenied(
            f"Only an admin prints badges for supervisors and admins ({', '.join(needed)})."
        )
    if not chosen:
        raise UserError("Everyone active has a badge already; add --reissue to print new ones for all.")
    cards = [BadgeCard(u.user_id, u.name, u.role.value, new_badge_code()) for u in chosen]
    try:
        pdf = badge_sheet_pdf(cards, station=station, printed_at=printed_at)
    except SheetError as exc:
        raise UserError(str(exc)) from None
    if keep is not None:
        keep(pdf)
    for card in cards:
        users.set_badge(by, card.user_id, card.token)
    return pdf, [c.user_id for c in cards]
