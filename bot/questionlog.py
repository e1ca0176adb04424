"""The question log: what was asked where, how it was answered, and the feedback.

User ids are kept only as keyed hashes tied to their channel (see `bot.sealing`); answer ids are
random, so an id neither counts the questions nor lets anyone guess another's. Feedback is taken
only from the asker, in the channel they asked in. Rows older than the retention are deleted.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

from bot.answer import Answer
from bot.database import Database, Transaction, new_id
from bot.sealing import Sealer


@dataclass
class Asked:
    """A question to log: where, by whom (raw id, hashed before it is stored), the answer and its latency."""

    channel: str
    user_id: str | None
    answer: Answer
    latency_ms: float
    id: int = 0

    def __post_init__(self) -> None:
        self.id = self.id or new_id()


class QuestionLog:
    """Thread-safe; `QuestionLog(path)` opens (and migrates) a SQLite database of its own."""

    def __init__(self, target: Path | str | Database, salt: str | None = None, sealer: Sealer | None = None) -> None:
        if isinstance(target, Database):
            self.db, self.sealer = target, sealer
            self._store = None
        else:
            from bot.store import Store

            self._store = Store.open(Path(target), salt=salt)
            self.db, self.sealer = self._store.db, self._store.sealer

    def hash_user(self, channel: str, user_id: str | None) -> str | None:
        return self.sealer.hash(channel, user_id)

    def insert(self, tx: Transaction, asked: Asked) -> int:
        """Log inside a transaction the caller holds (with the outbox parcel of the same answer)."""
        answer = asked.answer
        verdict = answer.detail.get("generator")
        tx.execute(
            "INSERT INTO questions (id, asked_at, channel, user_hash, question, intent, confident, sections, latency_ms,"
            " language, generator) VALUES (:id, :at, :channel, :user, :question, :intent, :confident, :sections,"
            " :latency, :language, :generator)",
            {"id": asked.id, "at": time.time(), "channel": asked.channel,
             "user": self.hash_user(asked.channel, asked.user_id), "question": answer.question,
             "intent": answer.intent, "confident": int(answer.confident),
             "sections": json.dumps([f"{c.title} › {c.section}" for c in answer.citations], ensure_ascii=False),
             "latency": round(asked.latency_ms, 1), "language": answer.language,
             "generator": json.dumps(verdict, ensure_ascii=False) if verdict else None},
        )
        return asked.id

    def record(self, channel: str, user_id: str | None, answer: Answer, latency_ms: float) -> int:
        with self.db.transaction() as tx:
            return self.insert(tx, Asked(channel, user_id, answer, latency_ms))

    def feedback(self, question_id: int, helpful: bool, user_id: str | None, channel: str) -> bool:
        """👍/👎 on a logged answer: only by the user who asked it, in the channel they asked in."""
        owner = self.hash_user(channel, user_id)
        if owner is None:  # a group postback without a user, a visitor without a token: nobody to check
            return False
        return self.db.execute(
            "UPDATE questions SET feedback = :vote WHERE id = :id AND channel = :channel AND user_hash = :owner",
            {"vote": 1 if helpful else -1, "id": question_id, "channel": channel, "owner": owner},
        ).rowcount == 1

    def verdicts(self) -> list[tuple[int, str, dict]]:
        """(id, question, verdict) of every answer the generator was asked for, newest first."""
        rows = self.db.execute("SELECT id, question, generator FROM questions WHERE generator IS NOT NULL"
                               " ORDER BY asked_at DESC").rows
        return [(i, q, json.loads(v)) for i, q, v in rows]

    def question(self, question_id: int) -> str | None:
        row = self.db.execute("SELECT question FROM questions WHERE id = :id", {"id": question_id}).one()
        return row[0] if row else None

    def deliveries(self) -> dict[str, int]:
        """How answers went out: by reply, push or post, failed, still pending."""
        rows = self.db.execute("SELECT COALESCE(via, 'pending'), COUNT(*) FROM parcels GROUP BY COALESCE(via, 'pending')").rows
        return {k: int(n) for k, n in rows}

    def prune(self, days: int) -> int:
        """Forget questions older than `days`."""
        return self.db.execute("DELETE FROM questions WHERE asked_at < :t", {"t": time.time() - days * 86400}).rowcount

    def rows(self, since: float | None = None) -> list[dict]:
        names = ["id", "asked_at", "channel", "user_hash", "question", "intent", "confident", "sections", "latency_ms",
                 "feedback", "language", "generator"]
        rows = self.db.execute(f"SELECT {', '.join(names)} FROM questions WHERE asked_at >= :since ORDER BY asked_at, id",
                               {"since": since or 0}).rows
        return [dict(zip(names, row, strict=True)) for row in rows]

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
