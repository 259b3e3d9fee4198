"""The chosen box against the items' sides: longest with longest, then the other two, sorted."""

from __future__ import annotations

from packstation.domain.packing import DEFAULT_BOXES, Box, PackItem, check_box_fit

BOX = {b.code: b for b in DEFAULT_BOXES}


def test_a_610_mm_item_in_a_300_mm_box_is_warned_about():
    warning = check_box_fit([PackItem(610, 80, 80, 900, sku="TRIPOD-1")], BOX["BOX-M"])
    assert warning is not None
    assert (warning.box, warning.sku, warning.side) == ("BOX-M", "TRIPOD-1", 0)
    assert warning.item_mm == (610, 80, 80) and warning.box_mm == (300, 200, 150)
    assert warning.message == (
        "Item TRIPOD-1 (610 × 80 × 80 mm) does not fit box BOX-M (300 × 200 × 150 mm inside): "
        "its longest side 610 mm is more than 300 mm. Choose a bigger box, or a supervisor accepts this box."
    )


def test_items_fit_in_any_orientation():
    # listed height-first and box listed short side first: sorting makes it fit
    assert check_box_fit([PackItem(140, 290, 190, 500)], Box("ODD", 150, 300, 200, 100)) is None
    assert check_box_fit([PackItem(300, 200, 150, 500)], BOX["BOX-M"]) is None  # exactly the inside


def test_the_middle_and_shortest_sides_are_checked_too():
    middle = check_box_fit([PackItem(250, 250, 20, 300, sku="PLATE")], BOX["BOX-M"])
    assert (
        middle is not None and middle.side == 1 and "middle side 250 mm is more than 200 mm" in middle.message
    )
    thin = check_box_fit([PackItem(200, 150, 30, 100, sku="BOOK")], BOX["ENV-S"])
    assert thin is not None and thin.side == 2 and "shortest side 30 mm is more than 20 mm" in thin.message


def test_the_first_item_that_does_not_fit_is_named():
    items = [PackItem(100, 100, 100, 200, sku="MUG"), PackItem(380, 100, 100, 700, sku="LAMP")]
    warning = check_box_fit(items, BOX["BOX-M"])
    assert warning is not None and warning.sku == "LAMP"
    assert check_box_fit(items, BOX["BOX-L"]) is None


def test_padding_for_fragile_items_shrinks_the_inside():
    vase = [PackItem(280, 180, 130, 900, fragile=True, sku="VASE")]
    assert check_box_fit(vase, BOX["BOX-M"]) is None
    padded = check_box_fit(vase, BOX["BOX-M"], padding_mm=20)
    assert padded is not None and padded.box_mm == (260, 160, 110) and padded.side == 0


def test_an_item_without_a_sku_is_still_described():
    warning = check_box_fit([PackItem(610, 10, 10, 1)], BOX["BOX-S"])
    assert warning is not None and warning.message.startswith("An item (610 × 10 × 10 mm)")
