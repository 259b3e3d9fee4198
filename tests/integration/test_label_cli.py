"""`packstation label ORDER_ID --format zpl,png,pdf --out DIR` on a real station home with demo orders."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from packstation.bootstrap import open_station
from packstation.cli import main
from packstation.cli.label import safe_name
from packstation.domain.orders import Address, Order, OrderLine, OrderStatus, Parcel
from packstation.labels.model import STOCKS
from packstation.services.demo import load_demo


@pytest.fixture
def home(tmp_path: Path) -> Path:
    root = tmp_path / "home"
    station = open_station(root)
    try:
        load_demo(station.uow, orders=4)
        with station.uow() as uow:
            order = uow.orders.get("577000000000000000")
            uow.orders.row(order.order_id).tracking_number = "630012345678"  # as a marketplace import sets it
            uow.parcels.save(
                Parcel(order.order_id, 1, weight_g=640, length_mm=250, width_mm=180, height_mm=60)
            )
            uow.parcels.save(
                Parcel(
                    order.order_id, 2, weight_g=300, tracking_number="630012345679", sscc="006141411234567890"
                )
            )
            odd = Order(
                order_id="../TT/ord 7:*?",
                channel="generic",
                status=OrderStatus.READY,
                recipient=Address("李小龍", "+852 5555 0000", "1 Nathan Road", city="Kowloon", country="HK"),
                lines=[OrderLine("TEA-01", 2)],
                carrier="SF Express",
                service="Standard",
                tracking_number="SF1234567890123",
            )
            uow.orders.add(odd)
            uow.commit()
    finally:
        station.close()
    return root


def read_png(path: Path) -> set[str]:
    return {r.text for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(path.read_bytes())))}


def test_writes_every_format_for_every_parcel(home: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "labels"
    code = main(
        ["label", "577000000000000000", "--format", "zpl,png,pdf", "--out", str(out), "--home", str(home)]
    )
    assert code == 0, capsys.readouterr().err
    names = sorted(p.name for p in out.iterdir())
    assert names == [f"label-577000000000000000-{n}.{f}" for n in (1, 2) for f in ("pdf", "png", "zpl")]
    first = out / "label-577000000000000000-1.zpl"
    assert first.read_bytes().startswith(b"^XA") and b"^CI28" in first.read_bytes()
    assert read_png(out / "label-577000000000000000-1.png") == {"630012345678"}
    assert read_png(out / "label-577000000000000000-2.png") == {"630012345679", "(00)006141411234567890"}
    assert (out / "label-577000000000000000-2.pdf").read_bytes().startswith(b"%PDF-")
    printed = capsys.readouterr().out.split()
    assert len(printed) == 6 and all(Path(p).exists() for p in printed)


def test_one_parcel_at_another_stock_and_dpi(home: Path, tmp_path: Path) -> None:
    out = tmp_path / "one"
    args = ["label", "577000000000000000", "--format", "png", "--out", str(out), "--parcel", "2"]
    assert main([*args, "--stock", "a6", "--dpi", "300", "--home", str(home)]) == 0
    (png,) = out.iterdir()
    assert png.name == "label-577000000000000000-2.png"
    assert Image.open(png).size == STOCKS["a6"].dots(300)


def test_odd_order_ids_give_safe_distinct_file_names(home: Path, tmp_path: Path) -> None:
    out = tmp_path / "odd"
    assert (
        main(["label", "../TT/ord 7:*?", "--format", "zpl,png", "--out", str(out), "--home", str(home)]) == 0
    )
    files = sorted(out.iterdir())
    assert len(files) == 2 and all(f.parent == out for f in files)
    assert all(
        set(f.name) <= set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.") for f in files
    )
    assert read_png(next(f for f in files if f.suffix == ".png")) == {"SF1234567890123"}
    assert safe_name("a/b") != safe_name("a_b") and safe_name("a_b") == "a_b"
    assert safe_name("...") != "" and "/" not in safe_name("/etc/passwd")


def test_refusals_write_nothing_and_say_why(home: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "none"
    base = ["--out", str(out), "--home", str(home)]
    assert main(["label", "NO-SUCH-ORDER", *base]) == 1
    assert "no order 'NO-SUCH-ORDER'" in capsys.readouterr().err
    # Demo order 1 has neither a tracking number nor parcels yet.
    assert main(["label", "577000000000000001", *base]) == 1
    assert "no tracking number" in capsys.readouterr().err
    assert main(["label", "577000000000000000", "--parcel", "9", *base]) == 1
    assert "no parcel 9" in capsys.readouterr().err
    assert main(["label", "577000000000000000", "--format", "svg", *base]) == 2
    assert not out.exists()
    assert main(["label", "577000000000000001", "--tracking", "630099999999", "--format", "zpl", *base]) == 0
    assert [p.name for p in out.iterdir()] == ["label-577000000000000001-1.zpl"]


def test_tiktok_policy_is_enforced_on_the_configured_sender(home: Path, tmp_path: Path, capsys) -> None:
    config = home / "config.toml"
    text = config.read_text()
    config.write_text(text.replace('sender_phone = ""', 'sender_phone = "wa.me/60123456789"'))
    assert "wa.me" in config.read_text()
    out = tmp_path / "refused"
    assert main(["label", "577000000000000000", "--out", str(out), "--home", str(home)]) == 1
    assert "sender.phone" in capsys.readouterr().err
    assert not out.exists()
