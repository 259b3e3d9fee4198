"""`packstation tracking import FILE`: carrier tracking events in (CSV or JSON), once each.

Generic columns: tracking_number, carrier, event, occurred_at, location, detail (and proof: a file path
or URL of the carrier's proof of delivery). `event` is one of picked_up, in_transit, out_for_delivery,
delivery_failed, delivered, returned_to_sender, damaged, exception. A carrier's own export is read with
--map NAME, a column and event map from [tracking.column_maps.NAME] / [tracking.event_maps.NAME].
Re-importing a file stores nothing twice. The exception rules run right after the import and the
alerts they raise are sent (unless --no-send). Exit status 1 when rows were rejected.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from packstation.bootstrap import open_station
from packstation.cli import UsageError
from packstation.services.alerts import AlertConfigError, build_delivery_watch
from packstation.services.tracking import IngestReport, RuleConfigError, TrackingFileError, read_tracking_file


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "tracking",
        help="import carrier tracking events",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    cmds = p.add_subparsers(dest="tracking_command", metavar="ACTION", required=True)
    i = cmds.add_parser(
        "import",
        parents=[parent],
        help="import a CSV or JSON file of tracking events",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    i.add_argument("file", type=Path, metavar="FILE")
    i.add_argument("--map", metavar="NAME", help="carrier column/event map from the config")
    i.add_argument("--no-send", action="store_true", help="queue alerts but send no email or webhook now")
    i.add_argument("--json", action="store_true", help="print JSON for scripts")
    i.set_defaults(func=run_import)


def summary(report: IngestReport, problems: list[str]) -> dict:
    return {
        "received": report.received,
        "stored": report.stored,
        "duplicates": report.duplicates,
        "rejected": problems,
        "unknown_tracking_numbers": report.unknown,
        "not_shipped_orders": report.not_shipped,
        "status_changes": [
            {"order_id": c.order_id, "from": c.previous, "to": c.status, "rule": str(c.rule), "note": c.note}
            for c in report.changes
        ],
        "proofs_kept": report.proofs,
        "proof_problems": report.proof_problems,
    }


def run_import(args: argparse.Namespace) -> int:
    station = open_station(args.home)
    try:
        try:
            watch = build_delivery_watch(station.config, station.uow, station.home.blobs)
            cmap = watch.tracking.rules.column_map(args.map)
            parsed = read_tracking_file(args.file, cmap)
        except (TrackingFileError, RuleConfigError, AlertConfigError) as exc:
            raise UsageError(str(exc)) from None
        watch.send = not args.no_send
        result = watch.ingest(parsed.scans, source=f"file:{args.file.name}")
    finally:
        station.close()
    report = result.tracking
    assert isinstance(report, IngestReport)
    problems = [str(p) for p in parsed.problems]
    if args.json:
        out = summary(report, problems)
        out["alerts_raised"] = result.raised
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 1 if problems else 0
    print(
        f"{report.stored} new tracking event(s), {report.duplicates} already known, "
        f"{len(problems)} rejected; {len(report.changes)} status change(s), {result.raised} alert(s)"
    )
    for p in problems:
        print(f"  rejected {p}", file=sys.stderr)
    for c in report.changes:
        print(f"  {c.order_id}: {c.previous} -> {c.status} ({c.rule}) {c.note}")
    if report.unknown:
        print(f"{len(report.unknown)} unknown tracking number(s) (no order has them):")
        for number in report.unknown[:50]:
            print(f"  {number}")
        if len(report.unknown) > 50:
            print(f"  ... and {len(report.unknown) - 50} more")
    if report.proofs:
        print(f"{report.proofs} proof(s) of delivery kept with the orders' evidence")
    for p in report.proof_problems:
        print(f"  proof not kept: {p}", file=sys.stderr)
    if result.dispatch and result.dispatch.errors:
        print(f"{len(result.dispatch.errors)} alert send(s) failed, will retry:", file=sys.stderr)
        for e in result.dispatch.errors[:10]:
            print(f"  {e}", file=sys.stderr)
    return 1 if problems else 0
