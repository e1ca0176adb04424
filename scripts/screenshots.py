"""Screenshots for the README: each surface as a person sees it, with a conversation of several questions.

Runs the real service on loopback (the built index, a fresh question log) and a stand-in city page on
another loopback address, and drives Debian's Chromium with Playwright; draws the LINE rich menu too:
`python scripts/screenshots.py [--chromium /usr/bin/chromium] [--out docs/screenshots]` (after `planbot build`).
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pydantic import SecretStr  # noqa: E402

from bot.config import Settings  # noqa: E402
from handlers.app import create_app  # noqa: E402

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1100, "height": 800}
CONVERSATION = ("円卓会議とは？", "チーム会議の開催数の目標は？", "花泉の住民懇談会はいつ？")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(settings: Settings) -> tuple[str, object]:
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.1)
    return f"http://127.0.0.1:{port}", server


def city_page(chat: str, port: int) -> ThreadingHTTPServer:
    """A page of the city's site (another site: localhost) with the launcher snippet."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's naming
            body = ('<!doctype html><html lang="ja"><meta charset="utf-8"><title>一関市</title>'
                    '<body style="font-family:sans-serif;margin:2rem"><h1>一関市役所</h1><p>市のお知らせ…</p>'
                    f'<script src="{chat}/static/launcher.js" data-lang="ja" defer></script>').encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def converse(page, questions=CONVERSATION) -> None:
    for n, question in enumerate(questions, 1):
        page.fill("#question", question)
        page.press("#question", "Enter")
        page.wait_for_function(f"document.querySelectorAll('.msg.bot:not([aria-busy])').length >= {n}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    from PIL import Image
    from playwright.sync_api import sync_playwright

    from handlers.richmenu import image, japanese_font

    args.out.mkdir(parents=True, exist_ok=True)
    with Image.open(io.BytesIO(image(japanese_font()))) as menu:
        menu.resize((menu.width // 2, menu.height // 2)).save(args.out / "line-richmenu.png", optimize=True)
    city_port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(db=Path(tmp) / "q.sqlite", staff_password=SecretStr("screenshot"),
                            web_embed_origins=f"http://localhost:{city_port}")
        url, server = serve(settings)
        city = city_page(url, city_port)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=args.chromium, args=ARGS)
            phone = browser.new_page(viewport=PHONE, device_scale_factor=2, locale="ja-JP")
            phone.goto(url + "/")
            phone.screenshot(path=args.out / "chat-start.png")
            converse(phone)
            # Back a little: the end of the second answer, then the third question and its answer.
            phone.evaluate("() => { const m = document.querySelectorAll('.msg.me'); const main = document.querySelector('main');"
                           " main.scrollTop = m[m.length - 1].offsetTop - main.offsetTop - 150; }")
            phone.wait_for_timeout(200)
            phone.screenshot(path=args.out / "chat-phone.png")
            dark = browser.new_page(viewport=PHONE, device_scale_factor=2, locale="ja-JP", color_scheme="dark")
            dark.goto(url + "/")
            converse(dark, CONVERSATION[:2])
            dark.screenshot(path=args.out / "chat-dark.png")
            with phone.context.expect_page() as opened:
                phone.click(".msg.bot >> nth=1 >> .citations a >> nth=0")  # an indicator table row
            source = opened.value
            source.wait_for_selector(".cited-line")
            source.screenshot(path=args.out / "source-view.png")
            desktop = browser.new_page(viewport=DESKTOP, locale="ja-JP")
            desktop.goto(f"http://localhost:{city_port}/")
            desktop.click(".planbot-launch")
            frame = desktop.frame_locator("iframe")
            for n, question in enumerate(CONVERSATION[:2], 1):
                frame.locator("#question").fill(question)
                frame.locator("#question").press("Enter")
                frame.locator(f".msg.bot:not([aria-busy]) >> nth={n - 1}").wait_for()
            desktop.wait_for_timeout(300)
            desktop.screenshot(path=args.out / "chat-launcher.png")
            desktop.goto(url + "/staff/indicators")
            desktop.fill("#username", settings.staff_user)
            desktop.fill("#password", "screenshot")
            desktop.click("button[type=submit]")
            desktop.wait_for_selector("table")
            desktop.screenshot(path=args.out / "indicator-dashboard.png", full_page=True)
            desktop.goto(url + "/staff/report")
            desktop.wait_for_selector(".chart")
            desktop.screenshot(path=args.out / "question-report.png", full_page=True)
            browser.close()
        city.shutdown()
        server.should_exit = True
    print(f"screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
