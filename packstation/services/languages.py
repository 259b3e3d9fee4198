"""Each person's language: chosen at login, remembered on their user record, else the station's default."""

from __future__ import annotations

from collections.abc import Callable

from packstation.domain.user_events import STATION_EVENT, UserChanged
from packstation.domain.users import Actor
from packstation.languages import LANGUAGES, language_code
from packstation.store.uow import UnitOfWork
from packstation.store.user_tables import UserRow


class UnknownLanguage(ValueError):
    """A language packstation does not ship; the message lists the ones it does."""


class LanguageBook:
    """Reads and remembers the language of each user; changes are audited like other user changes."""

    def __init__(self, uow_factory: Callable[[], UnitOfWork], station: str = "", default: str = "en") -> None:
        self.uow = uow_factory
        self.station = station
        self.default = language_code(default) or "en"

    def language_of(self, user_id: str) -> str:
        """The user's remembered language, or the station default."""
        read = getattr(self.uow, "read", self.uow)  # no write lock for a look-up
        with read() as uow:
            row = uow.session.get(UserRow, user_id)
            return (language_code(row.language) if row is not None else "") or self.default

    def on_login(self, user_id: str, chosen: str = "") -> str:
        """A login: a language chosen on the login page is remembered; returns the language to show."""
        if language_code(chosen):
            return self.remember(Actor(user_id), user_id, chosen)
        return self.language_of(user_id)

    def remember(self, by: Actor, user_id: str, language: str) -> str:
        """Set `user_id`'s language (a person sets their own; the CLI and admins set anyone's)."""
        code = language_code(language)
        if not code:
            raise UnknownLanguage(f"Unknown language '{language}': use one of {', '.join(LANGUAGES)}.")
        with self.uow() as uow:
            row = uow.session.get(UserRow, user_id)
            if row is None:
                raise UnknownLanguage(f"No user '{user_id}'.")
            if row.language == code:
                return code
            row.language = code
            uow.record(
                UserChanged(
                    order_id=STATION_EVENT,
                    station=self.station,
                    user=by.user_id,
                    target=user_id,
                    change="language",
                    detail=code,
                )
            )
            uow.commit()
        return code


__all__ = ["LanguageBook", "UnknownLanguage"]
