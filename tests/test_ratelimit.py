"""Rate limits: shared by replicas, keyed by hashes, evicted when drained."""

from bot.ratelimit import RateLimits


def test_a_bucket_allows_its_rate_and_no_more(store):
    now = 1_000_000.0
    allowed = [store.limits.allow("web-address", "203.0.113.9", 10, now=now) for _ in range(12)]
    assert allowed == [True] * 10 + [False] * 2
    assert store.limits.allow("web-address", "203.0.113.9", 10, now=now + 6.1)  # one more after 6 s
    assert store.limits.allow("web-address", "203.0.113.10", 10, now=now)  # another address, its own bucket


def test_two_replicas_count_into_the_same_bucket(store):
    other = RateLimits(store.db, store.sealer)
    now = 2_000_000.0
    results = [(store.limits if i % 2 else other).allow("line", "U1", 4, now=now) for i in range(6)]
    assert results.count(True) == 4


def test_buckets_hold_no_raw_identity_and_are_evicted_when_drained(store):
    now = 3_000_000.0
    for i in range(100):
        store.limits.allow("web-visitor", f"visitor-{i}", 10, now=now)
    assert store.limits.size() == 100
    assert "visitor-1" not in str(store.db.execute("SELECT * FROM rate_limits").rows)
    assert store.limits.evict(now=now + 7) == 100 and store.limits.size() == 0
