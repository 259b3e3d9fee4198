"""Test harnesses: drivers, fake servers and quick stand-ins used by the tests (never shipped)."""
