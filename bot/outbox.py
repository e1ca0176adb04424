"""The outbox: every answer to a chat platform is stored before it is sent, and sent exactly once.

A parcel is delivered by one replica at a time: it holds a lease (renewed while an attempt runs)
and a fresh attempt key that fences its writes, so a replica whose lease ran out cannot mark what
another delivered. Each parcel has a delivery key sent with every push (LINE's `X-Line-Retry-Key`),
so a push repeated after an unknown outcome is accepted once. Whether a reply may have left is kept
(`reply_state = sending`) before it leaves: after a crash or a timeout the reply is tried again
rather than pushed. The push target and reply token are sealed; once delivered, target, token and
messages are dropped, and parcels older than the retention are deleted.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass

from bot.database import Database, Transaction, new_id
from bot.sealing import Sealer

SENDING, FAILED = "sending", "failed"
_COLUMNS = ("id, delivery_key, event_key, platform, target, reply_token, reply_state, payload, question_id, created_at,"
            " attempts, attempt_key")


@dataclass
class Parcel:
    """An answer in the outbox, opened for the replica that holds it."""

    id: int
    delivery_key: str
    event_key: str | None
    platform: str
    target: str | None
    reply_token: str | None
    reply_state: str | None
    payload: list
    question_id: int | None
    created_at: float
    attempts: int
    attempt_key: str


class Outbox:
    def __init__(self, db: Database, sealer: Sealer, replica: str, lease: float) -> None:
        self.db, self.sealer, self.replica, self.lease = db, sealer, replica, lease
        self.held: set[int] = set()  # parcels this replica is delivering now (their leases are renewed)

    def _parcel(self, row: tuple) -> Parcel:
        (pid, key, event, platform, target, token, state, payload, qid, created, attempts, attempt) = row
        return Parcel(int(pid), key, event, platform, self.sealer.open(target), self.sealer.open(token), state,
                      json.loads(payload) if payload else [], qid, created, attempts, attempt)

    def put(self, tx: Transaction, platform: str, target: str | None, payload: list, reply_token: str | None = None,
            event_key: str | None = None, question_id: int | None = None) -> Parcel | None:
        """Store an answer, held by this replica for its first attempt; None if the event already has one."""
        now = time.time()
        attempt = f"{uuid.uuid4()}"
        row = tx.execute(
            f"INSERT INTO parcels (id, delivery_key, event_key, platform, target, reply_token, payload, question_id,"
            f" created_at, next_at, attempts, lease_until, holder, attempt_key) VALUES (:id, :dk, :ek, :platform,"
            f" :target, :token, :payload, :qid, :now, :now, 0, :until, :me, :attempt)"
            f" ON CONFLICT (event_key) DO NOTHING RETURNING {_COLUMNS}",
            {"id": new_id(), "dk": str(uuid.uuid4()), "ek": event_key, "platform": platform,
             "target": self.sealer.seal(target), "token": self.sealer.seal(reply_token),
             "payload": json.dumps(payload, ensure_ascii=False), "qid": question_id, "now": now,
             "until": now + self.lease, "me": self.replica, "attempt": attempt},
        ).one()
        if row is None:
            return None
        parcel = self._parcel(row)
        self.held.add(parcel.id)
        return parcel

    def enqueue(self, platform: str, target: str | None, payload: list, reply_token: str | None = None,
                event_key: str | None = None, question_id: int | None = None) -> Parcel | None:
        with self.db.transaction() as tx:
            return self.put(tx, platform, target, payload, reply_token, event_key, question_id)

    def claim(self, limit: int = 50, platform: str | None = None) -> list[Parcel]:
        """Due parcels nobody holds (first attempts that failed, or a dead replica's), now held here, oldest first."""
        now = time.time()
        only = " AND platform = :platform" if platform else ""
        rows = self.db.execute(
            f"UPDATE parcels SET holder = :me, lease_until = :until, attempt_key = CAST(:batch AS TEXT) || '-' || CAST(id AS TEXT)"
            f" WHERE id IN (SELECT id FROM parcels WHERE delivered_at IS NULL AND next_at <= :now{only}"
            f" AND (lease_until IS NULL OR lease_until < :now) ORDER BY next_at LIMIT :limit{self.db.skip_locked})"
            f" AND delivered_at IS NULL AND (lease_until IS NULL OR lease_until < :now) RETURNING {_COLUMNS}",
            {"me": self.replica, "until": now + self.lease, "batch": str(uuid.uuid4()), "now": now, "limit": limit,
             "platform": platform},
        ).rows
        parcels = sorted((self._parcel(r) for r in rows), key=lambda p: p.created_at)
        self.held.update(p.id for p in parcels)
        return parcels

    def _fenced(self, parcel: Parcel, assignments: str, **params) -> bool:
        return self.db.execute(f"UPDATE parcels SET {assignments} WHERE id = :id AND attempt_key = :attempt"
                               f" AND delivered_at IS NULL",
                               {"id": parcel.id, "attempt": parcel.attempt_key, **params}).rowcount == 1

    def sending(self, parcel: Parcel) -> bool:
        """Before a reply leaves: from now on its token may be used up, so it is not pushed without knowing."""
        return self._fenced(parcel, "reply_state = :state", state=SENDING)

    def reply_not_sent(self, parcel: Parcel) -> None:
        """The reply surely did not reach the platform (refused, or no connection): the token is as it was."""
        self._fenced(parcel, "reply_state = :state", state=parcel.reply_state)

    def reply_failed(self, parcel: Parcel) -> None:
        """The platform refused the reply token: the answer may be pushed; the token goes."""
        self._fenced(parcel, "reply_state = :state, reply_token = NULL", state=FAILED)

    def delivered(self, parcel: Parcel, via: str) -> bool:
        """Delivered: what identified the recipient and the message are dropped; the event is done."""
        with self.db.transaction() as tx:
            done = tx.execute(
                "UPDATE parcels SET delivered_at = :now, via = :via, attempts = attempts + 1, target = NULL,"
                " reply_token = NULL, payload = NULL, lease_until = NULL, holder = NULL, last_error = NULL"
                " WHERE id = :id AND attempt_key = :attempt AND delivered_at IS NULL",
                {"now": time.time(), "via": via, "id": parcel.id, "attempt": parcel.attempt_key}).rowcount == 1
            if done and parcel.event_key:
                tx.execute("UPDATE events SET state = 'done' WHERE event_key = :key", {"key": parcel.event_key})
        self.held.discard(parcel.id)
        return done

    def postpone(self, parcel: Parcel, error: str, delay: float) -> None:
        """Not delivered this time: let go, to be tried again after `delay` seconds (by any replica)."""
        self._fenced(parcel, "attempts = attempts + 1, next_at = :at, last_error = :error, lease_until = NULL,"
                     " holder = NULL", at=time.time() + delay, error=error[:300])
        self.held.discard(parcel.id)

    def give_up(self, parcel: Parcel, error: str) -> None:
        """Never delivered: recorded as failed, and what identified the recipient is dropped all the same."""
        self._fenced(parcel, "delivered_at = :now, via = 'failed', last_error = :error, target = NULL, reply_token = NULL,"
                     " payload = NULL, lease_until = NULL, holder = NULL", now=time.time(), error=error[:300])
        self.held.discard(parcel.id)

    def release(self, parcel: Parcel) -> None:
        """Let go at once (stopping): another replica may take it without waiting for the lease."""
        self._fenced(parcel, "lease_until = NULL, holder = NULL")
        self.held.discard(parcel.id)

    def renew(self) -> None:
        if self.held:
            params = {f"p{i}": p for i, p in enumerate(self.held)}
            self.db.execute(f"UPDATE parcels SET lease_until = :until WHERE holder = :me AND delivered_at IS NULL"
                            f" AND id IN ({', '.join(':' + p for p in params)})",
                            {"until": time.time() + self.lease, "me": self.replica, **params})

    def depth(self) -> tuple[int, float]:
        """How many answers wait, and for how many seconds the oldest has waited."""
        count, oldest = self.db.execute("SELECT COUNT(*), MIN(created_at) FROM parcels WHERE delivered_at IS NULL").one()
        return int(count), (time.time() - oldest) if oldest else 0.0

    def prune(self, days: int) -> int:
        """Forget delivered (or given-up) parcels older than the retention."""
        return self.db.execute("DELETE FROM parcels WHERE delivered_at IS NOT NULL AND created_at < :t",
                               {"t": time.time() - days * 86400}).rowcount
