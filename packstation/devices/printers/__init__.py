"""Label printers by URL (tcp, file, serial, cups, dir, sim): status through `~HS`/`~HQES`, honest delivery.

`packstation doctor` and the settings page look for `parse_printer_url`, `printer_status` and
`print_test_label` here; the label service uses `Printer.deliver`.
"""

from packstation.devices.printers.address import PRINTER_SCHEMES, PrinterUrl, parse_printer_url
from packstation.devices.printers.printer import (
    Delivery,
    Outcome,
    Printer,
    TestPrint,
    open_transport,
    print_test_label,
    printer_status,
    test_label_zpl,
)
from packstation.devices.printers.sim import SimPrinter, sim_printer
from packstation.devices.printers.spool import SpoolPump
from packstation.devices.printers.status import Fault, PrinterStatus, parse_host_status, parse_hqes
from packstation.devices.printers.transports import PrinterHungUp, PrinterUnreachable, SendInterrupted

__all__ = [
    "PRINTER_SCHEMES",
    "Delivery",
    "Fault",
    "Outcome",
    "Printer",
    "PrinterStatus",
    "PrinterHungUp",
    "PrinterUnreachable",
    "PrinterUrl",
    "SendInterrupted",
    "SimPrinter",
    "SpoolPump",
    "TestPrint",
    "open_transport",
    "parse_host_status",
    "parse_hqes",
    "parse_printer_url",
    "print_test_label",
    "printer_status",
    "sim_printer",
    "test_label_zpl",
]
