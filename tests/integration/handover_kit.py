"""Test harness for handovers: a station that packs demo orders for real up to Staged.

Labels are printed by the real `LabelService` on the simulated printer (tracking numbers from the demo
ranges), proof photos are real stamped photos from the simulated camera, staging is the real `stage()`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from packstation.config import LabelConfig
from packstation.devices.camera_sim import SimCamera
from packstation.devices.printers.printer import Printer
from packstation.domain.events import OrderImported
from packstation.domain.orders import Order
from packstation.domain.packing import expected_weight
from packstation.domain.users import Actor, Role
from packstation.evidence.requirements import PhotoRequirements
from packstation.services.demo import DEMO_PRODUCTS, load_demo
from packstation.services.handover import HandoverService
from packstation.services.labelling import DEMO_TRACKING_RANGES, LabelService
from packstation.services.packing import PackingService
from packstation.services.photographing import PhotographService
from packstation.services.staging import stage
from packstation.store.db import open_engine, sqlite_url
from packstation.store.uow import UnitOfWorkFactory

PACKER = Actor("ana", Role.PACKER, "Ana")
BOSS = Actor("sup", Role.SUPERVISOR, "Sam Supervisor")
BARCODE = {p.sku: p.barcodes[0] for p in DEMO_PRODUCTS}


def frame(seed: int = 1, width: int = 320, height: int = 200) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return rng.integers(0, 255, (height, width, 3), dtype=np.uint8)


class PackedStation:
    """A station database and its services; `pack(order)` takes an order from Ready to Staged."""

    def __init__(
        self, root: Path, name: str, central: Any = None, claims: Any = None, range_start: int = 1
    ) -> None:
        self.name = name
        self.home = root / name
        self.home.mkdir(parents=True, exist_ok=True)
        self.engine = open_engine(sqlite_url(self.home / "station.db"))
        self.uow = UnitOfWorkFactory(self.engine)
        load_demo(self.uow, orders=0, station=name)
        self.packing = PackingService(self.uow, name, claims=claims, central=central)
        # Stations sharing a carrier get their own block of its number range, as configured in real life.
        ranges = {k: {**v, "start": v["start"] + range_start - 1} for k, v in DEMO_TRACKING_RANGES.items()}
        self.labels = LabelService(
            self.uow, name, Printer("sim"), LabelConfig(), packing=self.packing, ranges=ranges
        )
        self.photos = PhotographService(
            self.uow, name, self.home / "blobs", PhotoRequirements(("sealed",), label_must_show=False)
        )
        self.handover = HandoverService(self.uow, name, self.home / "blobs", central=central)
        self._camera = SimCamera(320, 200, fps=1000.0)

    def add_orders(self, orders: list[Order]) -> None:
        with self.uow() as uow:
            for order in orders:
                uow.orders.add(order)
                uow.record(OrderImported(order_id=order.order_id, station=self.name, status="Ready"))
            uow.commit()

    def pack(self, order_id: str, parcels: int = 1, location: str = "") -> Order:
        order = self.packing.take(PACKER, order_id)
        for line in order.lines:
            for _ in range(line.quantity):
                self.packing.scan(PACKER, order_id, BARCODE[line.sku])
        box = self.packing.suggest_box(order_id) or self.packing.rules.boxes[-1]
        grams = expected_weight(self.packing.pack_items(order_id), None)
        for n in range(1, parcels + 1):
            self.packing.weigh(PACKER, order_id, grams / parcels + box.tare_g, box.code, n, 1 / parcels)
        self.packing.finish_packing(PACKER, order_id)
        self.labels.print_labels(PACKER, order_id)
        self._camera.set_scene(order_id, "", True, "")
        self.photos.capture(PACKER, order_id, "sealed", self._camera.read())
        self.photos.complete(PACKER, order_id)
        return stage(self.packing, PACKER, order_id, location)

    def tracking(self, order_id: str) -> list[str]:
        return [p.tracking_number for p in self.packing.parcels(order_id)]

    def close(self) -> None:
        self.engine.dispose()
