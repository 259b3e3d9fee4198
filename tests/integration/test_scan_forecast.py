"""The verdict shown at once (`forecast_scan`) against what the session then stores, on real services."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

from packstation.domain.picking import ScanVerdict
from packstation.services.station.forecast import confirms, forecast_scan
from packstation.services.station.view import Step
from tests.harness.bench_station import BARCODES, PACKER_PIN, bench_session, open_bench


def _taken(tmp_path: Path):  # type: ignore[no-untyped-def]
    station = open_bench(tmp_path / "h", orders=6)
    session = bench_session(station)
    session.login_pin(None, PACKER_PIN)
    view = session.take_next()
    assert view.step is Step.CONFIRM and view.book is not None, view.notice
    return station, session, view


def test_every_catalog_scan_is_forecast_as_the_store_judges_it(tmp_path: Path):
    station, session, view = _taken(tmp_path)
    order = view.order
    assert order is not None
    in_order = [BARCODES[line.sku] for line in order.lines]
    others = [code for sku, code in BARCODES.items() if sku not in {line.sku for line in order.lines}]
    rng = random.Random(7)
    seen: set[ScanVerdict] = set()
    while view.step in (Step.CONFIRM, Step.PICK):
        code = rng.choice(in_order * 3 + others[:2] + [BARCODES[order.lines[0].sku]])
        ahead = forecast_scan(view, code)
        stored = session.scan(code)
        assert ahead is not None, code
        assert confirms(ahead, stored), (ahead.last_scan, stored.last_scan, ahead.notice, stored.notice)
        assert ahead.order is not None and stored.order is not None
        assert [x.picked for x in ahead.order.lines] == [x.picked for x in stored.order.lines]
        seen.add(stored.last_scan.verdict)  # type: ignore[union-attr]
        view = stored
    assert {ScanVerdict.OK, ScanVerdict.COMPLETE, ScanVerdict.WRONG_ITEM} <= seen, seen
    assert view.step is Step.PACK
    station.close()


def test_the_forecast_never_touches_the_shown_order(tmp_path: Path):
    station, session, view = _taken(tmp_path)
    before = [x.picked for x in view.order.lines]  # type: ignore[union-attr]
    ahead = forecast_scan(view, BARCODES[view.order.lines[0].sku])  # type: ignore[union-attr]
    assert ahead is not None and ahead.last_scan is not None and ahead.last_scan.accepted
    assert [x.picked for x in view.order.lines] == before  # type: ignore[union-attr]
    assert ahead.order.lines[0].picked == before[0] + 1  # type: ignore[union-attr]
    station.close()


def test_codes_only_the_store_can_judge_wait_for_it(tmp_path: Path):
    station, session, view = _taken(tmp_path)
    order_id = view.order.order_id  # type: ignore[union-attr]
    other = next(o for o in session.queue() if o.order_id != order_id)
    for code in ("NOT-A-PRODUCT-42", "9552328601299", other.order_id, "", order_id):
        assert forecast_scan(view, code) is None, code
    assert forecast_scan(session.finish_order(), BARCODES["SKU-0001"]) is None  # no order open
    station.close()


def test_a_catalog_changed_after_the_book_was_read_is_corrected_by_the_store(tmp_path: Path):
    station, session, view = _taken(tmp_path)
    order = view.order
    assert order is not None
    code = BARCODES[order.lines[0].sku]
    with station.uow() as uow:  # the barcode now belongs to a product that is not in the order
        mine = uow.catalog.get(order.lines[0].sku)
        other = uow.catalog.get(next(sku for sku in BARCODES if sku not in {x.sku for x in order.lines}))
        assert mine is not None and other is not None
        uow.catalog.upsert(replace(mine, barcodes=[]))
        uow.session.flush()
        uow.catalog.upsert(replace(other, barcodes=[*other.barcodes, code]))
        uow.commit()
    ahead = forecast_scan(view, code)  # the book read at take still says it is the order's item
    stored = session.scan(code)
    assert ahead is not None and ahead.last_scan is not None and ahead.last_scan.accepted
    assert stored.last_scan is not None and stored.last_scan.verdict is ScanVerdict.WRONG_ITEM
    assert not confirms(ahead, stored)
    station.close()
