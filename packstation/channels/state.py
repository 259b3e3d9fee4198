"""A connector's small named facts (tokens, cursor, last pull and push, last error) in channel_state."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.store.base import utcnow
from packstation.store.tables import ChannelStateRow


class ChannelState:
    """Read and write `channel_state` inside the caller's unit of work; values are JSON."""

    def __init__(self, session: Session, channel: str) -> None:
        self.session, self.channel = session, channel

    def _key(self, name: str) -> str:
        return f"{self.channel}.{name}"

    def get(self, name: str, default: Any = None) -> Any:
        row = self.session.get(ChannelStateRow, self._key(name))
        if row is None or not row.value:
            return default
        try:
            return json.loads(row.value)
        except ValueError:
            return default

    def set(self, name: str, value: Any, now: datetime | None = None) -> None:
        key, text = self._key(name), json.dumps(value, default=str)
        row = self.session.get(ChannelStateRow, key)
        if row is None:
            self.session.add(ChannelStateRow(key=key, value=text, updated_at=now or utcnow()))
        else:
            row.value, row.updated_at = text, now or utcnow()

    def all(self) -> dict[str, Any]:
        prefix = self._key("")
        stmt = select(ChannelStateRow).where(ChannelStateRow.key.startswith(prefix))
        out = {}
        for row in self.session.scalars(stmt):
            try:
                out[row.key.removeprefix(prefix)] = json.loads(row.value)
            except ValueError:
                continue
        return out
