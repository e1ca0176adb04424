"""Benchmark the LINE webhook: acknowledgement latency under concurrent signed webhooks.

Starts `planbot serve` in its own process with LINE pointed at a local stub of the LINE API,
sends N webhooks at once (each a question with its own reply token), and reports the
acknowledgement latency (median, p95) and whether every webhook got exactly one reply.

    python scripts/bench_line.py            # 50 concurrent webhooks, 3 rounds
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

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.stub_server import StubAPI, free_port  # noqa: E402

SECRET = "bench-secret"
QUESTIONS = ["チーム会議の開催数の目標は？", "花泉の協働体は？", "地域協働体とは？", "藤沢の住民懇談会はいつ？",
             "一関市の面積は？"]


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


async def round_of(url: str, n: int) -> tuple[list[float], list[str]]:
    """Open n connections first, then write n pre-built signed requests at once.

    Each latency runs from the moment its request is written to the moment the response status
    arrives, so the client's own overhead (building, signing, connecting) is not counted.
    """
    host, port = url.removeprefix("http://").split(":")
    hooks = [webhook(QUESTIONS[i % len(QUESTIONS)]) for i in range(n)]
    requests = [
        (f"POST /line/webhook HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
         f"X-Line-Signature: {signature}\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode() + body
        for body, signature, _ in hooks
    ]
    connections = [await asyncio.open_connection(host, int(port)) for _ in range(n)]

    async def send(request: bytes, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> float:
        started = time.perf_counter()
        writer.write(request)
        await writer.drain()
        status = await reader.readline()
        latency = 1000 * (time.perf_counter() - started)
        writer.close()
        if b" 200 " not in status:
            raise SystemExit(f"webhook not acknowledged: {status!r}")
        return latency

    latencies = await asyncio.gather(*(send(r, *c) for r, c in zip(requests, connections, strict=True)))
    return list(latencies), [token for _, _, token in hooks]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=50, help="concurrent webhooks per round")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    stub = StubAPI(reply={"sentMessages": [{"id": "1", "quoteToken": "q"}]})
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "LINE_CHANNEL_SECRET": SECRET, "LINE_CHANNEL_ACCESS_TOKEN": "bench",
               "LINE_API_BASE_URL": stub.url, "PLANBOT_DB": str(Path(tmp) / "bench.sqlite")}
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

            all_latencies, answered_times = [], []
            for _ in range(args.rounds):
                before = len(stub.to("/v2/bot/message/reply"))
                started = time.perf_counter()
                latencies, tokens = asyncio.run(round_of(url, args.n))
                replies = stub.wait_for("/v2/bot/message/reply", before + args.n, timeout=120)
                answered_times.append(time.perf_counter() - started)
                counts = [sum(r["replyToken"] == t for r in replies) for t in tokens]
                if any(c != 1 for c in counts):
                    raise SystemExit(f"not every webhook was answered exactly once: {counts}")
                all_latencies += latencies
        finally:
            server.terminate()
            server.wait(timeout=30)
            stub.close()

    ordered = sorted(all_latencies)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    print(f"{args.rounds} rounds × {args.n} concurrent signed webhooks")
    print(f"ack latency: median {statistics.median(ordered):.1f} ms, p95 {p95:.1f} ms, max {ordered[-1]:.1f} ms")
    print(f"every webhook answered exactly once; all {args.n} answered within "
          f"{statistics.median(answered_times):.1f} s (median of rounds)")


if __name__ == "__main__":
    main()
