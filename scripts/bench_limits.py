"""What rate limiting costs in memory and time when visitors never come back (a cookie-rotating flood).

Each request of a new visitor adds one row (a 32-character keyed hash and a time) to the shared
`rate_limits` table; a row whose time has passed is evicted by the service every minute. So the
table holds the visitors of the last minute, whatever the total, and the process holds none.

    python scripts/bench_limits.py                      # 200,000 visitors in a minute, SQLite
    python scripts/bench_limits.py --visitors 1000000
    python scripts/bench_limits.py --postgres           # the same on a throwaway PostgreSQL cluster
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.store import Store  # noqa: E402


def rss_mb() -> float:
    status = Path("/proc/self/status").read_text()
    return int(status.split("VmRSS:")[1].split()[0]) / 1024


def run(store: Store, visitors: int, path: Path | None) -> None:
    now = time.time()
    before = rss_mb()
    timings = []
    started = time.perf_counter()
    for i in range(visitors):
        t = time.perf_counter()
        store.limits.allow("web-visitor", f"visitor-{i}", 10, now=now + 60 * i / visitors)
        if i % 100 == 0:
            timings.append(time.perf_counter() - t)
    spent = time.perf_counter() - started
    rows = store.limits.size()
    size = path.stat().st_size + sum(p.stat().st_size for p in path.parent.glob(path.name + "-wal")) if path else None
    print(f"{visitors:,} visitors in one minute: {spent:.1f} s, {1e6 * spent / visitors:.0f} µs a decision "
          f"(p50 {1e6 * statistics.median(timings):.0f} µs); rows {rows:,}"
          + (f"; database file {size / 1e6:.1f} MB ({size / max(rows, 1):.0f} bytes a row)" if size else "")
          + f"; process RSS {before:.0f} → {rss_mb():.0f} MB")
    t = time.perf_counter()
    evicted = store.limits.evict(now=now + 60 + 7)
    print(f"eviction a minute later: {evicted:,} rows in {time.perf_counter() - t:.2f} s; rows left {store.limits.size():,}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--visitors", type=int, default=200_000)
    parser.add_argument("--postgres", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.postgres:
            from tests.conftest import TEST_KEY
            from tests.postgres_server import Cluster

            cluster = Cluster()
            try:
                store = Store.open(Path(tmp) / "unused.sqlite", cluster.new_database(), "bench", TEST_KEY)
                run(store, args.visitors, None)
                store.close()
            finally:
                cluster.stop()
        else:
            path = Path(tmp) / "limits.sqlite"
            store = Store.open(path)
            run(store, args.visitors, path)
            store.close()


if __name__ == "__main__":
    main()
