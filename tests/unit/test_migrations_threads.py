"""Alembic keeps its `op` and `context` proxies in module globals: two upgrades at once in one
process (the station's database in a worker, the central store in another) must not share them."""

from __future__ import annotations

import threading
from pathlib import Path

from packstation.store.central.schema import central_revision, expected_heads, upgrade_central
from packstation.store.db import open_engine
from packstation.store.schema import is_current


def test_station_and_central_upgrades_in_parallel_threads_all_reach_their_heads(tmp_path: Path) -> None:
    errors: list[BaseException] = []
    engines: list = []
    central: list = []
    start = threading.Barrier(8)

    def station(n: int) -> None:
        try:
            start.wait()
            engines.append(open_engine(f"sqlite:///{tmp_path / f'station{n}.db'}"))
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion below
            errors.append(exc)

    def hub(n: int) -> None:
        try:
            from sqlalchemy import create_engine

            engine = create_engine(f"sqlite:///{tmp_path / f'central{n}.db'}")
            start.wait()
            upgrade_central(engine)
            central.append(engine)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=station, args=(n,)) for n in range(4)]
    threads += [threading.Thread(target=hub, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert errors == []
    assert len(engines) == 4 and all(is_current(engine) for engine in engines)
    assert len(central) == 4 and all(central_revision(engine) == expected_heads() for engine in central)
