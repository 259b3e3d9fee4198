"""Photo and label blobs to the central store: hash-checked on arrival, receipts before any delete."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select

from packstation.evidence.blobs import BlobStore
from packstation.store.central.tables import CentralBlobRow
from packstation.sync.blobs import BlobCorrupt, BlobUploader, DatabaseBlobs, FolderBlobs, folder_blob_source
from packstation.sync.central import CentralStore


@pytest.fixture(params=["folder", "db"])
def central_blobs(request, tmp_path):
    return FolderBlobs(tmp_path / "shared") if request.param == "folder" else DatabaseBlobs()


def test_blobs_arrive_intact_once_and_corrupt_ones_are_never_confirmed(
    central_url, central_blobs, make_station
):
    st = make_station("cam-1")
    local = BlobStore(st.home / "blobs")
    refs = [local.put(f"photo {n}".encode() * 1000) for n in range(3)]
    central = CentralStore.open(central_url, migrate=True)
    uploader = BlobUploader(st.engine, central, central_blobs, folder_blob_source(local.root), st.name)
    assert uploader.deletable() == set()  # nothing confirmed yet, so nothing may be deleted

    report = uploader.upload()
    assert sorted(report.uploaded) == sorted(r.sha256 for r in refs)
    assert uploader.deletable() == {r.sha256 for r in refs}
    with central.begin() as conn:
        for ref in refs:
            assert central_blobs.intact(conn, ref.sha256)
            assert (
                conn.scalar(select(CentralBlobRow.size).where(CentralBlobRow.sha256 == ref.sha256))
                == ref.size
            )
    assert uploader.upload().uploaded == []  # receipts: not sent again

    bad = local.put(b"sealed parcel, label visible")
    local.path(bad.key).write_bytes(b"tampered")  # damaged on the station's disk
    again = uploader.upload()
    assert again.corrupt == [bad.sha256] and again.uploaded == []
    assert bad.sha256 not in uploader.deletable()
    central.dispose()


def test_a_blob_that_arrives_different_is_refused(central_url, central_blobs):
    central = CentralStore.open(central_url, migrate=True)
    sha = hashlib.sha256(b"label 1").hexdigest()
    with pytest.raises(BlobCorrupt, match="arrived as"), central.begin() as conn:
        central_blobs.put(conn, sha, b"label 1 but truncated")
    with central.begin() as conn:
        assert not central_blobs.intact(conn, sha)
        assert conn.scalar(select(CentralBlobRow.sha256).where(CentralBlobRow.sha256 == sha)) is None
    central.dispose()
