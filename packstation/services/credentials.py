"""Credentials: scrypt hashes of PINs and badge tokens, their shape rules, and the failed-login throttle."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Callable

MIN_PIN, MAX_PIN = 4, 12
MIN_BADGE, MAX_BADGE = 4, 128  # the shortest badge a station accepts is configurable ([badges] min_length)
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1


class UserError(Exception):
    """A user record or credential cannot be used; the message says what to do instead."""


class LoginError(UserError):
    """Wrong or unknown PIN/badge."""


class LockedOut(LoginError):
    """Too many failed attempts; `retry_after_s` says how long until the next try."""

    def __init__(self, retry_after_s: float) -> None:
        self.retry_after_s = retry_after_s
        super().__init__(f"Too many failed attempts; try again in {max(1, round(retry_after_s))} s.")


def hash_secret(secret: str, n: int = SCRYPT_N) -> str:
    """scrypt hash of a PIN or badge token: `scrypt$n$r$p$salt$key`, base64 parts."""
    salt = secrets.token_bytes(16)
    key = hashlib.scrypt(secret.encode(), salt=salt, n=n, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${n}${SCRYPT_R}${SCRYPT_P}${b64(salt).decode()}${b64(key).decode()}"


def verify_secret(secret: str, stored: str) -> bool:
    """True when `secret` matches the stored scrypt hash (constant-time compare)."""
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(key)
        got = hashlib.scrypt(
            secret.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=len(expected)
        )
    except ValueError:
        return False
    return hmac.compare_digest(got, expected)


def check_pin(pin: str) -> str:
    pin = (pin or "").strip()
    if not pin.isdigit() or not pin.isascii():
        raise UserError("A PIN is digits only.")
    if not MIN_PIN <= len(pin) <= MAX_PIN:
        raise UserError(f"A PIN has {MIN_PIN} to {MAX_PIN} digits.")
    return pin


def check_badge(token: str, min_length: int = MIN_BADGE) -> str:
    """A badge code of any kind (digits only too: badge and PIN lookups are kept apart)."""
    token = (token or "").strip()
    if len(token) < min_length:
        raise UserError(f"A badge code needs at least {min_length} characters.")
    if len(token) > MAX_BADGE or not token.isprintable():
        raise UserError(f"A badge code is at most {MAX_BADGE} printable characters.")
    return token


def check_user_id(user_id: str) -> str:
    user_id = (user_id or "").strip()
    if not user_id or len(user_id) > 64 or any(c.isspace() for c in user_id) or user_id.startswith("%"):
        raise UserError("A user id is one short word to log in with (like pat): no spaces, at most 64 characters, not starting with %.")
    return user_id


class _Throttle:
    """Failed attempts per key; locks the key for `lockout_s` after `max_failures` in a row."""

    def __init__(self, max_failures: int, lockout_s: float, clock: Callable[[], float]) -> None:
        self.max_failures, self.lockout_s, self.clock = max_failures, lockout_s, clock
        self._failures: dict[str, int] = {}
        self._until: dict[str, float] = {}

    def check(self, key: str) -> None:
        left = self._until.get(key, 0.0) - self.clock()
        if left > 0:
            raise LockedOut(left)

    def failed(self, key: str) -> None:
        count = self._failures.get(key, 0) + 1
        if count >= self.max_failures:
            self._until[key] = self.clock() + self.lockout_s
            count = 0
        self._failures[key] = count

    def succeeded(self, key: str) -> None:
        self._failures.pop(key, None)
