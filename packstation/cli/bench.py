"""`packstation bench`: run the benchmark scenarios and print scenario, count, p50, p99, target, pass/fail."""

from __future__ import annotations

import argparse
from pathlib import Path

from packstation.bench import load_scenarios, run_scenarios
from packstation.bench.report import as_json, as_table


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("bench", parents=[parent], help="run performance benchmarks", description=__doc__)
    p.add_argument("scenarios", nargs="*", help="scenario names or prefixes (default: all)")
    p.add_argument("--json", metavar="FILE", help="also write results as JSON to FILE")
    p.add_argument("--quick", action="store_true", help="tiny runs, to check the scenarios work")
    p.add_argument("--list", action="store_true", help="list scenarios and exit")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.list:
        for name, scen in load_scenarios().items():
            print(f"{name:34} {scen.description}")
        return 0
    results = run_scenarios(args.scenarios or None, quick=args.quick)
    print(as_table(results))
    if args.json:
        Path(args.json).write_text(as_json(results), encoding="utf-8")
    return 0 if all(m.passed for _, m in results) else 1
