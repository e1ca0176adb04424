"""Soak and fault test: mixed LINE / Slack / API traffic against a real `planbot serve`, with faults.

Loopback only, bounded in time. While residents' questions arrive on LINE and staff's on Slack,
16 clients flood /api/ask with junk, unsigned and oversize requests arrive, LINE rejects reply
tokens for a while, the chat APIs go down for a while, the service is killed with SIGKILL and
restarted (the platforms redeliver what was refused meanwhile), and the index is reloaded. At the
end every event the service acknowledged must have been answered: "lost" must be 0.

    python scripts/soak.py                 # 90 seconds of traffic, then up to 60 s to drain
    python scripts/soak.py --seconds 300   # at most 600
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import hmac
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.stub_server import StubAPI, free_port  # noqa: E402

LINE_SECRET, SLACK_SECRET, API_TOKEN, ADMIN = "soak-line", "soak-slack", "soak-api", "soak-admin"
REPLY, PUSH, POST = "/v2/bot/message/reply", "/v2/bot/message/push", "/api/chat.postMessage"
QUESTIONS = ["チーム会議の開催数の目標は？", "花泉の協働体は？", "地域協働体とは？", "藤沢の住民懇談会はいつ？",
             "一関市の面積は？", "協働推進計画の期間は？"]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


class Service:
    """`planbot serve` in its own process (so it can be killed), with its peak memory watched."""

    def __init__(self, env: dict, port: int) -> None:
        self.env, self.port, self.url = env, port, f"http://127.0.0.1:{port}"
        self.proc: subprocess.Popen | None = None
        self.peak_rss_mb = 0.0

    def start(self) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "serve", "--port", str(self.port)], cwd=ROOT,
                                     env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/readyz", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.2)
        raise SystemExit("the service did not become ready")

    def watch(self) -> None:
        try:
            for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    self.peak_rss_mb = max(self.peak_rss_mb, int(line.split()[1]) / 1024)
        except (OSError, AttributeError):
            pass

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=30)


class Traffic:
    """Signed events with a unique key each, so every answer can be traced to its event."""

    def __init__(self, service: Service, stub: StubAPI) -> None:
        self.service, self.stub = service, stub
        self.line: dict[str, dict] = {}  # reply token → {"user", "acked_at", "body", "event"}
        self.slack: dict[str, dict] = {}  # channel → {"acked_at", "body"}
        self.refused: list[tuple[str, str]] = []  # (platform, key) not acknowledged: the platform resends
        self.ack = {"line": [], "slack": []}
        self.lock = threading.Lock()
        self.calm_until = 0.0  # before the first fault: only the flood and the junk compete

    def line_event(self, key: str | None = None, redelivery: bool = False) -> None:
        if key is None:
            key, user = uuid.uuid4().hex, "U" + uuid.uuid4().hex
            event = {"type": "message", "mode": "active", "timestamp": int(time.time() * 1000),
                     "source": {"type": "user", "userId": user}, "webhookEventId": uuid.uuid4().hex[:26].upper(),
                     "deliveryContext": {"isRedelivery": False}, "replyToken": key,
                     "message": {"type": "text", "id": "1", "text": QUESTIONS[len(self.line) % len(QUESTIONS)],
                                 "quoteToken": "q"}}
            self.line[key] = {"user": user, "event": event}
        event = dict(self.line[key]["event"], deliveryContext={"isRedelivery": redelivery})
        body = json.dumps({"destination": "U0", "events": [event]}, ensure_ascii=False).encode()
        signature = base64.b64encode(hmac.new(LINE_SECRET.encode(), body, hashlib.sha256).digest()).decode()
        self._post("line", key, "/line/webhook", body, {"X-Line-Signature": signature})

    def slack_event(self, key: str | None = None, retry: int = 0) -> None:
        if key is None:
            key = "C" + uuid.uuid4().hex[:10].upper()
            self.slack[key] = {"body": json.dumps({
                "token": "x", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
                "event_id": "Ev" + uuid.uuid4().hex[:12], "event_time": int(time.time()),
                "event": {"type": "app_mention", "text": "<@UBOT> " + QUESTIONS[len(self.slack) % len(QUESTIONS)],
                          "user": "U" + key, "channel": key, "ts": f"{time.time():.6f}"}}, ensure_ascii=False)}
        body = self.slack[key]["body"]
        ts = str(int(time.time()))
        signature = "v0=" + hmac.new(SLACK_SECRET.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
        headers = {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": signature}
        if retry:
            headers["X-Slack-Retry-Num"] = str(retry)
        self._post("slack", key, "/slack/events", body.encode(), headers)

    def _post(self, platform: str, key: str, route: str, body: bytes, headers: dict) -> None:
        started = time.perf_counter()
        try:
            response = httpx.post(self.service.url + route, content=body, timeout=10,
                                  headers={"Content-Type": "application/json", **headers})
            ok = response.status_code == 200
        except httpx.HTTPError:
            ok = False
        with self.lock:
            if ok:
                self.ack[platform].append(1000 * (time.perf_counter() - started))
                table = self.line if platform == "line" else self.slack
                table[key].setdefault("acked_at", time.monotonic())
            else:
                self.refused.append((platform, key))

    def resend_refused(self) -> None:
        with self.lock:
            pending, self.refused = self.refused, []
        for platform, key in pending:
            if platform == "line":
                self.line_event(key, redelivery=True)
            else:
                self.slack_event(key, retry=1)

    def outcome(self) -> dict:
        stub = self.stub
        replies = {r["replyToken"]: t for (p, _, r), t in zip(stub.requests, stub.arrived, strict=False) if p == REPLY}
        pushes = {r["to"]: t for (p, _, r), t in zip(stub.requests, stub.arrived, strict=False) if p == PUSH}
        posts = {}
        for (p, _, r), t in zip(stub.requests, stub.arrived, strict=False):
            if p == POST and "blocks" in r:
                posts.setdefault(r["channel"], t)
        received = {k: v for k, v in self.line.items() if "acked_at" in v}
        by_reply = [k for k in received if k in replies]
        by_push = [k for k, v in received.items() if k not in replies and v["user"] in pushes]
        delays = [(replies.get(k) or pushes.get(v["user"])) - v["acked_at"] for k, v in received.items()
                  if k in replies or v["user"] in pushes]
        calm = [d for (k, v), d in zip([(k, v) for k, v in received.items() if k in replies or v["user"] in pushes],
                                       delays, strict=True) if v["acked_at"] < self.calm_until]
        slack_received = {k: v for k, v in self.slack.items() if "acked_at" in v}
        slack_answered = [k for k in slack_received if k in posts]
        return {"line_received": len(received), "by_reply": len(by_reply), "by_push": len(by_push),
                "line_lost": len(received) - len(by_reply) - len(by_push), "answer_s": delays, "calm_s": calm,
                "slack_received": len(slack_received), "slack_answered": len(slack_answered),
                "slack_lost": len(slack_received) - len(slack_answered)}


def flood(url: str, stop: threading.Event, counts: dict) -> None:
    """/api/ask with 500-character junk, as fast as the service takes it."""
    with httpx.Client(base_url=url, timeout=30) as client:
        while not stop.is_set():
            try:
                status = client.post("/api/ask", json={"question": "あ" * 500},
                                     headers={"Authorization": f"Bearer {API_TOKEN}"}).status_code
            except httpx.HTTPError:
                status = 0
                time.sleep(0.2)
            counts[status] = counts.get(status, 0) + 1


def junk(url: str, stop: threading.Event, counts: dict) -> None:
    """Unsigned webhooks, garbage bodies and oversize bodies."""
    big = b"x" * 3_000_000
    while not stop.is_set():
        for body, headers in ((b"{}", {}), (b"\xff\xfe", {"X-Line-Signature": "forged"}), (big, {"X-Line-Signature": "x"})):
            try:
                status = httpx.post(url + "/line/webhook", content=body, headers=headers, timeout=10).status_code
            except httpx.HTTPError:
                status = 0
            counts[status] = counts.get(status, 0) + 1
        time.sleep(0.1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=90)
    args = parser.parse_args()
    seconds = min(max(args.seconds, 30), 600)

    stub = StubAPI(reply={"ok": True, "channel": "C1", "ts": "1.0", "sentMessages": [{"id": "1", "quoteToken": "q"}]})
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "LINE_CHANNEL_SECRET": LINE_SECRET, "LINE_CHANNEL_ACCESS_TOKEN": "soak",
               "LINE_API_BASE_URL": stub.url, "SLACK_SIGNING_SECRET": SLACK_SECRET, "SLACK_BOT_TOKEN": "xoxb-soak",
               "SLACK_API_BASE_URL": stub.url + "/api/", "PLANBOT_DB": str(Path(tmp) / "soak.sqlite"),
               "PLANBOT_API_TOKEN": API_TOKEN, "PLANBOT_ADMIN_TOKEN": ADMIN, "PLANBOT_OUTBOX_POLL_SECONDS": "1"}
        service = Service(env, free_port())
        service.start()
        traffic = Traffic(service, stub)
        stop = threading.Event()
        api_counts: dict[int, int] = {}
        junk_counts: dict[int, int] = {}
        helpers = [threading.Thread(target=flood, args=(service.url, stop, api_counts)) for _ in range(16)]
        helpers.append(threading.Thread(target=junk, args=(service.url, stop, junk_counts)))
        for h in helpers:
            h.start()
        faults: list[str] = []
        started = time.monotonic()
        traffic.calm_until = started + 0.10 * seconds
        tick = 0
        try:
            while (elapsed := time.monotonic() - started) < seconds:
                phase = elapsed / seconds
                if 0.10 <= phase < 0.20 and "reply-tokens" not in faults:
                    faults.append("reply-tokens")
                    stub.fail(REPLY, 400, times=10_000)
                if phase >= 0.20 and "reply-tokens" in faults and "reply-tokens-ok" not in faults:
                    faults.append("reply-tokens-ok")
                    stub.faults.clear()
                if 0.30 <= phase < 0.36 and not stub.down and "api-down" not in faults:
                    faults.append("api-down")
                    stub.down = True
                if phase >= 0.36 and stub.down:
                    stub.down = False
                if phase >= 0.50 and "kill" not in faults:
                    faults.append("kill")
                    service.kill()
                    time.sleep(1.0)  # the platforms' requests meanwhile are refused
                    traffic.line_event()
                    traffic.slack_event()
                    service.start()
                    traffic.resend_refused()
                if phase >= 0.70 and "reload" not in faults:
                    faults.append("reload")
                    service.proc.send_signal(signal.SIGHUP)
                threading.Thread(target=traffic.line_event).start()
                if tick % 2 == 0:
                    threading.Thread(target=traffic.slack_event).start()
                service.watch()
                tick += 1
                time.sleep(0.25)
            stop.set()
            for h in helpers:
                h.join(timeout=30)
            time.sleep(2)
            traffic.resend_refused()
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                result = traffic.outcome()
                if result["line_lost"] == 0 and result["slack_lost"] == 0:
                    break
                service.watch()
                time.sleep(1)
        finally:
            stop.set()
            service.stop()
            stub.close()

    r = traffic.outcome()
    print(f"soak: {seconds} s of traffic; faults: {', '.join(faults)}")
    print(f"LINE  events received {r['line_received']}, delivered by reply {r['by_reply']}, by push {r['by_push']}, "
          f"lost {r['line_lost']}; ack p50/p95 {statistics.median(traffic.ack['line']):.1f}/{pct(traffic.ack['line'], .95):.1f} ms; "
          f"answer p50/p95 {statistics.median(r['answer_s']):.2f}/{pct(r['answer_s'], .95):.2f} s overall, "
          f"{statistics.median(r['calm_s']):.2f}/{pct(r['calm_s'], .95):.2f} s under the API flood alone")
    print(f"Slack events received {r['slack_received']}, answered {r['slack_answered']}, lost {r['slack_lost']}; "
          f"ack p50/p95 {statistics.median(traffic.ack['slack']):.1f}/{pct(traffic.ack['slack'], .95):.1f} ms")
    print(f"/api/ask flood (16 clients): {dict(sorted(api_counts.items()))}; junk: {dict(sorted(junk_counts.items()))}")
    print(f"peak RSS of the service: {service.peak_rss_mb:.0f} MB")
    if r["line_lost"] or r["slack_lost"]:
        raise SystemExit("answers were lost")


if __name__ == "__main__":
    main()
