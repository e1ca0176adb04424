"""The service reloads a new build with no downtime: no request lost, new facts afterwards."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

import httpx
from pydantic import SecretStr

from bot.engine import build
from handlers.app import create_app
from tests.conftest import copy_corpus
from tests.stub_server import LiveServer, free_port

TEAM_ROW = "1\tチーム会議の開催数\t回\t125\t170"
QUESTION = {"question": "チーム会議の開催数の目標は？"}
API_TOKEN = "api-secret"
API = {"Authorization": f"Bearer {API_TOKEN}"}


def own_service(tmp_path, settings, embedder, token: str):
    """A corpus copy with its own index, served with an admin token."""
    corpus = copy_corpus(tmp_path / "corpus")
    mine = settings.model_copy(update={"corpus_dir": corpus, "index_dir": tmp_path / "var" / "index",
                                       "db": tmp_path / "var" / "q.sqlite", "admin_token": SecretStr(token),
                                       "api_token": SecretStr(API_TOKEN)})
    build(mine, embedder=embedder, show_progress=False)
    return mine, corpus, LiveServer(create_app(mine))


def test_reload_under_concurrent_queries_loses_nothing_and_serves_the_new_facts(tmp_path, settings, embedder):
    mine, corpus, server = own_service(tmp_path, settings, embedder, "admin-secret")
    results: list[tuple[int, str]] = []
    stop = threading.Event()

    def fire() -> None:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            while not stop.is_set():
                response = client.post("/api/ask", json=QUESTION, headers=API)
                results.append((response.status_code, response.json().get("answer", "")))

    workers = [threading.Thread(target=fire) for _ in range(4)]
    try:
        for w in workers:
            w.start()
        old_build = httpx.get(f"{server.url}/readyz").json()["build"]
        plan = corpus / "kyodo-suishin-keikaku-3.md"
        plan.write_text(plan.read_text(encoding="utf-8").replace(TEAM_ROW, TEAM_ROW[:-3] + "180"), encoding="utf-8")
        build(mine, embedder=embedder, show_progress=False)

        assert httpx.post(f"{server.url}/admin/reload").status_code == 401
        reloaded = httpx.post(f"{server.url}/admin/reload", headers={"Authorization": "Bearer admin-secret"},
                              timeout=60).json()
        assert reloaded["reloaded"] and reloaded["build"] != old_build
        after = len(results)
        while len(results) < after + 20:
            threading.Event().wait(0.05)
    finally:
        stop.set()
        for w in workers:
            w.join(timeout=30)
        server.close()

    assert results and all(status == 200 for status, _ in results)
    assert any("目標170回" in a for _, a in results[:after])
    assert all("目標180回" in a for _, a in results[after + 4 :])  # allow the requests that were in flight


def test_a_failed_reload_keeps_the_old_index_and_says_why(tmp_path, settings, embedder):
    mine, _, server = own_service(tmp_path, settings, embedder, "t")
    try:
        live = mine.index_dir.resolve()
        (live / "dense.faiss").write_bytes(b"broken")
        response = httpx.post(f"{server.url}/admin/reload", headers={"Authorization": "Bearer t"}, timeout=60)
        assert response.status_code == 500
        assert not response.json()["reloaded"] and "dense.faiss" in response.json()["error"]
        answer = httpx.post(f"{server.url}/api/ask", json=QUESTION, headers=API, timeout=30).json()
        assert "目標170回" in answer["answer"]
    finally:
        server.close()


def test_reload_is_disabled_without_an_admin_token(tmp_path, settings, embedder, engine):
    server = LiveServer(create_app(settings.model_copy(update={"db": tmp_path / "q.sqlite"}), engine))
    try:
        assert httpx.post(f"{server.url}/admin/reload", headers={"Authorization": "Bearer x"}).status_code == 404
    finally:
        server.close()


def test_sighup_reloads_the_live_build(tmp_path, settings, embedder):
    corpus = copy_corpus(tmp_path / "corpus")
    mine = settings.model_copy(update={"corpus_dir": corpus, "index_dir": tmp_path / "var" / "index"})
    build(mine, embedder=embedder, show_progress=False)
    port = free_port()
    env = {**os.environ, "PLANBOT_CORPUS_DIR": str(corpus), "PLANBOT_INDEX_DIR": str(mine.index_dir),
           "PLANBOT_CACHE_DIR": str(mine.cache_dir), "PLANBOT_DB": str(tmp_path / "q.sqlite")}
    server = subprocess.Popen([sys.executable, "-m", "bot.cli", "serve", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"

    def ready_build() -> str | None:
        try:
            return httpx.get(f"{url}/readyz", timeout=2).json().get("build")
        except (httpx.HTTPError, ValueError):
            return None

    try:
        deadline = time.monotonic() + 120
        while (first := ready_build()) is None:
            assert time.monotonic() < deadline and server.poll() is None
            time.sleep(0.2)
        second = build(mine, embedder=embedder, show_progress=False).build
        server.send_signal(signal.SIGHUP)
        deadline = time.monotonic() + 60
        while ready_build() != second:
            assert time.monotonic() < deadline, "SIGHUP did not reload"
            time.sleep(0.2)
        assert first != second and server.poll() is None
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_serve_starts_on_the_newest_good_build_when_the_live_one_is_corrupt(tmp_path, settings, embedder):
    mine, corpus, first = own_service(tmp_path, settings, embedder, "admin-secret")
    first.close()
    plan = corpus / "kyodo-suishin-keikaku-3.md"
    plan.write_text(plan.read_text(encoding="utf-8").replace(TEAM_ROW, TEAM_ROW[:-3] + "180"), encoding="utf-8")
    build(mine, embedder=embedder, show_progress=False)
    live = (mine.index_dir).resolve()
    (live / "chunks.json").write_text("{ truncated", encoding="utf-8")
    server = LiveServer(create_app(mine))
    try:
        ready = httpx.get(f"{server.url}/readyz").json()
        assert ready["ready"] and ready["build"] != live.name
        answer = httpx.post(f"{server.url}/api/ask", json=QUESTION, headers=API, timeout=30).json()
        assert "170" in answer["answer"]  # the fallback build's facts
    finally:
        server.close()
