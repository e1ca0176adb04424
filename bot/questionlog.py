"""The question log (SQLite): what was asked where, how it was answered, and the feedback.

User ids are stored only as salted hashes; the salt lives outside the database (a setting, or a
0600 file beside it), so a copy of the database alone does not let anyone test a guessed id.
The same database remembers webhook events (answered once, retried when never answered) and
keeps the outbox of answers not yet delivered.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import sqlite3
import threading
import time
from dataclasses import dataclass
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
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT,
    platform TEXT NOT NULL,
    target TEXT NOT NULL,
    reply_token TEXT,
    payload TEXT NOT NULL,
    question_id INTEGER,
    created_at REAL NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_at REAL NOT NULL,
    delivered_at REAL,
    via TEXT,
    last_error TEXT
);
CREATE INDEX IF NOT EXISTS outbox_pending ON outbox (delivered_at, next_at);
CREATE INDEX IF NOT EXISTS outbox_event ON outbox (event_id);
"""
STALE_SECONDS = 120  # an event claimed this long ago and neither answered nor in the outbox was lost in a crash


@dataclass
class Parcel:
    """An answer waiting in the outbox: to whom, what, and how often it was tried."""

    id: int
    platform: str
    target: str
    reply_token: str | None
    payload: list
    created_at: float
    attempts: int


class QuestionLog:
    """Thread-safe: the service writes from request handlers and background tasks."""

    def __init__(self, path: Path, salt: str | None = None) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._lock = threading.Lock()
        with self._lock:
            self._db.executescript(SCHEMA)
            columns = {row[1] for row in self._db.execute("PRAGMA table_info(seen_events)")}
            for name, kind in (("done", "INTEGER NOT NULL DEFAULT 0"), ("handled_at", "REAL"), ("platform", "TEXT"),
                               ("payload", "TEXT")):
                if name not in columns:
                    self._db.execute(f"ALTER TABLE seen_events ADD COLUMN {name} {kind}")
            asked = {row[1] for row in self._db.execute("PRAGMA table_info(questions)")}
            for name in ("language", "generator"):  # the question's language; the generator check's verdict
                if name not in asked:
                    self._db.execute(f"ALTER TABLE questions ADD COLUMN {name} TEXT")
            self._salt = salt or self._salt_file(path)

    def _salt_file(self, path: Path) -> str:
        """The salt kept in a 0600 file beside the database (moved there from older databases)."""
        file = path.with_name(path.name + ".salt")
        old = self._db.execute("SELECT value FROM meta WHERE key = 'salt'").fetchone()
        if not file.exists():
            fd = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as out:
                out.write(old[0] if old else secrets.token_hex(16))
        if old:
            self._db.execute("DELETE FROM meta WHERE key = 'salt'")
        return file.read_text().strip()

    def hash_user(self, user_id: str | None) -> str | None:
        if not user_id:
            return None
        return hashlib.sha256(f"{self._salt}:{user_id}".encode()).hexdigest()[:32]

    def record(self, channel: str, user_id: str | None, answer: Answer, latency_ms: float) -> int:
        sections = json.dumps([f"{c.title} › {c.section}" for c in answer.citations], ensure_ascii=False)
        verdict = answer.detail.get("generator")
        with self._lock:
            cursor = self._db.execute(
                "INSERT INTO questions (asked_at, channel, user_hash, question, intent, confident, sections,"
                " latency_ms, language, generator) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (time.time(), channel, self.hash_user(user_id), answer.question, answer.intent,
                 int(answer.confident), sections, round(latency_ms, 1), answer.language,
                 json.dumps(verdict, ensure_ascii=False) if verdict else None),
            )
            return int(cursor.lastrowid)

    def feedback(self, question_id: int, helpful: bool, user_id: str | None = None) -> bool:
        """Record 👍/👎 on a logged answer; with a user id, only the user who asked may rate it."""
        owner = self.hash_user(user_id)
        with self._lock:
            cursor = self._db.execute(
                "UPDATE questions SET feedback = ? WHERE id = ? AND (? IS NULL OR user_hash = ?)",
                (1 if helpful else -1, question_id, owner, owner),
            )
            return cursor.rowcount == 1

    def verdicts(self) -> list[tuple[int, str, dict]]:
        """(id, question, verdict) of every answer the generator was asked for, newest first."""
        with self._lock:
            rows = self._db.execute("SELECT id, question, generator FROM questions WHERE generator IS NOT NULL"
                                    " ORDER BY id DESC").fetchall()
        return [(i, q, json.loads(v)) for i, q, v in rows]

    def question(self, question_id: int) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT question FROM questions WHERE id = ?", (question_id,)).fetchone()
        return row[0] if row else None

    def receive(self, event_id: str, platform: str, payload: dict) -> bool:
        """Keep an incoming event before acknowledging it, so a crash cannot lose it; False if known."""
        with self._lock:
            return self._db.execute(
                "INSERT OR IGNORE INTO seen_events (event_id, seen_at, platform, payload) VALUES (?, ?, ?, ?)",
                (event_id, time.time(), platform, json.dumps(payload, ensure_ascii=False)),
            ).rowcount == 1

    def claim(self, event_id: str) -> bool:
        """Whether to handle an event now: new or received, or handled before but never answered (a crash).

        An event answered (done) or with an answer in the outbox is not handled again; one being
        handled moments ago is in hand already.
        """
        now = time.time()
        with self._lock:
            self._db.execute("INSERT OR IGNORE INTO seen_events (event_id, seen_at) VALUES (?, ?)", (event_id, now))
            handled_at, done = self._db.execute("SELECT handled_at, done FROM seen_events WHERE event_id = ?",
                                                (event_id,)).fetchone()
            boxed = self._db.execute("SELECT 1 FROM outbox WHERE event_id = ?", (event_id,)).fetchone()
            if done or boxed or (handled_at is not None and now - handled_at < STALE_SECONDS):
                return False
            self._db.execute("UPDATE seen_events SET handled_at = ? WHERE event_id = ?", (now, event_id))
            return True

    def unhandled(self, platform: str) -> list[dict]:
        """Events received but neither answered nor with an answer waiting (the process that took them died)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT event_id, payload FROM seen_events WHERE platform = ? AND done = 0 AND payload IS NOT NULL"
                " AND NOT EXISTS (SELECT 1 FROM outbox WHERE outbox.event_id = seen_events.event_id) ORDER BY seen_at",
                (platform,),
            ).fetchall()
            self._db.execute(f"UPDATE seen_events SET handled_at = ? WHERE event_id IN ({','.join('?' * len(rows))})",
                             (time.time(), *(r[0] for r in rows)))
        return [json.loads(r[1]) for r in rows]

    def done(self, event_id: str) -> None:
        """The event was answered: a retry of it is acknowledged and dropped."""
        with self._lock:
            self._db.execute("UPDATE seen_events SET done = 1 WHERE event_id = ?", (event_id,))

    def settle(self, event_id: str) -> None:
        """An event that needed no answer is handled; one with an answer is done when it is delivered."""
        with self._lock:
            self._db.execute("UPDATE seen_events SET done = 1 WHERE event_id = ? AND NOT EXISTS "
                             "(SELECT 1 FROM outbox WHERE event_id = ?)", (event_id, event_id))

    # --- the outbox: answers kept until delivered

    def enqueue(self, platform: str, target: str, payload: list, reply_token: str | None = None,
                event_id: str | None = None, question_id: int | None = None, grace: float = 0.0) -> int:
        """Keep an answer until delivered; the retry loop leaves it alone for `grace` seconds."""
        now = time.time()
        with self._lock:
            cursor = self._db.execute(
                "INSERT INTO outbox (event_id, platform, target, reply_token, payload, question_id, created_at,"
                " next_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (event_id, platform, target, reply_token, json.dumps(payload, ensure_ascii=False), question_id, now,
                 now + grace),
            )
            return int(cursor.lastrowid)

    def delivered(self, parcel_id: int, via: str) -> None:
        with self._lock:
            self._db.execute("UPDATE outbox SET delivered_at = ?, via = ?, attempts = attempts + 1 WHERE id = ?",
                             (time.time(), via, parcel_id))
            self._db.execute("UPDATE seen_events SET done = 1 WHERE event_id = "
                             "(SELECT event_id FROM outbox WHERE id = ?)", (parcel_id,))

    def postpone(self, parcel_id: int, error: str, delay: float) -> None:
        with self._lock:
            self._db.execute(
                "UPDATE outbox SET attempts = attempts + 1, next_at = ?, last_error = ?, reply_token = NULL WHERE id = ?",
                (time.time() + delay, error[:300], parcel_id),
            )

    def give_up(self, parcel_id: int, error: str) -> None:
        with self._lock:
            self._db.execute("UPDATE outbox SET delivered_at = ?, via = 'failed', last_error = ? WHERE id = ?",
                             (time.time(), error[:300], parcel_id))

    def due(self, platform: str, limit: int = 20) -> list[Parcel]:
        """Undelivered answers whose next attempt is due, oldest first."""
        with self._lock:
            rows = self._db.execute(
                "SELECT id, platform, target, reply_token, payload, created_at, attempts FROM outbox"
                " WHERE delivered_at IS NULL AND platform = ? AND next_at <= ? ORDER BY id LIMIT ?",
                (platform, time.time(), limit),
            ).fetchall()
        return [Parcel(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5], r[6]) for r in rows]

    def parcel(self, parcel_id: int) -> Parcel | None:
        with self._lock:
            r = self._db.execute("SELECT id, platform, target, reply_token, payload, created_at, attempts FROM outbox"
                                 " WHERE id = ?", (parcel_id,)).fetchone()
        return Parcel(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5], r[6]) if r else None

    def deliveries(self) -> dict[str, int]:
        """How answers went out: by reply, by push, failed, still pending."""
        with self._lock:
            rows = self._db.execute("SELECT COALESCE(via, 'pending'), COUNT(*) FROM outbox GROUP BY 1").fetchall()
        return dict(rows)

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
