"""The chat page embedded in another site (a cross-site iframe, in real Chromium): the visitor is kept by the
page's signed token, not by a cookie the browser may refuse there, so asking and 👍 work inside the frame."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from handlers.app import create_app
from tests.stub_server import LiveServer, free_port
from tests.test_browser import CHROMIUM

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed (apt-get install chromium); .ci/run installs it")


class CitySite:
    """Another site (localhost, while planbot is at 127.0.0.1: a different site) with the page in an iframe."""

    def __init__(self, planbot_url: str) -> None:
        page = (f'<!doctype html><html lang="ja"><title>市のサイト</title><h1>市のサイト</h1>'
                f'<iframe id="planbot" src="{planbot_url}/?embed=1&lang=ja" title="計画書に聞く"'
                f' style="width:480px;height:640px;border:0"></iframe>').encode()

        class Page(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's naming
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(page)))
                self.end_headers()
                self.wfile.write(page)

            def log_message(self, *args):
                pass

        self.port = free_port()
        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Page)
        self.url = f"http://localhost:{self.port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()


def test_the_page_in_a_cross_site_iframe_keeps_its_visitor_and_rates_an_answer(engine, settings, tmp_path):
    playwright = pytest.importorskip("playwright.sync_api")
    port = free_port()
    site = CitySite(f"http://127.0.0.1:{port}")
    configured = settings.model_copy(update={"db": tmp_path / "q.sqlite", "web_embed_origins": site.url})
    server = LiveServer(create_app(configured, engine), port=port)
    try:
        with playwright.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM)
            page = browser.new_context(locale="ja-JP").new_page()
            sent: list[dict] = []
            page.on("request", lambda r: sent.append(r.all_headers()) if "/web/" in r.url else None)
            page.goto(site.url)
            frame = page.frame_locator("#planbot")
            frame.get_by_label("質問", exact=True).fill("チーム会議の開催数の目標は？")
            frame.get_by_label("質問", exact=True).press("Enter")
            answer = frame.locator(".msg.bot").last
            answer.locator(".citations").wait_for()
            assert "目標170回" in answer.locator(".text").inner_text()
            answer.get_by_role("button", name="👍 役に立った").click()
            playwright.expect(frame.get_by_role("status")).to_have_text("ご意見ありがとうございます。")
            browser.close()
        assert len(sent) == 2 and all("x-planbot-visitor" in h for h in sent)
        assert not any("planbot_visitor=" in h.get("cookie", "") for h in sent)  # the frame kept no cookie
    finally:
        server.close()
        site.close()
    from bot.store import Store

    [row] = Store.open(tmp_path / "q.sqlite").questions.rows()
    assert row["feedback"] == 1 and row["channel"] == "web" and row["user_hash"]
