"""Two replicas on one PostgreSQL database (each with its own SQLite path, so only PostgreSQL can make them
share): every LINE event answered exactly once, counted at the stub — alternating, sent to both at once,
and stranded on a replica killed with SIGKILL while the API is down. A new build published with NOTIFY
reaches both; readiness follows the database; metrics and JSON logs tell an operator what happened.
"""

from __future__ import annotations

import json
import threading

import httpx
import psycopg
import pytest

from bot.engine import build
from bot.publish import publish
from bot.store import Store
from tests.conftest import TEST_KEY
from tests.delivery_kit import all_once, line_env, line_event, post, signed, wait_until
from tests.replica import Replica
from tests.stub_server import StubAPI

SALT = "replica-test-salt"


@pytest.fixture(scope="module")
def stub():
    api = StubAPI(reply={"sentMessages": [{"id": "1", "quoteToken": "q"}]})
    yield api
    api.close()


@pytest.fixture(scope="module")
def shared(postgres, settings, engine, tmp_path_factory):
    """A database and an index of this module's own (a new build may be published to it)."""
    directory = tmp_path_factory.mktemp("replicas")
    mine = settings.model_copy(update={"index_dir": directory / "index"})
    build(mine, show_progress=False)  # the session's embedding cache makes this quick
    return {"url": postgres.new_database(), "settings": mine, "dir": directory}


def replica_env(shared, stub, name: str, url: str | None = None) -> dict[str, str]:
    mine = shared["settings"]
    return {**line_env(stub, shared["dir"] / f"{name}.sqlite", PLANBOT_LEASE_SECONDS=6, PLANBOT_DELIVERY_TIMEOUT=4),
            "PLANBOT_DATABASE_URL": url or shared["url"], "PLANBOT_HASH_SALT": SALT, "PLANBOT_DATA_KEY": TEST_KEY,
            "PLANBOT_INDEX_DIR": str(mine.index_dir), "PLANBOT_CORPUS_DIR": str(mine.corpus_dir),
            "PLANBOT_CACHE_DIR": str(mine.cache_dir)}


@pytest.fixture(scope="module")
def pair(shared, stub):
    a = Replica(replica_env(shared, stub, "a"), log=shared["dir"] / "a.log").start()
    b = Replica(replica_env(shared, stub, "b"), log=shared["dir"] / "b.log").start()
    yield a, b
    a.stop()
    b.stop()


def test_twenty_events_alternating_between_the_replicas_are_each_answered_once(pair, stub):
    a, b = pair
    events = [line_event(n=n) for n in range(20)]
    for n, event in enumerate(events):
        assert post((a, b)[n % 2].url, [event]) == 200
    assert all_once(stub, events, timeout=60) == {e["webhookEventId"]: 1 for e in events}


def test_an_event_sent_to_both_replicas_at_once_is_answered_once(pair, stub):
    a, b = pair
    events = [line_event(n=n) for n in range(10)]
    statuses: list[int] = []
    for event in events:
        threads = [threading.Thread(target=lambda r=r, e=event: statuses.append(post(r.url, [e]))) for r in (a, b)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert statuses == [200] * 20  # both acknowledge; only one answers
    assert all_once(stub, events, timeout=60, settle=3.0) == {e["webhookEventId"]: 1 for e in events}


def test_answers_stranded_on_a_replica_killed_while_the_api_is_down_are_delivered_once_by_the_other(pair, stub, shared):
    a, b = pair
    store = Store.open(shared["dir"] / "observer.sqlite", shared["url"], SALT, TEST_KEY)
    events = [line_event(n=n) for n in range(10)]
    stub.down = True
    try:
        for event in events:
            assert post(a.url, [event]) == 200
        assert wait_until(lambda: store.outbox.depth()[0] == 10, 60)  # answered, stored, not deliverable
        a.kill()
        stub.down = False
        counts = all_once(stub, events, timeout=60, settle=3.0)  # b takes them up once a's leases run out
    finally:
        stub.down = False
        if a.proc.poll() is not None:
            a.start()
    assert counts == {e["webhookEventId"]: 1 for e in events}
    assert store.outbox.depth()[0] == 0
    store.close()


def test_metrics_count_requests_answers_deliveries_and_the_outbox(pair, stub):
    a, b = pair
    events = [line_event(n=n) for n in range(2)]
    for event in events:
        post(a.url, [event])
    all_once(stub, events, timeout=30, settle=0.5)
    text = httpx.get(f"{a.url}/metrics", timeout=10).text
    assert 'planbot_requests_total{method="POST",route="/line/webhook",status="200"}' in text
    assert 'planbot_answers_total{channel="line",kind=' in text
    assert 'planbot_deliveries_total{outcome="reply",platform="line"}' in text
    assert 'planbot_answer_seconds_bucket{channel="line",le="0.5"}' in text
    assert "planbot_outbox_depth 0.0" in text and "planbot_outbox_oldest_age_seconds" in text


def test_logs_are_json_with_a_request_id_and_no_user_ids(pair, stub, shared):
    a, _ = pair
    event = line_event(n=1)
    body_id = "trace-me-123"
    body, headers = signed([event])
    response = httpx.post(f"{a.url}/line/webhook", content=body, headers={**headers, "X-Request-Id": body_id})
    assert response.headers["x-request-id"] == body_id
    all_once(stub, [event], timeout=30, settle=0.5)
    lines = [json.loads(line) for line in (shared["dir"] / "a.log").read_text().splitlines() if line.startswith("{")]
    assert lines and all("request_id" in line and "level" in line for line in lines)
    assert any(line["request_id"] == body_id and line.get("route") == "/line/webhook" for line in lines)
    text = (shared["dir"] / "a.log").read_text()
    assert event["source"]["userId"] not in text and event["replyToken"] not in text


def test_a_build_published_with_notify_is_loaded_by_both_replicas(pair, shared):
    a, b = pair
    before = httpx.get(f"{a.url}/readyz").json()["build"]
    report = build(shared["settings"], show_progress=False)
    assert report.build != before
    publish(shared["url"], report.build)
    assert wait_until(lambda: all(httpx.get(f"{r.url}/readyz").json()["build"] == report.build for r in (a, b)), 60)


def test_readiness_follows_the_database(postgres, shared, stub):
    url = postgres.new_database()
    replica = Replica(replica_env(shared, stub, "c", url), log=shared["dir"] / "c.log").start()
    try:
        assert httpx.get(f"{replica.url}/readyz").json()["database"] == "postgresql"
        name = url.rsplit("/", 1)[1]
        with psycopg.connect(postgres.url(), autocommit=True) as conn:
            conn.execute(f"DROP DATABASE {name} WITH (FORCE)")
        assert wait_until(lambda: httpx.get(f"{replica.url}/readyz", timeout=10).status_code == 503, 20)
        assert httpx.get(f"{replica.url}/healthz").status_code == 200  # alive, but not to be sent traffic
    finally:
        replica.stop()
