"""Canonical record serialization and blob keys: the parts of the evidence chain that need no disk."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from packstation.evidence.blobs import BlobStore, EvidenceWriteError, blob_key
from packstation.evidence.chain import GENESIS, HASHED_FIELDS, canonical_bytes, compute_record_hash


def fields(**changes) -> dict:
    base = {name: "" for name in HASHED_FIELDS}
    base.update(
        id="p1",
        order_id="ORD1",
        parcel_number=1,
        size=10,
        width=4,
        height=3,
        label_visible=True,
        accepted_without_label=False,
        taken_at=datetime(2025, 1, 2, 3, 4, 5, 600, tzinfo=UTC),
        seq=1,
        prev_hash=GENESIS,
    )
    base.update(changes)
    return base


def test_canonical_bytes_are_sorted_compact_utf8_json_with_utc_microseconds():
    raw = canonical_bytes(fields(packer="สมชาย"))
    doc = json.loads(raw)
    assert list(doc) == sorted(doc) and set(doc) == set(HASHED_FIELDS)
    assert doc["taken_at"] == "2025-01-02T03:04:05.000600Z"
    assert b" " not in raw and "สมชาย".encode() in raw
    assert compute_record_hash(fields()) == hashlib.sha256(canonical_bytes(fields())).hexdigest()


def test_the_same_instant_in_another_zone_hashes_the_same():
    bangkok = timezone(timedelta(hours=7))
    at = datetime(2025, 1, 2, 10, 4, 5, 600, tzinfo=bangkok)
    assert compute_record_hash(fields(taken_at=at)) == compute_record_hash(fields())


@pytest.mark.parametrize(
    "change", [{"seq": 2}, {"prev_hash": "1" * 64}, {"label_visible": False}, {"kind": "sealed"}]
)
def test_any_field_change_changes_the_hash(change):
    assert compute_record_hash(fields(**change)) != compute_record_hash(fields())


def test_incomplete_or_naive_records_are_refused():
    partial = fields()
    del partial["sha256"]
    with pytest.raises(ValueError, match="missing sha256"):
        canonical_bytes(partial)
    with pytest.raises(ValueError, match="naive"):
        canonical_bytes(fields(taken_at=datetime(2025, 1, 1)))
    with pytest.raises(TypeError, match="float"):
        canonical_bytes(fields(size=1.5))


def test_blob_keys_stay_under_the_blob_root(tmp_path):
    sha = hashlib.sha256(b"x").hexdigest()
    assert blob_key(sha) == f"sha256/{sha[:2]}/{sha[2:]}"
    store = BlobStore(tmp_path)
    assert store.path(blob_key(sha)) == tmp_path / "sha256" / sha[:2] / sha[2:]
    for bad in ("../etc/passwd", "/etc/passwd", "sha256/../../x", "other/ab/cd", ""):
        with pytest.raises(ValueError, match="not a blob key"):
            store.path(bad)


def test_write_error_message_has_no_errno_prefix():
    err = EvidenceWriteError(28, "Disk full: photo not saved (/x).")
    assert str(err) == "Disk full: photo not saved (/x)." and err.errno == 28
