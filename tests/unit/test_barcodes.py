"""Product barcodes: GTIN validation, normalization, scanner framing and the pick step's product key."""

from __future__ import annotations

import pytest
import zxingcpp
from hypothesis import given
from hypothesis import strategies as st

from packstation.domain.barcodes import (
    BarcodeError,
    CodeKind,
    GS1Error,
    NoProductGTIN,
    ScannedCode,
    ScannerFraming,
    Symbology,
    classify,
    expand_upce,
    gs1_check_digit,
    is_valid_gtin,
    normalize_gtin,
    product_key,
    validate_gtin,
)
from packstation.domain.gs1 import GS


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("4006381333931", CodeKind.EAN_13),
        ("036000291452", CodeKind.UPC_A),
        ("96385074", CodeKind.EAN_8),
        ("00012345678905", CodeKind.GTIN_14),
        ("106141411234567897", CodeKind.SSCC_18),
        ("4006381333932", CodeKind.OTHER),
        ("SKU-0001", CodeKind.OTHER),
        ("12345", CodeKind.OTHER),
    ],
)
def test_classify(code, kind):
    assert classify(code) is kind


def test_validate_gtin_names_the_problem():
    assert validate_gtin("4006381333931") is CodeKind.EAN_13
    assert validate_gtin("036000291452", CodeKind.UPC_A) is CodeKind.UPC_A
    with pytest.raises(BarcodeError, match="EAN-13 4006381333932: bad check digit, expected 1, got 2"):
        validate_gtin("4006381333932")
    with pytest.raises(BarcodeError, match="EAN-13 must have 13 digits, got 12"):
        validate_gtin("036000291452", CodeKind.EAN_13)
    with pytest.raises(BarcodeError, match="8, 12, 13 or 14 digits, got 11"):
        validate_gtin("03600029145")
    with pytest.raises(BarcodeError, match="digits only"):
        validate_gtin("40063813339A1")
    with pytest.raises(BarcodeError, match="not a GTIN kind"):
        validate_gtin("106141411234567897", CodeKind.SSCC_18)
    assert is_valid_gtin("96385074") and not is_valid_gtin("96385075") and not is_valid_gtin("x")


def test_every_form_of_one_product_normalizes_to_one_gtin14():
    forms = ["012345678905", "0012345678905", "00012345678905", " 012345678905 "]
    assert {normalize_gtin(f) for f in forms} == {"00012345678905"}
    assert normalize_gtin("96385074") == "00000096385074"
    with pytest.raises(BarcodeError, match="bad check digit"):
        normalize_gtin("012345678901")


def test_upce_expands_to_its_upca():
    assert expand_upce("04252614") == "042100005264"
    assert expand_upce("01234565") == "012345000065"
    assert expand_upce("01234531") == "012300000451"
    assert expand_upce("01234349") == "012340000039"
    assert expand_upce("06543217") == "065100004327"
    with pytest.raises(BarcodeError, match="bad check digit"):
        expand_upce("04252615")
    with pytest.raises(BarcodeError, match="number system must be 0 or 1"):
        expand_upce("24252614")
    with pytest.raises(BarcodeError, match="8 digits"):
        expand_upce("425261")


@pytest.mark.parametrize(
    ("raw", "symbology", "data", "is_gs1"),
    [
        ("]E04006381333931", Symbology.EAN_UPC, "4006381333931", False),
        ("]E496385074", Symbology.EAN_8, "96385074", False),
        ("]C1" + "0109501101530003", Symbology.GS1_128, "0109501101530003", True),
        ("]d2" + "0109501101530003", Symbology.GS1_DATAMATRIX, "0109501101530003", True),
        ("]Q3" + "0109501101530003", Symbology.GS1_QR, "0109501101530003", True),
        ("]e0" + "0109501101530003", Symbology.GS1_DATABAR, "0109501101530003", True),
        ("]C0SKU-0001", Symbology.CODE_128, "SKU-0001", False),
        ("]A0SKU-0001\r\n", Symbology.CODE_39, "SKU-0001", False),
        ("]Q1https://x", Symbology.QR, "https://x", False),
        ("]X0abc", Symbology.OTHER, "abc", False),
        ("SKU-0001", Symbology.UNKNOWN, "SKU-0001", False),
        (GS + "0109501101530003", Symbology.UNKNOWN, "0109501101530003", True),
        ("(01)09501101530003", Symbology.UNKNOWN, "(01)09501101530003", True),
        ("]", Symbology.UNKNOWN, "]", False),
    ],
)
def test_aim_identifier_is_stripped_and_remembered(raw, symbology, data, is_gs1):
    code = ScannedCode.parse(raw)
    assert (code.symbology, code.data, code.is_gs1) == (symbology, data, is_gs1)
    assert code.raw == raw


def test_framing_strips_configured_prefix_suffix_and_gs_substitute():
    framing = ScannerFraming(prefix="@@", suffix="#", gs_substitute="<GS>")
    assert framing.unwrap("@@SKU-1#\r\n") == "SKU-1"
    code = ScannedCode.parse("@@]C10109501101530003" + "10LOT<GS>21SN#\n", framing)
    assert code.is_gs1 and code.gs1()["21"] == "SN"
    assert product_key("@@]C10109501101530003" + "10LOT<GS>21SN#", framing) == "09501101530003"


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("036000291452", "00036000291452"),
        ("]E00036000291452", "00036000291452"),
        ("0036000291452\r", "00036000291452"),
        ("]E004252614", "00042100005264"),  # UPC-E under ]E0
        ("]E496385074", "00000096385074"),
        ("]E3400638133393112345", "04006381333931"),  # EAN-13 with 5-digit add-on
        ("]I100012345678905", "00012345678905"),  # ITF-14
        ("]C1" + "0109501101530003" + "17261231" + "10ABC" + GS + "21XYZ", "09501101530003"),
        ("(01)09501101530003(17)261231(10)ABC", "09501101530003"),
        ("0109501101530003" + "10ABC", "09501101530003"),  # GS1-128 from a scanner without AIM ids
        ("0109501101530004" + "10ABC", "0109501101530004" + "10ABC"),  # not a GTIN: left alone
        ("SKU-0001", "SKU-0001"),
        ("  sku-0001 \n", "sku-0001"),  # case preserved
        ("4006381333932", "4006381333932"),  # bad check digit without AIM: an internal number
        ("1234", "1234"),
    ],
)
def test_product_key(raw, key):
    assert product_key(raw) == key


@pytest.mark.parametrize(
    ("raw", "error", "message"),
    [
        ("\r\n", BarcodeError, "empty scan"),
        ("]E04006381333932", BarcodeError, "bad check digit, expected 1, got 2"),
        ("]C10109501101530004", GS1Error, r"AI \(01\) GTIN: bad check digit"),
        ("]C100106141411234567897", NoProductGTIN, r"no product GTIN \(01\), only \(00\)"),
        ("]d2" + "10" + "A" * 25, GS1Error, "longer than 20 characters"),
    ],
)
def test_product_key_rejects_bad_scans_clearly(raw, error, message):
    with pytest.raises(error, match=message):
        product_key(raw)


@given(st.text(alphabet="0123456789", min_size=11, max_size=11))
def test_upca_ean13_gtin14_share_one_product_key(body):
    upca = body + str(gs1_check_digit(body))
    keys = {product_key(upca), product_key("0" + upca), product_key("00" + upca), product_key("]E0" + upca)}
    keys.add(product_key(f"(01)00{upca}(10)LOT"))
    assert keys == {"00" + upca}


def _decode(symbol) -> str:
    """What a scanner with AIM identifiers enabled would send for a rendered symbol."""
    image = zxingcpp.write_barcode_to_image(symbol, scale=3)
    (result,) = zxingcpp.read_barcodes(image, text_mode=zxingcpp.TextMode.Plain)
    return result.symbology_identifier + result.text


@pytest.mark.parametrize(
    ("content", "fmt", "gs1", "key"),
    [
        ("4006381333931", zxingcpp.BarcodeFormat.EAN13, False, "04006381333931"),
        ("036000291452", zxingcpp.BarcodeFormat.UPCA, False, "00036000291452"),
        ("96385074", zxingcpp.BarcodeFormat.EAN8, False, "00000096385074"),
        ("SKU-0001", zxingcpp.BarcodeFormat.Code128, False, "SKU-0001"),
        (
            "(01)09501101530003(17)261231(10)ABC(21)XYZ",
            zxingcpp.BarcodeFormat.Code128,
            True,
            "09501101530003",
        ),
        ("(01)09501101530003(10)ABC(21)XYZ", zxingcpp.BarcodeFormat.DataMatrix, True, "09501101530003"),
        ("(01)09501101530003(10)ABC", zxingcpp.BarcodeFormat.QRCode, True, "09501101530003"),
    ],
)
def test_product_key_of_decoded_symbols(content, fmt, gs1, key):
    raw = _decode(
        zxingcpp.create_barcode(content, fmt, gs1=gs1) if gs1 else zxingcpp.create_barcode(content, fmt)
    )
    assert ScannedCode.parse(raw).is_gs1 is gs1
    assert product_key(raw) == key
