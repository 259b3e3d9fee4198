"""The print spool on a real station database: a crash mid-send is never printed again unasked, and a
job that cannot print holds back only its own order."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from packstation.bootstrap import open_station
from packstation.devices.printers import Printer
from packstation.devices.printers.loopback import LoopbackPrinter
from packstation.domain.orders import OrderStatus
from packstation.domain.packing import expected_weight
from packstation.domain.users import Actor, Role
from packstation.services.demo import DEMO_PRODUCTS, load_demo
from packstation.services.labelling import LabelService
from packstation.services.print_jobs import LabelNotPrinted, step_message

PACKER = Actor("ana", Role.PACKER, "Ana")
BARCODE = {p.sku: p.barcodes[0] for p in DEMO_PRODUCTS}
ROOT = Path(__file__).resolve().parents[2]


def pack(st) -> str:
    order = st.packing.take_next(PACKER)
    for line in order.lines:
        for _ in range(line.quantity):
            st.packing.scan(PACKER, order.order_id, BARCODE[line.sku])
    box = st.packing.suggest_box(order.order_id)
    st.packing.weigh(
        PACKER, order.order_id, expected_weight(st.packing.pack_items(order.order_id), box), box.code
    )
    st.packing.finish_packing(PACKER, order.order_id)
    return order.order_id


def labels_for(st, url: str) -> LabelService:
    return LabelService(st.uow, st.name, Printer(url), st.config.label, packing=st.packing)


def job_state(home: Path, order_id: str) -> str:
    st = open_station(home)
    try:
        jobs = labels_for(st, "sim://spool-probe").jobs(order_id)
        return jobs[0].state if jobs else "none"
    finally:
        st.close()


CHILD = textwrap.dedent(
    """
    import sys
    from packstation.bootstrap import open_station
    from packstation.devices.printers import Printer
    from packstation.domain.users import Actor, Role
    from packstation.services.labelling import LabelService

    home, url, order_id = sys.argv[1:4]
    st = open_station(home)
    service = LabelService(st.uow, st.name, Printer(url), st.config.label, packing=st.packing)
    service.print_labels(Actor("ana", Role.PACKER, "Ana"), order_id)
    print("recorded", flush=True)
    """
)


def test_a_station_killed_between_send_and_record_asks_a_person_and_never_resends(tmp_path):
    home = tmp_path / "home"
    st = open_station(home)
    load_demo(st.uow, orders=2, station=st.name)
    order_id = pack(st)
    st.close()
    with LoopbackPrinter() as zebra:
        # The printer answers before the job, then goes silent: the station sits waiting for the
        # after-job status (10 s) with the bytes out and nothing recorded. It is killed there.
        zebra.mute_after_job = True
        url = f"tcp://127.0.0.1:{zebra.port}?timeout=10"
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(home), url, order_id],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        try:
            assert zebra.wait_for_jobs(1, timeout=30), (
                child.stderr.read().decode() if child.poll() is not None else ""
            )
            assert job_state(home, order_id) == "sending"  # committed before the bytes went out
            os.kill(child.pid, signal.SIGKILL)
            child.wait(10)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait(10)
            child.stdout.close()
            child.stderr.close()
        assert child.returncode == -signal.SIGKILL
        assert len(zebra.jobs) == 1

    with LoopbackPrinter() as healthy:  # a working printer after the restart
        st = open_station(home)
        try:
            service = labels_for(st, healthy.url)
            assert service.pump() == 0
            job = service.jobs(order_id)[0]
            assert job.state == "unknown"
            assert job.reason.startswith("unknown:") and "confirm printed or reprint" in job.reason
            with pytest.raises(LabelNotPrinted, match="confirm printed or reprint"):
                step_message(service.jobs(order_id))
            service.print_labels(PACKER, order_id)  # pressing Print again does not resend it either
            assert service.pump() == 0
            assert not healthy.wait_for_jobs(1, timeout=0.3)
            assert st.packing.order(order_id).status is OrderStatus.PACKED
            confirmed = service.confirm_printed(PACKER, job.id)
            assert confirmed.state == "sent"
            assert st.packing.order(order_id).status is OrderStatus.LABELLED
        finally:
            st.close()


def test_an_error_after_marking_sending_leaves_the_result_unknown(tmp_path):
    st = open_station(tmp_path / "home")
    load_demo(st.uow, orders=2, station=st.name)
    try:
        with LoopbackPrinter() as zebra:
            service = labels_for(st, zebra.url)
            order_id = pack(st)

            def broken_send(data: bytes, name: str) -> None:
                raise RuntimeError("driver bug mid-send")

            service.printer.transport.send = broken_send  # type: ignore[method-assign]
            with pytest.raises(RuntimeError):
                service.print_labels(PACKER, order_id)
            job = service.jobs(order_id)[0]
            assert job.state == "unknown" and "driver bug mid-send" in job.reason
            assert service.pump() == 0 and zebra.jobs == []
    finally:
        st.close()


@pytest.fixture
def lp_queue(tmp_path, monkeypatch):
    """A fake CUPS queue: `lpstat` reports it stopped while `stopped` exists; `lp` refuses every job
    whose title starts with the text in `refuse`, and keeps the others as files in `printed/`."""
    bin_dir, printed = tmp_path / "bin", tmp_path / "printed"
    bin_dir.mkdir()
    printed.mkdir()
    stopped, refuse = tmp_path / "stopped", tmp_path / "refuse"
    refuse.write_text("nothing-refused")
    (bin_dir / "lp").write_text(
        "#!/bin/sh\n"
        't=""\n'
        'while [ $# -gt 0 ]; do [ "$1" = "-t" ] && t="$2"; shift; done\n'
        f'case "$t" in "$(cat {refuse})"*) cat >/dev/null; '
        'echo "lp: Unsupported document-format" >&2; exit 1;; esac\n'
        f'cat > "{printed}/$t"\n'
        'echo "request id is Zebra-1 (1 file(s))"\n'
    )
    (bin_dir / "lpstat").write_text(
        f'#!/bin/sh\nif [ -e {stopped} ]; then echo "printer $2 disabled since Mon"; '
        'else echo "printer $2 is idle.  enabled since Mon"; fi\n'
    )
    for tool in ("lp", "lpstat"):
        (bin_dir / tool).chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    return {"stopped": stopped, "refuse": refuse, "printed": printed}


def test_a_stuck_job_for_order_a_does_not_block_order_b(tmp_path, lp_queue):
    st = open_station(tmp_path / "home")
    load_demo(st.uow, orders=4, station=st.name)
    try:
        service = labels_for(st, "cups://Zebra_GK420d")
        lp_queue["stopped"].touch()  # the queue is stopped while both orders are labelled
        order_a, order_b = pack(st), pack(st)
        assert [j.state for j in service.print_labels(PACKER, order_a)] == ["queued"]
        assert [j.state for j in service.print_labels(PACKER, order_b)] == ["queued"]
        assert service.pump() == 2
        lp_queue["refuse"].write_text(f"{order_a}-")  # back, but CUPS refuses order A's job
        lp_queue["stopped"].unlink()
        started = time.monotonic()
        assert service.pump() == 1  # A waits, B printed
        took = time.monotonic() - started
        a_job, b_job = service.jobs(order_a)[0], service.jobs(order_b)[0]
        assert a_job.state == "queued" and "Unsupported document-format" in a_job.reason
        assert b_job.state == "sent"
        assert [p.name.split("-label-")[0] for p in lp_queue["printed"].iterdir()] == [f"{order_b}-1"]
        assert st.packing.order(order_b).status is OrderStatus.LABELLED
        assert st.packing.order(order_a).status is OrderStatus.PACKED
        assert service.pump() == 1  # A keeps waiting; B is not printed twice
        assert len(list(lp_queue["printed"].iterdir())) == 1
        lp_queue["refuse"].write_text("nothing-refused")
        assert service.pump() == 0 and service.jobs(order_a)[0].state == "sent"
        assert len(list(lp_queue["printed"].iterdir())) == 2
    finally:
        st.close()
    assert took < 10
