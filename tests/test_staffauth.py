"""Staff sessions on the server and a growing wait per failed login, that never locks the right password out."""

from bot.staffauth import LoginThrottle


def test_a_session_ends_at_logout_and_with_another_password(store):
    token = store.sessions.open("staff", "fp-1", 3600)
    assert store.sessions.user(token, "fp-1") == "staff"
    assert store.sessions.user(token, "fp-2") is None  # the password changed
    store.sessions.revoke(token)
    assert store.sessions.user(token, "fp-1") is None
    assert token not in str(store.db.execute("SELECT * FROM staff_sessions").rows)


def test_failures_make_the_next_attempt_wait_longer_and_longer_but_not_for_ever(store):
    throttle = LoginThrottle(store.db, store.sealer, max_wait=30)
    keys = {"account": "staff", "address": "198.51.100.7"}
    now = 5_000_000.0
    waits = []
    for _ in range(10):
        assert throttle.acquire(keys, now=now) == 0
        waits.append(throttle.failed(keys, now=now))
        now += waits[-1]
    assert waits == [0, 0, 1, 2, 4, 8, 16, 30, 30, 30]
    assert throttle.acquire(keys, now=now - 5) == 5  # turned away unchecked while waiting
    assert throttle.acquire(keys, now=now) == 0  # then the right password is checked as ever
    throttle.succeeded(keys)
    assert throttle.acquire(keys, now=now) == 0


def test_parallel_attempts_are_checked_one_at_a_time(store):
    throttle = LoginThrottle(store.db, store.sealer, max_wait=30)
    keys = {"account": "staff", "address": "198.51.100.8"}
    now = 6_000_000.0
    assert throttle.acquire(keys, now=now) == 0
    assert throttle.acquire(keys, now=now) > 0  # the first is still being checked
    throttle.failed(keys, now=now)
    assert throttle.acquire(keys, now=now) == 0
