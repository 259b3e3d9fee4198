"""Alerts that reach a person: in-app queue, email, webhook, daily digest; one per condition."""

from packstation.services.alerts.policy import Address, AlertConfigError, AlertPolicy
from packstation.services.alerts.senders import SendError, SmtpSender, WebhookSender, signature
from packstation.services.alerts.service import AlertService, AlertView, Banner, DispatchReport
from packstation.services.alerts.watch import DeliveryWatch, WatchResult, build_delivery_watch

__all__ = [
    "Address",
    "AlertConfigError",
    "AlertPolicy",
    "AlertService",
    "AlertView",
    "Banner",
    "DeliveryWatch",
    "DispatchReport",
    "SendError",
    "SmtpSender",
    "WatchResult",
    "WebhookSender",
    "build_delivery_watch",
    "signature",
]
