"""The station apps a UI test has open. One module, so every import of the UI conftest (pytest's own
and `from tests.ui.conftest import press`) shares the same list."""

from __future__ import annotations

from typing import Any

STATIONS: list[Any] = []
