"""Soak and fault test that cannot be fooled: LINE, Slack and web traffic against real replicas, with faults.

Loopback only, bounded in time (at most 10 minutes). Two `planbot serve` replicas share a throwaway
PostgreSQL cluster (or, with `--database sqlite` or without PostgreSQL installed, one replica on
SQLite); this script is their load balancer and the platforms: it sends signed LINE and Slack events
(each from a user and channel of its own, so every delivery is traced to its event) and web
questions with the page's visitor token, while 16 clients flood /api/ask and junk requests arrive.
Its stub of the chat APIs refuses reused reply tokens and repeated retry keys as LINE does and
counts what it accepted per event: 0 is a loss, 2 a duplicate.

Faults, each checked to have happened (the soak fails if one did not):
  reply-tokens   LINE refuses every reply token for a while (the answers must go by push, once)
  api-down       the chat APIs answer 503 for a while (answers wait in the outbox)
  slack-down     chat.postMessage and response URLs refuse for a while
  kill           a replica is killed with SIGKILL while its replies are in flight at LINE (a 3 s API)
  twice          events sent to both replicas at once (as LINE may redeliver)
  redelivery     events refused by a dead replica are sent again to the other
  reload         a new build is loaded without a restart (NOTIFY on PostgreSQL, SIGHUP on SQLite)

    python scripts/soak.py                      # 120 s of traffic, then up to 90 s to drain
    python scripts/soak.py --seconds 300        # at most 480
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import json
import os
import re
import signal
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import urlencode

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.config import Settings  # noqa: E402
from bot.engine import build  # noqa: E402
from bot.publish import publish  # noqa: E402
from index.builds import live_build  # noqa: E402
from tests.delivery_kit import QUESTIONS, line_event, signed  # noqa: E402
from tests.postgres_server import Cluster, server_binaries  # noqa: E402
from tests.replica import Replica  # noqa: E402
from tests.stub_server import LINE_PUSH, LINE_REPLY, StubAPI  # noqa: E402

LINE_SECRET, SLACK_SECRET, API_TOKEN, ADMIN = "delivery-channel-secret", "soak-slack", "soak-api", "soak-admin"
POST = "/api/chat.postMessage"
KEY = "0Wq3CwD7fJm5c1sQq2xk8W4tHn0yB6pR9aZ3uE1vL5I="


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def fmt(values: list[float], unit: str = "ms", scale: float = 1000) -> str:
    if not values:
        return "n/a"
    return f"{scale * statistics.median(values):.{0 if unit == 'ms' else 2}f}/{scale * pct(values, .95):.{0 if unit == 'ms' else 2}f} {unit}"


def rss_anon(replica: Replica) -> float:
    try:
        return int(Path(f"/proc/{replica.proc.pid}/status").read_text().split("RssAnon:")[1].split()[0]) / 1024
    except (OSError, IndexError, AttributeError):
        return 0.0


class Balancer:
    """Routes each request to the next live replica; a replica that refuses a connection is skipped."""

    def __init__(self, replicas: list[Replica]) -> None:
        self.replicas = replicas
        self.turn = 0
        self.down: set[int] = set()
        self.lock = threading.Lock()

    def pick(self, avoid: int | None = None) -> tuple[int, Replica]:
        with self.lock:
            for _ in range(len(self.replicas)):
                self.turn = (self.turn + 1) % len(self.replicas)
                if self.turn not in self.down and self.turn != avoid:
                    return self.turn, self.replicas[self.turn]
            i = next((i for i in range(len(self.replicas)) if i not in self.down), 0)
            return i, self.replicas[i]


class Traffic:
    """Signed events, a user (and Slack channel) each, with when each was acknowledged."""

    def __init__(self, balancer: Balancer, stub: StubAPI) -> None:
        self.balancer, self.stub = balancer, stub
        self.line: dict[str, dict] = {}  # webhookEventId → {"event", "acked_at"}
        self.slack: dict[str, dict] = {}  # channel → {"body", "acked_at", "kind"}
        self.web: list[float] = []  # answer times of web questions
        self.web_status: dict[int, int] = {}
        self.ack = {"line": [], "slack": [], "web": []}
        self.refused: list[tuple[str, str]] = []  # not acknowledged: the platform sends it again
        self.redelivered = 0
        self.lock = threading.Lock()

    def send_line(self, event: dict | None = None, replica: int | None = None) -> None:
        if event is None:
            event = line_event(n=len(self.line))
            with self.lock:
                self.line[event["webhookEventId"]] = {"event": event}
        body, headers = signed([event], LINE_SECRET)
        self._post("line", event["webhookEventId"], "/line/webhook", body, headers, replica)

    def send_slack(self, key: str | None = None, replica: int | None = None) -> None:
        if key is None:
            key = "C" + uuid.uuid4().hex[:10].upper()
            question = QUESTIONS[len(self.slack) % len(QUESTIONS)]
            if len(self.slack) % 3 == 2:  # a slash command: answered at its response URL
                body = urlencode({"token": "x", "team_id": "T1", "channel_id": key, "user_id": "U" + key,
                                  "command": "/plan", "text": question, "response_url": f"{self.stub.url}/response/{key}",
                                  "trigger_id": uuid.uuid4().hex})
                kind = "command"
            else:
                body = json.dumps({"token": "x", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
                                   "event_id": "Ev" + uuid.uuid4().hex[:12], "event_time": int(time.time()),
                                   "event": {"type": "app_mention", "text": "<@UBOT> " + question, "user": "U" + key,
                                             "channel": key, "ts": f"{time.time():.6f}"}}, ensure_ascii=False)
                kind = "mention"
            with self.lock:
                self.slack[key] = {"body": body, "kind": kind}
        body = self.slack[key]["body"]
        ts = str(int(time.time()))
        signature = "v0=" + hmac.new(SLACK_SECRET.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
        kind = "application/x-www-form-urlencoded" if self.slack[key]["kind"] == "command" else "application/json"
        self._post("slack", key, "/slack/events", body.encode(),
                   {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": signature, "Content-Type": kind}, replica)

    def _post(self, platform: str, key: str, route: str, body: bytes, headers: dict, replica: int | None) -> None:
        index, target = (replica, self.balancer.replicas[replica]) if replica is not None else self.balancer.pick()
        started = time.perf_counter()
        try:
            ok = httpx.post(target.url + route, content=body, headers=headers, timeout=10).status_code == 200
        except httpx.HTTPError:
            ok = False
        with self.lock:
            if ok:
                self.ack[platform].append(time.perf_counter() - started)
                table = self.line if platform == "line" else self.slack
                table[key].setdefault("acked_at", time.monotonic())
            else:
                self.refused.append((platform, key))

    def resend_refused(self) -> int:
        """As the platforms do: what was not acknowledged is sent again (here to another replica)."""
        with self.lock:
            pending, self.refused = self.refused, []
        for platform, key in pending:
            if platform == "line":
                self.send_line(self.line[key]["event"])
            else:
                self.send_slack(key)
        self.redelivered += len(pending)
        return len(pending)

    def ask_web(self) -> None:
        _, target = self.balancer.pick()
        try:
            with httpx.Client(base_url=target.url, timeout=30) as client:
                page = client.get("/").text
                token = re.search(r'name="planbot-visitor" content="([^"]+)"', page).group(1)
                started = time.perf_counter()
                response = client.post("/web/ask", json={"question": QUESTIONS[len(self.web) % len(QUESTIONS)]},
                                       headers={"X-Planbot-Visitor": token})
                status = response.status_code
                if status == 200 and response.json().get("answer"):
                    self.web.append(time.perf_counter() - started)
        except (httpx.HTTPError, AttributeError):
            status = 0
        with self.lock:
            self.web_status[status] = self.web_status.get(status, 0) + 1

    def outcome(self) -> dict:
        stub = self.stub
        times: dict[str, list[float]] = {}
        for (path, _, body), at in zip(list(stub.requests), list(stub.arrived), strict=False):
            if path == LINE_REPLY:
                times.setdefault("reply:" + str(body.get("replyToken")), []).append(at)
            elif path == LINE_PUSH:
                times.setdefault("push:" + str(body.get("to")), []).append(at)
            elif path == POST and "blocks" in body:
                times.setdefault("post:" + str(body.get("channel")), []).append(at)
            elif path.startswith("/response/") and "blocks" in body:
                times.setdefault("post:" + path.rsplit("/", 1)[1], []).append(at)
        line_counts, line_times = {}, []
        for key, item in self.line.items():
            if "acked_at" not in item:
                continue
            event = item["event"]
            got = times.get("reply:" + event["replyToken"], []) + times.get("push:" + event["source"]["userId"], [])
            line_counts[key] = len(got)
            if got:
                line_times.append(min(got) - item["acked_at"])
        slack_counts, slack_times = {}, []
        for key, item in self.slack.items():
            if "acked_at" not in item:
                continue
            got = times.get("post:" + key, [])
            slack_counts[key] = len(got)
            if got:
                slack_times.append(min(got) - item["acked_at"])
        return {"line": line_counts, "line_s": line_times, "slack": slack_counts, "slack_s": slack_times,
                "by_reply": len([t for t in times if t.startswith("reply:")]),
                "by_push": sum(len(v) for k, v in times.items() if k.startswith("push:"))}


def flood(url_of, stop: threading.Event, counts: dict) -> None:
    """/api/ask with 500-character junk, as fast as the service takes it."""
    while not stop.is_set():
        try:
            status = httpx.post(url_of() + "/api/ask", json={"question": "あ" * 500}, timeout=30,
                                headers={"Authorization": f"Bearer {API_TOKEN}"}).status_code
        except httpx.HTTPError:
            status = 0
            time.sleep(0.2)
        counts[status] = counts.get(status, 0) + 1


def junk(url_of, stop: threading.Event, counts: dict) -> None:
    """Unsigned webhooks, garbage bodies and oversize bodies."""
    big = b"x" * 3_000_000
    while not stop.is_set():
        for body, headers in ((b"{}", {}), (b"\xff\xfe", {"X-Line-Signature": "forged"}), (big, {"X-Line-Signature": "x"})):
            try:
                status = httpx.post(url_of() + "/line/webhook", content=body, headers=headers, timeout=10).status_code
            except httpx.HTTPError:
                status = 0
            counts[status] = counts.get(status, 0) + 1
        time.sleep(0.2)


class Faults:
    """Each fault: started, ended, and the evidence that it really happened."""

    def __init__(self) -> None:
        self.ran: dict[str, str] = {}  # name → evidence
        self.missing: list[str] = []

    def check(self, name: str, happened: bool, evidence: str) -> None:
        if happened:
            self.ran[name] = evidence
        else:
            self.missing.append(f"{name} ({evidence})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=120)
    parser.add_argument("--database", choices=["postgresql", "sqlite"],
                        default="postgresql" if server_binaries() else "sqlite")
    args = parser.parse_args()
    seconds = min(max(args.seconds, 60), 480)
    shared = args.database == "postgresql"

    index_settings = Settings(corpus_dir=ROOT / "corpus", index_dir=ROOT / "var" / "index", cache_dir=ROOT / "var" / "cache")
    if live_build(index_settings.index_dir) is None:
        print("building the index first…", flush=True)
        build(index_settings, show_progress=False)
    stub = StubAPI(reply={"ok": True, "channel": "C1", "ts": "1.0", "sentMessages": [{"id": "1", "quoteToken": "q"}]})
    cluster = Cluster() if shared else None
    with tempfile.TemporaryDirectory() as tmp:
        base = {"LINE_CHANNEL_SECRET": LINE_SECRET, "LINE_CHANNEL_ACCESS_TOKEN": "soak", "LINE_API_BASE_URL": stub.url,
                "SLACK_SIGNING_SECRET": SLACK_SECRET, "SLACK_BOT_TOKEN": "xoxb-soak", "SLACK_API_BASE_URL": stub.url + "/api/",
                "PLANBOT_API_TOKEN": API_TOKEN, "PLANBOT_ADMIN_TOKEN": ADMIN, "PLANBOT_OUTBOX_POLL_SECONDS": "0.5",
                "PLANBOT_LEASE_SECONDS": "15", "PLANBOT_DELIVERY_TIMEOUT": "10", "PLANBOT_USER_QUESTIONS_PER_MINUTE": "60",
                "PLANBOT_ADDRESS_QUESTIONS_PER_MINUTE": "600",  # every web visitor here comes from 127.0.0.1
                "PLANBOT_CORPUS_DIR": str(index_settings.corpus_dir), "PLANBOT_INDEX_DIR": str(index_settings.index_dir),
                "PLANBOT_CACHE_DIR": str(index_settings.cache_dir)}
        if shared:
            base.update({"PLANBOT_DATABASE_URL": cluster.new_database(), "PLANBOT_HASH_SALT": "soak-salt",
                         "PLANBOT_DATA_KEY": KEY})
        names = ["a", "b"] if shared else ["a"]
        replicas = [Replica({**base, "PLANBOT_DB": str(Path(tmp) / f"{n}.sqlite")}, log=Path(tmp) / f"{n}.log")
                    for n in names]
        for r in replicas:
            r.start()
        balancer = Balancer(replicas)
        traffic = Traffic(balancer, stub)
        faults = Faults()
        stop = threading.Event()
        api_counts: dict[int, int] = {}
        junk_counts: dict[int, int] = {}
        url_of = lambda: balancer.pick()[1].url  # noqa: E731
        helpers = [threading.Thread(target=flood, args=(url_of, stop, api_counts)) for _ in range(16)]
        helpers.append(threading.Thread(target=junk, args=(url_of, stop, junk_counts)))
        for h in helpers:
            h.start()
        peak = {n: (0.0, 0.0) for n in names}

        def watch() -> None:
            for n, r in zip(names, replicas, strict=True):
                if r.proc and r.proc.poll() is None:
                    peak[n] = (max(peak[n][0], r.watch()), max(peak[n][1], rss_anon(r)))

        started = time.monotonic()
        marks: dict[str, int] = {}  # refused-call count when a fault began

        def refused_since(name: str, test) -> int:
            return len([1 for path, status in stub.refused[marks[name]:] if test(path, status)])

        def kill_sequence() -> None:
            victim = 0
            stub.delays[LINE_REPLY] = 3.0  # LINE slow: replies stay in flight
            for _ in range(6):
                threading.Thread(target=traffic.send_line, kwargs={"replica": victim}).start()
            deadline = time.monotonic() + 15
            while stub.in_flight < 3 and time.monotonic() < deadline:  # several replies at LINE, not yet answered
                time.sleep(0.05)
            in_flight = stub.in_flight
            watch()
            replicas[victim].kill()
            balancer.down.add(victim)
            stub.delays.clear()
            for _ in range(3):  # the platforms' requests meanwhile reach the dead replica and are refused
                traffic.send_line(replica=victim)
                traffic.send_slack(replica=victim)
            faults.check("kill", in_flight > 0, f"SIGKILL with {in_flight} LINE calls in flight")
            if not shared:  # one replica: the platforms wait for it to come back
                replicas[victim].start()
                balancer.down.discard(victim)
            resent = traffic.resend_refused()
            faults.check("redelivery", resent > 0, f"{resent} refused events sent again "
                         + ("to the other replica" if shared else "after the restart"))

        def restart() -> None:
            replicas[0].start()
            balancer.down.discard(0)

        def twice() -> None:
            for n in range(5):
                event = line_event(n=n)
                with traffic.lock:
                    traffic.line[event["webhookEventId"]] = {"event": event}
                sends = [threading.Thread(target=traffic.send_line, args=(event, i)) for i in range(len(replicas))]
                for t in sends:
                    t.start()
                for t in sends:
                    t.join()
            faults.check("twice", True, f"5 events sent to {len(replicas)} replica(s) at once")

        def ready_build(replica: Replica) -> str | None:
            try:
                response = httpx.get(replica.url + "/readyz", timeout=5)
                return response.json().get("build") if response.status_code == 200 else None
            except httpx.HTTPError:
                return None

        def reload() -> None:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and not all(ready_build(r) for r in replicas):
                time.sleep(0.5)  # a replica restarted after the kill may still be loading
            before = {ready_build(r) for r in replicas}
            report = build(index_settings, show_progress=False)
            if shared:
                publish(base["PLANBOT_DATABASE_URL"], report.build)
            else:
                replicas[0].proc.send_signal(signal.SIGHUP)
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and not all(ready_build(r) == report.build for r in replicas):
                time.sleep(0.5)
            now = {ready_build(r) for r in replicas}
            faults.check("reload", now == {report.build} and report.build not in before,
                         f"{len(replicas)} replica(s) now serve build {report.build}")

        def begin(name: str, action) -> None:
            marks[name] = len(stub.refused)
            action()

        line_refusal = lambda p, st: p == LINE_REPLY and st == 400  # noqa: E731
        slack_refusal = lambda p, st: p == POST or p.startswith("/response/")  # noqa: E731
        schedule = [  # (from, until, name, begin, end: returns (happened, evidence))
            (0.08, 0.16, "reply-tokens", lambda: stub.fail(LINE_REPLY, 400, times=10_000),
             lambda: (stub.faults.pop(LINE_REPLY, None), refused_since("reply-tokens", line_refusal))[1]),
            (0.22, 0.28, "api-down", lambda: setattr(stub, "down", True),
             lambda: (setattr(stub, "down", False), refused_since("api-down", lambda p, st: st == 503))[1]),
            (0.32, 0.38, "slack-down", lambda: (stub.fail(POST, 503, 10_000), stub.fail("/response/", 503, 10_000)),
             lambda: (stub.faults.pop(POST, None), stub.faults.pop("/response/", None),
                      refused_since("slack-down", slack_refusal))[2]),
            (0.45, None, "kill", lambda: threading.Thread(target=kill_sequence).start(), None),
            (0.62, None, "restart", lambda: threading.Thread(target=restart).start() if shared else None, None),
            (0.68, None, "twice", lambda: threading.Thread(target=twice).start(), None),
            (0.76, None, "reload", lambda: threading.Thread(target=reload).start(), None),
        ]
        begun: set[str] = set()
        ended: set[str] = set()
        tick = 0
        try:
            while (elapsed := time.monotonic() - started) < seconds:
                phase = elapsed / seconds
                for since, until, name, on, off in schedule:
                    if phase >= since and name not in begun:
                        begun.add(name)
                        begin(name, on)
                    if until is not None and phase >= until and name not in ended:
                        ended.add(name)
                        count = off()
                        faults.check(name, count > 0, f"{count} calls refused")
                threading.Thread(target=traffic.send_line).start()
                if tick % 2 == 0:
                    threading.Thread(target=traffic.send_slack).start()
                    threading.Thread(target=traffic.ask_web).start()
                if tick % 8 == 0:
                    traffic.resend_refused()
                watch()
                tick += 1
                time.sleep(0.25)
            stop.set()
            for h in helpers:
                h.join(timeout=30)
            time.sleep(2)
            traffic.resend_refused()
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline:
                result = traffic.outcome()
                if all(result["line"].values()) and all(result["slack"].values()):
                    break
                watch()
                time.sleep(1)
            time.sleep(5)  # a duplicate, if any, would arrive now
        finally:
            stop.set()
            for r in replicas:
                r.stop()
            stub.close()
            if cluster:
                cluster.stop()

    r = traffic.outcome()
    line_lost = [k for k, n in r["line"].items() if n == 0]
    line_dup = [k for k, n in r["line"].items() if n > 1]
    slack_lost = [k for k, n in r["slack"].items() if n == 0]
    slack_dup = [k for k, n in r["slack"].items() if n > 1]
    print(f"soak: {seconds} s of traffic on {args.database} with {len(replicas)} replica(s)")
    print("faults run: " + "; ".join(f"{k}: {v}" for k, v in faults.ran.items()))
    print(f"LINE  events acknowledged {len(r['line'])}, lost {len(line_lost)}, duplicates {len(line_dup)} "
          f"(replies {r['by_reply']}, pushes {r['by_push']}); ack p50/p95 {fmt(traffic.ack['line'])}; "
          f"answer p50/p95 {fmt(r['line_s'], 's', 1)}")
    print(f"Slack events acknowledged {len(r['slack'])}, lost {len(slack_lost)}, duplicates {len(slack_dup)}; "
          f"ack p50/p95 {fmt(traffic.ack['slack'])}; answer p50/p95 {fmt(r['slack_s'], 's', 1)}")
    print(f"web   questions answered {len(traffic.web)} {dict(sorted(traffic.web_status.items()))}; "
          f"answer p50/p95 {fmt(traffic.web, 's', 1)}")
    print(f"/api/ask flood (16 clients): {dict(sorted(api_counts.items()))}; junk: {dict(sorted(junk_counts.items()))}; "
          f"events sent again after a refusal: {traffic.redelivered}")
    print("peak RSS: " + ", ".join(f"replica {n} {v[0]:.0f} MB (private {v[1]:.0f} MB)" for n, v in peak.items()))
    problems = []
    expected = {"reply-tokens", "api-down", "slack-down", "kill", "redelivery", "twice", "reload"}
    faults.missing += sorted(expected - set(faults.ran) - {m.split(" ")[0] for m in faults.missing})
    if line_lost or slack_lost:
        problems.append(f"lost: LINE {len(line_lost)}, Slack {len(slack_lost)}")
    if line_dup or slack_dup:
        problems.append(f"duplicates: LINE {len(line_dup)}, Slack {len(slack_dup)}")
    if faults.missing:
        problems.append("faults that did not run: " + ", ".join(faults.missing))
    if problems:
        raise SystemExit("soak failed: " + "; ".join(problems))


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()
