"""Returns as JSON-ready documents, for `packstation returns ... --json` and exports."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from packstation.domain.returns import CheckedUnit, ReturnParcel
from packstation.services.returns.service import ReturnDetail


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat().replace("+00:00", "Z")


def unit_doc(unit: CheckedUnit) -> dict[str, Any]:
    return {
        "seq": unit.seq,
        "outcome": unit.outcome.value,
        "sku": unit.sku,
        "line_no": unit.line_no,
        "code": unit.code,
        "photo_id": unit.photo_id,
        "grade": unit.grade.value if unit.grade else None,
        "graded_by": unit.graded_by,
        "graded_at": _iso(unit.graded_at),
        "decision": unit.decision.value if unit.decision else None,
        "location": unit.location,
        "decided_by": unit.decided_by,
        "decided_at": _iso(unit.decided_at),
    }


def parcel_doc(p: ReturnParcel, now: datetime) -> dict[str, Any]:
    left = None if p.decision_due is None else (p.decision_due - now).total_seconds() / 3600
    counts: dict[str, int] = {}
    for u in p.units:
        counts[u.outcome.value] = counts.get(u.outcome.value, 0) + 1
    return {
        "return_id": p.return_id,
        "order_id": p.order_id,
        "state": p.state.value,
        "outcome": p.outcome.value if p.outcome else None,
        "found_by": p.found_by,
        "rma_id": p.rma_id,
        "return_tracking": p.return_tracking,
        "station": p.station,
        "opened_by": p.opened_by,
        "opened_at": _iso(p.opened_at),
        "closed_by": p.closed_by,
        "closed_at": _iso(p.closed_at),
        "arrival_weight_g": p.arrival_weight_g,
        "outbound_weight_g": p.outbound_weight_g,
        "decision_due": _iso(p.decision_due),
        "hours_left": None if left is None else round(left, 2),
        "units": counts,
    }


def detail_doc(d: ReturnDetail, now: datetime) -> dict[str, Any]:
    doc = parcel_doc(d.parcel, now)
    doc["units"] = [unit_doc(u) for u in d.parcel.units]
    doc["lines"] = [
        {"line_no": ln.line_no, "sku": ln.sku, "quantity": ln.quantity, "name": ln.name} for ln in d.lines
    ]
    doc["missing"] = [{"line_no": ln.line_no, "sku": ln.sku, "units": n} for ln, n in d.missing]
    doc["photos"] = [
        {"id": p.id, "kind": p.kind, "sha256": p.sha256, "taken_at": _iso(p.taken_at)} for p in d.photos
    ]
    doc["photos_needed"] = list(d.photos_missing)
    w = d.weight
    doc["weight"] = {
        "arrival_g": w.arrival_g,
        "outbound_g": w.outbound_g,
        "difference_g": w.difference_g,
        "tolerance_g": w.tolerance_g,
        "verdict": w.verdict,
        "text": w.text(),
    }
    return doc
