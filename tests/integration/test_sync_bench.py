"""The sync benchmark scenarios run (quick mode) against their own PostgreSQL and measure real pushes."""

from __future__ import annotations

import pytest

from packstation.bench import BenchContext
from packstation.bench.sync import backlog_drain, push_postgres

pytestmark = pytest.mark.postgres


def test_push_benchmark_reports_its_rate_beside_bare_executemany(tmp_path, pg_server):
    m = push_postgres(BenchContext(tmp_path, quick=True))
    assert m.items == 2000 and m.elapsed_s > 0
    assert m.extra["bare_executemany_per_s"] > 0 and m.extra["ratio_to_bare"] > 0


def test_backlog_drain_benchmark_drains_everything(tmp_path, pg_server):
    m = backlog_drain(BenchContext(tmp_path, quick=True))
    assert m.items == 2000 and 0 < m.extra["drain_s"] < 10
