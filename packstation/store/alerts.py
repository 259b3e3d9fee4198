"""Alert repositories: one alert row per condition key, one send row per recipient, retried until sent."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from packstation.store.bulk import chunks
from packstation.store.tables import AlertRow, AlertSendRow


class AlertLog:
    def __init__(self, session: Session) -> None:
        self.session = session

    def known_keys(self, keys: Sequence[str]) -> set[str]:
        out: set[str] = set()
        for part in chunks(list(keys)):
            out.update(self.session.scalars(select(AlertRow.key).where(AlertRow.key.in_(part))))
        return out

    def add(self, rows: Sequence[dict[str, Any]]) -> list[AlertRow]:
        """Insert alerts whose key is new; returns the stored rows (with ids)."""
        if not rows:
            return []
        for part in chunks(list(rows), 2000):
            self.session.execute(insert(AlertRow), list(part))
        keys = [r["key"] for r in rows]
        out: list[AlertRow] = []
        for part in chunks(keys):
            out.extend(self.session.scalars(select(AlertRow).where(AlertRow.key.in_(part))))
        return out

    def add_sends(self, rows: Sequence[dict[str, Any]]) -> None:
        for part in chunks(list(rows), 2000):
            self.session.execute(insert(AlertSendRow), list(part))

    def due_sends(self, now: datetime, limit: int = 200) -> list[tuple[AlertSendRow, AlertRow]]:
        stmt = (
            select(AlertSendRow, AlertRow)
            .join(AlertRow, AlertRow.id == AlertSendRow.alert_id)
            .where(AlertSendRow.state == "pending", AlertSendRow.next_attempt_at <= now)
            .order_by(AlertSendRow.next_attempt_at, AlertSendRow.id)
            .limit(limit)
        )
        return [(s, a) for s, a in self.session.execute(stmt)]

    def mark(self, send_id: int, **values: Any) -> None:
        self.session.execute(update(AlertSendRow).where(AlertSendRow.id == send_id).values(**values))

    def sends_for(self, alert_id: int) -> list[AlertSendRow]:
        stmt = select(AlertSendRow).where(AlertSendRow.alert_id == alert_id).order_by(AlertSendRow.id)
        return list(self.session.scalars(stmt))

    def unseen(self, limit: int = 100) -> list[AlertRow]:
        stmt = (
            select(AlertRow)
            .where(AlertRow.seen_at.is_(None), AlertRow.kind != "digest")
            .order_by(AlertRow.raised_at.desc(), AlertRow.id.desc())
            .limit(limit)
        )
        return list(self.session.scalars(stmt))

    def count_unseen(self) -> int:
        stmt = (
            select(func.count())
            .select_from(AlertRow)
            .where(AlertRow.seen_at.is_(None), AlertRow.kind != "digest")
        )
        return self.session.scalar(stmt) or 0

    def mark_seen(self, ids: Sequence[int], user: str, at: datetime) -> None:
        for part in chunks(list(ids)):
            self.session.execute(
                update(AlertRow)
                .where(AlertRow.id.in_(part), AlertRow.seen_at.is_(None))
                .values(seen_by=user, seen_at=at)
            )

    def raised_between(self, since: datetime, until: datetime) -> list[AlertRow]:
        stmt = (
            select(AlertRow)
            .where(AlertRow.raised_at > since, AlertRow.raised_at <= until, AlertRow.kind != "digest")
            .order_by(AlertRow.kind, AlertRow.raised_at, AlertRow.id)
        )
        return list(self.session.scalars(stmt))

    def last_digest_at(self) -> datetime | None:
        stmt = select(func.max(AlertRow.raised_at)).where(AlertRow.kind == "digest")
        value = self.session.scalar(stmt)
        if isinstance(value, str):
            value = AlertRow.__table__.c.raised_at.type.process_result_value(
                datetime.fromisoformat(value), None
            )
        return value
