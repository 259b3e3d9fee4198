"""`packstation users`: add people, list them, change PINs, badges and roles, deactivate.

Every change is made as a logged-in user (`--as USER`, their PIN is asked for), except the very
first `users add` on a fresh station, which creates the station's first admin.
PINs are read without echo when not given with `--pin` (from stdin, one per line, when piped).
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from datetime import datetime
from pathlib import Path

from packstation.bootstrap import open_station
from packstation.domain.users import Actor, PermissionDenied, Role
from packstation.services.people import issue_badges, save_pdf
from packstation.services.users import UserError, UserService

ROLES = [r.value for r in Role]


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("users", help="manage station users", description=__doc__)
    cmds = p.add_subparsers(dest="users_command", metavar="ACTION", required=True)

    def action(name: str, help_text: str, *, as_user: bool = True) -> argparse.ArgumentParser:
        a = cmds.add_parser(name, parents=[parent], help=help_text, description=help_text)
        if as_user:
            a.add_argument(
                "--as", dest="as_user", metavar="USER", help="who makes the change (asks their PIN)"
            )
            a.add_argument("--as-pin", metavar="PIN", help="that user's PIN (default: asked)")
        a.set_defaults(func=run)
        return a

    a = action("add", "add a user (the first user of a fresh station becomes its admin)")
    a.add_argument("user_id")
    a.add_argument("--name", default="", help="full name shown on screen")
    a.add_argument("--role", choices=ROLES, help="packer (default), supervisor or admin")
    a.add_argument("--pin", help="their PIN, 4-12 digits (default: asked)")
    a.add_argument("--badge", help="their badge code (any printable code, at least [badges] min_length = 4 characters)")
    a.add_argument("--no-pin", action="store_true", help="badge only, no PIN")
    a = action("list", "list users", as_user=False)
    a.add_argument("--json", action="store_true", help="print JSON for scripts")
    a.add_argument("--active", action="store_true", help="only active users")
    a = action("set-pin", "change a PIN (your own, or someone you manage)")
    a.add_argument("user_id")
    a.add_argument("--pin", help="the new PIN (default: asked)")
    a = action("set-badge", "give a user a badge, or remove it")
    a.add_argument("user_id")
    group = a.add_mutually_exclusive_group(required=True)
    group.add_argument("--badge", help="the badge code")
    group.add_argument("--remove", action="store_true", help="remove the badge")
    a = action("set-role", "change a user's role (admin only)")
    a.add_argument("user_id")
    a.add_argument("role", choices=ROLES)
    a = action("deactivate", "stop a user logging in")
    a.add_argument("user_id")
    a = action("badges", "print new login badges (A4 PDF, Code 128): everyone active without one, or --user")
    a.add_argument("--out", type=Path, required=True, help="PDF file to write")
    a.add_argument("--user", action="append", metavar="USER", help="just this person (repeatable)")
    a.add_argument("--reissue", action="store_true", help="replace existing badges (old ones stop working)")
    a = action("guide", "write the one-page first-run guide for a new team (PDF)", as_user=False)
    a.add_argument("--out", type=Path, required=True, help="PDF file to write")


def read_secret(prompt: str, given: str | None) -> str:
    """A PIN from the option, else without echo from the terminal, else one line of stdin."""
    if given is not None:
        return given
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline()
    if not line:
        raise UserError(f"{prompt.strip().rstrip(':')} needed: give it as an option or on stdin.")
    return line.strip()


def _actor(users: UserService, args: argparse.Namespace) -> Actor:
    if not args.as_user:
        raise UserError("Say who makes the change: --as USER (their PIN will be asked).")
    return users.login_pin(args.as_user, read_secret(f"PIN for {args.as_user}: ", args.as_pin))


def _add(users: UserService, args: argparse.Namespace) -> str:
    if args.no_pin and not args.badge:
        raise UserError("A user without a PIN needs a badge (--badge).")
    if users.needs_first_admin():
        if args.role not in (None, Role.ADMIN.value):
            raise UserError("This station has no admin yet: the first user must be an admin (--role admin).")
        if args.no_pin:
            raise UserError("The first admin needs a PIN.")
        pin = read_secret(f"PIN for new user {args.user_id}: ", args.pin)
        print(f"No admin yet: {args.user_id} becomes this station's first admin.")
        users.create_first_admin(args.user_id, args.name, pin, args.badge)
        return f"added {args.user_id} (admin)"
    by = _actor(users, args)  # who is adding first, so their PIN is the first one asked
    pin = None if args.no_pin else read_secret(f"PIN for new user {args.user_id}: ", args.pin)
    actor = users.add_user(by, args.user_id, args.name, args.role or Role.PACKER, pin=pin, badge=args.badge)
    return f"added {actor.user_id} ({actor.role.value})"


def _list(users: UserService, args: argparse.Namespace) -> str:
    rows = users.list_users(include_inactive=not args.active)
    if args.json:
        return json.dumps(
            [
                {
                    "user_id": u.user_id,
                    "name": u.name,
                    "role": u.role.value,
                    "active": u.active,
                    "pin": u.has_pin,
                    "badge": u.has_badge,
                }
                for u in rows
            ],
            ensure_ascii=False,
            indent=2,
        )
    if not rows:
        return "no users yet; start with: packstation users add USER --role admin"
    lines = [f"{'USER':<16} {'ROLE':<11} {'PIN':<4} {'BADGE':<6} {'ACTIVE':<7} NAME"]
    for u in rows:
        yes = {True: "yes", False: "no"}
        lines.append(
            f"{u.user_id:<16} {u.role.value:<11} {yes[u.has_pin]:<4} {yes[u.has_badge]:<6} {yes[u.active]:<7} {u.name}"
        )
    return "\n".join(lines)


def _badges(users: UserService, station: str, args: argparse.Namespace) -> str:
    by = _actor(users, args)
    _, issued = issue_badges(
        users,
        by,
        args.user,
        reissue=args.reissue,
        station=station,
        printed_at=datetime.now(),
        keep=lambda pdf: save_pdf(args.out, pdf),
    )
    return f"wrote {len(issued)} badge(s) to {args.out}: {', '.join(issued)} (old badges of these people no longer log in)"


def _guide(station: str, out: Path) -> str:
    from packstation.labels.badge_sheet import first_run_guide_pdf

    save_pdf(out, first_run_guide_pdf(station, datetime.now()))
    return f"wrote the first-run guide to {out}"


def run(args: argparse.Namespace) -> int:
    station = open_station(args.home)
    users = station.users
    try:
        if args.users_command == "add":
            message = _add(users, args)
        elif args.users_command == "list":
            message = _list(users, args)
        elif args.users_command == "guide":
            message = _guide(station.name, args.out)
        elif args.users_command == "badges":
            message = _badges(users, station.name, args)
        else:
            by = _actor(users, args)
            if args.users_command == "set-pin":
                users.set_pin(by, args.user_id, read_secret(f"new PIN for {args.user_id}: ", args.pin))
            elif args.users_command == "set-badge":
                users.set_badge(by, args.user_id, None if args.remove else args.badge)
            elif args.users_command == "set-role":
                users.set_role(by, args.user_id, args.role)
            elif args.users_command == "deactivate":
                users.deactivate(by, args.user_id)
            message = f"{args.users_command}: done for {args.user_id}"
    except (UserError, PermissionDenied) as exc:
        print(f"packstation users: {exc}", file=sys.stderr)
        return 1
    finally:
        station.close()
    print(message)
    return 0
