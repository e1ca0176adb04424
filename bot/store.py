"""The service's shared state in one database: question log, event ledger, outbox, rate limits, staff sign-in.

`Store.open` picks SQLite (a file, one process) or PostgreSQL (`PLANBOT_DATABASE_URL`, any number
of replicas), applies the migrations and builds each part on the same connection(s). `answer`
stores an answer in one transaction: the event leaves the ledger, the question is logged and the
parcel enters the outbox — all three or none.
"""

from __future__ import annotations

import os
import socket
import time
import uuid
from pathlib import Path

from anyio import CapacityLimiter, to_thread

from bot.database import Database, open_database
from bot.ledger import Ledger
from bot.outbox import Outbox, Parcel
from bot.questionlog import Asked, QuestionLog
from bot.ratelimit import RateLimits
from bot.sealing import Sealer, sealer_for
from bot.staffauth import LoginThrottle, StaffSessions

LEASE_SECONDS = 60.0


class Store:
    def __init__(self, db: Database, sealer: Sealer, lease: float = LEASE_SECONDS, login_max_wait: float = 30.0) -> None:
        self.db, self.sealer, self.lease = db, sealer, lease
        self.replica = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.questions = QuestionLog(db, sealer=sealer)
        self.ledger = Ledger(db, sealer, self.replica, lease)
        self.outbox = Outbox(db, sealer, self.replica, lease)
        self.limits = RateLimits(db, sealer)
        self.sessions = StaffSessions(db)
        self.logins = LoginThrottle(db, sealer, login_max_wait)
        self._threads = CapacityLimiter(8)  # database calls off the event loop, a few at a time

    @classmethod
    def open(cls, path: Path, url: str | None = None, salt: str | None = None, key: str | None = None,
             lease: float = LEASE_SECONDS, login_max_wait: float = 30.0) -> Store:
        sealer = sealer_for(salt, key, path, shared=bool(url))
        return cls(open_database(url, path, sealer), sealer, lease, login_max_wait)

    @classmethod
    def from_settings(cls, settings) -> Store:
        def secret(value) -> str | None:
            return value.get_secret_value() if value else None

        return cls.open(settings.db, secret(settings.database_url), secret(settings.hash_salt), secret(settings.data_key),
                        settings.lease_seconds, settings.staff_login_max_wait)

    async def run(self, function, *args):
        """Call a blocking database method from async code without stalling the event loop."""
        return await to_thread.run_sync(lambda: function(*args), limiter=self._threads)

    def answer(self, event_key: str | None, platform: str, target: str | None, payload: list,
               reply_token: str | None = None, asked: Asked | None = None) -> Parcel | None:
        """Log the question and keep the answer in the outbox, as the event's one answer; None if it has one already."""
        try:
            with self.db.transaction() as tx:
                if event_key and not self.ledger.answered(tx, event_key):
                    raise _AlreadyAnswered  # another replica holds the event now: store nothing
                if asked is not None:
                    self.questions.insert(tx, asked)
                parcel = self.outbox.put(tx, platform, target, payload, reply_token, event_key,
                                         asked.id if asked else None)
                if parcel is None:
                    raise _AlreadyAnswered
        except _AlreadyAnswered:
            return None
        return parcel

    def started(self, retention_days: int) -> None:
        """At start: the retention applied; with SQLite (one process) what a previous process held is free now."""
        self.prune(retention_days)
        if self.db.dialect == "sqlite":
            self.db.execute("UPDATE events SET lease_until = 0 WHERE state IN ('received', 'handling')")
            self.db.execute("UPDATE parcels SET lease_until = NULL, holder = NULL WHERE delivered_at IS NULL")

    def let_go(self) -> None:
        """Stopping: what this replica held is given back, for another to take at once."""
        self.db.execute("UPDATE events SET lease_until = 0 WHERE holder = :me AND state = 'handling'",
                        {"me": self.replica})
        self.db.execute("UPDATE parcels SET lease_until = NULL, holder = NULL WHERE holder = :me AND delivered_at IS NULL",
                        {"me": self.replica})

    def renew(self) -> None:
        """Keep alive the leases of what this replica is working on."""
        self.ledger.renew()
        self.outbox.renew()

    def prune(self, retention_days: int) -> dict[str, int]:
        """Retention: questions, event keys and delivered parcels older than the setting; drained limits always."""
        return {"questions": self.questions.prune(retention_days), "events": self.ledger.prune(retention_days),
                "parcels": self.outbox.prune(retention_days), "rate_limits": self.limits.evict(),
                "staff_sessions": self.sessions.prune(), "login_failures": self.logins.prune()}

    def ready(self) -> float:
        """Seconds the database took to answer (raises `DatabaseError` when it does not)."""
        started = time.perf_counter()
        self.db.ping()
        return time.perf_counter() - started

    def close(self) -> None:
        self.db.close()


class _AlreadyAnswered(Exception):
    """The event's answer was stored by another replica in the meantime (the transaction is rolled back)."""
