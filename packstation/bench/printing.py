"""Printing scenario: from the scan that completes the pick to the label's bytes at a 9100 printer."""

from __future__ import annotations

import time

from packstation.bench import BenchContext, Measurement, scenario
from packstation.bootstrap import open_station
from packstation.devices.printers import Printer
from packstation.devices.printers.loopback import LoopbackPrinter
from packstation.domain.packing import expected_weight
from packstation.domain.users import Actor, Role
from packstation.services.demo import DEMO_PRODUCTS, load_demo
from packstation.services.labelling import LabelService


@scenario(
    "labels.scan_to_printer",
    "last scan -> weigh -> finish packing -> print labels -> bytes at a loopback 9100 printer",
)
def scan_to_printer(ctx: BenchContext) -> Measurement:
    count = 10 if ctx.quick else 200
    packer = Actor("bench", Role.PACKER, "Bench")
    barcodes = {p.sku: p.barcodes[0] for p in DEMO_PRODUCTS}
    station = open_station(ctx.scratch("home"))
    samples: list[float] = []
    try:
        load_demo(station.uow, orders=count, station=station.name)
        packing = station.packing
        with LoopbackPrinter() as zebra:
            labels = LabelService(
                station.uow, station.name, Printer(zebra.url), station.config.label, packing=packing
            )
            for _ in range(count):
                order = packing.take_next(packer)
                codes = [barcodes[line.sku] for line in order.lines for _ in range(line.quantity)]
                for code in codes[:-1]:
                    packing.scan(packer, order.order_id, code)
                start = time.perf_counter()
                packing.scan(packer, order.order_id, codes[-1])
                box = packing.suggest_box(order.order_id)
                grams = expected_weight(packing.pack_items(order.order_id), box)
                packing.weigh(packer, order.order_id, grams, box.code)
                packing.finish_packing(packer, order.order_id)
                jobs = labels.print_labels(packer, order.order_id)
                if not zebra.wait_for_jobs(len(samples) + 1, timeout=5.0) or jobs[0].state != "sent":
                    raise RuntimeError(f"label for {order.order_id} did not reach the printer: {jobs}")
                samples.append(zebra.arrivals[len(samples)] - start)
    finally:
        station.close()
    return Measurement(
        count=len(samples),
        samples_s=samples,
        target_p99_ms=150,
        note="SQLite station (WAL, synchronous=FULL), ~HS before and after each label",
    )
