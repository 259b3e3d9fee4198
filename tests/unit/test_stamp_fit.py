"""The stamp never cuts off the order id or tracking number, however long they are."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pytest

from packstation.evidence.stamp import BANNER_BG, PhotoContext, banner_height, render_banner


@pytest.mark.parametrize(
    ("order_id", "tracking"),
    [("576830952815695636", "SPXVN094461092483"), ("5768309528156956361234", "9400475646960623079863")],
)
def test_first_line_fits_beside_the_barcode(order_id, tracking):
    width = 1280
    banner = render_banner(
        PhotoContext(order_id, tracking, "bench-1", "ana", "sealed"), datetime.now(UTC), width
    )
    pad = max(6, banner_height(width) // 12)
    gray = banner[:, :, 0]
    box_left = int(np.argmax(gray[pad + 2] == 255))  # the barcode's white quiet box
    line = gray[pad : pad + (banner.shape[0] - 2 * pad) // 3, :box_left]
    text_cols = np.nonzero((line > BANNER_BG + 40).any(axis=0))[0]
    assert text_cols.size, "the first line was drawn"
    # the text area ends one pad before the box; a fitted line ends a further pad earlier, a clipped one does not
    assert text_cols.max() < box_left - pad - pad // 2
