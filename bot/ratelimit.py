"""Rate limits shared by every replica: one row per active bucket, one statement per decision, evicted when idle.

A bucket is a keyed hash of what is limited (a LINE user, a web visitor token, a client address),
never the thing itself. The rule is GCRA (the generic cell rate algorithm): a bucket keeps only
its "theoretical arrival time"; `per_minute` requests fit into any minute, spread or in a burst.
A bucket whose time has passed holds nothing worth keeping and is deleted by `evict`, so the table
holds at most the buckets active in the last minute, whatever the number of visitors over time.
"""

from __future__ import annotations

import time

from bot.database import Database
from bot.sealing import Sealer

PERIOD = 60.0


class RateLimits:
    def __init__(self, db: Database, sealer: Sealer) -> None:
        self.db, self.sealer = db, sealer

    def allow(self, scope: str, identity: str | None, per_minute: int, now: float | None = None) -> bool:
        """Whether one more request of `identity` fits into `scope`'s limit now (and, if so, count it)."""
        if not identity:
            return True
        now = time.time() if now is None else now
        interval = PERIOD / per_minute
        return self.db.execute(
            "INSERT INTO rate_limits (bucket, tat) VALUES (:bucket, :first)"
            " ON CONFLICT (bucket) DO UPDATE SET tat = (CASE WHEN rate_limits.tat < :now THEN :now"
            " ELSE rate_limits.tat END) + :interval"
            " WHERE (CASE WHEN rate_limits.tat < :now THEN :now ELSE rate_limits.tat END) + :interval - :now <= :period"
            " RETURNING tat",
            {"bucket": self.sealer.hash(scope, identity), "first": now + interval, "now": now, "interval": interval,
             "period": PERIOD},
        ).one() is not None

    def evict(self, now: float | None = None) -> int:
        """Delete the buckets that have drained (their next request would be allowed as if new)."""
        return self.db.execute("DELETE FROM rate_limits WHERE tat < :now",
                               {"now": time.time() if now is None else now}).rowcount

    def size(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM rate_limits").one()[0])
