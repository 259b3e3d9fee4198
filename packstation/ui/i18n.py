"""The window's language: the Qt translator of the logged-in person's language, and the core's texts.

`shown(text)` is how a page puts a core text on screen: a `Text` from the services is translated
through Qt (template first, then its arguments), any other string is shown as it is. `Languages`
installs the translator; Qt then sends every widget a LanguageChange, and pages re-read their words.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator

from packstation.domain.texts import render
from packstation.languages import ENGLISH, build_qm, language_code, qm_path, wording

log = logging.getLogger(__name__)


def qt_lookup(context: str, template: str, n: int | None = None) -> str:
    return QCoreApplication.translate(context, template, None, -1 if n is None else n)


def shown(text: str) -> str:
    """A text for the screen in the installed language (core `Text`s translated, other strings kept)."""
    return render(text, qt_lookup)


class _TsTranslator(QTranslator):
    """Serves a .ts file directly when its .qm cannot be built (a read-only install without lrelease)."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.words = wording(language)
        self.language = language

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
        found = self.words.lookup(context, source, None if n < 0 else n)
        return "" if found == source else found

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return not self.words.entries


class Languages(QObject):
    """The one translator of the application; `use(lang)` switches it and the locale."""

    def __init__(self, default: str = ENGLISH, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.default = language_code(default) or ENGLISH
        self.current = ""  # nothing installed yet: the first `use` installs (English too, for its plurals)
        self.translator: QTranslator | None = None
        self.listeners: list[Callable[[str], None]] = []

    def use(self, language: str | None) -> str:
        """Install `language` (unknown or empty: the station default); returns the code in use."""
        code = language_code(language) or self.default
        if code == self.current:
            return code
        app = QCoreApplication.instance()
        if self.translator is not None and app is not None:
            QCoreApplication.removeTranslator(self.translator)
        self.translator = None
        if code != ENGLISH or qm_path(ENGLISH).exists():
            self.translator = self._load(code)
            if self.translator is not None:
                QCoreApplication.installTranslator(self.translator)
        QLocale.setDefault(QLocale(code))
        self.current = code
        for listener in self.listeners:
            listener(code)
        return code

    def _load(self, code: str) -> QTranslator | None:
        qm = qm_path(code)
        if not qm.exists():
            build_qm()  # first start of a checkout that was never set up
        translator = QTranslator()
        if qm.exists() and translator.load(str(qm)):
            return translator
        log.info("no .qm for %s: reading its .ts", code)
        fallback = _TsTranslator(code)
        return fallback if not fallback.isEmpty() else None


class LanguageSwitch(QObject):
    """Follows who is logged in: their remembered language, a choice made at login, else the default."""

    def __init__(self, flow: Any, languages: Languages, book: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.flow, self.languages, self.book = flow, languages, book
        self.chosen = ""  # picked on the login page for the next login
        self.user_id: str | None = None
        flow.changed.connect(self.follow)

    def choose(self, language: str) -> None:
        """The login page's choice: shown at once, remembered for whoever logs in next."""
        self.chosen = language_code(language)
        self.languages.use(self.chosen)

    def follow(self) -> None:
        actor = self.flow.actor
        user_id = actor.user_id if actor is not None else None
        if user_id == self.user_id:
            return
        self.user_id = user_id
        if user_id is None:
            self.languages.use(self.chosen or self.languages.default)
            return
        chosen, self.chosen = self.chosen, ""
        if self.book is None:
            self.languages.use(chosen)
            return

        def answer(language: object) -> None:
            if self.user_id == user_id:
                self.languages.use(str(language or ""))

        self.flow.runner.run(
            lambda: self.book.on_login(user_id, chosen), on_done=answer, on_error=lambda exc: None
        )


__all__ = ["LanguageSwitch", "Languages", "qt_lookup", "shown"]


def grams(value: float) -> str:
    """A weight in grams, written the way the installed language writes numbers."""
    return f"{QLocale().toString(float(value), 'f', 0)} g"
