"""The question log (SQLite): what was asked where, how it was answered, and the feedback.

User ids are stored only as salted hashes; the salt is made once and kept in the database.
The same database remembers webhook event ids, so a redelivered event is answered once.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import sqlite3
import threading
import time
from pathlib import Path

from bot.answer import Answer

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS questions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    asked_at REAL NOT NULL,
    channel TEXT NOT NULL,
    user_hash TEXT,
    question TEXT NOT NULL,
    intent TEXT,
    confident INTEGER,
    sections TEXT,
    latency_ms REAL,
    feedback INTEGER
);
CREATE INDEX IF NOT EXISTS questions_time ON questions (asked_at);
CREATE TABLE IF NOT EXISTS seen_events (event_id TEXT PRIMARY KEY, seen_at REAL NOT NULL);
"""


class QuestionLog:
    """Thread-safe: the service writes from request handlers and background tasks."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._lock = threading.Lock()
        with self._lock:
            self._db.executescript(SCHEMA)
            row = self._db.execute("SELECT value FROM meta WHERE key = 'salt'").fetchone()
            if row is None:
                self._db.execute("INSERT INTO meta VALUES ('salt', ?)", (secrets.token_hex(16),))
                row = self._db.execute("SELECT value FROM meta WHERE key = 'salt'").fetchone()
        self._salt = row[0]

    def hash_user(self, user_id: str | None) -> str | None:
        if not user_id:
            return None
        return hashlib.sha256(f"{self._salt}:{user_id}".encode()).hexdigest()[:32]

    def record(self, channel: str, user_id: str | None, answer: Answer, latency_ms: float) -> int:
        sections = json.dumps([f"{c.title} › {c.section}" for c in answer.citations], ensure_ascii=False)
        with self._lock:
            cursor = self._db.execute(
                "INSERT INTO questions (asked_at, channel, user_hash, question, intent, confident, sections,"
                " latency_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (time.time(), channel, self.hash_user(user_id), answer.question, answer.intent,
                 int(answer.confident), sections, round(latency_ms, 1)),
            )
            return int(cursor.lastrowid)

    def feedback(self, question_id: int, helpful: bool) -> bool:
        with self._lock:
            cursor = self._db.execute("UPDATE questions SET feedback = ? WHERE id = ?", (1 if helpful else -1, question_id))
            return cursor.rowcount == 1

    def question(self, question_id: int) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT question FROM questions WHERE id = ?", (question_id,)).fetchone()
        return row[0] if row else None

    def first_time(self, event_id: str) -> bool:
        """True the first time an event id is seen; False for every redelivery after it."""
        with self._lock:
            cursor = self._db.execute(
                "INSERT OR IGNORE INTO seen_events VALUES (?, ?)", (event_id, time.time())
            )
            return cursor.rowcount == 1

    def prune(self, days: int) -> int:
        """Forget questions older than `days` (and webhook event ids older than a week)."""
        now = time.time()
        with self._lock:
            removed = self._db.execute("DELETE FROM questions WHERE asked_at < ?", (now - days * 86400,)).rowcount
            self._db.execute("DELETE FROM seen_events WHERE seen_at < ?", (now - 7 * 86400,))
        return removed

    def rows(self, since: float | None = None) -> list[dict]:
        with self._lock:
            cursor = self._db.execute(
                "SELECT * FROM questions WHERE asked_at >= ? ORDER BY id", (since or 0,)
            )
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def close(self) -> None:
        with self._lock:
            self._db.close()
