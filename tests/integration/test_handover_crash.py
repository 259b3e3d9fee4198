"""SIGKILL in the middle of a handover: on restart it resumes with its scans; nothing ships twice or is lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from sqlalchemy import func, select

from packstation.domain.orders import OrderStatus
from packstation.services.demo import demo_orders
from packstation.services.handover import Acknowledgement, HandoverPhoto
from packstation.store.base import utcnow
from packstation.store.tables import EventRow, HandoverParcelRow

sys.path.insert(0, str(Path(__file__).parent))
from handover_kit import PACKER, PackedStation, frame  # noqa: E402

JT = "J&T Express"

CHILD = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, sys.argv[1])
    from pathlib import Path
    from handover_kit import PACKER, PackedStation, frame
    from packstation.services.handover import closing as module
    from packstation.services.handover import Acknowledgement, HandoverPhoto

    kit = PackedStation(Path(sys.argv[2]), "st1")
    mode, codes = sys.argv[3], sys.argv[4:]
    view = kit.handover.open(PACKER, "J&T Express", "Somchai")
    for code in codes:
        assert kit.handover.scan(PACKER, view.id, code).accepted
    if mode == "scan":
        print("scanned", view.id, flush=True)
        time.sleep(600)
    real = module.render_manifest

    def slow_render(manifest, *args):
        pdf = real(manifest, *args)
        print("rendered", view.id, flush=True)  # photos and PDF stored, the closing transaction not yet run
        time.sleep(600)
        return pdf

    module.render_manifest = slow_render
    kit.handover.close(PACKER, view.id, confirm_left_behind=True, photos=[HandoverPhoto("parcels", frame())],
                       acknowledgement=Acknowledgement("Somchai"))
    """
)


def _run_until(tmp_path: Path, args: list[str], word: str) -> str:
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen(
        [sys.executable, str(script), str(Path(__file__).parent), str(tmp_path), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith(word), proc.stderr.read() if proc.stderr else line
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    return line.split()[1]


def test_a_killed_handover_resumes_with_its_scans_and_ships_each_order_once(tmp_path: Path):
    kit = PackedStation(tmp_path, "st1")
    orders = [o for o in demo_orders(25, utcnow()) if o.carrier == JT][:4]
    kit.add_orders(orders)
    for o in orders:
        kit.pack(o.order_id)
    labels = [kit.tracking(o.order_id)[0] for o in orders]
    kit.close()

    first = _run_until(tmp_path, ["scan", *labels[:3]], "scanned")
    kit = PackedStation(tmp_path, "st1")
    resumed = kit.handover.resume()
    assert [h.id for h in resumed] == [first]
    assert sorted(p.tracking_number for p in resumed[0].parcels) == sorted(labels[:3])
    assert kit.handover.open(PACKER, JT, "Somchai").id == first  # opening again is the same handover
    assert {kit.packing.order(o.order_id).status for o in orders} == {OrderStatus.STAGED}
    kit.close()

    # killed again, this time while closing: after the PDF was written, before the orders shipped
    second = _run_until(tmp_path, ["close", labels[3]], "rendered")
    assert second == first
    kit = PackedStation(tmp_path, "st1")
    assert {kit.packing.order(o.order_id).status for o in orders} == {OrderStatus.STAGED}
    view = kit.handover.resume()[0]
    assert len(view.parcels) == 4
    t0 = time.perf_counter()
    done = kit.handover.close(
        PACKER,
        view.id,
        photos=[HandoverPhoto("parcels", frame())],
        acknowledgement=Acknowledgement("Somchai"),
    )
    assert done.state == "closed" and time.perf_counter() - t0 < 30
    again = kit.handover.close(PACKER, view.id)  # a retry after closing changes nothing
    assert again.manifest_sha256 == done.manifest_sha256
    with kit.uow() as uow:
        shipped = list(uow.session.scalars(select(EventRow.order_id).where(EventRow.type == "OrderShipped")))
        in_manifest = uow.session.scalar(select(func.count()).select_from(HandoverParcelRow))
    assert sorted(shipped) == sorted(o.order_id for o in orders)  # each once
    assert in_manifest == 4
    assert {kit.packing.order(o.order_id).status for o in orders} == {OrderStatus.SHIPPED}
    kit.close()
