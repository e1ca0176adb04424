"""The Slack app end to end: a real server, a local stand-in for the Slack Web API, real signatures."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import uuid
from urllib.parse import urlencode

import httpx
import pytest
from pydantic import SecretStr

from bot.questionlog import QuestionLog
from bot.store import Store
from handlers.app import create_app
from tests.stub_server import LiveServer, StubAPI

SECRET = "slack-signing-secret"
POST = "/api/chat.postMessage"
SLACK_OK = {"ok": True, "url": "https://example.slack.com/", "team": "T", "user": "planbot", "team_id": "T1",
            "user_id": "UBOT", "bot_id": "B1", "is_enterprise_install": False, "channel": "C1", "ts": "9.9"}


def sign(body: str, timestamp: int, secret: str = SECRET) -> str:
    """Exactly as Slack signs a request: v0= hex HMAC-SHA256 of "v0:timestamp:body"."""
    return "v0=" + hmac.new(secret.encode(), f"v0:{timestamp}:{body}".encode(), hashlib.sha256).hexdigest()


@pytest.fixture(scope="module")
def slack(engine, settings, tmp_path_factory):
    stub = StubAPI(reply=SLACK_OK)
    configured = settings.model_copy(update={
        "slack_signing_secret": SecretStr(SECRET),
        "slack_bot_token": SecretStr("xoxb-test"),
        "slack_api_base_url": stub.url + "/api/",
        "db": tmp_path_factory.mktemp("slack") / "planbot.sqlite",
        "user_questions_per_minute": 1000,  # these tests ask as one user; the limit has its own test
    })
    server = LiveServer(create_app(configured, engine))
    yield server, stub, configured
    server.close()
    stub.close()


def send(server, body: str, content_type: str, timestamp: int | None = None, secret: str = SECRET,
         headers: dict | None = None) -> tuple[httpx.Response, float]:
    ts = timestamp or int(time.time())
    started = time.perf_counter()
    response = httpx.post(
        f"{server.url}/slack/events", content=body.encode(), timeout=10,
        headers={"Content-Type": content_type, "X-Slack-Request-Timestamp": str(ts),
                 "X-Slack-Signature": sign(body, ts, secret), **(headers or {})},
    )
    return response, time.perf_counter() - started


def command(server, stub, text: str, **kw) -> tuple[httpx.Response, float, str]:
    path = f"/response/{uuid.uuid4().hex}"
    body = urlencode({"token": "x", "team_id": "T1", "channel_id": "C1", "user_id": "U1", "command": "/plan",
                      "text": text, "response_url": stub.url + path, "trigger_id": "1"})
    response, seconds = send(server, body, "application/x-www-form-urlencoded", **kw)
    return response, seconds, path


def event(kind: str, text: str, event_id: str | None = None, **fields) -> str:
    return json.dumps({
        "token": "x", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
        "event_id": event_id or "Ev" + uuid.uuid4().hex[:10], "event_time": int(time.time()),
        "event": {"type": kind, "text": text, "user": "U1", "channel": "C1", "ts": f"{time.time():.6f}", **fields},
    }, ensure_ascii=False)


def blocks_text(body: dict) -> str:
    return json.dumps(body.get("blocks", []), ensure_ascii=False)


def test_a_slash_command_is_acknowledged_then_answered_with_blocks(slack):
    server, stub, _ = slack
    response, seconds, path = command(server, stub, "チーム会議の開催数の目標は？")
    assert response.status_code == 200 and seconds < 3
    [posted] = stub.wait_for(path)
    text = blocks_text(posted)
    assert "目標170回（令和10年度）" in text and "第3次一関市協働推進計画" in text
    assert "kyodo-suishin-keikaku-3.md" in text  # file and lines for staff
    assert posted["response_type"] == "in_channel"
    assert any(b["type"] == "actions" for b in posted["blocks"])


def test_a_mention_is_answered_in_its_thread(slack):
    server, stub, _ = slack
    before = len(stub.to(POST))
    body = event("app_mention", "<@UBOT> 花泉の協働体は？")
    response, _ = send(server, body, "application/json")
    assert response.status_code == 200
    posts = stub.wait_for(POST, before + 1)
    post = posts[-1]
    assert post["thread_ts"] == json.loads(body)["event"]["ts"]
    assert "金沢ふるさと協議会" in blocks_text(post)


def test_a_direct_message_is_answered_and_bots_are_ignored(slack):
    server, stub, _ = slack
    before = len(stub.to(POST))
    send(server, event("message", "地域協働体とは？", channel_type="im", bot_id="B9"), "application/json")
    send(server, event("message", "地域協働体とは？", channel_type="im"), "application/json")
    posts = stub.wait_for(POST, before + 1)
    time.sleep(0.5)
    assert len(stub.to(POST)) == before + 1
    assert "自治会や地域の各種団体" in blocks_text(posts[-1])


def test_forged_signatures_and_stale_timestamps_are_rejected(slack):
    server, stub, _ = slack
    before = len(stub.requests)
    forged, _, _ = command(server, stub, "地域協働体とは？", secret="wrong")
    stale, _, _ = command(server, stub, "地域協働体とは？", timestamp=int(time.time()) - 6 * 60)
    assert forged.status_code == 401 and stale.status_code == 401
    time.sleep(0.5)
    assert len(stub.requests) == before


def test_a_retried_event_is_answered_once(slack):
    server, stub, _ = slack
    before = len(stub.to(POST))
    body = event("app_mention", "<@UBOT> 2028年の高齢化率の目標", event_id="EvRETRY1")
    send(server, body, "application/json")
    stub.wait_for(POST, before + 1)
    retry, _ = send(server, body, "application/json", headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
    again, _ = send(server, body, "application/json")  # the same event_id without the retry header
    assert retry.status_code == 200 and again.status_code == 200
    time.sleep(1.0)
    assert len(stub.to(POST)) == before + 1


def test_a_button_click_records_feedback(slack):
    server, stub, settings = slack
    _, _, path = command(server, stub, "地域協働体の活動件数の現状")
    [posted] = stub.wait_for(path)
    actions = next(b for b in posted["blocks"] if b["type"] == "actions")
    down = next(e for e in actions["elements"] if e["action_id"] == "feedback_down")
    payload = {"type": "block_actions", "user": {"id": "U1"}, "team": {"id": "T1"}, "api_app_id": "A1",
               "token": "x", "trigger_id": "1", "response_url": stub.url + "/response/click",
               "actions": [{"action_id": "feedback_down", "block_id": "b", "value": down["value"], "type": "button",
                            "action_ts": "1"}]}
    response, _ = send(server, urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded")
    assert response.status_code == 200
    stub.wait_for("/response/click")
    row = next(r for r in QuestionLog(settings.db).rows() if r["id"] == int(down["value"]))
    assert row["feedback"] == -1 and row["channel"] == "slack"


def test_more_passages_are_posted_ephemerally(slack):
    server, stub, _ = slack
    _, _, path = command(server, stub, "一関市の面積は？")
    [posted] = stub.wait_for(path)
    more = next(e for b in posted["blocks"] if b["type"] == "actions" for e in b["elements"]
                if e["action_id"] == "more_passages")
    payload = {"type": "block_actions", "user": {"id": "U1"}, "team": {"id": "T1"}, "api_app_id": "A1",
               "token": "x", "trigger_id": "1", "response_url": stub.url + "/response/more",
               "actions": [{"action_id": "more_passages", "block_id": "b", "value": more["value"], "type": "button",
                            "action_ts": "1"}]}
    send(server, urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded")
    [extra] = stub.wait_for("/response/more")
    assert extra["response_type"] == "ephemeral" and any(b["type"] == "context" for b in extra["blocks"])


def test_staff_shortcuts(slack):
    server, stub, _ = slack
    _, _, indicators = command(server, stub, "指標 件数")
    _, _, term = command(server, stub, "用語 円卓会議")
    _, _, usage = command(server, stub, "help")
    listed = blocks_text(stub.wait_for(indicators)[0])
    assert "地域協働体の活動件数" in listed and "いちのせき市民活動センターによる年間相談件数" in listed
    assert "対等な立場で話し合う場" in blocks_text(stub.wait_for(term)[0])
    help_reply = stub.wait_for(usage)[0]
    assert help_reply["response_type"] == "ephemeral" and "指標" in blocks_text(help_reply)


def test_an_error_while_answering_gets_a_polite_message(slack, engine, monkeypatch):
    server, stub, _ = slack

    def broken(question, mode="hybrid"):
        raise RuntimeError("simulated failure inside the engine")

    monkeypatch.setattr(engine, "ask", broken)
    _, _, path = command(server, stub, "地域協働体とは？")
    [posted] = stub.wait_for(path)
    assert "申し訳ありません" in posted["text"] and posted["response_type"] == "ephemeral"


def test_a_retry_of_an_event_never_answered_is_answered_once(slack):
    server, stub, settings = slack
    body = event("app_mention", "<@UBOT> チーム会議の開催数の目標は？", event_id="EvLOSTONCE1")
    # the first delivery reached a process that died before answering: kept, never handled, its lease run out
    dead = Store.open(settings.db, lease=0.01)
    assert dead.ledger.receive("slack:EvLOSTONCE1", "slack", {"body": json.loads(body)})
    dead.close()
    before = len(stub.to(POST))
    retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    again, _ = send(server, body, "application/json", headers=retry)
    stub.wait_for(POST, before + 1)
    third, _ = send(server, body, "application/json", headers={**retry, "X-Slack-Retry-Num": "2"})
    time.sleep(1.0)
    answers = [p for p in stub.to(POST)[before:] if "170" in blocks_text(p)]
    assert again.status_code == 200 and third.status_code == 200 and len(answers) == 1


def test_an_answer_slack_could_not_take_is_posted_from_the_outbox(slack):
    server, stub, _ = slack
    before = len(stub.to(POST))
    stub.fail(POST, 500)
    send(server, event("app_mention", "<@UBOT> 2028年の高齢化率の目標は？"), "application/json")
    posts = stub.wait_for(POST, before + 1, timeout=30)
    assert any("39.5" in blocks_text(p) for p in posts[before:]), [p.get("text") for p in posts[before:]]


def test_slash_commands_count_toward_the_per_user_limit(engine, settings, tmp_path):
    stub = StubAPI(reply=SLACK_OK)
    configured = settings.model_copy(update={
        "slack_signing_secret": SecretStr(SECRET), "slack_bot_token": SecretStr("xoxb-test"),
        "slack_api_base_url": stub.url + "/api/", "db": tmp_path / "q.sqlite", "user_questions_per_minute": 2})
    server = LiveServer(create_app(configured, engine))
    try:
        paths = [command(server, stub, "地域協働体とは？")[2] for _ in range(3)]
        answers = [stub.wait_for(path)[0] for path in paths]
        assert ["自治会" in blocks_text(a) for a in answers] == [True, True, False]
        assert "時間をおいて" in answers[2]["text"] and answers[2]["response_type"] == "ephemeral"
    finally:
        server.close()
        stub.close()


def test_slash_command_answers_wait_out_a_slack_outage_in_the_outbox(slack):
    server, stub, _ = slack
    stub.fail("/response/", 503, times=3)  # the response URL refuses three times, then takes it
    _, _, path = command(server, stub, "チーム会議の開催数の目標は？")
    [answered] = stub.wait_for(path, timeout=60)
    assert "170" in blocks_text(answered)
    assert [status for p, status in stub.refused if p == path] == [503, 503, 503]


def test_an_unsigned_retry_is_rejected(slack):
    server, stub, _ = slack
    before = len(stub.requests)
    body = event("app_mention", "<@UBOT> 協働とは")
    response = httpx.post(f"{server.url}/slack/events", content=body.encode(), timeout=10,
                          headers={"Content-Type": "application/json", "X-Slack-Retry-Num": "1",
                                   "X-Slack-Request-Timestamp": str(int(time.time()))})
    assert response.status_code == 401
    time.sleep(0.5)
    assert len(stub.requests) == before


@pytest.mark.parametrize("timestamp", ["yesterday", ""])
def test_a_malformed_timestamp_is_a_client_error(slack, timestamp):
    server, _, _ = slack
    response = httpx.post(f"{server.url}/slack/events", content=b"{}", timeout=10,
                          headers={"Content-Type": "application/json", "X-Slack-Request-Timestamp": timestamp,
                                   "X-Slack-Signature": "v0=00"})
    assert response.status_code == 401


def test_a_signed_body_that_is_not_json_is_a_client_error(slack):
    server, _, _ = slack
    response, _ = send(server, "{not json", "application/json")
    assert 400 <= response.status_code < 500


def test_listener_methods_answer_without_the_http_layer(engine, settings, tmp_path):
    """SlackBot's listeners are plain methods: here a mention, handled and posted through the outbox."""
    import asyncio

    from bot.assistant import Assistant
    from handlers.slack import SlackBot

    stub = StubAPI(reply=SLACK_OK)
    mine = settings.model_copy(update={"slack_signing_secret": SecretStr(SECRET), "slack_bot_token": SecretStr("xoxb-t"),
                                       "slack_api_base_url": stub.url + "/api/"})
    store = Store.open(tmp_path / "q.sqlite")
    bot = SlackBot(mine, lambda: Assistant(engine, store))
    body = json.loads(event("app_mention", "<@UBOT> チーム会議の開催数の目標は？"))

    async def run() -> None:
        async with bot.lifespan():
            await bot.mention(body["event"], bot.app.client, body)

    try:
        asyncio.run(run())
        [posted] = stub.to(POST)
        assert "170" in blocks_text(posted) and store.questions.deliveries() == {"post": 1}
    finally:
        stub.close()
        store.close()


def test_feedback_under_another_channels_user_id_is_refused(slack):
    """A Slack user's answer cannot be rated from the web by claiming their id, with a cookie or otherwise."""
    server, stub, settings = slack
    _, _, path = command(server, stub, "地域協働体とは？")  # asked in Slack by U1
    [posted] = stub.wait_for(path)
    actions = next(b for b in posted["blocks"] if b["type"] == "actions")
    qid = int(next(e for e in actions["elements"] if e["action_id"] == "feedback_down")["value"])
    for attempt in ({"cookies": {"planbot_visitor": "U1"}}, {"headers": {"X-Planbot-Visitor": "U1"}}):
        response = httpx.post(f"{server.url}/web/feedback", json={"id": qid, "helpful": False}, timeout=10, **attempt)
        assert response.status_code == 403
    assert not Store.open(settings.db).questions.feedback(qid, False, "U1", "web")  # even a valid web visitor "U1"
    row = next(r for r in QuestionLog(settings.db).rows() if r["id"] == qid)
    assert row["feedback"] is None
