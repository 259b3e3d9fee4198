"""Station users: first admin, adding people, PIN and badge login, supervisor authorisation.

PINs and badge tokens are stored only as scrypt hashes (per-user salt, parameters in the string).
To find a user from a PIN or badge alone, each is also stored as an HMAC-SHA256 keyed by a random
per-database secret (`users.lookup_secret` in the settings table): an indexed, unique column that
is useless without that secret. PINs are therefore unique per station. Failed attempts are
counted in memory: after `max_failures` the same kind of login is locked for `lockout_s` seconds.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from packstation.domain.events import Event
from packstation.domain.texts import translate
from packstation.domain.user_events import (
    STATION_EVENT,
    LoginFailed,
    UserChanged,
    UserLoggedIn,
    UserLoggedOut,
)
from packstation.domain.users import Actor, PermissionDenied, Role
from packstation.services.credentials import (
    MAX_PIN,
    MIN_BADGE,
    SCRYPT_N,
    LockedOut,
    LoginError,
    UserError,
    _Throttle,
    check_badge,
    check_pin,
    check_user_id,
    hash_secret,
    verify_secret,
)
from packstation.store.base import utcnow
from packstation.store.tables import EventRow, SettingRow
from packstation.store.uow import UnitOfWork
from packstation.store.user_tables import UserRow

LOOKUP_SECRET_KEY = "users.lookup_secret"
NOT_A_SUPERVISOR = translate(
    "People", "Not a supervisor's PIN or badge: ask a supervisor to scan their badge or type their PIN."
)

__all__ = [
    "LOOKUP_SECRET_KEY",
    "NOT_A_SUPERVISOR",
    "LockedOut",
    "LoginError",
    "UserError",
    "UserInfo",
    "UserService",
    "hash_secret",
    "verify_secret",
]


@dataclass(frozen=True)
class UserInfo:
    """A user as the settings page lists them (never their credentials)."""

    user_id: str
    name: str
    role: Role
    active: bool
    has_pin: bool
    has_badge: bool
    created_at: datetime

    def actor(self) -> Actor:
        return Actor(self.user_id, self.role, self.name)


# -- the service ------------------------------------------------------------------------------------
class UserService:
    """People who use the station, and how they prove who they are."""

    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        station: str = "",
        *,
        clock: Callable[[], float] = time.monotonic,
        max_failures: int = 5,
        lockout_s: float = 30.0,
        scrypt_n: int = SCRYPT_N,
        min_badge_length: int = MIN_BADGE,
    ) -> None:
        if min_badge_length < 1:
            raise UserError(translate("People", "The shortest badge ([badges] min_length) must be at least 1 character."))
        self.min_badge_length = min_badge_length
        self.uow = uow_factory
        self.station = station
        self.scrypt_n = scrypt_n
        self.throttle = _Throttle(max_failures, lockout_s, clock)
        self._decoy = ""  # a hash to verify against for unknown user ids, so they cost as much as known ones

    # setup and administration
    def needs_first_admin(self) -> bool:
        """True until an active admin exists: the station asks for one before anything else."""
        with self.uow() as uow:
            return self._admins(uow) == 0

    def create_first_admin(self, user_id: str, name: str, pin: str, badge: str | None = None) -> Actor:
        """Create the first admin of a fresh station; refused once any admin exists."""
        if not (user_id or "").strip() and not (name or "").strip() and not (pin or "").strip():
            raise UserError(translate("People", "Type your name, a short user id (like ada) and a PIN of 4 to 12 digits, then Create admin."))
        if not (user_id or "").strip():
            raise UserError(translate("People", "Type a short user id to log in with (like ada), without spaces."))
        if not (pin or "").strip():
            raise UserError(translate("People", "Choose a PIN of 4 to 12 digits for the admin."))
        with self.uow() as uow:
            if self._admins(uow):
                raise PermissionDenied("This station already has an admin; ask them to add you.")
            actor = self._insert(uow, Actor(user_id, Role.ADMIN, name), pin, badge, by="setup")
            uow.commit()
        return actor

    def add_user(
        self,
        by: Actor,
        user_id: str,
        name: str,
        role: Role | str,
        pin: str | None = None,
        badge: str | None = None,
    ) -> Actor:
        """Add a person: a supervisor may add packers, only an admin adds supervisors and admins."""
        role = _role(role)
        _may_manage(by, role, "Adding a user")
        with self.uow() as uow:
            actor = self._insert(uow, Actor(user_id, role, name), pin, badge, by=by.user_id)
            uow.commit()
        return actor

    def set_pin(self, by: Actor, user_id: str, pin: str) -> None:
        """Change a PIN: your own, or someone you may manage."""
        pin = check_pin(pin)
        with self.uow() as uow:
            row = self._managed(uow, by, user_id, translate("People", "Changing a PIN"))
            lookup = self._lookup(uow, "pin", pin)
            if row.pin_lookup != lookup and self._lookup_taken(uow, UserRow.pin_lookup, lookup):
                raise UserError(translate("People", "That PIN is already used by someone at this station; choose another."))
            row.pin_hash, row.pin_lookup, row.updated_at = hash_secret(pin, self.scrypt_n), lookup, utcnow()
            self._commit(uow, self._changed(by, row.user_id, "pin"))

    def set_badge(self, by: Actor, user_id: str, badge: str | None) -> None:
        """Give someone a badge (replacing the old one), or take it away with None."""
        with self.uow() as uow:
            row = self._managed(uow, by, user_id, translate("People", "Changing a badge"))
            if badge is None:
                row.badge_hash, row.badge_lookup = "", None
            else:
                badge = check_badge(badge, self.min_badge_length)
                lookup = self._lookup(uow, "badge", badge)
                if row.badge_lookup != lookup and self._lookup_taken(uow, UserRow.badge_lookup, lookup):
                    raise UserError(translate("People", "That badge already belongs to someone else."))
                row.badge_hash, row.badge_lookup = hash_secret(badge, self.scrypt_n), lookup
            row.updated_at = utcnow()
            self._commit(uow, self._changed(by, row.user_id, "badge", "removed" if badge is None else "set"))

    def set_role(self, by: Actor, user_id: str, role: Role | str) -> None:
        """Change someone's role (admin only); the last active admin cannot be demoted."""
        role = _role(role)
        by.require(Role.ADMIN, translate("People", "Changing a role"))
        with self.uow() as uow:
            row = self._row(uow, user_id)
            if row.role == Role.ADMIN and role != Role.ADMIN and row.active and self._admins(uow) <= 1:
                raise UserError(translate("People", "This is the last admin; make someone else admin first."))
            old, row.role, row.updated_at = row.role, role.value, utcnow()
            self._commit(uow, self._changed(by, row.user_id, "role", f"{old} -> {role.value}"))

    def deactivate(self, by: Actor, user_id: str) -> None:
        """Stop someone logging in; their PIN and badge are erased (and free for others)."""
        with self.uow() as uow:
            row = self._managed(uow, by, user_id, translate("People", "Deactivating a user"), allow_self=False)
            if row.role == Role.ADMIN and row.active and self._admins(uow) <= 1:
                raise UserError(translate("People", "This is the last admin; make someone else admin first."))
            row.active, row.updated_at = False, utcnow()
            row.pin_hash, row.pin_lookup, row.badge_hash, row.badge_lookup = "", None, "", None
            self._commit(uow, self._changed(by, row.user_id, "deactivated"))

    def rename(self, by: Actor, user_id: str, name: str) -> None:
        """Change the name shown on screen and on badges: your own, or someone you may manage."""
        name = (name or "").strip()
        if not name:
            raise UserError(translate("People", "Type the person's name as it should appear on screen and on the badge."))
        if len(name) > 200:
            raise UserError(translate("People", "A name is at most 200 characters."))
        with self.uow() as uow:
            row = self._managed(uow, by, user_id, translate("People", "Changing a name"))
            if row.name == name:
                return
            old, row.name, row.updated_at = row.name, name, utcnow()
            self._commit(uow, self._changed(by, row.user_id, "name", f"{old} -> {name}"))

    def last_logins(self) -> dict[str, datetime]:
        """When each person last logged in at this station (from the audit events)."""
        with (getattr(self.uow, "read", None) or self.uow)() as uow:
            stmt = (
                select(EventRow.user, func.max(EventRow.occurred_at))
                .where(EventRow.type == UserLoggedIn.__name__)
                .group_by(EventRow.user)
            )
            return {user: at for user, at in uow.session.execute(stmt) if at is not None}

    def list_users(self, include_inactive: bool = True) -> list[UserInfo]:
        with self.uow() as uow:
            stmt = select(UserRow).order_by(UserRow.user_id)
            if not include_inactive:
                stmt = stmt.where(UserRow.active.is_(True))
            return [
                UserInfo(
                    r.user_id,
                    r.name,
                    Role(r.role),
                    r.active,
                    bool(r.pin_hash),
                    bool(r.badge_hash),
                    r.created_at,
                )
                for r in uow.session.scalars(stmt)
            ]

    def get(self, user_id: str) -> UserInfo | None:
        return next((u for u in self.list_users() if u.user_id == user_id), None)

    # logging in
    def login_pin(self, user_id_or_none: str | None, pin: str) -> Actor:
        """Log in with user id and PIN, or with the PIN alone (PINs are unique per station)."""
        user_id = (user_id_or_none or "").strip()
        if not (pin or "").strip():  # nothing typed: not a failed attempt
            raise LoginError(translate("People", "Type your PIN (or scan your badge), then press Enter."))
        key = f"pin:{user_id}" if user_id else "pin"
        self.throttle.check(key)
        with self.uow() as uow:
            if user_id:
                row = uow.session.get(UserRow, user_id)
            else:
                lookup = self._lookup(uow, "pin", (pin or "").strip())
                row = uow.session.scalar(select(UserRow).where(UserRow.pin_lookup == lookup))
            ok = (
                row is not None
                and row.active
                and bool(row.pin_hash)
                and verify_secret((pin or "").strip(), row.pin_hash)
            )
            if row is None or not ok:
                if row is None and user_id:
                    self._decoy = self._decoy or hash_secret(secrets.token_hex(8), self.scrypt_n)
                    verify_secret(pin or "", self._decoy)
                reason = "inactive user" if row is not None and not row.active else "wrong PIN"
                self._fail(uow, key, "pin", reason, user_id)
                raise LoginError(translate("People", "Wrong user or PIN.") if user_id else translate("People", "Unknown PIN."))
            return self._logged_in(uow, key, row, "pin")

    def login_badge(self, token: str) -> Actor:
        """Log in by scanning a badge."""
        self.throttle.check("badge")
        token = (token or "").strip()
        with self.uow() as uow:
            row = self._by_badge(uow, token)
            if row is None:
                self._fail(uow, "badge", "badge", "unknown badge")
                raise LoginError(translate("People", "Unknown badge."))
            return self._logged_in(uow, "badge", row, "badge")

    def logout(self, actor: Actor, reason: str = "logout") -> None:
        """Record that the person left the station (logout, idle lock, switch of packer)."""
        with self.uow() as uow:
            self._commit(
                uow,
                UserLoggedOut(
                    order_id=STATION_EVENT, station=self.station, user=actor.user_id, reason=reason
                ),
            )

    def verify_supervisor(self, pin_or_badge: str) -> Actor:
        """A supervisor authorises an action at a packer's bench with their PIN or badge."""
        self.throttle.check("supervisor")
        secret = (pin_or_badge or "").strip()
        with self.uow() as uow:
            row = None
            if secret.isdigit() and len(secret) <= MAX_PIN:
                lookup = self._lookup(uow, "pin", secret)
                row = uow.session.scalar(select(UserRow).where(UserRow.pin_lookup == lookup))
                if row is not None and not verify_secret(secret, row.pin_hash):
                    row = None
                elif row is None:  # an unknown PIN costs what a known one does: no telling them apart
                    self._decoy = self._decoy or hash_secret(secrets.token_hex(8), self.scrypt_n)
                    verify_secret(secret, self._decoy)
            if row is None:  # badges may be digits only, as short as a PIN
                row = self._by_badge(uow, secret)
            if row is None or not row.active:
                self._fail(uow, "supervisor", "supervisor", "unknown PIN or badge")
                raise LoginError(NOT_A_SUPERVISOR)
            actor = Actor(row.user_id, Role(row.role), row.name)
            if actor.role.rank < Role.SUPERVISOR.rank:
                # Answered exactly as a wrong PIN: the screen must not tell whose PIN it was.
                # The audit log keeps who it was.
                self._fail(uow, "supervisor", "supervisor", "not a supervisor", row.user_id)
                raise LoginError(NOT_A_SUPERVISOR)
            self.throttle.succeeded("supervisor")
            return actor

    # internals
    def _insert(self, uow: UnitOfWork, actor: Actor, pin: str | None, badge: str | None, by: str) -> Actor:
        user_id = check_user_id(actor.user_id)
        if uow.session.get(UserRow, user_id) is not None:
            raise UserError(translate("People", "There is already a user '{user}'.").format(user=user_id))
        now = utcnow()
        row = UserRow(
            user_id=user_id,
            name=actor.name.strip(),
            role=actor.role.value,
            active=True,
            created_at=now,
            updated_at=now,
        )
        row.pin_hash, row.badge_hash = "", ""
        if pin is not None:
            pin = check_pin(pin)
            row.pin_lookup = self._lookup(uow, "pin", pin)
            if self._lookup_taken(uow, UserRow.pin_lookup, row.pin_lookup):
                raise UserError(translate("People", "That PIN is already used by someone at this station; choose another."))
            row.pin_hash = hash_secret(pin, self.scrypt_n)
        if badge is not None:
            badge = check_badge(badge, self.min_badge_length)
            row.badge_lookup = self._lookup(uow, "badge", badge)
            if self._lookup_taken(uow, UserRow.badge_lookup, row.badge_lookup):
                raise UserError(translate("People", "That badge already belongs to someone else."))
            row.badge_hash = hash_secret(badge, self.scrypt_n)
        if pin is None and badge is None:
            raise UserError(translate("People", "Give the user a PIN or a badge, or they cannot log in."))
        uow.session.add(row)
        uow.record(
            UserChanged(
                order_id=STATION_EVENT,
                station=self.station,
                user=by,
                target=user_id,
                change="created",
                detail=actor.role.value,
            )
        )
        return Actor(user_id, actor.role, row.name)

    def _commit(self, uow: UnitOfWork, *events: Event) -> None:
        uow.record(*events)
        try:
            uow.commit()
        except IntegrityError as exc:  # two stations racing for the same PIN or badge
            raise UserError(translate("People", "That PIN or badge was just taken by someone else; choose another.")) from exc

    def _changed(self, by: Actor, target: str, change: str, detail: str = "") -> UserChanged:
        return UserChanged(
            order_id=STATION_EVENT,
            station=self.station,
            user=by.user_id,
            target=target,
            change=change,
            detail=detail,
        )

    def _failed_event(self, method: str, reason: str, claimed: str = "") -> LoginFailed:
        return LoginFailed(
            order_id=STATION_EVENT, station=self.station, method=method, reason=reason, claimed_user=claimed
        )

    def _fail(self, uow: UnitOfWork, key: str, method: str, reason: str, claimed: str = "") -> None:
        self.throttle.failed(key)
        uow.rollback()
        uow.session.begin()
        self._commit(uow, self._failed_event(method, reason, claimed))

    def _logged_in(self, uow: UnitOfWork, key: str, row: UserRow, method: str) -> Actor:
        self.throttle.succeeded(key)
        actor = Actor(row.user_id, Role(row.role), row.name)
        self._commit(
            uow,
            UserLoggedIn(
                order_id=STATION_EVENT,
                station=self.station,
                user=actor.user_id,
                method=method,
                role=actor.role.value,
            ),
        )
        return actor

    def _by_badge(self, uow: UnitOfWork, token: str) -> UserRow | None:
        if not token:
            return None
        row = uow.session.scalar(
            select(UserRow).where(UserRow.badge_lookup == self._lookup(uow, "badge", token))
        )
        if row is None or not row.active or not verify_secret(token, row.badge_hash):
            return None
        return row

    def _row(self, uow: UnitOfWork, user_id: str) -> UserRow:
        row = uow.session.get(UserRow, (user_id or "").strip())
        if row is None:
            raise UserError(translate("People", "No user '{user}'.").format(user=user_id))
        return row

    def _managed(
        self, uow: UnitOfWork, by: Actor, user_id: str, action: str, allow_self: bool = True
    ) -> UserRow:
        row = self._row(uow, user_id)
        if row.user_id == by.user_id and not allow_self:
            raise UserError(
                translate("People", "{action}: you cannot do this to yourself; ask another supervisor or admin.").format(
                    action=action
                )
            )
        if row.user_id != by.user_id:
            _may_manage(by, Role(row.role), action)
        return row

    @staticmethod
    def _admins(uow: UnitOfWork) -> int:
        stmt = (
            select(func.count())
            .select_from(UserRow)
            .where(UserRow.role == Role.ADMIN.value, UserRow.active.is_(True))
        )
        return uow.session.scalar(stmt) or 0

    @staticmethod
    def _lookup_taken(uow: UnitOfWork, column, lookup: str) -> bool:  # type: ignore[no-untyped-def]
        return uow.session.scalar(select(func.count()).select_from(UserRow).where(column == lookup)) != 0

    @staticmethod
    def _lookup(uow: UnitOfWork, kind: str, secret: str) -> str:
        """Keyed HMAC of a PIN or badge: finds the user without storing the secret itself."""
        row = uow.session.get(SettingRow, LOOKUP_SECRET_KEY)
        if row is None:
            row = SettingRow(key=LOOKUP_SECRET_KEY, value=secrets.token_hex(32))
            uow.session.add(row)
            uow.session.flush()
        return hmac.new(bytes.fromhex(row.value), f"{kind}:{secret}".encode(), hashlib.sha256).hexdigest()


def _role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise UserError(
            translate("People", "Unknown role {role}; use {roles}.").format(
                role=repr(role), roles=", ".join(r.value for r in Role)
            )
        ) from None


def _may_manage(by: Actor, role: Role, action: str) -> None:
    """Supervisors manage packers; admins manage everyone."""
    by.require(Role.ADMIN if role.rank >= Role.SUPERVISOR.rank else Role.SUPERVISOR, action)
