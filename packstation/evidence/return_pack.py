"""Return dispute pack: the outbound record and the return side by side, as a PDF and a ZIP.

Photos, weights, scans and timelines of both sides; both photo chains verified (the outbound proof
photos and the return photos, each link checked by `verify`); every photo in the ZIP re-encoded when
needed to stay within the channel's per-photo upload limit, with the chain's SHA-256 of the stored
photo kept beside the SHA-256 of the file in the pack. The outbound half is the evidence pack's own
snapshot (`load_evidence`) and its PDF parts and ZIP writer are reused.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fpdf.enums import XPos, YPos
from PIL import Image
from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.evidence.dossier import LabelRenderer, OrderEvidence, PhotoEvidence, _as_dict, load_evidence
from packstation.evidence.export import (
    ExportError,
    _image_ext,
    _json,
    _sha256sums,
    _write_file,
    _write_zip,
    safe_name,
)
from packstation.evidence.report_pdf import (
    BODY,
    SMALL,
    TITLE_CHARS,
    _fit,
    _heading,
    _pairs,
    _Report,
    _setup_fonts,
    _strings,
    _table,
    _text,
    _time,
)
from packstation.store.return_tables import ReturnRow, ReturnUnitRow

FORMAT = "packstation-return-dispute-pack/1"
RETURN_PREFIX = "return-"
DEFAULT_PHOTO_LIMIT = 10 * 1024 * 1024
MIN_PHOTO_LIMIT = 20 * 1024
COLUMN_W = 88.0
PHOTO_H = 62.0


class _ReturnReport(_Report):
    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(self.body_family, "", SMALL)
        self.cell(
            0, 5, f"Return dispute pack, order {self.order_id}: page {self.page_no()}/{{nb}}", align="C"
        )


class ReturnNotFound(ExportError):
    """No return with this id."""


@dataclass
class ReturnEvidence:
    """One return and its original order, read in one transaction."""

    outbound: OrderEvidence  # the order's evidence without the return photos
    ret: dict[str, Any]
    units: list[dict[str, Any]]
    return_photos: list[PhotoEvidence]
    return_events: list[dict[str, Any]]

    @property
    def return_id(self) -> str:
        return str(self.ret["id"])

    def chain_ok(self, photos: list[PhotoEvidence]) -> bool:
        return all(p.verification == "ok" for p in photos)


def load_return_evidence(
    session: Session, return_id: str, blob_root: Path, label_renderer: LabelRenderer | None = None
) -> ReturnEvidence:
    row = session.get(ReturnRow, return_id)
    if row is None:
        raise ReturnNotFound(f"No return {return_id}.")
    ev = load_evidence(session, row.order_id, blob_root, label_renderer)
    mine = {
        e["payload"].get("photo_id")
        for e in ev.events
        if e["type"] == "ReturnPhotoTaken" and e["payload"].get("return_id") == return_id
    }
    return_photos = [p for p in ev.photos if p.id in mine]
    ev.photos = [p for p in ev.photos if not str(p.record["kind"]).startswith(RETURN_PREFIX)]
    return_events = [e for e in ev.events if e["payload"].get("return_id") == return_id]
    ev.events = [e for e in ev.events if not str(e["type"]).startswith("Return")]
    t = ReturnUnitRow.__table__
    units = session.execute(select(t).where(t.c.return_id == return_id).order_by(t.c.seq)).all()
    core = session.execute(select(ReturnRow.__table__).where(ReturnRow.__table__.c.id == return_id)).one()
    return ReturnEvidence(ev, _as_dict(core), [_as_dict(u) for u in units], return_photos, return_events)


def fit_photo(data: bytes, limit_bytes: int) -> tuple[bytes, bool]:
    """The photo as it is when within `limit_bytes`, else re-encoded as JPEG (lower quality, then smaller)."""
    if len(data) <= limit_bytes:
        return data, False
    limit = max(limit_bytes, MIN_PHOTO_LIMIT)
    with Image.open(io.BytesIO(data)) as img:
        image = img.convert("RGB")
    scale, quality = 1.0, 85
    while True:
        size = (max(16, int(image.width * scale)), max(16, int(image.height * scale)))
        frame = image if scale == 1.0 else image.resize(size, Image.Resampling.LANCZOS)
        out = io.BytesIO()
        frame.save(out, "JPEG", quality=quality, optimize=True)
        if out.tell() <= limit or (size[0] <= 16 and quality <= 40):
            return out.getvalue(), True
        if quality > 60:
            quality -= 10
        else:
            scale *= 0.75


# -- the PDF ----------------------------------------------------------------------------------------
def _weights(ev: ReturnEvidence) -> tuple[Any, Any, str]:
    out_g, arr_g = ev.ret.get("outbound_weight_g"), ev.ret.get("arrival_weight_g")
    if out_g is None or arr_g is None:
        return out_g, arr_g, "-"
    return out_g, arr_g, f"{arr_g - out_g:+.0f} g"


def _side_by_side(pdf: _Report, ev: ReturnEvidence) -> None:
    o = ev.outbound.order or {}
    r = ev.ret
    out_g, arr_g, diff = _weights(ev)
    out_ok = "verified" if ev.chain_ok(ev.outbound.photos) else "FAILED"
    ret_ok = "verified" if ev.chain_ok(ev.return_photos) else "FAILED"
    shipped = next((e for e in reversed(ev.outbound.events) if e["type"] == "OrderShipped"), None)
    units = ev.units
    counts: dict[str, int] = {}
    for u in units:
        counts[u["outcome"]] = counts.get(u["outcome"], 0) + 1
    rows = [
        ["When", _time(shipped["occurred_at"]) if shipped else "-", _time(r.get("opened_at"))],
        ["Station", _text(o.get("station")), _text(r.get("station"))],
        ["Person", _text(o.get("packer")), _text(r.get("opened_by"))],
        [
            "Weight",
            f"{out_g:g} g" if out_g is not None else "-",
            f"{arr_g:g} g ({diff})" if arr_g is not None else "-",
        ],
        ["Units", str(sum(int(x["quantity"]) for x in ev.outbound.lines)), _text(counts)],
        ["Photos", str(len(ev.outbound.photos)), str(len(ev.return_photos))],
        ["Photo chain", out_ok, ret_ok],
    ]
    _table(pdf, ("", "Outbound", "Return"), (30, 75, 75), rows)


def _photo_cell(pdf: _Report, x: float, y: float, photo: PhotoEvidence | None, data: bytes | None) -> float:
    """One photo in a column with its caption; returns the height used."""
    if photo is None:
        return 0.0
    rec = photo.record
    pdf.set_xy(x, y)
    pdf.set_font("NotoSans", "B", SMALL)
    state = "verified" if photo.verification == "ok" else photo.verification.upper()
    pdf.cell(COLUMN_W, 4, _text(f"{rec['kind']} - {_time(rec['taken_at'])} - {state}", 80))
    size = _fit(data, COLUMN_W, PHOTO_H)
    used = 5.0
    if isinstance(size, tuple) and data is not None:
        try:
            pdf.image(io.BytesIO(data), x=x, y=y + used, w=size[0], h=size[1])
            used += size[1] + 1
        except Exception:  # noqa: BLE001 - a damaged file is reported in the pack, not fatal
            size = "image cannot be shown"
    pdf.set_font("NotoSans", "", SMALL)
    lines = [f"SHA-256 {rec['sha256']}", f"chain {rec['station']} #{rec['seq']}"]
    if isinstance(size, str):
        lines.insert(0, size)
    for line in lines:
        pdf.set_xy(x, y + used)
        pdf.cell(COLUMN_W, 3.6, _text(line, 90))
        used += 3.6
    return used


def _photos_section(pdf: _Report, ev: ReturnEvidence, files: dict[str, bytes]) -> None:
    _heading(pdf, "Photos: outbound (left) and return (right)")
    left, right = ev.outbound.photos, ev.return_photos
    if not left and not right:
        pdf.cell(0, 6, "No photos.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for i in range(max(len(left), len(right))):
        if pdf.will_page_break(PHOTO_H + 18):
            pdf.add_page()
        y = pdf.get_y()
        a = left[i] if i < len(left) else None
        b = right[i] if i < len(right) else None
        h1 = _photo_cell(pdf, pdf.l_margin, y, a, files.get(a.id) if a else None)
        h2 = _photo_cell(pdf, pdf.l_margin + COLUMN_W + 4, y, b, files.get(b.id) if b else None)
        pdf.set_xy(pdf.l_margin, y + max(h1, h2) + 3)
    pdf.set_font("NotoSans", "", BODY)


def render_return_report(ev: ReturnEvidence, files: dict[str, bytes], generated_at: datetime) -> bytes:
    """The PDF of a return dispute pack, as bytes (`files`: each photo's bytes as packed)."""
    r, o = ev.ret, ev.outbound
    pdf = _ReturnReport(format="A4", unit="mm")
    shown = _text(o.order_id, TITLE_CHARS)
    pdf.order_id = shown
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_creation_date(generated_at)
    pdf.set_title(f"Return dispute pack {shown}")
    _setup_fonts(pdf, list(_strings([o.order_id, o.order, o.lines, o.events, ev.units, ev.ret])))
    pdf.add_page()
    pdf.set_font("NotoSans", "B", 16)
    pdf.multi_cell(0, 8, f"Return dispute pack: order {shown}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("NotoSans", "", BODY)
    both = ev.chain_ok(o.photos) and ev.chain_ok(ev.return_photos)
    pdf.multi_cell(
        0,
        5,
        f"Generated {generated_at:%Y-%m-%d %H:%M:%S} UTC. "
        f"Return {ev.return_id}: {r.get('outcome') or 'open'}. "
        f"Both photo chains {'verified' if both else 'NOT verified'}.",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    _heading(pdf, "Side by side")
    _side_by_side(pdf, ev)
    _heading(pdf, "Return")
    _pairs(
        pdf,
        [
            ("Return ID", ev.return_id),
            ("Found by", f"{r.get('found_by')}: {r.get('code')}"),
            ("RMA / return tracking", f"{_text(r.get('rma_id'))} / {_text(r.get('return_tracking'))}"),
            ("State / outcome", f"{r.get('state')} / {_text(r.get('outcome'))}"),
            ("Received", f"{_time(r.get('closed_at'))} by {_text(r.get('closed_by'))}"),
            ("Decision due", _time(r.get("decision_due"))),
            ("Note", r.get("note")),
        ],
    )
    _heading(pdf, "Items shipped and units back")
    _table(
        pdf,
        ("Line", "SKU", "Product", "Shipped"),
        (12, 40, 110, 18),
        [[x["line_no"], x["sku"], x["product_name"], x["quantity"]] for x in o.lines],
    )
    pdf.ln(2)
    _table(
        pdf,
        ("Unit", "Outcome", "SKU", "Code", "Grade", "Decision", "By / when"),
        (10, 20, 30, 32, 20, 28, 40),
        [
            [
                u["seq"],
                u["outcome"],
                u["sku"],
                u["code"],
                u["grade"],
                f"{u['decision']} {u['location']}".strip(),
                f"{u['scanned_by']} {_time(u['scanned_at'])}",
            ]
            for u in ev.units
        ],
    )
    _heading(pdf, "Outbound scans")
    _table(
        pdf,
        ("Time", "Scanned", "SKU", "Verdict", "By"),
        (36, 44, 40, 30, 30),
        [[_time(s["at"]), s["raw"], s["sku"], s["verdict"], s["user"]] for s in o.scans],
    )
    _heading(pdf, "Outbound parcels and weights")
    _table(
        pdf,
        ("Parcel", "Box", "Expected g", "Weighed g", "Tracking"),
        (20, 30, 35, 35, 60),
        [
            [p["number"], p["box_code"], p["expected_weight_g"], p["weight_g"], p["tracking_number"]]
            for p in o.parcels
        ],
    )
    _photos_section(pdf, ev, files)
    for title, events in (("Outbound timeline", o.events), ("Return timeline", ev.return_events)):
        _heading(pdf, title)
        _table(
            pdf,
            ("Time", "Event", "By", "Station", "Details"),
            (34, 32, 22, 22, 70),
            [[_time(e["occurred_at"]), e["type"], e["user"], e["station"], e["payload"]] for e in events],
        )
    _heading(pdf, "Verification")
    for title, photos in (("Outbound photo chain", o.photos), ("Return photo chain", ev.return_photos)):
        bad = [p for p in photos if p.verification != "ok"]
        text = f"{title}: {len(photos)} photo(s), " + (
            "every record, file and chain link verified." if not bad else f"{len(bad)} FAILED: "
        )
        text += "; ".join(f"{p.record['kind']} {p.verification} {' '.join(p.details)}" for p in bad)
        pdf.multi_cell(0, 5, _text(text, 3000), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.multi_cell(0, 5, _text(o.verification.summary(), 3000), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    return bytes(pdf.output())


# -- the pack ---------------------------------------------------------------------------------------
def _photo_doc(photo: PhotoEvidence, name: str | None, data: bytes | None, reencoded: bool) -> dict[str, Any]:
    rec = photo.record
    return {
        "id": photo.id,
        "kind": rec["kind"],
        "taken_at": rec["taken_at"],
        "station": rec["station"],
        "seq": rec["seq"],
        "sha256": rec["sha256"],
        "record_hash": rec["record_hash"],
        "prev_hash": rec["prev_hash"],
        "verification": photo.verification,
        "details": photo.details,
        "file": name,
        "file_sha256": hashlib.sha256(data).hexdigest() if data is not None else None,
        "file_size": len(data) if data is not None else None,
        "reencoded": reencoded,
    }


def export_return_pack(
    session: Session,
    return_id: str,
    out_dir: Path,
    blob_root: Path,
    *,
    photo_limit_bytes: int = DEFAULT_PHOTO_LIMIT,
    generated_at: datetime | None = None,
    label_renderer: LabelRenderer | None = None,
) -> tuple[Path, Path]:
    """Write `return-<order>-<id8>.pdf` and `.zip` into `out_dir`; returns both paths."""
    at = (generated_at or datetime.now(UTC)).astimezone(UTC)
    ev = load_return_evidence(session, return_id, blob_root, label_renderer)
    files: dict[str, bytes] = {}
    members: list[tuple[str, bytes]] = []
    docs: dict[str, list[dict[str, Any]]] = {"outbound": [], "return": []}
    for side, photos in (("outbound", ev.outbound.photos), ("return", ev.return_photos)):
        for n, photo in enumerate(photos, 1):
            data, reencoded = (
                (None, False) if photo.data is None else fit_photo(photo.data, photo_limit_bytes)
            )
            name = None
            if data is not None:
                kind = safe_name(str(photo.record["kind"]), "photo")
                name = f"{side}/photos/{n:02d}-{kind}-{photo.record['sha256'][:12]}{_image_ext(data)}"
                members.append((name, data))
                files[photo.id] = data
            docs[side].append(_photo_doc(photo, name, data, reencoded))
    pdf = render_return_report(ev, files, at)
    members.insert(0, ("report.pdf", pdf))
    o = ev.outbound
    manifest = {
        "format": FORMAT,
        "generated_at": at.isoformat().replace("+00:00", "Z"),
        "photo_limit_bytes": photo_limit_bytes,
        "order_id": o.order_id,
        "return": {**ev.ret, "units": ev.units, "events": ev.return_events, "photos": docs["return"]},
        "outbound": {
            "order": o.order,
            "lines": o.lines,
            "scans": o.scans,
            "parcels": o.parcels,
            "events": o.events,
            "handover": o.handover,
            "photos": docs["outbound"],
        },
        "verification": {
            "outbound_chain_ok": ev.chain_ok(o.photos),
            "return_chain_ok": ev.chain_ok(ev.return_photos),
            "summary": o.verification.summary(),
        },
    }
    members.append(("manifest.json", _json(manifest)))
    members.append(("SHA256SUMS", _sha256sums(members)))
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    name = f"return-{safe_name(o.order_id)}-{ev.return_id[:8]}"
    pdf_path, zip_path = out_dir / f"{name}.pdf", out_dir / f"{name}.zip"
    _write_file(pdf_path, pdf)
    _write_zip(zip_path, name, members, at)
    return pdf_path, zip_path
