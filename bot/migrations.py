"""The schema and its migrations: numbered steps, applied once, in order, in one transaction.

Why not Alembic or yoyo: Alembic brings SQLAlchemy for a handful of tables, and both open their own
connections and lock tables beside ours. Here a step is plain SQL valid on SQLite and PostgreSQL
(or a Python function, when data must be carried over with the sealing key); all pending steps run
in one transaction under PostgreSQL's advisory lock or SQLite's write lock, so replicas starting
together apply each step exactly once, and a failed step leaves the schema as it was.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable

from bot.database import Database, Transaction, new_id

LOCK_ID = 7_243_581_190  # PostgreSQL advisory lock taken while migrating

SCHEMA = """
CREATE TABLE IF NOT EXISTS questions (
    id BIGINT PRIMARY KEY,
    asked_at DOUBLE PRECISION NOT NULL,
    channel TEXT NOT NULL,
    user_hash TEXT,
    question TEXT NOT NULL,
    intent TEXT,
    confident INTEGER,
    sections TEXT,
    latency_ms DOUBLE PRECISION,
    feedback INTEGER,
    language TEXT,
    generator TEXT
);
CREATE INDEX IF NOT EXISTS questions_time ON questions (asked_at);

CREATE TABLE events (
    event_key TEXT PRIMARY KEY,
    platform TEXT NOT NULL,
    received_at DOUBLE PRECISION NOT NULL,
    state TEXT NOT NULL,
    lease_until DOUBLE PRECISION,
    holder TEXT,
    sealed TEXT,
    handled_at DOUBLE PRECISION
);
CREATE INDEX events_open ON events (state, lease_until);
CREATE INDEX events_time ON events (received_at);

CREATE TABLE parcels (
    id BIGINT PRIMARY KEY,
    delivery_key TEXT NOT NULL UNIQUE,
    event_key TEXT UNIQUE,
    platform TEXT NOT NULL,
    target TEXT,
    reply_token TEXT,
    reply_state TEXT,
    payload TEXT,
    question_id BIGINT,
    created_at DOUBLE PRECISION NOT NULL,
    next_at DOUBLE PRECISION NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    lease_until DOUBLE PRECISION,
    holder TEXT,
    attempt_key TEXT,
    delivered_at DOUBLE PRECISION,
    via TEXT,
    last_error TEXT
);
CREATE INDEX parcels_due ON parcels (delivered_at, next_at);
CREATE INDEX parcels_time ON parcels (created_at);

CREATE TABLE rate_limits (
    bucket TEXT PRIMARY KEY,
    tat DOUBLE PRECISION NOT NULL
);
CREATE INDEX rate_limits_tat ON rate_limits (tat);

CREATE TABLE staff_sessions (
    id_hash TEXT PRIMARY KEY,
    username TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    created_at DOUBLE PRECISION NOT NULL,
    expires_at DOUBLE PRECISION NOT NULL
);
CREATE INDEX staff_sessions_expiry ON staff_sessions (expires_at);

CREATE TABLE login_failures (
    bucket TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    last_at DOUBLE PRECISION NOT NULL,
    wait_until DOUBLE PRECISION NOT NULL
)
"""


def _tables(db: Database, tx: Transaction) -> set[str]:
    if db.dialect == "sqlite":
        rows = tx.execute("SELECT name FROM sqlite_master WHERE type = 'table'").rows
    else:
        rows = tx.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()").rows
    return {r[0] for r in rows}


def _schema(db: Database, tx: Transaction, sealer) -> None:
    for statement in (s.strip() for s in SCHEMA.split(";")):
        if statement:
            tx.execute(statement)


def _adopt_single_process_tables(db: Database, tx: Transaction, sealer) -> None:
    """Earlier versions kept raw user ids, tokens and whole events in `outbox` and `seen_events` (SQLite):
    answers still waiting move into `parcels` sealed, events never answered into `events` sealed; the rest goes."""
    tables = _tables(db, tx)
    now = time.time()
    if "outbox" in tables:
        for event_id, platform, target, token, payload, question_id, created_at, attempts in tx.execute(
                "SELECT event_id, platform, target, reply_token, payload, question_id, created_at, attempts"
                " FROM outbox WHERE delivered_at IS NULL").rows:
            key = event_id if not event_id or event_id.startswith("slack:") else f"line:{event_id}"
            tx.execute(
                "INSERT INTO parcels (id, delivery_key, event_key, platform, target, reply_token, payload, question_id,"
                " created_at, next_at, attempts) VALUES (:id, :dk, :ek, :platform, :target, :token, :payload, :qid,"
                " :created, :now, :attempts)",
                {"id": new_id(), "dk": str(uuid.uuid4()), "ek": key, "platform": platform,
                 "target": sealer.seal(target), "token": sealer.seal(token), "payload": payload, "qid": question_id,
                 "created": created_at, "now": now, "attempts": attempts})
    if "seen_events" in tables:
        boxed = {r[0] for r in tx.execute("SELECT event_key FROM parcels WHERE event_key IS NOT NULL").rows}
        columns = {r[1] for r in tx.execute("PRAGMA table_info(seen_events)").rows} if db.dialect == "sqlite" else set()
        if {"done", "payload", "platform"} <= columns:
            for event_id, platform, payload, seen_at in tx.execute(
                    "SELECT event_id, platform, payload, seen_at FROM seen_events"
                    " WHERE done = 0 AND payload IS NOT NULL").rows:
                key = event_id if event_id.startswith("slack:") else f"line:{event_id}"
                if key not in boxed:
                    tx.execute("INSERT INTO events (event_key, platform, received_at, state, lease_until, sealed)"
                               " VALUES (:key, :platform, :seen, 'received', 0, :sealed)",
                               {"key": key, "platform": platform or "line", "seen": seen_at,
                                "sealed": sealer.seal(json.dumps({"event": json.loads(payload)}, ensure_ascii=False))})
    for table in ("outbox", "seen_events", "meta"):
        if table in tables:
            tx.execute(f"DROP TABLE {table}")


MIGRATIONS: list[tuple[int, str, Callable]] = [
    (1, "questions, event ledger, outbox, rate limits, staff sessions and login failures", _schema),
    (2, "adopt the single-process tables of earlier versions", _adopt_single_process_tables),
]


def migrate(db: Database, sealer) -> list[int]:
    """Apply the steps not applied yet; returns their numbers."""
    with db.transaction() as tx:
        if db.dialect == "postgresql":
            tx.execute("SELECT pg_advisory_xact_lock(:lock)", {"lock": LOCK_ID})
        tx.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                   " applied_at DOUBLE PRECISION NOT NULL)")
        done = {r[0] for r in tx.execute("SELECT version FROM schema_migrations").rows}
        applied = []
        for version, name, step in MIGRATIONS:
            if version in done:
                continue
            step(db, tx, sealer)
            tx.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, :t)",
                       {"v": version, "n": name, "t": time.time()})
            applied.append(version)
        return applied
