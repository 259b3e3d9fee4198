"""Evidence export stays bounded: megabyte-long ids and texts, and many orders with progress."""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import update
from sqlalchemy.orm import Session

from packstation.store.tables import OrderRow
from tests.integration.test_evidence_export import Store, pdf_text


def test_huge_texts_render_in_bounded_time(tmp_path: Path) -> None:
    store = Store(tmp_path)
    try:
        huge_id = "7" * 1_000_000
        store.add_order(huge_id, name="N" * 300_000, photos=1, tracking="T" * 100_000)
        with Session(store.engine) as s:
            s.execute(
                update(OrderRow)
                .where(OrderRow.order_id == huge_id)
                .values(buyer_message="M " * 200_000, address_line1="A" * 200_000)
            )
            s.commit()
        started = time.monotonic()
        result = store.export([huge_id], tmp_path / "out")
        took = time.monotonic() - started
    finally:
        store.engine.dispose()
    pdf_path, zip_path = result.packs[huge_id]
    text = pdf_text(pdf_path)
    assert "7" * 40 in text and "N" * 40 in text
    assert len(text) < 60_000  # bounded, not a megabyte of id on every page
    assert took < 30, took  # was > 5 minutes
    assert zip_path.stat().st_size > 0


def test_many_orders_export_with_progress(tmp_path: Path) -> None:
    store = Store(tmp_path)
    seen: list[tuple[int, int]] = []
    try:
        ids = [f"ORD-{n:04d}" for n in range(12)]
        for oid in ids:
            store.add_order(oid, photos=1)
        started = time.monotonic()
        result = store.export(
            ids, tmp_path / "out", progress=lambda done, total, *_: seen.append((done, total))
        )
        took = time.monotonic() - started
    finally:
        store.engine.dispose()
    assert set(result.packs) == set(ids)
    assert seen[-1] == (12, 12) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert took / len(ids) < 2.0, took  # seconds per order: thousands finish in bounded time
