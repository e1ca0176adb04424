"""The LINE webhook end to end: a real server, a local stand-in for the LINE API, real signatures."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
import uuid

import httpx
import pytest
from pydantic import SecretStr

from bot.questionlog import QuestionLog
from handlers.app import create_app
from tests.stub_server import LiveServer, StubAPI

SECRET = "test-channel-secret"
REPLY = "/v2/bot/message/reply"
LOADING = "/v2/bot/chat/loading/start"


def sign(body: bytes, secret: str = SECRET) -> str:
    """Exactly as LINE signs a webhook: base64 of HMAC-SHA256 of the body with the channel secret."""
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


def event(kind: str = "message", source: dict | None = None, redelivery: bool = False, event_id: str | None = None,
          **fields) -> dict:
    return {
        "type": kind,
        "mode": "active",
        "timestamp": int(time.time() * 1000),
        "source": source or {"type": "user", "userId": "U" + "1" * 32},
        "webhookEventId": event_id or uuid.uuid4().hex.upper()[:26],
        "deliveryContext": {"isRedelivery": redelivery},
        "replyToken": uuid.uuid4().hex,
        **fields,
    }


def text(message: str, mention: dict | None = None, **kw) -> dict:
    content = {"type": "text", "id": "1", "text": message, "quoteToken": "q"}
    if mention:
        content["mention"] = mention
    return event(message=content, **kw)


@pytest.fixture(scope="module")
def line(engine, settings, tmp_path_factory):
    stub = StubAPI(reply={"sentMessages": [{"id": "1", "quoteToken": "q"}]})
    configured = settings.model_copy(update={
        "line_channel_secret": SecretStr(SECRET),
        "line_channel_access_token": SecretStr("test-access-token"),
        "line_api_base_url": stub.url,
        "db": tmp_path_factory.mktemp("line") / "planbot.sqlite",
        "api_token": SecretStr("test-api-token"),
    })
    server = LiveServer(create_app(configured, engine))
    yield server, stub, configured
    server.close()
    stub.close()


def post(server, events: list[dict], signature: str | None = None, raw: bytes | None = None) -> httpx.Response:
    body = raw if raw is not None else json.dumps({"destination": "U0", "events": events}, ensure_ascii=False).encode()
    headers = {"Content-Type": "application/json"}
    if signature != "":
        headers["X-Line-Signature"] = signature or sign(body)
    return httpx.post(f"{server.url}/line/webhook", content=body, headers=headers, timeout=10)


def replies_to(stub, token: str) -> list[dict]:
    return [r for r in stub.to(REPLY) if r["replyToken"] == token]


def reply_text(reply: dict) -> str:
    return json.dumps(reply["messages"], ensure_ascii=False)


def test_a_signed_question_is_answered_with_the_fact_and_its_citation(line):
    server, stub, _ = line
    ev = text("チーム会議の開催数の目標は？")
    response = post(server, [ev])
    assert response.status_code == 200
    stub.wait_for(REPLY, len(stub.to(REPLY)) + 1)
    [reply] = replies_to(stub, ev["replyToken"])
    body = reply_text(reply)
    assert "目標170回（令和10年度）" in body
    assert "第3次一関市協働推進計画" in body
    message = reply["messages"][0]
    assert message["type"] == "flex" and message["quickReply"]["items"]
    assert all(len(item["action"]["label"]) <= 20 for item in message["quickReply"]["items"])
    assert any(b["chatId"] == "U" + "1" * 32 for b in stub.to(LOADING))


def test_a_forged_signature_is_rejected_and_nothing_is_sent(line):
    server, stub, _ = line
    ev = text("地域協働体とは？")
    body = json.dumps({"events": [ev]}).encode()
    assert post(server, [ev], signature=sign(body, "not-the-secret"), raw=body).status_code == 400
    assert post(server, [ev], signature="").status_code == 400
    time.sleep(0.5)
    assert replies_to(stub, ev["replyToken"]) == []


def test_a_redelivered_event_is_not_answered_twice(line):
    server, stub, _ = line
    ev = text("花泉の協働体は？")
    assert post(server, [ev]).status_code == 200
    stub.wait_for(REPLY, 1)
    deadline = time.monotonic() + 20
    while not replies_to(stub, ev["replyToken"]) and time.monotonic() < deadline:
        time.sleep(0.05)
    again = dict(ev, deliveryContext={"isRedelivery": True})
    assert post(server, [again]).status_code == 200
    time.sleep(1.0)
    assert len(replies_to(stub, ev["replyToken"])) == 1


def wait_reply(stub, token: str) -> dict:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        found = replies_to(stub, token)
        if found:
            return found[0]
        time.sleep(0.05)
    raise AssertionError("no reply")


def test_a_sticker_gets_the_guide(line):
    server, stub, _ = line
    ev = event(message={"type": "sticker", "id": "2", "packageId": "1", "stickerId": "1",
                        "stickerResourceType": "STATIC", "quoteToken": "q"})
    post(server, [ev])
    assert "文章で質問していただくと" in reply_text(wait_reply(stub, ev["replyToken"]))


def test_a_follow_gets_a_greeting_with_example_questions(line):
    server, stub, _ = line
    ev = event("follow", follow={"isUnblocked": False})
    post(server, [ev])
    reply = wait_reply(stub, ev["replyToken"])
    assert "友だち追加ありがとうございます" in reply_text(reply)
    assert len(reply["messages"][0]["quickReply"]["items"]) == 3


def test_in_a_group_only_a_mention_is_answered(line):
    server, stub, _ = line
    group = {"type": "group", "groupId": "C" + "2" * 32, "userId": "U" + "3" * 32}
    silent = text("地域協働体とは？", source=group)
    called = text("@planbot 地域協働体とは？", source=group,
                  mention={"mentionees": [{"index": 0, "length": 8, "type": "user", "isSelf": True}]})
    post(server, [silent, called])
    assert "自治会や地域の各種団体" in reply_text(wait_reply(stub, called["replyToken"]))
    assert replies_to(stub, silent["replyToken"]) == []


def test_feedback_buttons_record_feedback(line):
    server, stub, settings = line
    ev = text("2028年の高齢化率の目標")
    post(server, [ev])
    reply = wait_reply(stub, ev["replyToken"])
    footer = reply["messages"][0]["contents"]["footer"]["contents"]
    data = next(c for c in footer if c["type"] == "box")["contents"][1]["action"]["data"]
    assert data.startswith("feedback=down&q=")
    press = event("postback", postback={"data": data})
    post(server, [press])
    wait_reply(stub, press["replyToken"])
    question_id = int(data.split("q=")[1])
    row = next(r for r in QuestionLog(settings.db).rows() if r["id"] == question_id)
    assert row["feedback"] == -1 and row["channel"] == "line" and row["question"] == "2028年の高齢化率の目標"
    assert row["user_hash"] and "U" + "1" * 32 not in json.dumps(row)


@pytest.mark.parametrize("body", [b"{not json", b"\xff\xfe", b'{"events": "x"}', b"[]"])
def test_malformed_bodies_get_a_clean_4xx(line, body):
    server, _, _ = line
    assert post(server, [], raw=body).status_code == 400


def test_an_oversized_body_is_refused_before_parsing(line):
    server, _, settings = line
    body = json.dumps({"events": [], "padding": "x" * settings.max_webhook_bytes}).encode()
    assert post(server, [], raw=body).status_code == 413


def test_unknown_event_types_are_skipped_quietly(line):
    server, _, _ = line
    assert post(server, [{"type": "somethingNew", "webhookEventId": "X", "timestamp": 1}]).status_code == 200


def test_the_api_and_health_endpoints(line):
    server, _, _ = line
    assert httpx.get(f"{server.url}/healthz").json() == {"status": "ok"}
    ready = httpx.get(f"{server.url}/readyz").json()
    assert ready["ready"] and ready["documents"] == 5 and ready["built_at"]
    api = {"Authorization": "Bearer test-api-token"}
    answer = httpx.post(f"{server.url}/api/ask", json={"question": "チーム会議の開催数の目標は？"}, headers=api,
                        timeout=30).json()
    assert "170" in answer["answer"] and answer["citations"][0]["title"] == "第3次一関市協働推進計画"
    empty = httpx.post(f"{server.url}/api/ask", json={"question": ""}, headers=api)
    assert empty.status_code == 422 and "question" in empty.json()["detail"]


def test_event_methods_answer_without_the_webhook(engine, settings, tmp_path):
    """LineBot's event methods take one SDK event each: here on_text, called directly."""
    import asyncio

    from linebot.v3.webhooks import MessageEvent

    from bot.assistant import Assistant
    from handlers.line import LineBot

    stub = StubAPI(reply={"sentMessages": [{"id": "1", "quoteToken": "q"}]})
    mine = settings.model_copy(update={"line_channel_secret": SecretStr(SECRET), "line_api_base_url": stub.url})
    questions = QuestionLog(tmp_path / "q.sqlite")
    bot = LineBot(mine, lambda: Assistant(engine, questions))

    async def run() -> None:
        async with bot.lifespan():
            await bot.on_text(MessageEvent.from_dict(text("チーム会議の開催数の目標は？")))

    try:
        asyncio.run(run())
        [sent] = stub.to(REPLY)
        assert "170" in reply_text(sent) and questions.deliveries() == {"reply": 1}
    finally:
        stub.close()
        questions.close()


ENGLISH_USER = "U" + "e" * 32


def test_an_english_question_is_answered_in_english_with_english_quick_replies(line):
    server, stub, _ = line
    ev = text("What is the target for the number of team meetings?")
    post(server, [ev])
    reply = wait_reply(stub, ev["replyToken"])
    body = reply_text(reply)
    assert "target 170回" in body and "FY2028" in body and "Sources" in body
    assert "第3次一関市協働推進計画" in body  # the citation stays the Japanese source
    labels = [item["action"]["label"] for item in reply["messages"][0]["quickReply"]["items"]]
    assert labels and len(set(labels)) == len(labels) and all(len(label) <= 20 for label in labels)


def test_a_follow_is_greeted_in_the_language_of_the_users_line_app(line):
    server, stub, _ = line
    stub.routes[f"/v2/bot/profile/{ENGLISH_USER}"] = {"userId": ENGLISH_USER, "displayName": "Ann", "language": "en"}
    ev = event("follow", source={"type": "user", "userId": ENGLISH_USER}, follow={"isUnblocked": False})
    post(server, [ev])
    reply = wait_reply(stub, ev["replyToken"])
    assert "Thank you for adding us" in reply_text(reply)
    assert all(i["action"]["label"].startswith("What is") for i in reply["messages"][0]["quickReply"]["items"])
    ok = text("ok", source={"type": "user", "userId": ENGLISH_USER})  # short text: the app's language decides
    post(server, [ok])
    assert "Sorry, I could not find this in the plans" in reply_text(wait_reply(stub, ok["replyToken"]))


@pytest.mark.parametrize(("item", "expected"), [
    ("indicators", "チーム会議の開催数：現状125回（令和4年度） → 目標170回（令和10年度）"),  # figures as the plan gives them
    ("contact", "0191-21-2111"),  # the office in charge
    ("faq", "よく聞かれる質問"),  # common questions as quick replies
    ("help", "文章で質問していただくと"),
    ("english", "Ask a question in a sentence"),  # the guide in English, with English example questions
    ("plans", "・第3次一関市協働推進計画（"),  # where the menu has no page address
])
def test_each_rich_menu_button_gets_its_answer(line, item, expected):
    server, stub, _ = line
    press = event("postback", postback={"data": f"menu={item}"})
    post(server, [press])
    reply = wait_reply(stub, press["replyToken"])
    assert expected in reply_text(reply)
    if item == "indicators":  # the plan gives baselines, not progress: no bar, no 達成
        assert not [c for c in reply["messages"][0]["contents"]["body"]["contents"] if c["type"] == "box"]
        assert "達成" not in reply_text(reply)
    if item == "english":
        assert all(i["action"]["text"].startswith("What is") for i in reply["messages"][0]["quickReply"]["items"])
    if item == "faq":  # questions of every category, as many as LINE allows, each with a distinct label
        items = reply["messages"][0]["quickReply"]["items"]
        labels = [i["action"]["label"] for i in items]
        assert 4 <= len(items) <= 13 and len(set(labels)) == len(labels)
        assert any(i["action"]["text"].endswith("とは？") for i in items)
        assert any(i["action"]["text"].endswith("の目標は？") for i in items)
