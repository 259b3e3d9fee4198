"""Label scenarios: one seller-made label as ZPL and as PNG preview, and a platform PDF label to ZPL.

Every label has its own recipient (Thai, Vietnamese, Chinese, Malay, accented Latin, numbered so no two
names are alike), so text bitmaps are rendered afresh as on a real bench; fonts load once, before timing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from packstation.bench import BenchContext, Measurement, scenario
from packstation.domain.orders import Address
from packstation.labels.model import ItemEntry, LabelContent

RECIPIENTS = (
    Address(
        "สมชาย ใจดี",
        "+66 81 234 5678",
        "99/1 ถนนสุขุมวิท ซอย 11",
        "",
        "คลองเตยเหนือ",
        "วัฒนา",
        "กรุงเทพมหานคร",
        "10110",
        "TH",
    ),
    Address(
        "Nguyễn Thị Hồng",
        "+84 90 123 4567",
        "12 Trần Hưng Đạo",
        "",
        "Hoàn Kiếm",
        "Hà Nội",
        "",
        "100000",
        "VN",
    ),
    Address("李小龍", "+852 5555 0000", "九龍彌敦道 1 號", "", "", "Kowloon", "", "", "HK"),
    Address(
        "Nur Aisyah binti Ahmad",
        "+60 12 345 6789",
        "12 Jalan Ampang",
        "",
        "",
        "Kuala Lumpur",
        "WP",
        "50450",
        "MY",
    ),
    Address(
        "José Álvarez-Núñez",
        "+1 305 555 0143",
        "1001 Avenida de las Américas",
        "Apt 4B",
        "",
        "Miami",
        "FL",
        "33131",
        "US",
    ),
)
SENDER = Address(
    "Kedai Baju Sdn Bhd", "+60 3 5510 0000", "Lot 5, Jalan Perusahaan", city="Shah Alam", country="MY"
)


def contents(count: int) -> list[LabelContent]:
    """`count` labels, each with its own recipient name, tracking number, SSCC on every other one."""
    from packstation.domain.sscc import make_sscc

    out = []
    for n in range(count):
        base = RECIPIENTS[n % len(RECIPIENTS)]
        out.append(
            LabelContent(
                sender=SENDER,
                recipient=replace(base, name=f"{base.name} {n}", line1=f"{n} {base.line1}"),
                carrier="J&T Express",
                service="Standard",
                tracking_number=f"JT{630000000000 + n}",
                order_id=f"5770{n:014d}",
                sscc=make_sscc("0614141", n) if n % 2 else "",
                items=(ItemEntry(f"KAFTAN-{n % 7}-L", 1 + n % 3), ItemEntry("TUDUNG-BLU", 2)),
                weight_g=400 + n,
                dimensions_mm=(250, 180, 60),
                fragile=n % 3 == 0,
                ship_date=date(2025, 3, 9),
                channel="tiktok",
            )
        )
    return out


def _latency(call: Callable[[object], object], inputs: list, target_ms: float, note: str) -> Measurement:
    samples = []
    clock = time.perf_counter
    for value in inputs:
        start = clock()
        call(value)
        samples.append(clock() - start)
    return Measurement(count=len(samples), samples_s=samples, target_p99_ms=target_ms, note=note)


def _warm(stock: str, dpi: int) -> None:
    """Load every font once (what the station does at start-up), so timing sees the steady state."""
    from packstation.labels.render import render_content

    for content in contents(len(RECIPIENTS)):
        render_content(replace(content, order_id="warm-" + content.order_id), stock, dpi, ["zpl", "png"])


@scenario("labels.zpl", "one seller-made label (policy, layout, Z64 text graphics) as ZPL, 4x6 at 203 dpi")
def zpl_latency(ctx: BenchContext) -> Measurement:
    from packstation.labels.render import render_content

    _warm("4x6", 203)
    labels = contents(40 if ctx.quick else 1000)
    return _latency(
        lambda c: render_content(c, "4x6", 203, ["zpl"]),
        labels,
        5.0,
        "new recipient per label in Thai/Vietnamese/Chinese/Malay/Latin, SSCC on every other",
    )


@scenario("labels.png", "one seller-made label as PNG preview, 4x6 at 300 dpi (the larger bitmap)")
def png_latency(ctx: BenchContext) -> Measurement:
    from packstation.labels.render import render_content

    _warm("4x6", 300)
    labels = contents(20 if ctx.quick else 300)
    return _latency(
        lambda c: render_content(c, "4x6", 300, ["png"]), labels, 50.0, "1200x1800 dots, 1-bit PNG"
    )


def platform_pdfs(count: int) -> list[bytes]:
    """A6 PDFs as a marketplace sends them: vector Code 128 tracking, GS1-128 SSCC, some text."""
    from fpdf import FPDF

    from packstation.domain.sscc import make_sscc
    from packstation.labels.code128 import encode, module_runs

    out = []
    for n in range(count):
        pdf = FPDF(unit="mm", format=(105, 148))
        pdf.set_auto_page_break(False)
        pdf.add_page()
        pdf.set_font("helvetica", "B", 14)
        pdf.text(6, 12, f"TikTok Shop  J&T Express  #{n}")
        pdf.set_font("helvetica", "", 9)
        for row in range(6):
            pdf.text(6, 20 + row * 4, f"Nur Aisyah {n}, {row + 12} Jalan Ampang, 50450 Kuala Lumpur")
        for y, symbol in (
            (50, encode(f"TT{6234567890000 + n}")),
            (85, encode("00" + make_sscc("0614141", n), gs1=True)),
        ):
            x0 = (105 - symbol.width_modules * 0.33) / 2
            for start, length in module_runs(symbol.modules):
                pdf.rect(x0 + start * 0.33, y, length * 0.33, 22, style="F")
        out.append(bytes(pdf.output()))
    return out


@scenario(
    "labels.platform_pdf", "a platform A6 PDF label rasterized without smoothing to ZPL ^GF, 4x6 at 203 dpi"
)
def platform_pdf_latency(ctx: BenchContext) -> Measurement:
    from packstation.labels.platform import platform_to_zpl

    documents = platform_pdfs(10 if ctx.quick else 100)
    platform_to_zpl(documents[0], "4x6", 203)  # pdfium loads once
    return _latency(
        lambda d: platform_to_zpl(d, "4x6", 203), documents, 300.0, "pypdfium2 render, threshold, Z64"
    )
