"""No raw user id, token or message text at rest beyond delivery: after LINE, Slack and web traffic has been
answered, no table holds a user id, a reply token, Slack's verification token or a response URL, and the
question's text only in the question log; once the retention has passed and pruning ran, not even that.
The database file (and its journal) is readable by the service's user alone.
"""

from __future__ import annotations

import json
import time
import uuid
from urllib.parse import urlencode

import httpx
from pydantic import SecretStr

from bot.store import Store
from handlers.app import create_app
from tests.delivery_kit import all_once, line_event, signed
from tests.stub_server import LiveServer, StubAPI
from tests.test_slack import SLACK_OK, send

LINE_SECRET, SLACK_SECRET = "delivery-channel-secret", "slack-signing-secret"
TIME_COLUMNS = {"questions": ["asked_at"], "events": ["received_at"], "parcels": ["created_at"]}


def every_row(store: Store) -> dict[str, str]:
    """Each table's whole contents as text (what a copy of the database file would give away)."""
    tables = [r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").rows]
    return {t: json.dumps(store.db.execute(f"SELECT * FROM {t}").rows, ensure_ascii=False) for t in tables}


def test_nothing_that_identifies_a_user_or_says_what_they_wrote_is_kept_beyond_delivery(engine, settings, tmp_path):
    stub = StubAPI(reply={**SLACK_OK, "sentMessages": [{"id": "1", "quoteToken": "q"}]})
    mine = settings.model_copy(update={
        "db": tmp_path / "q.sqlite", "line_channel_secret": SecretStr(LINE_SECRET),
        "line_channel_access_token": SecretStr("t"), "line_api_base_url": stub.url,
        "slack_signing_secret": SecretStr(SLACK_SECRET), "slack_bot_token": SecretStr("xoxb-t"),
        "slack_api_base_url": stub.url + "/api/", "outbox_poll_seconds": 0.2})
    server = LiveServer(create_app(mine, engine))
    line_events = [line_event("チーム会議の開催数の目標は？"), line_event("地域協働体とは？")]
    line_events[1]["source"] = {"type": "group", "groupId": "C" + uuid.uuid4().hex, "userId": "U" + uuid.uuid4().hex}
    line_events[1]["message"]["mention"] = {"mentionees": [{"index": 0, "length": 4, "type": "user", "isSelf": True}]}
    line_events[1]["message"]["text"] = "@bot 地域協働体とは？"
    slack_user, slack_channel, verification = "U" + uuid.uuid4().hex[:10].upper(), "D" + uuid.uuid4().hex[:10].upper(), \
        "verification-" + uuid.uuid4().hex
    response_path = f"/response/{uuid.uuid4().hex}"
    try:
        body, headers = signed(line_events)
        assert httpx.post(f"{server.url}/line/webhook", content=body, headers=headers).status_code == 200
        assert all_once(stub, line_events, timeout=30, settle=0.5) == {e["webhookEventId"]: 1 for e in line_events}
        dm = json.dumps({"token": verification, "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
                         "event_id": "Ev" + uuid.uuid4().hex[:10], "event_time": int(time.time()),
                         "event": {"type": "message", "channel_type": "im", "text": "円卓会議とは？", "user": slack_user,
                                   "channel": slack_channel, "ts": f"{time.time():.6f}"}}, ensure_ascii=False)
        send(server, dm, "application/json", secret=SLACK_SECRET)
        command = urlencode({"token": verification, "team_id": "T1", "channel_id": slack_channel, "user_id": slack_user,
                             "command": "/plan", "text": "花泉の協働体は？", "response_url": stub.url + response_path,
                             "trigger_id": "13345224609.738474920.8088930838d88f008e0"})
        send(server, command, "application/x-www-form-urlencoded", secret=SLACK_SECRET)
        stub.wait_for("/api/chat.postMessage")
        stub.wait_for(response_path)
        page = httpx.get(f"{server.url}/", timeout=10).text
        token = page.split('name="planbot-visitor" content="')[1].split('"')[0]
        asked = httpx.post(f"{server.url}/web/ask", json={"question": "補完性の原則とは？"},
                           headers={"X-Planbot-Visitor": token}, timeout=30).json()
        assert asked["id"]
        time.sleep(1.0)  # the events settle
    finally:
        server.close()
        stub.close()

    store = Store.open(tmp_path / "q.sqlite")
    secrets = [e["source"]["userId"] for e in line_events] + [e["replyToken"] for e in line_events] + [
        line_events[1]["source"]["groupId"], slack_user, slack_channel, verification, response_path, token]
    texts = ["チーム会議の開催数の目標は？", "地域協働体とは？", "円卓会議とは？", "花泉の協働体は？", "補完性の原則とは？"]
    contents = every_row(store)
    assert {"questions", "events", "parcels", "rate_limits"} <= set(contents) and "seen_events" not in contents
    for table, text in contents.items():
        assert not [s for s in secrets if s in text], table
        if table != "questions":
            assert not [t for t in texts if t in text], table
    assert store.questions.deliveries() == {"reply": 2, "post": 1, "respond": 1}
    assert len(store.questions.rows()) == 5

    for table, columns in TIME_COLUMNS.items():  # the retention has passed
        for column in columns:
            store.db.execute(f"UPDATE {table} SET {column} = {column} - 400 * 86400")
    store.db.execute("UPDATE rate_limits SET tat = tat - 400 * 86400")
    removed = store.prune(365)
    assert removed["questions"] == 5 and removed["parcels"] == 4 and removed["events"] >= 4
    for table, text in every_row(store).items():
        assert not [s for s in secrets + texts if s in text], table
    for name in ("q.sqlite", "q.sqlite-wal", "q.sqlite-shm", "q.sqlite.salt", "q.sqlite.key"):
        path = tmp_path / name
        assert not path.exists() or (path.stat().st_mode & 0o777) == 0o600, name
    store.close()
