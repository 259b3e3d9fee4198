"""Prints a closed handover's summary on the station's label printer (ZPL), through the printer layer."""

from __future__ import annotations

from datetime import UTC, tzinfo

from packstation.devices.printers import Printer
from packstation.domain.texts import translate
from packstation.labels.manifest_summary import ManifestSummary, summary_layout
from packstation.labels.zpl import to_zpl
from packstation.services.handover import HandoverView


def summary_of(view: HandoverView, tz: tzinfo = UTC) -> ManifestSummary:
    closed = view.closed_at or view.opened_at
    return ManifestSummary(
        manifest_id=view.id,
        carrier=view.carrier,
        courier=view.courier_name,
        vehicle_plate=view.vehicle_plate,
        station=view.station,
        parcels=len(view.parcels),
        orders=len(view.orders),
        total_weight_g=view.total_weight_g,
        closed_at=closed.astimezone(tz),
    )


def summary_zpl(view: HandoverView, stock: str = "4x6", dpi: int = 203, tz: tzinfo = UTC) -> bytes:
    return to_zpl(summary_layout(summary_of(view, tz), stock, dpi))


class ManifestSummaryPrinter:
    """`DispatchSession`'s summary printer: one ZPL format per closed handover; says what the printer did."""

    def __init__(self, printer: Printer, stock: str = "4x6", dpi: int = 203, tz: tzinfo = UTC) -> None:
        self.printer, self.stock, self.dpi, self.tz = printer, stock, dpi, tz

    def __call__(self, view: HandoverView) -> str:
        if self.printer.takes_documents:
            return translate(
                "Dispatch",
                "Summary not printed: the label printer is a desktop printer (the manifest PDF has it all).",
            )
        delivery = self.printer.deliver(
            summary_zpl(view, self.stock, self.dpi, self.tz), f"{view.id}-summary.zpl"
        )
        if delivery.sent:
            return translate("Dispatch", "Summary printed on the label printer.")
        return translate("Dispatch", "Summary not printed: {reason}").format(reason=delivery.reason)
