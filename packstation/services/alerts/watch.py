"""The delivery watch: tracking and alerts run together on import and on a timer (Qt-free).

The station calls `tick()` every `[tracking] evaluate_minutes` through its runner (off the GUI thread)
and shows `alerts.banner(actor)` to supervisors; the CLI and the marketplace connector call `ingest()`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from packstation.domain.delivery import CarrierScan
from packstation.evidence.blobs import BlobStore
from packstation.services.alerts.policy import AlertPolicy
from packstation.services.alerts.senders import Sender, SmtpSender, WebhookSender
from packstation.services.alerts.service import AlertService, DispatchReport
from packstation.services.tracking.rulebook import RuleBook
from packstation.services.tracking.service import Evaluation, IngestReport, TrackingService
from packstation.store.base import utcnow


@dataclass
class WatchResult:
    """What one import or tick did: the tracking result, alerts raised, and what was sent."""

    tracking: IngestReport | Evaluation
    raised: int
    dispatch: DispatchReport | None


class DeliveryWatch:
    def __init__(self, tracking: TrackingService, alerts: AlertService, *, send: bool = True) -> None:
        self.tracking, self.alerts, self.send = tracking, alerts, send

    def ingest(self, scans: Sequence[CarrierScan], source: str = "import") -> WatchResult:
        report = self.tracking.ingest(scans, source)
        now = self.tracking.clock()
        raised = self.alerts.raise_alerts(report.conditions, now)
        return WatchResult(report, len(raised), self.alerts.dispatch(now) if self.send else None)

    def tick(self, now: datetime | None = None) -> WatchResult:
        at = now or self.tracking.clock()
        evaluation = self.tracking.evaluate(at)
        raised = self.alerts.raise_alerts(evaluation.conditions, at)
        self.alerts.digest(at)
        return WatchResult(evaluation, len(raised), self.alerts.dispatch(at) if self.send else None)


def build_delivery_watch(
    config: Any, uow: Callable[[], Any], blob_root: Path | None, clock: Callable[[], datetime] = utcnow
) -> DeliveryWatch:
    """From a `StationConfig`: the rule book, the proof store, the senders and the alert policy."""
    tracking_cfg = config.tracking
    rules = RuleBook.from_config(tracking_cfg)
    blobs = BlobStore(blob_root) if blob_root is not None else None
    tracking = TrackingService(uow, rules, blobs, clock)
    alerts_cfg = tracking_cfg.alerts
    senders: dict[str, Sender] = {"webhook": WebhookSender(dict(alerts_cfg.webhooks))}
    if alerts_cfg.email.host:
        senders["email"] = SmtpSender(alerts_cfg.email)
    alerts = AlertService(uow, AlertPolicy.from_config(alerts_cfg), senders, config.station, clock)
    return DeliveryWatch(tracking, alerts)
