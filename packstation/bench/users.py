"""User scenarios: how long a packer waits between scanning a badge (or typing a PIN) and being logged in."""

from __future__ import annotations

import time

from sqlalchemy import Engine

from packstation.bench import BenchContext, Measurement, scenario
from packstation.domain.users import Role
from packstation.services.users import UserService
from packstation.store.db import open_engine, sqlite_url
from packstation.store.uow import UnitOfWorkFactory


def _service(ctx: BenchContext, people: int) -> tuple[UserService, Engine]:
    engine = open_engine(sqlite_url(ctx.scratch("db") / "station.db"))
    users = UserService(UnitOfWorkFactory(engine), "bench")
    admin = users.create_first_admin("admin", "Admin", "99999999")
    for n in range(people):
        users.add_user(admin, f"p{n}", f"Packer {n}", Role.PACKER, pin=f"{1000 + n}", badge=f"BADGE-{n:06d}")
    return users, engine


@scenario("users.login_badge", "badge scan to logged-in packer: keyed lookup, scrypt verify, login event")
def login_badge(ctx: BenchContext) -> Measurement:
    people = 5 if ctx.quick else 40
    users, engine = _service(ctx, people)
    try:
        samples = []
        for n in range(10 if ctx.quick else 200):
            t0 = time.perf_counter()
            users.login_badge(f"BADGE-{n % people:06d}")
            samples.append(time.perf_counter() - t0)
        return Measurement(count=len(samples), samples_s=samples, target_p99_ms=250.0)
    finally:
        engine.dispose()


@scenario("users.login_pin_only", "PIN alone to logged-in packer (one-entry packer switch)")
def login_pin_only(ctx: BenchContext) -> Measurement:
    people = 5 if ctx.quick else 40
    users, engine = _service(ctx, people)
    try:
        samples = []
        for n in range(10 if ctx.quick else 200):
            t0 = time.perf_counter()
            users.login_pin(None, f"{1000 + n % people}")
            samples.append(time.perf_counter() - t0)
        return Measurement(count=len(samples), samples_s=samples, target_p99_ms=250.0)
    finally:
        engine.dispose()
