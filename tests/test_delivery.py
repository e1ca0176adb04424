"""Every LINE answer delivered exactly once on SQLite with one replica: a refused token, an outage, a replica
killed with SIGKILL mid-reply and while the API is down, a 40-second API; oversize and malformed requests get a 4xx.

Deliveries are counted per event at the stub, which refuses reused reply tokens and repeated retry keys as LINE does.
"""

from __future__ import annotations

import json
import time

import httpx
import pytest
from pydantic import SecretStr

from bot.store import Store
from handlers.app import create_app
from tests.delivery_kit import all_once, deliveries, line_env, line_event, post, wait_until
from tests.replica import Replica
from tests.stub_server import LINE_PUSH, LINE_REPLY, LiveServer, StubAPI
from tests.test_line import post as line_post
from tests.test_line import sign, text

LOADING = "/v2/bot/chat/loading/start"
USER = "U" + "2" * 32


def configured(settings, stub, db, **extra):
    return settings.model_copy(update={
        "line_channel_secret": SecretStr("test-channel-secret"),
        "line_channel_access_token": SecretStr("test-access-token"),
        "line_api_base_url": stub.url,
        "db": db,
        "outbox_poll_seconds": 0.2,
        "api_token": SecretStr("test-api-token"),
        **extra,
    })


@pytest.fixture
def stub():
    api = StubAPI(reply={"sentMessages": [{"id": "1", "quoteToken": "q"}]})
    yield api
    api.close()


@pytest.fixture
def index_env(settings, engine) -> dict[str, str]:
    """Replica processes serve the session's index."""
    return {"PLANBOT_INDEX_DIR": str(settings.index_dir), "PLANBOT_CORPUS_DIR": str(settings.corpus_dir),
            "PLANBOT_CACHE_DIR": str(settings.cache_dir)}


def test_a_rejected_reply_token_is_delivered_by_push_once(engine, settings, stub, tmp_path):
    server = LiveServer(create_app(configured(settings, stub, tmp_path / "q.sqlite"), engine))
    try:
        stub.fail(LINE_REPLY, 400)  # LINE: "Invalid reply token" (expired)
        ev = text("チーム会議の開催数の目標は？", source={"type": "user", "userId": USER})
        assert line_post(server, [ev]).status_code == 200
        [pushed] = stub.wait_for(LINE_PUSH)
        assert pushed["to"] == USER and "170" in json.dumps(pushed["messages"], ensure_ascii=False)
        assert stub.to(LINE_REPLY) == []
        time.sleep(1.0)
        assert len(stub.to(LINE_PUSH)) == 1
    finally:
        server.close()
    assert Store.open(tmp_path / "q.sqlite").questions.deliveries() == {"push": 1}


def test_an_answer_kept_while_the_api_was_down_is_delivered_once_after_a_restart(engine, settings, stub, tmp_path):
    mine = configured(settings, stub, tmp_path / "q.sqlite")
    stub.down = True
    first = LiveServer(create_app(mine, engine))
    ev = text("チーム会議の開催数の目標は？", source={"type": "user", "userId": USER})
    try:
        assert line_post(first, [ev]).status_code == 200
        assert wait_until(lambda: any(p.startswith(LINE_REPLY) for p, _ in stub.refused), 30)
    finally:
        first.close()
    assert Store.open(tmp_path / "q.sqlite").questions.deliveries() == {"pending": 1}
    stub.down = False
    second = LiveServer(create_app(mine, engine))
    try:
        counts = all_once(stub, [ev], timeout=30)
    finally:
        second.close()
    assert counts == {ev["webhookEventId"]: 1}
    assert stub.to(LINE_PUSH) == []  # the token still worked: a reply, never a paid push besides
    assert Store.open(tmp_path / "q.sqlite").questions.deliveries() == {"reply": 1}


def test_a_redelivered_event_is_not_answered_twice_while_its_answer_waits(engine, settings, stub, tmp_path):
    server = LiveServer(create_app(configured(settings, stub, tmp_path / "q.sqlite"), engine))
    try:
        stub.down = True
        message = text("チーム会議の開催数の目標は？", event_id="REDELIVERED000000000000001")
        line_post(server, [message])
        time.sleep(1.0)
        stub.down = False
        line_post(server, [{**message, "deliveryContext": {"isRedelivery": True}}])
        assert all_once(stub, [message], timeout=30) == {message["webhookEventId"]: 1}
    finally:
        server.close()


def test_a_replica_killed_mid_reply_answers_each_event_exactly_once(stub, tmp_path, index_env):
    """kill -9 while LINE is taking 3 s to answer the replies: the restarted replica must not push them again."""
    stub.delays[LINE_REPLY] = 3.0
    replica = Replica({**index_env, **line_env(stub, tmp_path / "q.sqlite", PLANBOT_LEASE_SECONDS=8,
                                             PLANBOT_DELIVERY_TIMEOUT=5)}, log=tmp_path / "replica.log").start()
    events = [line_event(n=n) for n in range(10)]
    try:
        for event in events:
            assert post(replica.url, [event]) == 200
        assert wait_until(lambda: len(stub.to(LINE_REPLY)) == 10, 30)  # all ten replies are in flight
        replica.kill()
        stub.delays.clear()
        replica.start()
        counts = all_once(stub, events, timeout=60, settle=4.0)
    finally:
        replica.stop()
    assert counts == {e["webhookEventId"]: 1 for e in events}
    assert stub.to(LINE_PUSH) == []
    assert len([s for p, s in stub.refused if p == LINE_REPLY and s == 400]) >= 1  # the restart tried, LINE said used
    store = Store.open(tmp_path / "q.sqlite")
    assert store.questions.deliveries() == {"reply": 10} and store.outbox.depth()[0] == 0


def test_a_replica_killed_while_the_api_is_down_delivers_each_answer_once_after_restart(stub, tmp_path, index_env):
    stub.down = True
    replica = Replica({**index_env, **line_env(stub, tmp_path / "q.sqlite", PLANBOT_LEASE_SECONDS=8,
                                             PLANBOT_DELIVERY_TIMEOUT=5)}, log=tmp_path / "replica.log").start()
    events = [line_event(n=n) for n in range(10)]
    try:
        for event in events:
            assert post(replica.url, [event]) == 200
        assert wait_until(lambda: Store.open(tmp_path / "q.sqlite").outbox.depth()[0] == 10, 30)
        replica.kill()
        stub.down = False
        replica.start()
        counts = all_once(stub, events, timeout=60)
    finally:
        replica.stop()
    assert counts == {e["webhookEventId"]: 1 for e in events}


def test_a_40_second_api_gets_each_answer_once_and_the_loading_animation_delays_nothing(stub, tmp_path, index_env):
    """Each call to LINE takes 40 s: the attempt (45 s) outlives it, under a lease (60 s) renewed while it runs."""
    stub.delay = 40.0
    replica = Replica({**index_env, **line_env(stub, tmp_path / "q.sqlite")}, log=tmp_path / "replica.log").start()
    events = [line_event(n=n) for n in range(3)]
    try:
        sent = time.monotonic()
        for event in events:
            assert post(replica.url, [event]) == 200
        assert wait_until(lambda: len(stub.to(LINE_REPLY)) == 3, 20)
        reached = max(t for (p, _, _), t in zip(stub.requests, stub.arrived, strict=True) if p == LINE_REPLY)
        assert reached - sent < 10  # the answers left at once, not after the loading animation's 40 s
        assert wait_until(lambda: Store.open(tmp_path / "q.sqlite").questions.deliveries() == {"reply": 3}, 60)
    finally:
        replica.stop()
    assert deliveries(stub, events) == {e["webhookEventId"]: 1 for e in events}
    assert stub.to(LINE_PUSH) == []


def test_oversize_bodies_are_refused_by_their_length_before_reading(engine, settings, stub, tmp_path):
    server = LiveServer(create_app(configured(settings, stub, tmp_path / "q.sqlite", max_webhook_bytes=10_000), engine))
    try:
        big = b"{" + b" " * 20_000 + b"}"
        declared = httpx.post(f"{server.url}/line/webhook", content=big,
                              headers={"X-Line-Signature": sign(big), "Content-Type": "application/json"})
        assert declared.status_code == 413

        def chunks():
            for _ in range(20):
                yield b" " * 1000

        streamed = httpx.post(f"{server.url}/api/ask", content=chunks(),
                              headers={"Authorization": "Bearer test-api-token", "Content-Type": "application/json"})
        assert streamed.status_code == 413
    finally:
        server.close()


def test_the_api_needs_its_bearer_token_and_never_echoes_input(engine, settings, stub, tmp_path):
    off = LiveServer(create_app(configured(settings, stub, tmp_path / "a.sqlite", api_token=None), engine))
    try:
        assert httpx.post(f"{off.url}/api/ask", json={"question": "協働とは"}).status_code == 404
    finally:
        off.close()
    server = LiveServer(create_app(configured(settings, stub, tmp_path / "q.sqlite"), engine))
    try:
        url = f"{server.url}/api/ask"
        assert httpx.post(url, json={"question": "協働とは"}).status_code == 401
        assert httpx.post(url, json={"question": "協働とは"}, headers={"Authorization": "test-api-token"}).status_code == 401
        garbage = httpx.post(url, content=b"\xff\xfe not json SECRET-INPUT",
                             headers={"Authorization": "Bearer test-api-token", "Content-Type": "application/json"})
        assert garbage.status_code == 422 and "SECRET-INPUT" not in garbage.text
    finally:
        server.close()


def test_a_chat_user_asking_too_fast_is_asked_to_wait_and_not_logged(engine, settings, stub, tmp_path):
    server = LiveServer(create_app(configured(settings, stub, tmp_path / "q.sqlite", user_questions_per_minute=2), engine))
    try:
        events = [text(f"協働とは？{i}", source={"type": "user", "userId": USER}) for i in range(3)]
        for e in events:
            line_post(server, [e])
        replies = stub.wait_for(LINE_REPLY, 3)
        assert any("時間をおいて" in json.dumps(r["messages"], ensure_ascii=False) for r in replies)
    finally:
        server.close()
    assert len(Store.open(tmp_path / "q.sqlite").questions.rows()) == 2


def test_feedback_postbacks_accept_only_up_or_down_from_the_asker(engine, settings, stub, tmp_path):
    server = LiveServer(create_app(configured(settings, stub, tmp_path / "q.sqlite"), engine))
    try:
        asked = text("協働とは？", source={"type": "user", "userId": USER})
        line_post(server, [asked])
        [reply] = stub.wait_for(LINE_REPLY)
        qid = json.dumps(reply["messages"], ensure_ascii=False).split("feedback=down&q=")[1].split('"')[0]
        other = {"type": "user", "userId": "U" + "9" * 32}
        group = {"type": "group", "groupId": "C" + "1" * 32}  # a group postback without a user id
        for data, source in ((f"feedback=sideways&q={qid}", None), (f"feedback=down&q={qid}", other),
                             (f"feedback=down&q={qid}", group)):
            line_post(server, [{"type": "postback", "mode": "active", "timestamp": 1,
                                "webhookEventId": f"PB{abs(hash((data, str(source))))}"[:26],
                                "deliveryContext": {"isRedelivery": False}, "replyToken": "t" + data + str(source),
                                "source": source or {"type": "user", "userId": USER}, "postback": {"data": data}}])
        time.sleep(1.0)
    finally:
        server.close()
    assert Store.open(tmp_path / "q.sqlite").questions.rows()[0]["feedback"] is None
