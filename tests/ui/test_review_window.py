"""The review window with real widgets, offscreen: search, open, zoom, full screen, flag, export, metrics."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import io
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from packstation.domain import events as ev
from packstation.domain.orders import Address, Order, OrderLine, OrderStatus, Parcel
from packstation.domain.users import Actor, PermissionDenied, Role
from packstation.evidence.blobs import BlobStore
from packstation.evidence.chain import PhotoDraft, append_photo
from packstation.services.disputes import DisputeService
from packstation.services.metrics import MetricsService
from packstation.services.review import ReviewService
from packstation.store.db import open_engine, sqlite_url
from packstation.store.uow import UnitOfWorkFactory
from packstation.ui.review import ReviewServices, ReviewWindow
from packstation.ui.tasks import InlineTaskRunner, TaskRunner

SUP = Actor("sue", Role.SUPERVISOR, "Sue")
T0 = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
ORDERS = 450  # more than two pages of results


def jpeg(colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (640, 360), colour).save(out, "JPEG")
    return out.getvalue()


@pytest.fixture
def store(tmp_path: Path) -> tuple[UnitOfWorkFactory, Path]:
    uow = UnitOfWorkFactory(open_engine(sqlite_url(tmp_path / "station.db")))
    blobs = BlobStore(tmp_path / "blobs")
    with uow() as u:
        for n in range(ORDERS):
            u.orders.add(
                Order(
                    order_id=f"R{n:04d}",
                    channel="tiktok",
                    status=OrderStatus.SHIPPED if n % 2 else OrderStatus.PACKED,
                    recipient=Address(
                        f"Buyer {n}", "0800", "1 Road", city="Bangkok", postcode="10110", country="TH"
                    ),
                    lines=[OrderLine("SKU-1", 1)],
                    carrier="Flash",
                    tracking_number=f"TRK{n:06d}",
                    station="st1",
                    packer="pat",
                )
            )
        u.parcels.save(Parcel("R0007", 1, "B1", 200, 150, 100, weight_g=512.0, expected_weight_g=500.0))
        ctx = {"order_id": "R0007", "station": "st1", "user": "pat"}
        u.record(
            ev.OrderConfirmed(**ctx, occurred_at=T0),
            ev.UnitScanned(
                **ctx,
                occurred_at=T0 + timedelta(seconds=30),
                barcode="1",
                sku="SKU-1",
                line_no=1,
                picked=1,
                quantity=1,
            ),
            ev.OrderPicked(**ctx, occurred_at=T0 + timedelta(seconds=40)),
            ev.OrderPacked(**ctx, occurred_at=T0 + timedelta(seconds=90), parcels=1),
            ev.OrderLabelled(**ctx, occurred_at=T0 + timedelta(seconds=120)),
            ev.OrderPhotographed(**ctx, occurred_at=T0 + timedelta(seconds=150), photos=2),
        )
        u.scans.add("R0007", "1", "ok", sku="SKU-1", line_no=1, station="st1", user="pat", at=T0)
        u.scans.add("R0007", "999", "wrong_item", station="st1", user="pat", at=T0 + timedelta(seconds=5))
        for i, colour in enumerate([(200, 30, 30), (30, 30, 200)]):
            ref = blobs.put(jpeg(colour))
            append_photo(
                u.session,
                PhotoDraft(
                    order_id="R0007",
                    kind=["contents", "sealed"][i],
                    sha256=ref.sha256,
                    size=ref.size,
                    blob_key=ref.key,
                    width=640,
                    height=360,
                    taken_at=T0 + timedelta(seconds=140 + i),
                    station="st1",
                    packer="pat",
                    label_visible=i == 1,
                ),
            )
        u.commit()
    return uow, tmp_path / "blobs"


def zip_exporter(uow: UnitOfWorkFactory, blobs: Path):
    """A small exporter with the window's contract: one ZIP of each order's photo files, with progress."""

    def export(order_ids, out_dir: Path, progress):
        out_dir.mkdir(parents=True, exist_ok=True)
        written = []
        for i, order_id in enumerate(order_ids, 1):
            review = ReviewService(uow, blobs)
            page = review.order_page(SUP, order_id, verify_photos=False)
            path = out_dir / f"{order_id}.zip"
            with zipfile.ZipFile(path, "w") as zf:
                for photo in page.photos:
                    zf.write(photo.blob_path, f"{photo.kind}.jpg")
            written.append(path)
            progress(i, len(order_ids), order_id)
        return written

    return export


def make_window(qtbot, store, runner=None, exporter=True) -> ReviewWindow:
    uow, blobs = store
    services = ReviewServices(
        review=ReviewService(uow, blobs, label_renderer=lambda order, parcel: _label_png(parcel)),
        disputes=DisputeService(uow, "review-desk"),
        metrics=MetricsService(uow),
        exporter=zip_exporter(uow, blobs) if exporter else None,
    )
    window = ReviewWindow(services, SUP, runner or InlineTaskRunner())
    qtbot.addWidget(window)
    window.show()
    return window


def _label_png(parcel: Parcel) -> bytes:
    out = io.BytesIO()
    Image.new("L", (400, 600), 255).save(out, "PNG")
    return out.getvalue()


def test_a_packer_cannot_open_the_review_window(qtbot, store):
    uow, blobs = store
    services = ReviewServices(ReviewService(uow, blobs), DisputeService(uow, "x"), MetricsService(uow))
    with pytest.raises(PermissionDenied, match="supervisor"):
        ReviewWindow(services, Actor("pat", Role.PACKER), InlineTaskRunner())


def test_search_loads_pages_lazily_and_filters(qtbot, store):
    window = make_window(qtbot, store)
    model = window.search.model
    assert model.rowCount() == 200  # the first page only
    assert model.canFetchMore()
    window.search.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > 200)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == ORDERS and len({r.order_id for r in model.rows}) == ORDERS

    window.search.tracking.setText("TRK000123")
    QTest.keyClick(window.search.tracking, Qt.Key.Key_Return)
    assert [r.order_id for r in model.rows] == ["R0123"]
    window.search.tracking.clear()
    window.search.order_id.setText("R01*")
    window.search.status.setCurrentText("Packed")
    window.search.search_button.click()
    assert sorted(r.order_id for r in model.rows) == [f"R{n:04d}" for n in range(100, 200) if n % 2 == 0]
    assert window.search.status_label.text().startswith("50 order")  # "order(s)", or "orders" in English


def test_open_an_order_shows_timeline_scans_weights_label_and_verified_photos(qtbot, store):
    window = make_window(qtbot, store)
    window.search.order_id.setText("R0007")
    window.search.run_search()
    index = window.search.model.index(0, 0)
    rect = window.search.table.visualRect(index)
    viewport = window.search.table.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.order
    assert window.orders_stack.currentWidget() is page
    assert page.page is not None and page.page.order.order_id == "R0007"
    types = [page.timeline.item(r, 1).text() for r in range(page.timeline.rowCount())]
    assert types == [
        "OrderConfirmed",
        "UnitScanned",
        "OrderPicked",
        "OrderPacked",
        "OrderLabelled",
        "OrderPhotographed",
    ]
    assert page.timeline.item(0, 2).text() == "pat" and page.timeline.item(0, 3).text() == "st1"
    assert [page.scans.item(r, 3).text() for r in range(page.scans.rowCount())] == ["ok", "wrong_item"]
    assert page.weights.item(0, 4).text() == "+12 g"
    assert not page.label_image.pixmap().isNull()
    assert page.photo_list.count() == 2
    assert "✓ verified" in page.photo_list.item(0).text()
    assert page.viewer.has_photo() and page.viewer.pixmap().width() == 640
    assert "Verified" in page.photo_state.text()


def test_a_tampered_photo_is_shown_as_not_verified(qtbot, store):
    uow, blobs = store
    page = ReviewService(uow, blobs).order_page(SUP, "R0007", verify_photos=False)
    page.photos[1].blob_path.write_bytes(jpeg((0, 255, 0)))
    window = make_window(qtbot, store)
    window.open_order("R0007")
    order = window.order
    assert "✓ verified" in order.photo_list.item(0).text()
    assert "✗ changed" in order.photo_list.item(1).text()
    order.photo_list.setCurrentRow(1)
    assert "NOT VERIFIED (changed)" in order.photo_state.text()


def test_zoom_with_wheel_and_keys_pan_and_full_screen(qtbot, store):
    window = make_window(qtbot, store)
    window.open_order("R0007")
    window.order.tabs.setCurrentIndex(4)
    viewer = window.order.viewer
    viewer.resize(400, 300)
    viewer.fit()
    fitted = viewer.zoom
    viewer.setFocus()
    QTest.keyClick(viewer, Qt.Key.Key_Plus)
    assert viewer.zoom == pytest.approx(fitted * 1.25)
    centre = QPointF(viewer.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        viewer.viewport().mapToGlobal(centre),
        QPoint(),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    viewer.wheelEvent(wheel)
    assert viewer.zoom == pytest.approx(fitted * 1.25**3)
    QTest.keyClick(viewer, Qt.Key.Key_Minus)
    assert viewer.zoom == pytest.approx(fitted * 1.25**2)

    bar = viewer.horizontalScrollBar()
    assert bar.maximum() > 0  # zoomed in: there is something to pan to
    before = bar.value()
    vp = viewer.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, pos=vp.rect().center())
    QTest.mouseMove(vp, vp.rect().center() - QPoint(80, 0))
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=vp.rect().center() - QPoint(80, 0))
    assert bar.value() != before

    QTest.keyClick(viewer, Qt.Key.Key_0)
    assert viewer.zoom == pytest.approx(fitted, rel=0.05)
    QTest.keyClick(viewer, Qt.Key.Key_F11)
    full = viewer.full_screen_view
    assert full is not None and full.isFullScreen() and full.has_photo()
    QTest.keyClick(full, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: viewer.full_screen_view is None)
    QTest.mouseDClick(viewer.viewport(), Qt.MouseButton.LeftButton, pos=vp.rect().center())
    assert viewer.full_screen_view is not None
    QTest.mouseDClick(viewer.full_screen_view.viewport(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: viewer.full_screen_view is None)


def test_flag_a_dispute_from_the_search_and_see_it_on_the_timeline(qtbot, store):
    window = make_window(qtbot, store)
    window.search.order_id.setText("R0007")
    window.search.run_search()
    window.search.select_row(0)
    window.search.flag_button.click()
    dialog = window.flag_dialog
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # a note is required
    QTest.keyClicks(dialog.note, "Buyer says the parcel was empty")
    with qtbot.waitSignal(window.flagged) as signal:
        ok.click()
    assert signal.args == ["R0007", "Buyer says the parcel was empty"]
    assert window.search.model.rows[0].flagged == "Buyer says the parcel was empty"

    window.search.flag.setCurrentText("Flagged")
    window.search.order_id.clear()
    window.search.run_search()
    assert [r.order_id for r in window.search.model.rows] == ["R0007"]

    window.open_order("R0007")
    page = window.order
    last = page.timeline.rowCount() - 1
    assert page.timeline.item(last, 1).text() == "DisputeFlagged"
    assert page.timeline.item(last, 2).text() == "sue"
    assert page.flag_banner.isVisibleTo(window) and "parcel was empty" in page.flag_banner.text()
    with qtbot.waitSignal(window.flagged):
        page.clear_button.click()
    assert (
        page.page.order.flagged == ""
        and page.timeline.item(page.timeline.rowCount() - 1, 1).text() == "FlagCleared"
    )


def test_export_selected_orders_off_the_gui_thread_with_progress(qtbot, store, tmp_path):
    runner = TaskRunner()
    window = make_window(qtbot, store, runner=runner)
    qtbot.waitUntil(lambda: window.search.model.rowCount() == 200)
    out = tmp_path / "packs"
    window.choose_export_dir = lambda: out
    window.search.table.selectRow(0)
    model = window.search.model
    window.search.order_id.setText("R000*")
    window.search.run_search()
    qtbot.waitUntil(lambda: model.rowCount() == 10 and not model.loading)
    window.search.table.selectAll()
    steps = []
    with qtbot.waitSignal(window.exported, timeout=10_000) as done:
        window.search.export_button.click()
        window.export_job.progressed.connect(lambda d, t, w: steps.append((d, t)))
    assert sorted(p.name for p in done.args[0]) == [f"R{n:04d}.zip" for n in range(10)]
    qtbot.waitUntil(lambda: (10, 10) in steps)
    assert not window.export_job.dialog.isVisible()
    with zipfile.ZipFile(out / "R0007.zip") as zf:
        assert sorted(zf.namelist()) == ["contents.jpg", "sealed.jpg"]
    runner.wait()


def test_export_whole_search_collects_every_page(qtbot, store, tmp_path):
    window = make_window(qtbot, store)
    window.choose_export_dir = lambda: tmp_path / "all"
    window.search.status.setCurrentText("Shipped")
    window.search.run_search()
    with qtbot.waitSignal(window.exported) as done:
        window.search.export_all_button.click()
    assert len(done.args[0]) == ORDERS // 2


def test_export_is_disabled_without_an_exporter(qtbot, store):
    window = make_window(qtbot, store, exporter=False)
    assert not window.search.export_button.isEnabled() and not window.order.export_button.isEnabled()


def test_metrics_page_shows_the_packers_figures_and_charts(qtbot, store):
    window = make_window(qtbot, store)
    window.tabs.setCurrentWidget(window.metrics)
    window.metrics.period.setCurrentText("Custom")
    window.metrics.dates.set_range(T0 - timedelta(hours=1), T0 + timedelta(hours=1))
    with qtbot.waitSignal(window.metrics.loaded) as got:
        window.metrics.refresh_button.click()
    report = got.args[0]
    assert report.packer("pat").orders == 1
    table = window.metrics.table
    assert table.item(0, 0).text() == "pat" and table.item(0, 1).text() == "1"
    assert table.item(0, 4).text() == "40"  # pick: confirmed at T0, picked 40 s later
    chart = window.metrics.chart_views[0].chart()
    assert chart.title() == "Orders per hour" and chart.series()[0].barSets()[0].count() == 1
    window.metrics.group.setCurrentIndex(1)
    assert window.metrics.table.item(0, 0).text() == "st1"


def test_cancelling_an_export_stops_it_and_says_so(qtbot, store, tmp_path):
    import threading

    started = threading.Event()

    def slow_exporter(order_ids, out_dir, progress):
        for i, _ in enumerate(order_ids, 1):
            started.set()
            progress(i, len(order_ids), "working")
            threading.Event().wait(0.02)
        return "finished"

    runner = TaskRunner()
    window = make_window(qtbot, store, runner=runner)
    window.services.exporter = slow_exporter
    window.choose_export_dir = lambda: tmp_path / "x"
    qtbot.waitUntil(lambda: window.search.model.rowCount() == 200)
    messages = []
    window.message.connect(messages.append)
    window.search.table.selectAll()
    window.search.export_button.click()
    assert started.wait(5)
    cancel = window.export_job.dialog.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    cancel.click()
    qtbot.waitUntil(lambda: any("Export failed: Export cancelled" in m for m in messages), timeout=10_000)
    runner.wait()


def test_a_station_opens_its_review_window_with_label_previews_and_exports_real_packs(qtbot, tmp_path):
    from packstation.bootstrap import open_station
    from packstation.ui.review import open_review_window

    station = open_station(tmp_path / "home")
    try:
        with station.uow() as u:
            u.orders.add(
                Order(
                    "S1",
                    "tiktok",
                    OrderStatus.LABELLED,
                    Address("Buyer", "0800", "1 Road", city="Bangkok", postcode="10110", country="TH"),
                    [OrderLine("SKU-1", 1)],
                    carrier="Flash",
                    tracking_number="TH7788990011A",
                )
            )
            u.parcels.save(Parcel("S1", 1, "B1", 200, 150, 100, weight_g=500.0, expected_weight_g=500.0))
            u.commit()
        window = open_review_window(station, SUP, InlineTaskRunner())
        qtbot.addWidget(window)
        assert window.services.export_dir == station.home.exports
        window.open_order("S1")
        assert window.order.page.label_problem == ""
        assert window.order.label_image.pixmap().width() > 300
        window.choose_export_dir = lambda: tmp_path / "packs"
        with qtbot.waitSignal(window.exported, timeout=20_000) as done:
            window.order.export_button.click()
        result = done.args[0]
        assert sorted(p.name for p in result.paths) == ["S1.pdf", "S1.zip"]
        assert (tmp_path / "packs" / "S1.pdf").read_bytes().startswith(b"%PDF")
        qtbot.waitUntil(lambda: window.export_job.last == (1, 1, "done"))  # the progress reached the dialog
    finally:
        station.close()
