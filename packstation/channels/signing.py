"""The TikTok Shop Open API request signature (API version 202309).

sign = hex HMAC-SHA256, keyed with the app secret, over
`secret + path + (query parameters but sign and access_token, sorted by name, each name then value)
+ body + secret`; a multipart body is not signed.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping

UNSIGNED_PARAMS = frozenset({"sign", "access_token"})


def string_to_sign(secret: str, path: str, query: Mapping[str, str], body: bytes | str = b"") -> bytes:
    """The exact bytes the signature covers."""
    params = "".join(f"{key}{query[key]}" for key in sorted(query) if key not in UNSIGNED_PARAMS)
    raw_body = body.encode("utf-8") if isinstance(body, str) else body
    return secret.encode("utf-8") + (path + params).encode("utf-8") + raw_body + secret.encode("utf-8")


def sign_request(
    secret: str, path: str, query: Mapping[str, str], body: bytes | str = b"", multipart: bool = False
) -> str:
    """The `sign` query parameter for one request."""
    message = string_to_sign(secret, path, query, b"" if multipart else body)
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def signature_matches(
    secret: str, path: str, query: Mapping[str, str], body: bytes = b"", multipart: bool = False
) -> bool:
    """Constant-time check of a request's `sign` (for tests and fakes of the API)."""
    given = query.get("sign", "")
    return hmac.compare_digest(given, sign_request(secret, path, query, body, multipart))
