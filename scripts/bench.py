"""Benchmark build time, query latency and peak memory on the corpus replicated ×1, ×10, ×100.

Each scale runs in its own process so its peak memory is its own. Replicas get varied text
(every line is marked with its replica number) so neither the embedding cache nor BM25 can
treat them as duplicates. Reports medians, p95 and the ratio to the ×1 corpus.

    python scripts/bench.py                 # ×1 and ×10
    python scripts/bench.py --scales 1 10 100
    python scripts/bench.py --web 50        # the chat page: page load and answer round trip
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = [ROOT / "tests/data/dev_questions.jsonl", ROOT / "tests/data/extra_questions.jsonl"]


def replicate(corpus: Path, out: Path, scale: int) -> None:
    """Write the corpus `scale` times, each copy with every line marked by its replica number."""
    manifest = tomllib.loads((corpus / "documents.toml").read_text(encoding="utf-8"))
    out.mkdir(parents=True)
    entries = []
    for copy in range(scale):
        for doc in manifest["document"]:
            text = (corpus / doc["file"]).read_text(encoding="utf-8")
            if copy:
                text = "\n".join(f"{line} 第{copy}版" if line.strip() else line for line in text.splitlines())
            name = f"r{copy:03d}-{doc['file']}"
            (out / name).write_text(text, encoding="utf-8")
            title = doc["title"] if copy == 0 else f"{doc['title']}（複製{copy}）"
            entries.append(f'[[document]]\nfile = "{name}"\ntitle = "{title}"\n')
    (out / "documents.toml").write_text("\n".join(entries), encoding="utf-8")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def worker(scale: int, repeats: int) -> dict:
    from bot.config import Settings
    from bot.engine import Engine, build
    from index.embed import make_embedder

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        replicate(ROOT / "corpus", tmp_path / "corpus", scale)
        settings = Settings(
            corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "index", cache_dir=tmp_path / "cache",
            faiss_index="hnsw" if scale >= 100 else "flat",
        )
        embedder = make_embedder(settings.embedder)
        cold = build(settings, embedder=embedder, show_progress=False)
        warm = build(settings, embedder=embedder, show_progress=False)
        engine = Engine(settings, embedder)
        questions = [json.loads(line)["q"] for path in QUESTIONS for line in path.read_text().splitlines()]
        latency = {}
        for mode in ("bm25", "dense", "hybrid"):
            engine.searcher.search(questions[0], 3, mode)  # warm-up
            times = []
            for _ in range(repeats):
                for q in questions:
                    started = time.perf_counter()
                    engine.searcher.search(q, 3, mode)
                    times.append(1000 * (time.perf_counter() - started))
            latency[mode] = {"p50": statistics.median(times), "p95": percentile(times, 0.95)}
        engine.ask(questions[0])  # warm-up
        times = []
        for _ in range(repeats):
            for q in questions:
                started = time.perf_counter()
                engine.ask(q)
                times.append(1000 * (time.perf_counter() - started))
        latency["answer"] = {"p50": statistics.median(times), "p95": percentile(times, 0.95)}
    return {
        "scale": scale,
        "chunks": cold.chunks,
        "build_cold_s": cold.seconds,
        "build_warm_s": warm.seconds,
        "latency_ms": latency,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "faiss": settings.faiss_index,
    }


def burn(seconds: float) -> None:
    """A competing CPU load: spin for `seconds`."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def embed_worker(count: int) -> dict:
    """Query-embedding latency idle and beside two busy processes (OMP_WAIT_POLICY from the environment)."""
    import multiprocessing

    from index.embed import make_embedder

    embedder = make_embedder("e5-small")
    questions = [json.loads(line)["q"] for path in QUESTIONS for line in path.read_text().splitlines()]
    embedder.embed_query(questions[0])

    def measure() -> dict:
        times = []
        for i in range(count):
            started = time.perf_counter()
            embedder.embed_query(questions[i % len(questions)])
            times.append(1000 * (time.perf_counter() - started))
        return {"p50": statistics.median(times), "p95": percentile(times, 0.95)}

    idle = measure()
    load = [multiprocessing.Process(target=burn, args=(120,)) for _ in range(os.cpu_count() or 2)]
    for p in load:
        p.start()
    try:
        busy = measure()
    finally:
        for p in load:
            p.terminate()
    return {"policy": os.environ.get("OMP_WAIT_POLICY", ""), "idle": idle, "busy": busy}


def embedder_under_load(count: int) -> None:
    print("クエリ埋め込み（idle / 競合する CPU 負荷あり）:")
    for policy in ("PASSIVE", "ACTIVE"):
        env = {**os.environ, "OMP_WAIT_POLICY": policy}
        out = subprocess.run([sys.executable, __file__, "--embed-worker", str(count)], capture_output=True,
                             text=True, check=True, cwd=ROOT, env=env)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        ratio = r["busy"]["p50"] / r["idle"]["p50"]
        print(f"  OMP_WAIT_POLICY={policy:7} idle p50/p95 {r['idle']['p50']:7.1f}/{r['idle']['p95']:<7.1f} ms"
              f"  busy p50/p95 {r['busy']['p50']:8.1f}/{r['busy']['p95']:<8.1f} ms  busy/idle p50 {ratio:5.1f}×")


def web(count: int) -> None:
    """The chat page over loopback: page load (HTML, CSS, script) and the answer round trip (POST /web/ask),
    over plain HTTP and, where Debian's Chromium is installed, as a browser sees it (load event, answer shown)."""
    import shutil
    import threading

    import httpx
    import uvicorn

    from bot.config import Settings
    from handlers.app import create_app

    questions = [json.loads(line)["q"] for path in QUESTIONS for line in path.read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(db=Path(tmp) / "q.sqlite", user_questions_per_minute=100_000)
        server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=0, log_level="warning"))
        threading.Thread(target=server.run, daemon=True).start()
        while not server.started:
            time.sleep(0.05)
        url = f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"
        rows = {}
        with httpx.Client(base_url=url, timeout=60) as client:
            client.get("/")
            loads, trips = [], []
            for n in range(count):
                started = time.perf_counter()
                for path in ("/", "/static/planbot.css", "/static/chat.js"):
                    client.get(path).raise_for_status()
                loads.append(1000 * (time.perf_counter() - started))
                started = time.perf_counter()
                client.post("/web/ask", json={"question": questions[n % len(questions)]}).raise_for_status()
                trips.append(1000 * (time.perf_counter() - started))
            rows["http"] = (loads, trips)
        chromium = shutil.which("chromium")
        if chromium:
            from playwright.sync_api import sync_playwright

            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=chromium)
                page = browser.new_page()
                loads, trips = [], []
                for n in range(count):
                    started = time.perf_counter()
                    page.goto(url + "/", wait_until="load")
                    loads.append(1000 * (time.perf_counter() - started))
                    page.fill("#question", questions[n % len(questions)])
                    started = time.perf_counter()
                    page.click("#send")
                    page.wait_for_function("!document.querySelector('[aria-busy]') && document.querySelector('.msg.bot')")
                    trips.append(1000 * (time.perf_counter() - started))
                browser.close()
            rows["chromium"] = (loads, trips)
        server.should_exit = True
    print(f"{'client':9} {'n':>4} {'page load p50/p95 ms':>22} {'answer round trip p50/p95 ms':>30}")
    for name, (loads, trips) in rows.items():
        print(f"{name:9} {count:4d} {statistics.median(loads):12.1f}/{percentile(loads, 95):<9.1f}"
              f" {statistics.median(trips):18.1f}/{percentile(trips, 95):<9.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10])
    parser.add_argument("--repeats", type=int, default=5, help="passes over the question set per mode")
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--embed-worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--embed-load", type=int, metavar="N", help="only measure N query embeddings idle and under load")
    parser.add_argument("--web", type=int, metavar="N", help="only measure the chat page: N page loads and answers")
    args = parser.parse_args()
    if args.web:
        sys.path.insert(0, str(ROOT))
        web(args.web)
        return
    if args.embed_worker:
        print(json.dumps(embed_worker(args.embed_worker)))
        return
    if args.embed_load:
        embedder_under_load(args.embed_load)
        return
    if args.worker:
        print(json.dumps(worker(args.worker, args.repeats)))
        return

    results = []
    for scale in args.scales:
        print(f"×{scale} を計測中…", file=sys.stderr, flush=True)
        out = subprocess.run(
            [sys.executable, __file__, "--worker", str(scale), "--repeats", str(args.repeats)],
            capture_output=True, text=True, check=True, cwd=ROOT,
        )
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))

    base = results[0]
    print(f"{'corpus':>6} {'chunks':>6} {'faiss':>5} {'build cold s':>12} {'warm s':>7} "
          f"{'bm25 p50/p95 ms':>16} {'dense p50/p95':>14} {'hybrid p50/p95':>15} {'answer p50/p95':>15} {'peak MB':>8} "
          f"{'hybrid p50 ratio':>16}")
    for r in results:
        lat = r["latency_ms"]
        ratio = lat["hybrid"]["p50"] / base["latency_ms"]["hybrid"]["p50"]
        print(
            f"{'×' + str(r['scale']):>6} {r['chunks']:6d} {r['faiss']:>5} {r['build_cold_s']:12.1f} {r['build_warm_s']:7.1f} "
            + "".join(f"{lat[m]['p50']:9.1f}/{lat[m]['p95']:<6.1f}" for m in ("bm25", "dense", "hybrid", "answer"))
            + f" {r['peak_rss_mb']:8.0f} {ratio:15.2f}×"
        )


if __name__ == "__main__":
    main()
