"""Benchmark the LINE and Slack endpoints: acknowledgement latency under concurrent signed requests.

Starts `planbot serve` in its own process with LINE and Slack pointed at a local stub of their
APIs, sends N signed requests at once (LINE: text messages, each with its own reply token;
Slack: slash commands, each with its own response_url) and reports the acknowledgement latency
(median, p95) and whether every request got exactly one answer.

    python scripts/bench_webhooks.py                    # LINE and Slack, 50 at once, 3 rounds
    python scripts/bench_webhooks.py --platform slack
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import hashlib
import hmac
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import urlencode

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.stub_server import StubAPI, free_port  # noqa: E402

SECRET = "bench-secret"
SLACK_SECRET = "bench-slack-secret"
SLACK_OK = {"ok": True, "team_id": "T1", "user_id": "UBOT", "bot_id": "B1", "channel": "C1", "ts": "1.0",
            "sentMessages": [{"id": "1", "quoteToken": "q"}]}
QUESTIONS = ["チーム会議の開催数の目標は？", "花泉の協働体は？", "地域協働体とは？", "藤沢の住民懇談会はいつ？",
             "一関市の面積は？"]


def slack_command(question: str, stub_url: str) -> tuple[bytes, dict, str]:
    """A slash command signed as Slack signs it; the answer will be posted to its response_url."""
    path = f"/response/{uuid.uuid4().hex}"
    body = urlencode({"token": "x", "team_id": "T1", "channel_id": "C1", "user_id": "U1", "command": "/plan",
                      "text": question, "response_url": stub_url + path}).encode()
    ts = str(int(time.time()))
    signature = "v0=" + hmac.new(SLACK_SECRET.encode(), f"v0:{ts}:".encode() + body, hashlib.sha256).hexdigest()
    headers = {"Content-Type": "application/x-www-form-urlencoded", "X-Slack-Request-Timestamp": ts,
               "X-Slack-Signature": signature}
    return body, headers, path


def line_webhook(question: str) -> tuple[bytes, dict, str]:
    body, signature, token = webhook(question)
    return body, {"Content-Type": "application/json", "X-Line-Signature": signature}, token


def webhook(question: str) -> tuple[bytes, str, str]:
    token = uuid.uuid4().hex
    event = {
        "type": "message", "mode": "active", "timestamp": int(time.time() * 1000),
        "source": {"type": "user", "userId": "U" + uuid.uuid4().hex},
        "webhookEventId": uuid.uuid4().hex.upper()[:26], "deliveryContext": {"isRedelivery": False},
        "replyToken": token, "message": {"type": "text", "id": "1", "text": question, "quoteToken": "q"},
    }
    body = json.dumps({"destination": "U0", "events": [event]}, ensure_ascii=False).encode()
    signature = base64.b64encode(hmac.new(SECRET.encode(), body, hashlib.sha256).digest()).decode()
    return body, signature, token


async def round_of(url: str, route: str, requests: list[tuple[bytes, dict]]) -> list[float]:
    """Open one connection per request first, then write all pre-built requests at once.

    Each latency runs from the moment its request is written to the moment the response status
    arrives, so the client's own overhead (building, signing, connecting) is not counted.
    """
    host, port = url.removeprefix("http://").split(":")
    raw = []
    for body, headers in requests:
        head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        raw.append((f"POST {route} HTTP/1.1\r\nHost: {host}\r\n{head}Content-Length: {len(body)}\r\n"
                    "Connection: close\r\n\r\n").encode() + body)
    connections = [await asyncio.open_connection(host, int(port)) for _ in raw]

    async def send(request: bytes, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> float:
        started = time.perf_counter()
        writer.write(request)
        await writer.drain()
        status = await reader.readline()
        latency = 1000 * (time.perf_counter() - started)
        writer.close()
        if b" 200 " not in status:
            raise SystemExit(f"not acknowledged: {status!r}")
        return latency

    return list(await asyncio.gather(*(send(r, *c) for r, c in zip(raw, connections, strict=True))))


def measure(platform: str, url: str, stub: StubAPI, n: int, rounds: int) -> tuple[list[float], list[float]]:
    latencies, answered = [], []
    for _ in range(rounds):
        questions = [QUESTIONS[i % len(QUESTIONS)] for i in range(n)]
        made = [slack_command(q, stub.url) if platform == "slack" else line_webhook(q) for q in questions]
        keys = [key for _, _, key in made]
        before = len(stub.requests)
        started = time.perf_counter()
        route = "/slack/events" if platform == "slack" else "/line/webhook"
        round_latencies = asyncio.run(round_of(url, route, [(body, headers) for body, headers, _ in made]))
        if os.environ.get("BENCH_VERBOSE"):
            print(platform, "round", sorted(round(x) for x in round_latencies), file=sys.stderr)
        latencies += round_latencies
        deadline = time.monotonic() + 120
        while True:
            if platform == "slack":
                counts = [len(stub.to(key)) for key in keys]
            else:
                counts = [sum(r["replyToken"] == key for r in stub.to("/v2/bot/message/reply")) for key in keys]
            if all(c >= 1 for c in counts) or time.monotonic() > deadline:
                break
            time.sleep(0.05)
        answered.append(time.perf_counter() - started)
        time.sleep(0.5)
        final = [len(stub.to(k)) for k in keys] if platform == "slack" else [
            sum(r["replyToken"] == k for r in stub.to("/v2/bot/message/reply")) for k in keys]
        if any(c != 1 for c in final) or len(stub.requests) <= before:
            raise SystemExit(f"{platform}: not every request was answered exactly once: {final}")
    return latencies, answered


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=50, help="concurrent requests per round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--platform", choices=["line", "slack", "both"], default="both")
    args = parser.parse_args()

    stub = StubAPI(reply=SLACK_OK)
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "LINE_CHANNEL_SECRET": SECRET, "LINE_CHANNEL_ACCESS_TOKEN": "bench",
               "LINE_API_BASE_URL": stub.url, "SLACK_SIGNING_SECRET": SLACK_SECRET, "SLACK_BOT_TOKEN": "xoxb-bench",
               "SLACK_API_BASE_URL": stub.url + "/api/", "PLANBOT_DB": str(Path(tmp) / "bench.sqlite")}
        server = subprocess.Popen([sys.executable, "-m", "bot.cli", "serve", "--port", str(port)], cwd=ROOT, env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 300
            while True:
                try:
                    if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline:
                    raise SystemExit("the server did not become ready")
                time.sleep(0.2)
            platforms = ["line", "slack"] if args.platform == "both" else [args.platform]
            results = {p: measure(p, url, stub, args.n, args.rounds) for p in platforms}
        finally:
            server.terminate()
            server.wait(timeout=30)
            stub.close()

    print(f"{args.rounds} rounds × {args.n} concurrent signed requests")
    for platform, (latencies, answered) in results.items():
        ordered = sorted(latencies)
        p95 = ordered[int(0.95 * (len(ordered) - 1))]
        print(f"{platform:5} ack median {statistics.median(ordered):6.1f} ms, p95 {p95:6.1f} ms, max {ordered[-1]:6.1f} ms;"
              f" every request answered exactly once, all {args.n} within {statistics.median(answered):.1f} s")


if __name__ == "__main__":
    main()
