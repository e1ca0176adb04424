"""How fast a replica drains an outbox that filled up during a LINE outage.

`--answers` answers (each to a user of its own, as after an outage: their reply tokens expired, so LINE
refuses the reply and each goes by push) are stored in the outbox; then a real `planbot serve`
starts and delivers them to a recording LINE stub that takes `--latency` seconds per call.
Reported: answers a second, from the replica being ready to the last delivery at the stub.

    python scripts/bench_outbox.py                       # 2,000 answers, 50 ms a call
    python scripts/bench_outbox.py --answers 5000 --latency 0.1
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.store import Store  # noqa: E402
from tests.delivery_kit import line_env, wait_until  # noqa: E402
from tests.replica import Replica  # noqa: E402
from tests.stub_server import LINE_PUSH, LINE_REPLY, StubAPI  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--answers", type=int, default=2000)
    parser.add_argument("--latency", type=float, default=0.05)
    args = parser.parse_args()
    stub = StubAPI(reply={"sentMessages": [{"id": "1", "quoteToken": "q"}]})
    stub.delay = args.latency
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "outbox.sqlite"
        store = Store.open(db)
        message = [{"type": "text", "text": "チーム会議の開催数は、現状125回（令和4年度）、目標170回（令和10年度）です。"}]
        users = []
        for _ in range(args.answers):
            user, token = "U" + uuid.uuid4().hex, uuid.uuid4().hex
            stub.used_tokens.add(token)  # expired during the outage: LINE refuses it
            parcel = store.outbox.enqueue("line", user, message, token, f"line:{uuid.uuid4().hex}")
            store.outbox.postpone(parcel, "HTTP 503", 0)
            users.append(user)
        store.close()
        replica = Replica(line_env(stub, db), log=Path(tmp) / "serve.log")
        replica.start()
        started = time.monotonic()
        wait_until(lambda: len(stub.to(LINE_PUSH)) >= args.answers, 1800, every=0.2)
        spent = time.monotonic() - started
        replica.watch()
        replica.stop()
        pushed = [b["to"] for b in stub.to(LINE_PUSH)]
        print(f"{args.answers:,} answers drained in {spent:.1f} s: {args.answers / spent:.0f} a second "
              f"({args.latency * 1000:.0f} ms a call; {len(stub.to(LINE_REPLY))} replies, {len(pushed)} pushes, "
              f"{len(pushed) - len(set(pushed))} duplicates, {len(set(users) - set(pushed))} missing; "
              f"peak RSS {replica.peak_rss_mb:.0f} MB)")
    stub.close()


if __name__ == "__main__":
    main()
