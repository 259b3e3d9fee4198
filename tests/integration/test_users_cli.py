"""`packstation users` against a real station home in tmp_path."""

from __future__ import annotations

import argparse
import io
import json

import pytest

from packstation.cli import home_parent
from packstation.cli.users import register


def cli(home, *argv, stdin="", monkeypatch=None):
    parser = argparse.ArgumentParser(prog="packstation")
    sub = parser.add_subparsers(dest="command")
    register(sub, home_parent())
    args = parser.parse_args(["users", *argv, "--home", str(home)])
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return args.func(args)


@pytest.fixture
def run(tmp_path, monkeypatch, capsys):
    def _run(*argv, stdin=""):
        code = cli(tmp_path, *argv, stdin=stdin, monkeypatch=monkeypatch)
        out = capsys.readouterr()
        return code, out.out, out.err

    return _run


def test_first_add_must_be_an_admin(run):
    code, _, err = run("add", "pat", "--role", "packer", "--pin", "4321")
    assert code == 1 and "first user must be an admin" in err
    code, out, _ = run("add", "ada", "--name", "Ada Admin", stdin="9876\n")  # PIN from stdin, not echoed
    assert code == 0 and "first admin" in out
    code, out, _ = run("list", "--json")
    assert json.loads(out) == [
        {"user_id": "ada", "name": "Ada Admin", "role": "admin", "active": True, "pin": True, "badge": False}
    ]


def test_changes_need_a_logged_in_user_with_the_right_role(run):
    run("add", "ada", "--pin", "9876")
    code, _, err = run("add", "sue", "--role", "supervisor", "--pin", "7777")
    assert code == 1 and "--as USER" in err
    code, _, err = run(
        "add", "sue", "--role", "supervisor", "--pin", "7777", "--as", "ada", "--as-pin", "1111"
    )
    assert code == 1 and "Wrong user or PIN" in err
    # the acting user's PIN first, then the new user's PIN, one per line on stdin
    code, out, _ = run(
        "add", "sue", "--name", "Sue", "--role", "supervisor", "--as", "ada", stdin="9876\n7777\n"
    )
    assert code == 0 and "added sue (supervisor)" in out
    code, out, _ = run(
        "add", "pat", "--pin", "4321", "--badge", "BADGE-PAT-77", "--as", "sue", stdin="7777\n"
    )
    assert code == 0 and "added pat (packer)" in out
    code, _, err = run("set-role", "pat", "supervisor", "--as", "sue", "--as-pin", "7777")
    assert code == 1 and "needs a admin" in err
    assert run("set-role", "pat", "supervisor", "--as", "ada", "--as-pin", "9876")[0] == 0
    assert run("set-pin", "pat", "--pin", "2468", "--as", "pat", "--as-pin", "4321")[0] == 0
    assert run("set-badge", "pat", "--remove", "--as", "ada", "--as-pin", "9876")[0] == 0
    code, _, err = run("add", "sam", "--pin", "2468", "--as", "ada", "--as-pin", "9876")
    assert code == 1 and "PIN is already used" in err
    assert run("deactivate", "pat", "--as", "ada", "--as-pin", "9876")[0] == 0
    code, out, _ = run("list")
    table = {line.split()[0]: line.split() for line in out.splitlines()[1:]}
    assert table["pat"][:5] == ["pat", "supervisor", "no", "no", "no"]
    assert table["sue"][:5] == ["sue", "supervisor", "yes", "no", "yes"]


def test_missing_pin_on_stdin_is_a_clear_error(run):
    code, _, err = run("add", "ada")
    assert code == 1 and "PIN for new user ada needed" in err


def test_list_on_a_fresh_station(run):
    code, out, _ = run("list")
    assert code == 0 and "no users yet" in out
