"""The event ledger: each platform event once, by its idempotency key, across replicas and crashes.

An event is written before the platform gets its 200, held by the replica that took it under a
lease it renews while answering, and sealed (encrypted) until its answer is in the outbox. A
redelivery, or the same event sent to two replicas at once, finds the key taken and is dropped; an
event whose replica died is taken up by another once the lease has run out. Once answered only
the key, the platform, the times and the state remain: never the text, the user or a token.
"""

from __future__ import annotations

import json
import time

from bot.database import Database, Transaction
from bot.sealing import Sealer

RECEIVED, HANDLING, ANSWERED, DONE = "received", "handling", "answered", "done"


class Ledger:
    def __init__(self, db: Database, sealer: Sealer, replica: str, lease: float) -> None:
        self.db, self.sealer, self.replica, self.lease = db, sealer, replica, lease
        self.held: set[str] = set()  # the events this replica is answering (their leases are renewed)

    def receive(self, key: str, platform: str, event: dict) -> bool:
        """Keep a new event, held by this replica; False when the key is known (a redelivery, another replica's)."""
        now = time.time()
        taken = self.db.execute(
            "INSERT INTO events (event_key, platform, received_at, state, lease_until, holder, sealed)"
            " VALUES (:key, :platform, :now, :state, :until, :me, :sealed) ON CONFLICT (event_key) DO NOTHING",
            {"key": key, "platform": platform, "now": now, "state": HANDLING, "until": now + self.lease,
             "me": self.replica, "sealed": self.sealer.seal(json.dumps(event, ensure_ascii=False))},
        ).rowcount == 1
        if taken:
            self.held.add(key)
        return taken

    def answered(self, tx: Transaction, key: str) -> bool:
        """Inside the transaction that stores the answer: the event leaves the ledger's hands, its contents dropped.

        False when another replica took the event meanwhile (this replica's lease ran out): its answer is not stored.
        An event never received here (a handler method called directly) is written as answered.
        """
        now = time.time()
        changed = tx.execute(
            "UPDATE events SET state = :answered, sealed = NULL, lease_until = NULL, handled_at = :now"
            " WHERE event_key = :key AND state = :handling AND holder = :me",
            {"answered": ANSWERED, "now": now, "key": key, "handling": HANDLING, "me": self.replica},
        ).rowcount == 1
        if not changed:
            changed = tx.execute(
                "INSERT INTO events (event_key, platform, received_at, state, handled_at)"
                " VALUES (:key, :platform, :now, :answered, :now) ON CONFLICT (event_key) DO NOTHING",
                {"key": key, "platform": key.split(":", 1)[0], "now": now, "answered": ANSWERED},
            ).rowcount == 1
        self.held.discard(key)
        return changed

    def settle(self, key: str) -> None:
        """An event that needed no answer (or could not be answered) is done; its contents go."""
        self.db.execute("UPDATE events SET state = :done, sealed = NULL, lease_until = NULL, handled_at = :now"
                        " WHERE event_key = :key AND state IN (:received, :handling)",
                        {"done": DONE, "now": time.time(), "key": key, "received": RECEIVED, "handling": HANDLING})
        self.held.discard(key)

    def release(self, key: str) -> None:
        """Give an event back at once (this replica is stopping): another takes it without waiting for the lease."""
        self.db.execute("UPDATE events SET lease_until = 0 WHERE event_key = :key AND holder = :me AND state = :handling",
                        {"key": key, "me": self.replica, "handling": HANDLING})
        self.held.discard(key)

    def reclaim(self, platform: str, limit: int = 20) -> list[tuple[str, dict]]:
        """Events received but never answered whose holder's lease ran out (it died): now held here, with their contents."""
        now = time.time()
        rows = self.db.execute(
            "UPDATE events SET state = :handling, holder = :me, lease_until = :until WHERE event_key IN ("
            " SELECT event_key FROM events WHERE platform = :platform AND state IN (:received, :handling)"
            " AND sealed IS NOT NULL AND lease_until < :now ORDER BY received_at LIMIT :limit" + self.db.skip_locked + ")"
            " AND state IN (:received, :handling) AND lease_until < :now RETURNING event_key, sealed",
            {"handling": HANDLING, "me": self.replica, "until": now + self.lease, "platform": platform,
             "received": RECEIVED, "now": now, "limit": limit},
        ).rows
        out = []
        for key, sealed in rows:
            self.held.add(key)
            out.append((key, json.loads(self.sealer.open(sealed))))
        return out

    def renew(self) -> None:
        """Keep this replica's leases alive while it is still answering."""
        if self.held:
            params = {f"k{i}": k for i, k in enumerate(self.held)}
            self.db.execute(f"UPDATE events SET lease_until = :until WHERE holder = :me AND state = :handling"
                            f" AND event_key IN ({', '.join(':' + p for p in params)})",
                            {"until": time.time() + self.lease, "me": self.replica, "handling": HANDLING, **params})

    def state(self, key: str) -> str | None:
        row = self.db.execute("SELECT state FROM events WHERE event_key = :key", {"key": key}).one()
        return row[0] if row else None

    def prune(self, days: int) -> int:
        """Forget event keys older than the retention (platforms redeliver within minutes or hours, never after that)."""
        return self.db.execute("DELETE FROM events WHERE received_at < :t", {"t": time.time() - days * 86400}).rowcount
