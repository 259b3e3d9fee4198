"""`--home` before or after the subcommand means the same, for every (sub)command of the parser."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from packstation.cli import build_parser


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def leaves(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every command path (("import", "orders"), ("orders",), ...) with its parser."""
    subs = _subparsers(parser)
    if path:
        yield path, parser
    for name, sub in subs.items():
        yield from leaves(sub, (*path, name))


def required_args(parser: argparse.ArgumentParser) -> list[str]:
    """Values for the parser's own required positionals and options, so parsing succeeds."""
    out: list[str] = []
    chosen = [group._group_actions[0] for group in parser._mutually_exclusive_groups if group.required]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) or action.dest == "help":
            continue
        value = str(next(iter(action.choices))) if action.choices else "1"
        if not action.option_strings:
            if action.nargs not in ("?", "*"):
                out += [value] * (action.nargs if isinstance(action.nargs, int) else 1)
        elif action.required or action in chosen:
            out += [action.option_strings[0]] + ([value] if action.nargs != 0 else [])
    return out


def test_every_command_takes_home_before_and_after() -> None:
    parser = build_parser()
    found = list(leaves(parser))
    assert len(found) >= 20  # the walk sees the whole command tree
    checked = 0
    for path, sub in found:
        if _subparsers(sub) and any(
            a.required for a in sub._actions if isinstance(a, argparse._SubParsersAction)
        ):
            continue  # a group such as `import`: its leaves are checked
        rest = required_args(sub)
        before = parser.parse_args(["--home", "/srv/a", *path, *rest])
        after = parser.parse_args([*path, "--home", "/srv/a", *rest])
        neither = parser.parse_args([*path, *rest])
        assert before.home == after.home == "/srv/a", path
        assert vars(before) == vars(after), path
        assert neither.home is None, path
        # Given in both places, the one nearer the command wins, as with any repeated option.
        assert parser.parse_args(["--home", "/srv/a", *path, "--home", "/srv/b", *rest]).home == "/srv/b"
        checked += 1
    assert checked >= 15


def test_nested_groups_take_home_at_each_level() -> None:
    parser = build_parser()
    for argv in (
        ["--home", "/srv/a", "import", "orders", "f.csv"],
        ["import", "--home", "/srv/a", "orders", "f.csv"],
        ["import", "orders", "--home", "/srv/a", "f.csv"],
        ["import", "orders", "f.csv", "--home", "/srv/a"],
    ):
        assert parser.parse_args(argv).home == "/srv/a", argv
