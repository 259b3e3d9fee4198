"""TikTok Shop Open API over HTTPS (API version 202309): signing, token refresh, rate limit, retries.

Only the standard library (urllib): a handful of JSON calls a second needs nothing more. The app
secret and the tokens never appear in a log line, an exception message or a repr.
"""

from __future__ import annotations

import json
import logging
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from packstation.channels.base import ChannelAuthError, ChannelError, ChannelRefused
from packstation.channels.ratelimit import RateLimiter
from packstation.channels.signing import sign_request

log = logging.getLogger(__name__)

# Error codes of the Open API this client reacts to (anything else non-zero is a refusal).
TOKEN_EXPIRED_CODES = frozenset({105002, 105001})
RETRYABLE_STATUS = frozenset({429, 500, 502, 503, 504})


@dataclass
class TikTokTokens:
    """The shop's OAuth tokens and when they expire (epoch seconds; 0 = unknown)."""

    access_token: str = field(repr=False, default="")
    refresh_token: str = field(repr=False, default="")
    access_expires_at: int = 0
    refresh_expires_at: int = 0


@dataclass
class TikTokCredentials:
    """The app and shop a station speaks for; repr shows the app key only."""

    app_key: str
    app_secret: str = field(repr=False)
    shop_cipher: str = ""
    tokens: TikTokTokens = field(default_factory=TikTokTokens)

    def check(self) -> None:
        missing = [n for n in ("app_key", "app_secret") if not getattr(self, n)]
        if not self.tokens.access_token and not self.tokens.refresh_token:
            missing.append("access_token or refresh_token")
        if missing:
            raise ChannelAuthError("TikTok Shop is not set up: missing " + ", ".join(missing))


@dataclass
class RetryPolicy:
    attempts: int = 6
    base_delay_s: float = 0.25
    max_delay_s: float = 8.0

    def delay(self, attempt: int, retry_after: str | None = None) -> float:
        if retry_after:
            try:
                return min(self.max_delay_s, max(0.0, float(retry_after)))
            except ValueError:
                pass
        return min(self.max_delay_s, self.base_delay_s * (2**attempt))


@dataclass
class CallStats:
    """What the client did, for `tiktok status` and the benchmarks."""

    requests: int = 0
    throttled: int = 0  # HTTP 429 answers
    retries: int = 0
    refreshes: int = 0


class TikTokClient:
    """Signed calls to one shop; `on_tokens` is told every refreshed token pair so it can be stored."""

    def __init__(
        self,
        credentials: TikTokCredentials,
        *,
        base_url: str,
        auth_url: str,
        requests_per_second: float = 40.0,
        timeout_s: float = 20.0,
        retry: RetryPolicy | None = None,
        on_tokens: Callable[[TikTokTokens], None] | None = None,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        credentials.check()
        self.credentials = credentials
        self.base_url = base_url.rstrip("/")
        self.auth_url = auth_url.rstrip("/")
        self.limiter = RateLimiter(requests_per_second, sleep=sleep)
        self.timeout_s = timeout_s
        self.retry = retry or RetryPolicy()
        self.on_tokens = on_tokens
        self.clock, self.sleep = clock, sleep
        self.stats = CallStats()
        self._refresh_lock = threading.Lock()

    def __repr__(self) -> str:
        return f"TikTokClient(app_key={self.credentials.app_key!r}, base_url={self.base_url!r})"

    # -- requests ---------------------------------------------------------------------------------
    def call(
        self, method: str, path: str, query: dict[str, str] | None = None, body: dict | None = None
    ) -> dict[str, Any]:
        """One API call; returns the response's `data`. Refreshes an expired token once."""
        tokens = self.credentials.tokens
        if not tokens.access_token or (
            tokens.access_expires_at and tokens.access_expires_at <= self.clock() + 60
        ):
            self.refresh_tokens()
        try:
            return self._call(method, path, query or {}, body)
        except _TokenExpired:
            self.refresh_tokens()
            try:
                return self._call(method, path, query or {}, body)
            except _TokenExpired as exc:
                raise ChannelAuthError("TikTok Shop refused the refreshed access token") from exc

    def _call(self, method: str, path: str, query: dict[str, str], body: dict | None) -> dict[str, Any]:
        raw_body = json.dumps(body, separators=(",", ":")).encode() if body is not None else b""
        last = ""
        for attempt in range(self.retry.attempts):
            self.limiter.acquire()
            params = {
                **query,
                "app_key": self.credentials.app_key,
                "timestamp": str(int(self.clock())),
            }
            if self.credentials.shop_cipher:
                params["shop_cipher"] = self.credentials.shop_cipher
            params["sign"] = sign_request(self.credentials.app_secret, path, params, raw_body)
            url = f"{self.base_url}{path}?{urllib.parse.urlencode(params)}"
            request = urllib.request.Request(url, data=raw_body or None, method=method)
            request.add_header("x-tts-access-token", self.credentials.tokens.access_token)
            request.add_header("Content-Type", "application/json")
            self.stats.requests += 1
            try:
                with urllib.request.urlopen(request, timeout=self.timeout_s) as response:
                    payload = json.loads(response.read() or b"{}")
            except urllib.error.HTTPError as exc:
                payload = _json_or_none(exc)
                if exc.code in RETRYABLE_STATUS:
                    if exc.code == 429:
                        self.stats.throttled += 1
                    wait = self.retry.delay(attempt, exc.headers.get("Retry-After"))
                    if exc.code == 429:
                        self.limiter.slow_down(wait)
                    else:
                        self.sleep(wait)
                    self.stats.retries += 1
                    last = f"HTTP {exc.code}"
                    continue
                if payload is None:
                    raise ChannelRefused(exc.code, f"HTTP {exc.code} {exc.reason}") from None
            except (urllib.error.URLError, OSError, ValueError) as exc:
                last = _reason(exc)
                self.stats.retries += 1
                self.sleep(self.retry.delay(attempt))
                continue
            code = int(payload.get("code", -1))
            if code == 0:
                return payload.get("data") or {}
            if code in TOKEN_EXPIRED_CODES:
                raise _TokenExpired()
            raise ChannelRefused(code, str(payload.get("message") or "no reason given"))
        raise ChannelError(f"TikTok Shop {path}: gave up after {self.retry.attempts} attempts ({last})")

    # -- tokens -----------------------------------------------------------------------------------
    def refresh_tokens(self) -> TikTokTokens:
        """New access (and refresh) token from the auth endpoint; the caller's store is told."""
        with self._refresh_lock:
            creds = self.credentials
            if not creds.tokens.refresh_token:
                raise ChannelAuthError("the TikTok Shop access token expired and there is no refresh token")
            query = urllib.parse.urlencode(
                {
                    "app_key": creds.app_key,
                    "app_secret": creds.app_secret,
                    "refresh_token": creds.tokens.refresh_token,
                    "grant_type": "refresh_token",
                }
            )
            url = f"{self.auth_url}/api/v2/token/refresh?{query}"
            self.stats.refreshes += 1
            try:
                with urllib.request.urlopen(url, timeout=self.timeout_s) as response:
                    payload = json.loads(response.read() or b"{}")
            except urllib.error.HTTPError as exc:
                payload = _json_or_none(exc) or {"code": exc.code, "message": f"HTTP {exc.code}"}
            except (urllib.error.URLError, OSError, ValueError) as exc:
                raise ChannelError(f"TikTok Shop token refresh failed: {_reason(exc)}") from None
            if int(payload.get("code", -1)) != 0:
                raise ChannelAuthError(
                    f"TikTok Shop refused the token refresh ({payload.get('code')}): "
                    f"{payload.get('message') or 'no reason given'}; authorise the shop again"
                )
            data = payload.get("data") or {}
            creds.tokens = TikTokTokens(
                access_token=str(data.get("access_token", "")),
                refresh_token=str(data.get("refresh_token") or creds.tokens.refresh_token),
                access_expires_at=int(data.get("access_token_expire_in") or 0),
                refresh_expires_at=int(data.get("refresh_token_expire_in") or 0),
            )
            log.info("TikTok Shop access token refreshed (expires at %s)", creds.tokens.access_expires_at)
            if self.on_tokens is not None:
                self.on_tokens(creds.tokens)
            return creds.tokens

    def download(self, url: str, max_bytes: int = 20_000_000) -> bytes:
        """A document the API pointed to (label PDF); refusals and expired links raise ChannelRefused."""
        if not url.startswith(("http://", "https://")):
            raise ChannelRefused("url", "the document link is not a web address")
        try:
            with urllib.request.urlopen(url, timeout=self.timeout_s) as response:
                data: bytes = response.read(max_bytes + 1)
        except urllib.error.HTTPError as exc:
            raise ChannelRefused(exc.code, f"the document link answered HTTP {exc.code} (expired?)") from None
        except (urllib.error.URLError, OSError) as exc:
            raise ChannelError(f"document download failed: {_reason(exc)}") from None
        if len(data) > max_bytes:
            raise ChannelRefused("size", "the document is larger than 20 MB")
        return data


class _TokenExpired(Exception):
    pass


def _json_or_none(exc: urllib.error.HTTPError) -> dict[str, Any] | None:
    try:
        data = json.loads(exc.read() or b"")
    except (ValueError, OSError):
        return None
    return data if isinstance(data, dict) and "code" in data else None


def _reason(exc: BaseException) -> str:
    """A network error in words, without the URL (it carries the app key, and for refresh the secret)."""
    reason = getattr(exc, "reason", None)
    return str(reason if reason is not None else type(exc).__name__)
