"""Packing use cases: take an order, verify each unit, hold and release, weigh and pack.

Each method is one transaction: load, apply the domain rule, write the state change and its event
together, commit. The UI, the CLI, `simulate` and the tests all call these.

The service (`service`) takes, scans and holds; the Pack step (`weighing`) and the reads every step
uses (`base`) are its parts; `outcomes` holds what they answer and refuse with.
"""

from packstation.services.packing.outcomes import (
    ClaimRefused,
    OrderNotFound,
    PackingRules,
    ScanOutcome,
    TakeResult,
    WaitingForStock,
    WeighedParcel,
    WeightOutcome,
    stock_refusal,
)
from packstation.services.packing.service import PackingService

__all__ = [
    "ClaimRefused",
    "OrderNotFound",
    "PackingRules",
    "PackingService",
    "ScanOutcome",
    "TakeResult",
    "WaitingForStock",
    "WeighedParcel",
    "WeightOutcome",
    "stock_refusal",
]
