"""The TikTok Shop connector benchmarks (tests/benchmarks/tiktok_bench.py) at a smaller size.

Figures come from `python -m tests.benchmarks.tiktok_bench` (10,000 orders, 1,000 shipments); here
each scenario must do all its work and keep a rate with headroom for a busy 2-core machine.
"""

from __future__ import annotations

from tests.benchmarks.tiktok_bench import pull_orders, push_shipments


def test_pull_takes_every_order_and_keeps_a_rate(tmp_path):
    m = pull_orders(tmp_path, 3000)
    assert m.items == 3000 and m.extra["pages"] == 30 and m.extra["http_429"] == 0
    assert m.rate is not None and m.rate >= 2000 / 4, m.rate  # target 2,000/s at full size, idle machine


def test_push_stays_within_the_rate_limit_without_a_429_loop(tmp_path):
    m = push_shipments(tmp_path, 120, rate=40.0)
    assert m.extra["http_429"] == 0 and m.extra["ship_calls"] == 120 and m.extra["retries"] == 0
    # Never faster than the limit allows (8 at once, then 40 a second) ...
    assert m.elapsed_s >= (120 - 8) / 40.0 * 0.95
    # ... and not much slower either.
    assert m.rate is not None and m.rate >= 40.0 * 0.5, m.rate

