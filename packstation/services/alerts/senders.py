"""Sending an alert to a person: email (SMTP, STARTTLS, login) and webhook (JSON POST, HMAC-SHA256)."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import smtplib
import ssl
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any, Protocol

SIGNATURE_HEADER = "X-Packstation-Signature"


class SendError(Exception):
    """The message did not go out (server down, refused, bad login); it will be retried."""


@dataclass(frozen=True)
class Outgoing:
    """An alert as it goes out: who to, subject, text, and the JSON a webhook receives."""

    target: str
    subject: str
    text: str
    document: dict[str, Any]


class Sender(Protocol):
    def send(self, message: Outgoing) -> None: ...


class SmtpSender:
    """One SMTP connection per message: EHLO, STARTTLS (verifying the server), login, send."""

    def __init__(self, email: Any) -> None:
        self.cfg = email

    def _password(self) -> str:
        return self.cfg.password or (
            os.environ.get(self.cfg.password_env, "") if self.cfg.password_env else ""
        )

    def send(self, message: Outgoing) -> None:
        cfg = self.cfg
        if not cfg.host:
            raise SendError("no SMTP host configured ([tracking.alerts.email] host)")
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = cfg.sender, message.target, message.subject
        msg.set_content(message.text)
        try:
            with smtplib.SMTP(cfg.host, int(cfg.port), timeout=float(cfg.timeout_s)) as smtp:
                smtp.ehlo()
                if cfg.starttls:
                    context = ssl.create_default_context(cafile=cfg.cafile or None)
                    smtp.starttls(context=context)
                    smtp.ehlo()
                if cfg.username:
                    smtp.login(cfg.username, self._password())
                smtp.send_message(msg)
        except smtplib.SMTPAuthenticationError as exc:
            raise SendError(f"SMTP login refused for {cfg.username}: {exc.smtp_code}") from None
        except (smtplib.SMTPException, ssl.SSLError, OSError) as exc:
            raise SendError(f"SMTP {cfg.host}:{cfg.port}: {exc}") from None


def signature(secret: str, body: bytes) -> str:
    """The signature header value: "sha256=" + hex HMAC-SHA256 of the exact body bytes."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


class WebhookSender:
    """POST the alert as JSON to each configured webhook; a secret adds the signature header."""

    def __init__(self, webhooks: dict[str, dict], timeout_s: float = 10.0) -> None:
        self.webhooks, self.timeout_s = webhooks, timeout_s

    def send(self, message: Outgoing) -> None:
        hook = self.webhooks.get(message.target)
        if not hook or not hook.get("url"):
            raise SendError(f"webhook {message.target!r} has no url")
        body = json.dumps(message.document, ensure_ascii=False, sort_keys=True).encode()
        headers = {"Content-Type": "application/json", "User-Agent": "packstation-alerts"}
        secret = hook.get("secret") or os.environ.get(str(hook.get("secret_env", "")), "")
        if secret:
            headers[SIGNATURE_HEADER] = signature(secret, body)
        request = urllib.request.Request(str(hook["url"]), data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_s) as response:
                response.read()
        except urllib.error.HTTPError as exc:
            raise SendError(f"webhook {message.target}: HTTP {exc.code}") from None
        except (urllib.error.URLError, OSError) as exc:
            raise SendError(f"webhook {message.target}: {getattr(exc, 'reason', exc)}") from None
