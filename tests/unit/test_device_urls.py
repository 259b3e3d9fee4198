"""Device addresses: what each URL opens, and the message a typo gets."""

from __future__ import annotations

import pytest

from packstation.devices.base import DeviceKind, device_threads
from packstation.devices.urls import DeviceUrlError, parse_device_url


@pytest.fixture(autouse=True)
def no_device_threads_left():
    yield
    assert device_threads() == []


def test_serial_scanner_url_gives_port_and_line_settings():
    url = parse_device_url("serial:///dev/ttyACM0?baud=115200&parity=even&stopbits=2&bytesize=7", "scanner")
    assert url.kind is DeviceKind.SCANNER
    assert url.scheme == "serial"
    assert url.port == "/dev/ttyACM0"
    assert url.serial_settings() == {"baudrate": 115200, "bytesize": 7, "parity": "E", "stopbits": 2}
    assert url.is_serial


def test_serial_defaults_are_9600_8n1():
    url = parse_device_url("serial:///dev/ttyUSB1", "scale")
    assert url.serial_settings() == {"baudrate": 9600, "bytesize": 8, "parity": "N", "stopbits": 1}
    assert url.options["protocol"] == "mt-sics"


@pytest.mark.parametrize(
    ("text", "port"),
    [
        ("/dev/ttyUSB0", "/dev/ttyUSB0"),
        ("COM3", "COM3"),
        ("serial://COM4?baud=19200", "COM4"),
        ("serial:///COM5", "COM5"),
    ],
)
def test_bare_paths_and_windows_ports(text, port):
    assert parse_device_url(text, "scale").port == port


def test_pyserial_urls_pass_through_keeping_their_own_options():
    url = parse_device_url("socket://127.0.0.1:7000?eol=cr&logging=debug", "scanner")
    assert url.port == "socket://127.0.0.1:7000?logging=debug"
    assert url.options == {"eol": "cr"}
    rfc = parse_device_url("rfc2217://10.0.0.5:2217?ign_set_control&protocol=continuous&baud=4800", "scale")
    assert rfc.port == "rfc2217://10.0.0.5:2217?ign_set_control"
    assert rfc.baudrate == 4800
    assert rfc.options["protocol"] == "continuous"
    assert parse_device_url("loop://", "scanner").port == "loop://"


def test_loop_url_really_opens_with_pyserial():
    port = parse_device_url("loop://?baud=19200", "scanner").open_serial(timeout=0.1)
    try:
        port.write(b"4006381333931\r\n")
        assert port.read(15) == b"4006381333931\r\n"
        assert port.baudrate == 19200
    finally:
        port.close()


@pytest.mark.parametrize(
    ("text", "kind", "scheme"),
    [
        ("wedge", "scanner", "wedge"),
        ("sim", "scanner", "sim"),
        (" SIM ", "scale", "sim"),
        ("none", "scale", "none"),
    ],
)
def test_words(text, kind, scheme):
    url = parse_device_url(text, kind)
    assert url.scheme == scheme
    assert not url.is_serial


def test_word_options_are_checked():
    assert parse_device_url("sim?settle_ms=100", "scale").int_option("settle_ms", 300) == 100
    assert parse_device_url("wedge?gap_ms=20&layout=fix", "scanner").options["layout"] == "fix"


@pytest.mark.parametrize(
    ("text", "kind", "message"),
    [
        ("", "scanner", "no scanner address given"),
        ("tcp://10.0.0.9:9100", "scanner", "unknown scanner address scheme 'tcp'"),
        ("wedge", "scale", "unknown scale address 'wedge'"),
        ("none", "scanner", "unknown scanner address 'none'"),
        ("serial://", "scanner", "has no device path"),
        ("serial://dev/ttyUSB0", "scale", "three slashes"),
        ("serial:///dev/ttyACM0?baud=fast", "scanner", "baud must be a whole number like 9600, got 'fast'"),
        ("serial:///dev/ttyACM0?baud=12", "scanner", "baud 12 is out of range"),
        ("serial:///dev/ttyUSB1?protocol=dibal", "scale", "unknown scale protocol 'dibal'"),
        ("serial:///dev/ttyUSB1?bauds=9600", "scale", "unknown option 'bauds'"),
        ("serial:///dev/ttyUSB1?parity=maybe", "scale", "parity must be none, even, odd"),
        ("serial:///dev/ttyUSB1?stopbits=3", "scale", "stopbits must be 1, 1.5 or 2"),
        ("serial:///dev/ttyUSB1?poll_ms=-5", "scale", "poll_ms must be a whole number"),
        ("serial:///dev/ttyACM0?eol=semicolon", "scanner", "eol must be one of auto, cr, lf, crlf, none"),
        ("serial:///dev/ttyACM0?encoding=klingon", "scanner", "unknown text encoding 'klingon'"),
        ("serial:///dev/ttyACM0?baud=9600&baud=19200", "scanner", "option 'baud' given twice"),
        ("socket://?eol=cr", "scanner", "socket address needs host:port"),
        ("socket://127.0.0.1:notaport", "scanner", "socket address needs host:port"),
        ("rfc2217://moxa.local", "scale", "rfc2217 address needs host:port"),
        ("sim?settle=3", "scale", "unknown option 'settle' for scale 'sim'; it takes settle_ms, interval_ms"),
        ("wedge?layout=guess", "scanner", "layout must be warn or fix"),
        ("serial:///dev/ttyUSB1?command=SX", "scale", "MT-SICS command must be SI or S"),
    ],
)
def test_bad_addresses_get_specific_messages(text, kind, message):
    with pytest.raises(DeviceUrlError) as caught:
        parse_device_url(text, kind)
    assert message in str(caught.value)


def test_device_url_error_is_a_value_error():
    assert issubclass(DeviceUrlError, ValueError)


def test_serial_port_info_names_the_likely_device_and_its_address():
    from packstation.devices.discovery import SerialPortInfo, list_serial_ports

    port = SerialPortInfo(
        "/dev/ttyACM0", "Symbol Bar Code Scanner", "USB VID:PID=05E0:1200", vid=0x05E0, pid=0x1200
    )
    assert (
        str(port)
        == "/dev/ttyACM0: Symbol Bar Code Scanner [05e0:1200] - probably a Zebra/Symbol barcode scanner"
    )
    assert parse_device_url(port.url, "scanner").port == "/dev/ttyACM0"
    assert SerialPortInfo("COM3", "USB Serial", "", vid=0x0403, pid=0x6001).url == "serial:///COM3"
    assert parse_device_url("serial:///COM3", "scale").port == "COM3"
    found = list_serial_ports()
    assert [p.device for p in found] == sorted(p.device for p in found)


def test_serial_scanner_gap_and_scale_capacity_options():
    assert parse_device_url("serial:///dev/ttyACM0?gap_ms=250", "scanner").int_option("gap_ms", 100) == 250
    scale = parse_device_url("serial:///dev/ttyUSB1?capacity_kg=15", "scale")
    assert scale.float_option("capacity_kg", 30.0) == 15.0
    assert parse_device_url("sim?capacity_kg=6", "scale").options["capacity_kg"] == "6"
    for bad in ("0", "-1", "nan", "inf", "heavy"):
        with pytest.raises(DeviceUrlError, match="capacity_kg"):
            parse_device_url(f"serial:///dev/ttyUSB1?capacity_kg={bad}", "scale")
    with pytest.raises(DeviceUrlError, match="gap_ms"):
        parse_device_url("serial:///dev/ttyACM0?gap_ms=0", "scanner")
