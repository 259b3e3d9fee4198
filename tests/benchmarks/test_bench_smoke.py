"""Every benchmark scenario runs in quick mode and measures something (figures come from `packstation bench`)."""

from __future__ import annotations

import pytest

from packstation.bench import load_scenarios, run_scenarios
from packstation.bench.report import as_json, as_table

SCENARIOS = sorted(load_scenarios())


@pytest.mark.parametrize("name", SCENARIOS)
def test_scenario_runs_quick_and_measures(name, tmp_path):
    [(scen, m)] = run_scenarios([name], quick=True, workdir=tmp_path)
    assert scen.name == name
    assert m.count > 0
    assert m.samples_s or m.elapsed_s > 0 or m.note.startswith("skipped")
    assert m.target_p99_ms is not None or m.target_rate is not None or m.passed_override is not None
    assert name in as_table([(scen, m)]) and name in as_json([(scen, m)])


def test_the_runner_measures_percentiles_and_rates():
    from packstation.bench import Measurement

    m = Measurement(count=100, samples_s=[i / 1000 for i in range(1, 101)], target_p99_ms=99.5)
    assert m.percentile_ms(50) == pytest.approx(50) and m.percentile_ms(99) == pytest.approx(99)
    assert m.passed
    slow = Measurement(count=1, items=10, elapsed_s=2.0, target_rate=20)
    assert slow.rate == 5 and not slow.passed
