"""A real station on a temp home for session tests: demo data, three people, the sim printer and a
headless simulated camera, and helpers that walk an order to a given step through the session."""

from __future__ import annotations

from pathlib import Path

from packstation.compose import Station, compose
from packstation.config import StationConfig, save_config
from packstation.devices.camera_sim import HeadlessCamera
from packstation.domain.users import Role
from packstation.home import Home
from packstation.services.demo import DEMO_PRODUCTS, load_demo
from packstation.services.photographing import CameraPhotoStep
from packstation.services.station.session import StationSession
from packstation.services.station.view import StationView, Step
from packstation.services.users import UserService

BARCODES = {p.sku: p.barcodes[0] for p in DEMO_PRODUCTS}
ADMIN_PIN, SUPERVISOR_PIN, PACKER_PIN, OTHER_PIN = "9999", "5555", "1234", "4321"


def open_bench(home: Path, orders: int = 4, config: StationConfig | None = None) -> Station:
    """The station in `home` (created with demo data and people on first use)."""
    fresh = not (home / "station.db").exists()
    if fresh:
        save_config(config or StationConfig(station="bench-1"), Home(home).config_file)
    station = compose(home, migrate_central=True)
    station.users = UserService(station.uow, station.name, scrypt_n=2**8)
    if fresh:
        load_demo(station.uow, orders=orders, station=station.name)
        admin = station.users.create_first_admin("admin", "Ada Admin", ADMIN_PIN)
        station.users.add_user(admin, "sue", "Sue Supervisor", Role.SUPERVISOR, SUPERVISOR_PIN)
        station.users.add_user(admin, "pat", "Pat Packer", Role.PACKER, PACKER_PIN)
        station.users.add_user(admin, "kim", "Kim Packer", Role.PACKER, OTHER_PIN)
    return station


def bench_session(station: Station) -> StationSession:
    camera = HeadlessCamera(station.config.photos.width, station.config.photos.height)
    session = station.session(CameraPhotoStep(station.photographing, camera))
    session.finishing.labels = station.label_service("sim")
    return session


def pick_all(session: StationSession) -> StationView:
    view = session.view()
    for line in view.lines:
        for _ in range(line.remaining):
            view = session.scan(BARCODES[line.sku])
    assert view.step is Step.PACK, view.notice
    return view


def to_photograph(session: StationSession) -> StationView:
    """Take the next order and walk it to the Photograph step (true weight, label printed)."""
    view = session.take_next()
    assert view.order is not None, view.notice
    pick_all(session)
    session.weigh(session.view().pack.expected_g)
    view = session.finish_packing()
    assert view.step is Step.PHOTO, view.notice
    return view
