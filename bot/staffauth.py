"""Staff sign-in that can be neither locked nor guessed: server-side sessions and a growing delay per failure.

Sessions live in the database (only a hash of the cookie's random id), so logging out revokes one
on every replica, and each carries a fingerprint of the password it was opened with: a changed
PLANBOT_STAFF_PASSWORD ends them all. Failed attempts are counted per account and per client
address; after a few, the next attempt must wait, 1 s, 2 s, 4 s… up to `max_wait`, and attempts
made while waiting are turned away unchecked — so guessing gets slow, but nobody is locked out for
long. A browser that has signed in before carries a device cookie and is judged on its own
failures only, so an attack from the same office network does not keep the staff out at all.
"""

from __future__ import annotations

import hashlib
import secrets
import time

from bot.database import Database
from bot.sealing import Sealer

FREE_FAILURES = 3  # failures allowed before the first wait
DECAY_SECONDS = 3600.0  # a bucket with no failure for this long starts again from nothing


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class StaffSessions:
    def __init__(self, db: Database) -> None:
        self.db = db

    def open(self, username: str, fingerprint: str, seconds: float) -> str:
        """A new session; returns the token for the cookie (only its hash is stored)."""
        token = secrets.token_urlsafe(32)
        now = time.time()
        self.db.execute("INSERT INTO staff_sessions (id_hash, username, fingerprint, created_at, expires_at)"
                        " VALUES (:id, :user, :fp, :now, :until)",
                        {"id": _digest(token), "user": username, "fp": fingerprint, "now": now, "until": now + seconds})
        return token

    def user(self, token: str | None, fingerprint: str) -> str | None:
        """Who the session belongs to; None when unknown, expired, revoked or opened with another password."""
        if not token or len(token) > 100:
            return None
        row = self.db.execute("SELECT username, fingerprint, expires_at FROM staff_sessions WHERE id_hash = :id",
                              {"id": _digest(token)}).one()
        if row is None or row[2] < time.time() or not secrets.compare_digest(row[1], fingerprint):
            return None
        return row[0]

    def revoke(self, token: str | None) -> None:
        if token and len(token) <= 100:
            self.db.execute("DELETE FROM staff_sessions WHERE id_hash = :id", {"id": _digest(token)})

    def revoke_other_passwords(self, fingerprint: str) -> int:
        """End every session opened with a password other than the current one."""
        return self.db.execute("DELETE FROM staff_sessions WHERE fingerprint <> :fp", {"fp": fingerprint}).rowcount

    def prune(self) -> int:
        return self.db.execute("DELETE FROM staff_sessions WHERE expires_at < :now", {"now": time.time()}).rowcount


class LoginThrottle:
    """Failures per bucket (an account, an address, a device), each bucket hashed; a wait that doubles per failure.

    One attempt per bucket is checked at a time: `acquire` holds the bucket for `HOLD` seconds, so
    requests sent in parallel cannot each try a password while the count still says nothing.
    """

    HOLD = 3.0

    def __init__(self, db: Database, sealer: Sealer, max_wait: float) -> None:
        self.db, self.sealer, self.max_wait = db, sealer, max_wait

    def delay(self, failures: int) -> float:
        return 0.0 if failures < FREE_FAILURES else min(self.max_wait, 2.0 ** (failures - FREE_FAILURES))

    def _buckets(self, keys: dict[str, str | None]) -> list[str]:
        return [b for scope, key in keys.items() if (b := self.sealer.hash(f"login-{scope}", key))]

    def acquire(self, keys: dict[str, str | None], now: float | None = None) -> float:
        """0 when an attempt under these buckets may be checked now (they are held for it); else seconds to wait."""
        now = time.time() if now is None else now
        with self.db.transaction() as tx:
            taken: list[str] = []
            for bucket in self._buckets(keys):
                row = tx.execute(
                    "INSERT INTO login_failures (bucket, failures, last_at, wait_until) VALUES (:b, 0, :now, :hold)"
                    " ON CONFLICT (bucket) DO UPDATE SET wait_until = :hold WHERE login_failures.wait_until <= :now"
                    " RETURNING failures", {"b": bucket, "now": now, "hold": now + self.HOLD}).one()
                if row is None:
                    wait = tx.execute("SELECT wait_until FROM login_failures WHERE bucket = :b", {"b": bucket}).one()
                    for held in taken:  # give back what this attempt took
                        tx.execute("UPDATE login_failures SET wait_until = :now WHERE bucket = :b", {"b": held, "now": now})
                    return max(0.5, (wait[0] if wait else now) - now)
                taken.append(bucket)
        return 0.0

    def failed(self, keys: dict[str, str | None], now: float | None = None) -> float:
        """Count a failure in every bucket and release them; returns the wait now imposed."""
        now = time.time() if now is None else now
        longest = 0.0
        with self.db.transaction() as tx:
            for bucket in self._buckets(keys):
                failures = tx.execute(
                    "INSERT INTO login_failures (bucket, failures, last_at, wait_until) VALUES (:b, 1, :now, :now)"
                    " ON CONFLICT (bucket) DO UPDATE SET last_at = :now, failures = CASE WHEN"
                    " login_failures.last_at < :stale THEN 1 ELSE login_failures.failures + 1 END RETURNING failures",
                    {"b": bucket, "now": now, "stale": now - DECAY_SECONDS}).one()[0]
                wait = self.delay(int(failures))
                longest = max(longest, wait)
                tx.execute("UPDATE login_failures SET wait_until = :w WHERE bucket = :b", {"b": bucket, "w": now + wait})
        return longest

    def succeeded(self, keys: dict[str, str | None]) -> None:
        buckets = self._buckets(keys)
        if buckets:
            params = {f"b{i}": b for i, b in enumerate(buckets)}
            self.db.execute(f"DELETE FROM login_failures WHERE bucket IN ({', '.join(':' + p for p in params)})", params)

    def prune(self, now: float | None = None) -> int:
        now = time.time() if now is None else now
        return self.db.execute("DELETE FROM login_failures WHERE last_at < :t AND wait_until < :now",
                               {"t": now - DECAY_SECONDS, "now": now}).rowcount
