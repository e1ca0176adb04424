"""What the delivery tests share: signed LINE events with a user each, and deliveries counted per event at the stub.

Each event has its own user and reply token, so an answer is traced to its event whether it came
as a reply (by token) or a push (by user): a count of 2 is a duplicate, 0 a loss.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
import uuid

import httpx

from tests.stub_server import LINE_PUSH, LINE_REPLY, StubAPI

SECRET = "delivery-channel-secret"
QUESTIONS = ["チーム会議の開催数の目標は？", "地域協働体とは？", "花泉の協働体は？", "2028年の高齢化率の目標は？"]


def line_event(question: str | None = None, n: int = 0) -> dict:
    return {"type": "message", "mode": "active", "timestamp": int(time.time() * 1000),
            "source": {"type": "user", "userId": "U" + uuid.uuid4().hex},
            "webhookEventId": uuid.uuid4().hex[:26].upper(), "deliveryContext": {"isRedelivery": False},
            "replyToken": uuid.uuid4().hex,
            "message": {"type": "text", "id": str(n), "text": question or QUESTIONS[n % len(QUESTIONS)],
                        "quoteToken": "q"}}


def signed(events: list[dict], secret: str = SECRET) -> tuple[bytes, dict]:
    body = json.dumps({"destination": "U0", "events": events}, ensure_ascii=False).encode()
    signature = base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()
    return body, {"X-Line-Signature": signature, "Content-Type": "application/json"}


def post(url: str, events: list[dict], timeout: float = 10) -> int:
    body, headers = signed(events)
    return httpx.post(f"{url}/line/webhook", content=body, headers=headers, timeout=timeout).status_code


def line_env(stub: StubAPI, db, **extra) -> dict[str, str]:
    return {"LINE_CHANNEL_SECRET": SECRET, "LINE_CHANNEL_ACCESS_TOKEN": "test-token", "LINE_API_BASE_URL": stub.url,
            "PLANBOT_DB": str(db), "PLANBOT_OUTBOX_POLL_SECONDS": "0.3", **{k: str(v) for k, v in extra.items()}}


def deliveries(stub: StubAPI, events: list[dict]) -> dict[str, int]:
    """How often each event's answer reached the user, as the stub accepted it (replies by token, pushes by user)."""
    replies = [b.get("replyToken") for b in stub.to(LINE_REPLY)]
    pushes = [b.get("to") for b in stub.to(LINE_PUSH)]
    return {e["webhookEventId"]: replies.count(e["replyToken"]) + pushes.count(e["source"]["userId"]) for e in events}


def wait_until(condition, timeout: float, every: float = 0.1) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(every)
    return condition()


def all_once(stub: StubAPI, events: list[dict], timeout: float, settle: float = 2.0) -> dict[str, int]:
    """Wait until every event is delivered, then a little longer (a duplicate would show), and return the counts."""
    wait_until(lambda: all(n >= 1 for n in deliveries(stub, events).values()), timeout)
    time.sleep(settle)
    return deliveries(stub, events)
