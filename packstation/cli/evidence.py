"""`packstation evidence`: verify the proof-photo hash chain, export evidence packs headless.

`verify` checks every photo file and every link of each station's chain and names each photo that
was changed, removed or reordered (exit status 1 when anything fails).
`export` writes the PDF report and ZIP of each order (by id, or every order matching
--since/--until/--flagged) into --out, the same packs the review window exports.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from packstation.bootstrap import open_station
from packstation.domain.users import SYSTEM
from packstation.services.review import ReviewError, ReviewQuery, ReviewService, pack_exporter


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("evidence", help="verify proof photos, export evidence packs", description=__doc__)
    cmds = p.add_subparsers(dest="evidence_command", metavar="ACTION", required=True)
    v = cmds.add_parser(
        "verify",
        parents=[parent],
        help="check every photo file and hash-chain link",
        description=verify.__doc__,
    )
    v.add_argument("--order", action="append", default=[], metavar="ID", help="hash only this order's files")
    v.add_argument("--json", action="store_true", help="print JSON for scripts")
    v.set_defaults(func=verify)
    vid = cmds.add_parser(
        "video",
        parents=[parent],
        help="list an order's packing video: recordings, segments, missing seconds",
        description=video.__doc__,
    )
    vid.add_argument("order_id", metavar="ORDER_ID", help="the order")
    vid.add_argument("--json", action="store_true", help="print JSON for scripts")
    vid.set_defaults(func=video)
    pg = cmds.add_parser(
        "purge-video",
        parents=[parent],
        help="remove old packing video already safe in the central store (config video.retention_*)",
        description=purge_video.__doc__,
    )
    pg.add_argument("--dry-run", action="store_true", help="only list what would be removed")
    pg.set_defaults(func=purge_video)
    e = cmds.add_parser(
        "export", parents=[parent], help="write evidence packs (PDF + ZIP)", description=export.__doc__
    )
    e.add_argument("order_ids", nargs="*", metavar="ORDER_ID", help="orders to export")
    e.add_argument("--since", type=when, help="also every order active since this time (ISO, UTC if no zone)")
    e.add_argument("--until", type=when, help="... and before this time")
    e.add_argument("--flagged", action="store_true", help="also (or only, with a date range) flagged orders")
    e.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder to write the packs into")
    e.add_argument("--quiet", action="store_true", help="no progress on stderr")
    e.set_defaults(func=export)


def when(text: str) -> datetime:
    """An ISO date or date-time; a value without a zone is taken as UTC."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"not a date or time: {text!r} (use 2025-03-01 or 2025-03-01T08:00)"
        ) from exc
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def verify(args: argparse.Namespace) -> int:
    """Verify stored proof photos against their records and hash chain."""
    from packstation.evidence.manifests import verify_manifests
    from packstation.evidence.verify import verify as run_verify
    from packstation.evidence.video.verify import verify_video
    from packstation.store.handovers import Handovers

    station = open_station(args.home)
    try:
        with station.uow() as uow:
            # Manifests (and their handover photos and signatures, kept under the manifest id) count too.
            manifests = sorted({m for o in args.order if (m := Handovers(uow.session).manifest_of_order(o))})
            report = run_verify(uow.session, station.home.blobs, [*args.order, *manifests] or None)
            manifest_report = verify_manifests(uow.session, station.home.blobs, manifests or None)
            if args.order and not manifests:
                manifest_report.manifests_checked = 0
            videos = verify_video(uow.session, station.home.blobs, args.order or None)
    finally:
        station.close()
    if args.json:
        findings = [
            {
                "photo_id": f.photo_id,
                "order_id": f.order_id,
                "kind": f.kind,
                "station": f.station,
                "seq": f.seq,
                "problem": f.problem.value,
                "detail": f.detail,
            }
            for f in report.findings
        ]
        doc = {
            "ok": report.ok and manifest_report.ok,
            "photos_checked": report.photos_checked,
            "files_checked": report.files_checked,
            "manifests_checked": manifest_report.manifests_checked,
            "manifest_findings": [
                {"manifest": f.manifest_id, "problem": f.problem, "detail": f.detail}
                for f in manifest_report.findings
            ],
        }
        doc = {**doc, "findings": findings, "video": videos.as_dict()}
        doc["ok"] = report.ok and manifest_report.ok and videos.ok
        print(json.dumps(doc, indent=2, ensure_ascii=False))
    else:
        for f in report.findings:
            print(
                f"{f.problem.value:14} order {f.order_id} photo {f.photo_id} ({f.kind}, {f.station} #{f.seq}): {f.detail}"
            )
        for v in videos.findings:
            print(f"{v.problem:14} order {v.order_id} video {v.recording_id} segment #{v.number}: {v.detail}")
        for m in manifest_report.findings:
            print(f"{m.problem:14} manifest {m.manifest_id}: {m.detail}")
        print(report.summary())
        print(manifest_report.summary())
        print(videos.summary())
    return 0 if report.ok and manifest_report.ok and videos.ok else 1


def video(args: argparse.Namespace) -> int:
    """List an order's packing video: each recording, its segment files and the seconds missing."""
    from packstation.cli import UsageError
    from packstation.services.order_videos import order_videos

    station = open_station(args.home)
    try:
        if not _exists(station, args.order_id) and not order_videos(
            station.uow, station.home.blobs, args.order_id
        ):
            raise UsageError(f"no such order: {args.order_id}")
        recordings = order_videos(station.uow, station.home.blobs, args.order_id)
        from packstation.services.video_acceptance import VideoDecisions

        verdict = VideoDecisions(station.uow, station.home.blobs, station.name).verdict(args.order_id)
    finally:
        station.close()
    if args.json:
        doc = {"order_id": args.order_id, "recordings": [r.as_dict() for r in recordings]}
        doc["verdict"] = verdict.as_dict()
        print(json.dumps(doc, indent=2, ensure_ascii=False))
        return 0
    if not recordings:
        print(f"Order {args.order_id} has no video." + (f" {verdict.text()}." if verdict.acceptance else ""))
        return 0
    for rec in recordings:
        flag = "  VIDEO INCOMPLETE" if rec.incomplete else ""
        print(f"Recording {rec.id} ({rec.status}): {rec.seconds:.1f} s in {len(rec.segments)} segments{flag}")
        for seg in rec.segments:
            note = "  (purged here; kept centrally)" if seg.purged else ""
            print(
                f"  #{seg.number:<3} {seg.started_at:%H:%M:%S}-{seg.ended_at:%H:%M:%S}Z {seg.frames:4} frames "
                f"{seg.sha256[:16]}  {seg.path}{note}"
            )
        for gap in rec.gaps:
            if gap.get("missing", True):
                print(
                    f"  missing {gap.get('seconds', 0):.1f} s from {gap['from']} to {gap.get('to', '?')}: {gap['reason']}"
                )
    if verdict.short:
        print(verdict.text())
    return 0


def purge_video(args: argparse.Namespace) -> int:
    """Remove video older than video.retention_days (or beyond video.retention_gb), oldest first, only
    where the central copy is verified, never of an order with an open dispute, hold or return."""
    from packstation.services.video_retention import VideoRetention

    station = open_station(args.home)
    try:
        video = station.config.video
        retention = VideoRetention(
            station.uow, station.name, station.home.blobs, video.retention_days, video.retention_gb
        )
        report = retention.purge(dry_run=args.dry_run)
    finally:
        station.close()
    verb = "would purge" if args.dry_run else "purged"
    print(
        f"{verb} {report.segments} segments ({report.bytes / 1e6:.1f} MB) of {len(report.purged_orders)} orders"
    )
    if report.kept_not_synced:
        print(f"kept, central copy not verified yet: {', '.join(report.kept_not_synced)}")
    if report.kept_protected:
        print(f"kept, dispute/hold/return open: {', '.join(report.kept_protected)}")
    return 0


def export(args: argparse.Namespace) -> int:
    """Export evidence packs for the given orders and/or every order matching the filters."""
    from packstation.cli import UsageError

    if not args.order_ids and not (args.since or args.until or args.flagged):
        raise UsageError("name the orders to export, or select them with --since/--until/--flagged")
    station = open_station(args.home)
    try:
        review = ReviewService(station.uow, station.home.blobs)
        ids = list(dict.fromkeys(args.order_ids))
        if args.since or args.until or args.flagged:
            try:
                query = ReviewQuery(
                    since=args.since, until=args.until, flagged=True if args.flagged else None
                )
            except ReviewError as exc:
                raise UsageError(str(exc)) from exc
            ids += [i for i in review.iter_order_ids(SYSTEM, query) if i not in set(ids)]
        missing = [i for i in args.order_ids if not _exists(station, i)]
        if missing:
            raise UsageError(f"no such order: {', '.join(missing)}")
        if not ids:
            print("No orders match.")
            return 0

        def progress(done: int, total: int, what: str) -> None:
            if not args.quiet:
                print(f"[{done}/{total}] {what}", file=sys.stderr, flush=True)

        result = pack_exporter(station)(ids, args.out, progress)
    finally:
        station.close()
    print(f"Exported {len(ids)} order(s) to {args.out}")
    if result is not None:
        print(result if isinstance(result, str) else _describe(result))
    failed = getattr(result, "failed_orders", None)
    if failed:
        print(
            f"Warning: photos failed verification in {', '.join(failed)} (see each report)", file=sys.stderr
        )
    return 0


def _exists(station, order_id: str) -> bool:  # type: ignore[no-untyped-def]
    with station.uow() as uow:
        return uow.orders.row(order_id) is not None


def _describe(result: object) -> str:
    paths = getattr(result, "paths", None) or (result if isinstance(result, list | tuple) else None)
    return "\n".join(str(p) for p in paths) if paths else str(result)
