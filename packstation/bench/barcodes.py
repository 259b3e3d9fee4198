"""Barcode scenarios: the per-scan cost of turning raw scanner text into a product key or a verdict."""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from packstation.bench import BenchContext, Measurement, scenario
from packstation.domain.barcodes import product_key
from packstation.domain.gs1 import build_element_string, gs1_check_digit, parse_gs1
from packstation.domain.tracking import validate_tracking


def _gtin(rng: random.Random, size: int) -> str:
    body = "".join(rng.choice("0123456789") for _ in range(size - 1))
    return body + str(gs1_check_digit(body))


def _scans(rng: random.Random, count: int) -> list[str]:
    """A scan mix like a pick bench sees: EAN/UPC with and without AIM ids, GS1-128 cartons, SKU labels."""
    scans = []
    for index in range(count):
        kind = index % 5
        if kind == 0:
            scans.append("]E0" + _gtin(rng, 13))
        elif kind == 1:
            scans.append(_gtin(rng, 12) + "\r\n")
        elif kind == 2:
            elements = [("01", _gtin(rng, 14)), ("17", "261231"), ("10", f"LOT{index}"), ("21", f"SN{index}")]
            scans.append("]C1" + build_element_string(elements))
        elif kind == 3:
            scans.append(f"(01){_gtin(rng, 14)}(10)B{index}")
        else:
            scans.append(f"SKU-{index:05d}")
    return scans


def _latency(call: Callable[[str], object], inputs: list[str], target_ms: float, note: str) -> Measurement:
    samples = []
    clock = time.perf_counter
    for value in inputs:
        start = clock()
        call(value)
        samples.append(clock() - start)
    return Measurement(count=len(samples), samples_s=samples, target_p99_ms=target_ms, note=note)


@scenario(
    "barcodes.product_key", "raw scan (AIM id, GS1, EAN/UPC, SKU) to the product key the pick step looks up"
)
def product_key_latency(ctx: BenchContext) -> Measurement:
    scans = _scans(random.Random(7), 500 if ctx.quick else 50_000)
    return _latency(product_key, scans, 0.2, "mix of ]E0 EAN-13, bare UPC-A, ]C1 GS1-128, (01) text, SKU")


@scenario("barcodes.gs1_parse", "parse a 4-element GS1-128 carton string with check-digit and date checks")
def gs1_parse_latency(ctx: BenchContext) -> Measurement:
    scans = [s[3:] for s in _scans(random.Random(11), 2_500 if ctx.quick else 250_000)[2::5]]
    return _latency(parse_gs1, scans, 0.2, "01 + 17 + 10 + 21 with GS separators")


@scenario("tracking.validate", "validate a tracking number against every carrier rule (no carrier given)")
def tracking_latency(ctx: BenchContext) -> Measurement:
    numbers = [
        "1Z999AA10123456784",
        "9400475646960623079863",
        "TH09605756670A",
        "SPXID004349886075",
        "638463464848",
        "NVSGK1KLG7694M",
        "RB123456785GB",
        "3318810025",
    ]
    inputs = numbers * (25 if ctx.quick else 5_000)
    return _latency(validate_tracking, inputs, 0.5, "8 sample numbers, carrier detected from all rules")
