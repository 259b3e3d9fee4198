"""Translatable texts of the Qt-free core: the English words plus what the screen needs to translate them.

The core cannot import Qt, so it marks its words with `translate(context, template)` (a name
pyside6-lupdate recognises, so the words land in the .ts files) and fills them with `.format(...)`.
The result is a `Text`: a `str` holding the English words (so logs, the CLI and every comparison
keep working) that also keeps its context, template and arguments, so the window can translate the
template first and format after. Templates use `{name}` placeholders; `%n` is a count (`n=`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from typing import Any

# English plural suffixes written into templates as "parcel(s)", "box(es)".
_PLURAL = re.compile(r"\((e?s)\)")


class Text(str):
    """English words that remember how to be translated: context, template, arguments, count."""

    context: str
    template: str
    args: dict[str, Any]
    n: int | None
    before: str  # words joined on with `+` (kept as they are, or texts themselves)
    after: str

    def __new__(
        cls,
        context: str,
        template: str,
        args: dict[str, Any] | None = None,
        n: int | None = None,
        before: str = "",
        after: str = "",
    ) -> Text:
        args = dict(args or {})
        english = str(before) + _fill(_english_count(template, n), args, str) + str(after)
        self = super().__new__(cls, english)
        self.context, self.template, self.args, self.n = context, template, args, n
        self.before, self.after = before, after
        return self

    def _with(self, **changes: Any) -> Text:
        fields = {"args": self.args, "n": self.n, "before": self.before, "after": self.after, **changes}
        return Text(self.context, self.template, **fields)

    def format(self, *unused: object, **args: Any) -> Text:  # type: ignore[override]
        """The same template with these arguments (positional arguments are not used by templates)."""
        return self._with(args={**self.args, **args})

    def count(self, n: int) -> Text:  # type: ignore[override]
        """The same template for `n` things (fills `%n`, picks the English singular or plural)."""
        return self._with(n=n)

    # `"error|" + text` and `text + " more"` stay translatable (the core builds notices that way).
    def __add__(self, other: str) -> Text:  # type: ignore[override]
        if not isinstance(other, str):
            return NotImplemented
        return self._with(after=self.after + other if self.after else other)

    def __radd__(self, other: str) -> Text:
        if not isinstance(other, str):
            return NotImplemented
        return self._with(before=other + self.before)

    def partition(self, sep: str) -> tuple[str, str, str]:
        """Like `str.partition`; a separator in the words put before keeps the rest translatable."""
        if sep and sep in self.before:
            head, found, rest = self.before.partition(sep)
            return head, found, self._with(before=rest)
        return super().partition(sep)

    def render(self, lookup: Callable[[str, str, int | None], str]) -> str:
        """These words through `lookup(context, template, n)`; arguments that are texts are looked up too."""
        template = lookup(self.context, self.template, self.n)
        if template == self.template:  # not translated: English, with its own singular and plural
            template = _english_count(template, self.n)
        elif self.n is not None:
            template = template.replace("%n", str(self.n))
        body = _fill(template, self.args, lambda v: render(v, lookup))
        return render(self.before, lookup) + body + render(self.after, lookup)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Text, (self.context, self.template, self.args, self.n, self.before, self.after))


def translate(context: str, template: str, disambiguation: str | None = None, n: int | None = None) -> Text:
    """Mark core words for translation (pyside6-lupdate reads this call); the value is English."""
    return Text(context, template, None, n)


def QT_TRANSLATE_NOOP(context: str, template: str) -> Text:  # noqa: N802 - the name lupdate recognises
    """Mark words kept in a table (step names, reasons) for translation; the value is English."""
    return Text(context, template)


def joined(parts: Sequence[str], sep: str) -> Text:
    """Texts joined by `sep` (a list on screen), each still translated when shown."""
    names = [f"p{i}" for i in range(len(parts))]
    template = sep.replace("{", "{{").join("{" + name + "}" for name in names)
    return Text("", template, dict(zip(names, parts, strict=True)))


def render(text: object, lookup: Callable[[str, str, int | None], str]) -> str:
    """Any string for the screen: a `Text` translated through `lookup`, other values as `str()` shows them."""
    return text.render(lookup) if isinstance(text, Text) else str(text)


def to_json(text: str) -> str:
    """The words as JSON to store next to their English: a `Text` with its template and arguments."""
    return json.dumps(_encode(text), ensure_ascii=False, separators=(",", ":"))


def from_json(data: str, english: str = "") -> str:
    """Stored words again (a `Text` when they were one).

`english` is what was stored as plain words: returned when no JSON, unreadable JSON or JSON of other
words is stored with it (old rows, rows written by something that knew only the English).
"""
    if not data:
        return english
    try:
        words = _decode(json.loads(data))
    except (ValueError, TypeError, KeyError, AttributeError):
        return english
    return words if not english or words == english else english  # JSON left behind by other words


def _encode(value: Any) -> Any:
    if isinstance(value, Text):
        return {
            "text": {
                "context": value.context,
                "template": value.template,
                "args": {k: _encode(v) for k, v in value.args.items()},
                "n": value.n,
                "before": _encode(value.before),
                "after": _encode(value.after),
            }
        }
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def _decode(value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    t = value["text"]
    args = {str(k): _decode(v) for k, v in dict(t.get("args") or {}).items()}
    n = t.get("n")
    return Text(
        str(t["context"]), str(t["template"]), args, None if n is None else int(n),
        _decode(t.get("before", "")), _decode(t.get("after", "")),
    )


def _english_count(template: str, n: int | None) -> str:
    if n is None:
        return template
    text = template.replace("%n", str(n))
    return _PLURAL.sub(lambda m: "" if n == 1 else m.group(1), text)


def _fill(template: str, args: dict[str, Any], show: Callable[[Any], str]) -> str:
    """`{name}` replaced by its argument; unknown or broken placeholders stay as written (never raise)."""
    if not args:
        return template
    return re.sub(
        r"\{(\w+)\}", lambda m: show(args[m.group(1)]) if m.group(1) in args else m.group(0), template
    )


__all__ = ["QT_TRANSLATE_NOOP", "Text", "from_json", "joined", "render", "to_json", "translate"]
