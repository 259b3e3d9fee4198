"""Screenshots of every step for the README, taken by the app itself under offscreen Qt.

    python -m tests.harness.screenshots OUTDIR [LANGUAGE]

Packs a demo order on a throw-away home through the real window (key events, sim scale) and
saves one PNG per step: login, queue, confirm, pick (right and wrong item), pack, label (the
simulated printer out of paper, so the preview and the waiting job show), photograph, done, on
hold, settings, and the supervisor's review window opened from the station.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any


def take_screenshots(outdir: Path, language: str = "en") -> list[Path]:
    """Drive a demo order through every step and save the window at each; returns the files.

    With `language`, the packer picks it on the login page first, as a packer does.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from packstation.devices.printers.sim import sim_printer
    from packstation.ui.bench_driver import BARCODES, DRIVER_SUPERVISOR_PIN, StationDriver, prepare_home

    outdir.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="packstation-shots-") as tmp:
        home = Path(tmp)
        prepare_home(home, orders=12)
        d = StationDriver(home, size=(1440, 900))

        def shot(name: str, window: Any = None) -> None:
            d.settle(0.05)
            path = outdir / f"{name}.png"
            (window or d.window).grab().save(str(path))
            saved.append(path)

        try:
            if language != "en":
                d.window.pages[d.flow.step].language_chosen(language)  # type: ignore[attr-defined]
            shot("01-login")
            d.login()
            d.wait_until(lambda: d.built.ui.languages.current == language, 3.0, f"{language} installed")
            d.settle(0.1)
            shot("02-queue")
            order = next(o for o in d.flow.packing.queue() if o.units >= 3 and len(o.lines) >= 2)
            d.scan(order.order_id)
            shot("03-confirm")
            codes = d.unit_barcodes()
            d.scan(codes[0])
            shot("04-pick-right-item")
            wrong = next(
                code for sku, code in BARCODES.items() if all(line.sku != sku for line in order.lines)
            )
            d.scan(wrong)
            shot("05-pick-wrong-item")
            for code in d.unit_barcodes():
                d.scan(code)
            d.weigh_true()
            shot("06-pack")
            printer = sim_printer(d.built.station.config.devices.printer.removeprefix("sim://") or "sim")
            printer.paper_out = True
            d.key("F3")
            d.key("F3")
            d.wait_idle()  # the label is made and waits for paper; its preview renders
            d.settle(3.3)  # the spool's first pass asks the printer: the status light turns red
            shot("07-label")
            printer.paper_out = False
            d.key("F3")  # Retry
            d.wait_idle()
            d.settle(3.1)  # the spool's next pass finds the printer ready again
            shot("08-photograph")
            for _kind in d.built.station.config.photos.required:  # one PHOTO press per required photo
                d.key("F5")
                d.wait_idle()
            shot("09-done")
            d.key("F2")
            d.scan(d.unit_barcodes()[0])
            d.key("F8")
            d.type("1")
            shot("10-on-hold")
            d.type(DRIVER_SUPERVISOR_PIN)
            d.type("back to work")
            d.key("Ctrl+L")
            d.type(DRIVER_SUPERVISOR_PIN)
            d.key("Ctrl+S")
            shot("11-settings")
            d.key("Esc")
            d.key("Ctrl+R")
            review = d.window.review_window
            review.resize(1440, 900)
            review.search.order_id.setText(order.order_id)
            review.search.run_search()
            d.wait_idle()
            review.open_order(order.order_id)
            d.wait_idle()
            d.settle(0.2)
            d.wait_idle()
            shot("12-review", review)
        finally:
            d.built.ui.languages.use("en")
            d.close()
    return saved


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) not in (1, 2):
        print("usage: python -m tests.harness.screenshots OUTDIR [LANGUAGE]", file=sys.stderr)
        return 2
    for path in take_screenshots(Path(args[0]), *args[1:]):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
