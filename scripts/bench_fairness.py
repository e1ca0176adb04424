"""Nobody starves residents through a public route: LINE answer latency under the public routes' worst.

A real `planbot serve` on loopback (SQLite), a recording LINE stub. Residents send a LINE question
a second (each from a user of their own) throughout; the answer time is from the webhook POST to the
reply reaching the stub. Phases, `--seconds` each:

  alone        residents only
  web-flood    + 16 web clients flooding /web/ask with 500-character questions, each request with a new
               cookie and a new X-Forwarded-For (neither may reset a limit)
  line-users   + distinct LINE users sending a question a second (each a new user: no per-user limit helps)
  line-long    + distinct LINE users sending a 500-character question a second
  everything   all of the above at once

    python scripts/bench_fairness.py                 # 30 s a phase
    python scripts/bench_fairness.py --seconds 60
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.delivery_kit import QUESTIONS, line_env, line_event, post  # noqa: E402
from tests.replica import Replica  # noqa: E402
from tests.stub_server import LINE_REPLY, StubAPI  # noqa: E402

LONG = ("地域協働体の活動について教えてください。自治会との関係、補助金の使い方、市民センターの役割、"
        "まちづくりスタッフバンクの仕組み、円卓会議とチーム会議の違い、協働推進計画の目標と指標の現状、"
        "そして花泉地域や大東地域での取り組みの例も知りたいです。") * 4


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


class Residents:
    """LINE questions at a steady rate, each traced from POST to the reply at the stub."""

    def __init__(self, url: str, stub: StubAPI, text: str | None = None) -> None:
        self.url, self.stub, self.text = url, stub, text
        self.sent: dict[str, float] = {}
        self.statuses: dict[int, int] = {}

    def run(self, stop: threading.Event, every: float = 1.0) -> None:
        n = 0
        while not stop.is_set():
            event = line_event(self.text[:500] if self.text else QUESTIONS[n % len(QUESTIONS)], n)
            self.sent[event["replyToken"]] = time.monotonic()
            threading.Thread(target=self._post, args=(event,), daemon=True).start()
            n += 1
            stop.wait(every)

    def _post(self, event: dict) -> None:
        try:
            status = post(self.url, [event], timeout=30)
        except httpx.HTTPError:
            status = 0
        self.statuses[status] = self.statuses.get(status, 0) + 1

    def latencies(self) -> list[float]:
        arrived = {}
        for (path, _, body), at in zip(self.stub.requests, self.stub.arrived, strict=False):
            if path == LINE_REPLY and body.get("replyToken") in self.sent:
                arrived.setdefault(body["replyToken"], at)
        return [arrived[t] - s for t, s in self.sent.items() if t in arrived]

    def missing(self) -> int:
        return len(self.sent) - len(self.latencies())


def web_flood(url: str, stop: threading.Event, counts: dict) -> None:
    """One of 16 clients: 500-character questions as fast as answered, a new cookie and address each time."""
    with httpx.Client(base_url=url, timeout=60) as client:
        while not stop.is_set():
            try:
                status = client.post("/web/ask", json={"question": LONG[:500]},
                                     cookies={"planbot_visitor": uuid.uuid4().hex},
                                     headers={"X-Forwarded-For": f"198.51.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}"}
                                     ).status_code
            except httpx.HTTPError:
                status = 0
            counts[status] = counts.get(status, 0) + 1


def phase(name: str, replica: Replica, stub: StubAPI, seconds: float, web: bool, users: bool, long: bool) -> dict:
    stop = threading.Event()
    residents = Residents(replica.url, stub)
    others = [Residents(replica.url, stub)] if users else []
    others += [Residents(replica.url, stub, LONG)] if long else []
    web_counts: dict[int, int] = {}
    threads = [threading.Thread(target=residents.run, args=(stop,))]
    threads += [threading.Thread(target=o.run, args=(stop,)) for o in others]
    threads += [threading.Thread(target=web_flood, args=(replica.url, stop, web_counts)) for _ in range(16 if web else 0)]
    for t in threads:
        t.start()
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        replica.watch()
        time.sleep(0.5)
    stop.set()
    for t in threads:
        t.join(timeout=90)
    time.sleep(3)  # the last answers arrive
    lat = residents.latencies()
    row = {"phase": name, "n": len(lat), "missing": residents.missing(), "p50": statistics.median(lat) if lat else float("nan"),
           "p95": pct(lat, 0.95), "max": max(lat) if lat else float("nan"), "web": dict(sorted(web_counts.items())),
           "others": [(statistics.median(o.latencies()) if o.latencies() else float("nan"), pct(o.latencies(), 0.95))
                      for o in others]}
    print(f"{name:11} residents' LINE answers n={row['n']:3d} missing={row['missing']} p50 {row['p50']:.2f} s "
          f"p95 {row['p95']:.2f} s max {row['max']:.2f} s"
          + (f"; web {row['web']}" if web else "")
          + "".join(f"; other LINE users p50/p95 {a:.2f}/{b:.2f} s" for a, b in row["others"]), flush=True)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=30)
    args = parser.parse_args()
    stub = StubAPI(reply={"sentMessages": [{"id": "1", "quoteToken": "q"}]})
    with tempfile.TemporaryDirectory() as tmp:
        replica = Replica(line_env(stub, Path(tmp) / "bench.sqlite"), log=Path(tmp) / "serve.log").start()
        try:
            rows = [phase("alone", replica, stub, args.seconds, False, False, False),
                    phase("web-flood", replica, stub, args.seconds, True, False, False),
                    phase("line-users", replica, stub, args.seconds, False, True, False),
                    phase("line-long", replica, stub, args.seconds, False, False, True),
                    phase("everything", replica, stub, args.seconds, True, True, True)]
        finally:
            replica.stop()
            stub.close()
    print(f"peak RSS of the service: {replica.peak_rss_mb:.0f} MB")
    worst = max(r["p95"] for r in rows)
    if worst >= 2.0 or any(r["missing"] for r in rows):
        raise SystemExit(f"residents waited: worst p95 {worst:.2f} s, missing {sum(r['missing'] for r in rows)}")


if __name__ == "__main__":
    main()
