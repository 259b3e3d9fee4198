"""Render benchmark results as a table or JSON."""

from __future__ import annotations

import json
from typing import Any

from packstation.bench import Measurement, Scenario


def as_rows(results: list[tuple[Scenario, Measurement]]) -> list[dict[str, Any]]:
    rows = []
    for scen, m in results:
        rows.append(
            {
                "scenario": scen.name,
                "description": scen.description,
                "count": m.count,
                "p50_ms": m.percentile_ms(50),
                "p99_ms": m.percentile_ms(99),
                "rate": m.rate,
                "rate_unit": m.rate_unit,
                "target": m.target_text(),
                "passed": m.passed,
                "note": m.note,
                "extra": m.extra,
            }
        )
    return rows


def as_table(results: list[tuple[Scenario, Measurement]]) -> str:
    header = f"{'scenario':34} {'count':>8} {'p50':>10} {'p99':>10} {'rate':>16}  {'target':28} result"
    lines = [header, "-" * len(header)]
    for row in as_rows(results):
        p50 = f"{row['p50_ms']:.3f}ms" if row["p50_ms"] is not None else "-"
        p99 = f"{row['p99_ms']:.3f}ms" if row["p99_ms"] is not None else "-"
        rate = f"{row['rate']:,.0f}/s" if row["rate"] is not None else "-"
        verdict = "pass" if row["passed"] else "FAIL"
        lines.append(
            f"{row['scenario']:34} {row['count']:>8} {p50:>10} {p99:>10} {rate:>16}  {row['target']:28} {verdict}"
        )
        if row["note"]:
            lines.append(f"    {row['note']}")
    return "\n".join(lines)


def as_json(results: list[tuple[Scenario, Measurement]]) -> str:
    return json.dumps(as_rows(results), indent=2, ensure_ascii=False)
