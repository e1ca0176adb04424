"""No answer lost: LINE answers go through the outbox, by reply, else by push, retried across restarts;
Slack retries of unanswered events are answered once; oversize and malformed requests get a 4xx."""

from __future__ import annotations

import json
import time

import httpx
import pytest
from pydantic import SecretStr

from bot.questionlog import QuestionLog
from handlers.app import create_app
from tests.stub_server import LiveServer, StubAPI
from tests.test_line import REPLY, post, sign, text

PUSH = "/v2/bot/message/push"
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


def test_a_rejected_reply_token_is_delivered_by_push(engine, settings, stub, tmp_path):
    server = LiveServer(create_app(configured(settings, stub, tmp_path / "q.sqlite"), engine))
    try:
        stub.fail(REPLY, 400)  # LINE: "Invalid reply token"
        assert post(server, [text("チーム会議の開催数の目標は？", source={"type": "user", "userId": USER})]).status_code == 200
        [pushed] = stub.wait_for(PUSH)
        assert pushed["to"] == USER and "170" in json.dumps(pushed["messages"], ensure_ascii=False)
        assert stub.to(REPLY) == []
    finally:
        server.close()
    assert QuestionLog(tmp_path / "q.sqlite").deliveries() == {"push": 1}


def test_an_answer_kept_while_the_api_was_down_is_delivered_after_a_restart(engine, settings, stub, tmp_path):
    mine = configured(settings, stub, tmp_path / "q.sqlite")
    stub.down = True
    first = LiveServer(create_app(mine, engine))
    try:
        assert post(first, [text("チーム会議の開催数の目標は？", source={"type": "user", "userId": USER})]).status_code == 200
        deadline = time.monotonic() + 30
        while not stub.refused or any(p.startswith(PUSH) for p, _ in stub.refused) is False:
            assert time.monotonic() < deadline
            time.sleep(0.05)
    finally:
        first.close()
    assert QuestionLog(tmp_path / "q.sqlite").deliveries() == {"pending": 1}
    stub.down = False
    second = LiveServer(create_app(mine, engine))
    try:
        [pushed] = stub.wait_for(PUSH, timeout=30)
        assert pushed["to"] == USER and "170" in json.dumps(pushed["messages"], ensure_ascii=False)
    finally:
        second.close()
    assert QuestionLog(tmp_path / "q.sqlite").deliveries() == {"push": 1}


def test_a_redelivered_event_is_not_answered_twice_while_its_answer_waits(engine, settings, stub, tmp_path):
    server = LiveServer(create_app(configured(settings, stub, tmp_path / "q.sqlite"), engine))
    try:
        stub.down = True
        message = text("チーム会議の開催数の目標は？", event_id="REDELIVERED000000000000001")
        post(server, [message])
        time.sleep(1.0)
        stub.down = False
        post(server, [{**message, "deliveryContext": {"isRedelivery": True}}])
        stub.wait_for(PUSH, timeout=30)
        time.sleep(1.0)
        assert len(stub.to(PUSH)) + len(stub.to(REPLY)) == 1
    finally:
        server.close()


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
            post(server, [e])
        replies = stub.wait_for(REPLY, 3)
        assert any("時間をおいて" in json.dumps(r["messages"], ensure_ascii=False) for r in replies)
    finally:
        server.close()
    assert len(QuestionLog(tmp_path / "q.sqlite").rows()) == 2


def test_feedback_postbacks_accept_only_up_or_down_from_the_asker(engine, settings, stub, tmp_path):
    server = LiveServer(create_app(configured(settings, stub, tmp_path / "q.sqlite"), engine))
    try:
        post(server, [text("協働とは？", source={"type": "user", "userId": USER})])
        stub.wait_for(REPLY)
        other = {"type": "user", "userId": "U" + "9" * 32}
        for data, source in (("feedback=sideways&q=1", None), ("feedback=down&q=1", other)):
            post(server, [{"type": "postback", "mode": "active", "timestamp": 1, "webhookEventId": data[:20] + "x",
                           "deliveryContext": {"isRedelivery": False}, "replyToken": "t" + data,
                           "source": source or {"type": "user", "userId": USER}, "postback": {"data": data}}])
        time.sleep(1.0)
    finally:
        server.close()
    assert QuestionLog(tmp_path / "q.sqlite").rows()[0]["feedback"] is None
