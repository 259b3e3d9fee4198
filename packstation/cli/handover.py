"""`packstation handover`: the carrier board, handovers and their manifests, and a headless handover.

`list` shows per carrier what waits, what must be collected today and what is late, then the latest
handovers. `show ID` prints one handover; `export ID --out DIR` writes its manifest PDF. `run` opens a
handover for a carrier, scans the given labels (or every staged parcel with --all-staged) and closes it.
`print-summary ID` prints a closed handover's summary label (count, weight, manifest barcode) again.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from PIL import Image

from packstation.bootstrap import Station, open_station
from packstation.domain import workflow
from packstation.domain.users import Actor
from packstation.services.handover import (
    Acknowledgement,
    HandoverPhoto,
    HandoverService,
    HandoverView,
    gray_frame,
    hand_over_staged,
)


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("handover", help="hand parcels to carriers: board, manifests", description=__doc__)
    cmds = p.add_subparsers(dest="handover_command", metavar="ACTION", required=True)
    ls = cmds.add_parser("list", parents=[parent], help="carrier board and latest handovers")
    ls.add_argument("--json", action="store_true", help="print JSON for scripts")
    ls.add_argument("--limit", type=int, default=30, help="handovers to list (default 30)")
    ls.set_defaults(func=list_handovers)
    show = cmds.add_parser("show", parents=[parent], help="one handover and its parcels")
    show.add_argument("handover_id", metavar="ID")
    show.add_argument("--json", action="store_true", help="print JSON for scripts")
    show.set_defaults(func=show_handover)
    ex = cmds.add_parser("export", parents=[parent], help="write a handover's manifest PDF")
    ex.add_argument("handover_id", metavar="ID")
    ex.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder to write the PDF into")
    ex.set_defaults(func=export_manifest)
    summary = cmds.add_parser(
        "print-summary", parents=[parent], help="print a closed handover's summary on the label printer"
    )
    summary.add_argument("handover_id", metavar="ID")
    summary.add_argument(
        "--printer", default="", metavar="URL", help="printer URL (default: devices.printer)"
    )
    summary.set_defaults(func=print_summary)
    run = cmds.add_parser("run", parents=[parent], help="a handover without the GUI")
    run.add_argument("--carrier", required=True, help="the carrier collecting (as on the orders)")
    run.add_argument("--courier", required=True, help="the courier's name (also their typed acknowledgement)")
    run.add_argument("--plate", default="", help="vehicle plate")
    run.add_argument("--kind", choices=("pickup", "dropoff"), default="pickup")
    run.add_argument("--scan", action="append", default=[], metavar="CODE", help="a parcel label to scan")
    run.add_argument("--all-staged", action="store_true", help="scan every parcel staged for the carrier")
    run.add_argument("--photo", action="append", default=[], type=Path, metavar="FILE", help="handover photo")
    run.add_argument("--leave-behind", action="store_true", help="confirm unscanned parcels stay behind")
    run.add_argument("--by", default="cli", help="who hands over (user id)")
    run.add_argument("--json", action="store_true", help="print JSON for scripts")
    run.set_defaults(func=run_handover)


def handover_service(station: Station) -> HandoverService:
    """The station's handover service (built once by the composition root)."""
    return station.handover


def _usage(message: str) -> Exception:
    from packstation.cli import UsageError

    return UsageError(message)


def list_handovers(args: argparse.Namespace) -> int:
    station = open_station(args.home)
    try:
        service = handover_service(station)
        board = service.board()
        handovers = service.recent(args.limit)
    finally:
        station.close()
    if args.json:
        doc = {"board": [b.as_dict() for b in board], "handovers": [_summary(h) for h in handovers]}
        print(json.dumps(doc, indent=2, ensure_ascii=False))
        return 0
    print(f"{'CARRIER':20} {'PARCELS':>7} {'ORDERS':>6} {'DUE TODAY':>9} {'LATE':>5}  OPEN")
    for b in board:
        print(
            f"{b.carrier[:20]:20} {b.staged_parcels:>7} {b.staged_orders:>6} {len(b.due_today):>9} "
            f"{len(b.late):>5}  {', '.join(b.open_handovers) or '-'}"
        )
    if not board:
        print("Nothing is staged.")
    print()
    for h in handovers:
        when = (h.closed_at or h.opened_at).strftime("%Y-%m-%d %H:%M")
        print(
            f"{h.id:26} {h.state:7} {h.kind:8} {h.carrier[:18]:18} {len(h.parcels):>4} parcels  {when}  {h.courier_name}"
        )
    return 0


def _summary(h: HandoverView) -> dict:
    doc = h.as_dict()
    doc["parcel_count"] = len(doc.pop("parcels"))
    return doc


def show_handover(args: argparse.Namespace) -> int:
    station = open_station(args.home)
    try:
        try:
            view = handover_service(station).view(args.handover_id)
        except workflow.WorkflowError as exc:
            raise _usage(str(exc)) from exc
    finally:
        station.close()
    if args.json:
        print(json.dumps(view.as_dict(), indent=2, ensure_ascii=False))
        return 0
    print(f"Handover {view.id}: {view.state}, {view.kind} for {view.carrier}")
    print(
        f"Courier {view.courier_name}  plate {view.vehicle_plate or '-'}  station {view.station}  by {view.opened_by}"
    )
    print(
        view.count_line
        if view.state == "open"
        else f"{len(view.parcels)} parcels, {view.total_weight_g / 1000:.3f} kg"
    )
    for p in view.parcels:
        print(f"  {p.tracking_number:20} order {p.order_id}  parcel {p.number}/{p.parcels_in_order}")
    for oid, rest in view.incomplete.items():
        print(f"  incomplete: order {oid}, still to scan {', '.join(rest)}")
    if view.manifest_sha256:
        print(f"Manifest PDF SHA-256 {view.manifest_sha256}")
    return 0


def export_manifest(args: argparse.Namespace) -> int:
    station = open_station(args.home)
    try:
        try:
            pdf = handover_service(station).manifest_pdf(args.handover_id)
        except workflow.WorkflowError as exc:
            raise _usage(str(exc)) from exc
    finally:
        station.close()
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"manifest-{args.handover_id}.pdf"
    path.write_bytes(pdf)
    print(path)
    return 0


def print_summary(args: argparse.Namespace) -> int:
    """The summary label (carrier, count, weight, manifest barcode) of a closed handover, printed again."""
    from packstation.devices.printers import Printer
    from packstation.devices.urls import DeviceUrlError
    from packstation.services.dispatch.summary import ManifestSummaryPrinter

    station = open_station(args.home)
    try:
        service = handover_service(station)
        try:
            view = service.view(args.handover_id)
        except workflow.WorkflowError as exc:
            raise _usage(str(exc)) from exc
        if view.state != "closed":
            raise _usage(f"Handover {view.id} is {view.state}: its summary prints once it is closed.")
        try:
            printer = Printer(args.printer) if args.printer else station.labels.printer
        except DeviceUrlError as exc:
            raise _usage(f"--printer: {exc}") from exc
        label = station.config.label
        answer = ManifestSummaryPrinter(printer, label.stock, label.dpi, service.tz)(view)
    finally:
        station.close()
    print(answer)
    return 0 if answer.startswith("Summary printed") else 1


def _frames(paths: list[Path], camera: str) -> list[HandoverPhoto]:
    photos = []
    for path in paths:
        try:
            with Image.open(path) as image:
                rgb = np.asarray(image.convert("RGB"))
        except (OSError, ValueError) as exc:
            raise _usage(f"cannot read photo {path}: {exc}") from exc
        photos.append(HandoverPhoto("parcels", np.ascontiguousarray(rgb[:, :, ::-1])))
    if not photos and camera == "sim":
        photos.append(HandoverPhoto("parcels", gray_frame()))
    return photos


def run_handover(args: argparse.Namespace) -> int:
    if not args.scan and not args.all_staged:
        raise _usage("give the labels to scan (--scan CODE ...) or --all-staged")
    station = open_station(args.home)
    actor = Actor(args.by, name=args.by)
    try:
        service = handover_service(station)
        photos = _frames(args.photo, station.config.devices.camera)
        if args.kind == "dropoff" and photos:
            photos = [HandoverPhoto("receipt", p.frame) for p in photos]
        try:
            if args.all_staged and not args.scan and args.kind == "pickup":
                views = hand_over_staged(
                    service,
                    actor,
                    [args.carrier],
                    args.courier,
                    frame=lambda: photos[0].frame if photos else gray_frame(),
                )
                view = views[0] if views else None
                if view is None:
                    print(f"Nothing is staged for {args.carrier}.")
                    return 0
            else:
                opened = service.open(actor, args.carrier, args.courier, args.plate, args.kind)
                codes = list(args.scan)
                if args.all_staged:
                    codes += [p.tracking_number for p in service.left_behind(opened.id)]
                failed = 0
                for code in codes:
                    verdict = service.scan(actor, opened.id, code)
                    failed += not verdict.accepted
                    if not args.json:
                        print(f"{'OK ' if verdict.accepted else 'NO '} {code}: {verdict.message}")
                view = service.close(
                    actor,
                    opened.id,
                    confirm_left_behind=args.leave_behind,
                    photos=photos,
                    acknowledgement=Acknowledgement(args.courier),
                )
        except workflow.WorkflowError as exc:
            print(f"packstation: {exc}")
            return 1
    finally:
        station.close()
    if args.json:
        print(json.dumps(view.as_dict(), indent=2, ensure_ascii=False))
    else:
        print(
            f"Handover {view.id} closed: {len(view.parcels)} parcels of {len(view.orders)} orders shipped with {view.carrier}."
        )
    return 0
