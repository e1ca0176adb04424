"""Screenshots for the README: the chat page at phone width, a source view, the indicator dashboard.

Runs the real service on loopback with a fresh question log and drives Debian's Chromium with
Playwright: `python scripts/screenshots.py [--chromium /usr/bin/chromium] [--out docs/screenshots]`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pydantic import SecretStr  # noqa: E402

from bot.config import Settings  # noqa: E402
from handlers.app import create_app  # noqa: E402

PHONE = {"width": 390, "height": 844}


def serve(settings: Settings) -> tuple[str, object]:
    import socket

    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.1)
    return f"http://127.0.0.1:{port}", server


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(db=Path(tmp) / "q.sqlite", staff_password=SecretStr("screenshot"))
        url, server = serve(settings)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=args.chromium)
            phone = browser.new_page(viewport=PHONE, device_scale_factor=2, locale="ja-JP")
            phone.goto(url + "/")
            for question in ("チーム会議の開催数の目標は？", "地域協働体とは？"):
                phone.fill("#question", question)
                phone.click("#send")
                phone.wait_for_function("document.querySelectorAll('.msg.bot .citations').length >= 1 && "
                                        "!document.querySelector('[aria-busy]')")
            phone.wait_for_timeout(300)
            phone.screenshot(path=args.out / "chat-phone.png")
            phone.click(".msg.bot .citations a >> nth=0")
            phone.wait_for_selector(".cited-line")
            desktop = browser.new_page(viewport={"width": 1100, "height": 800}, locale="ja-JP")
            desktop.goto(phone.url)
            desktop.wait_for_selector(".cited-line")
            desktop.screenshot(path=args.out / "source-view.png")
            desktop.goto(url + "/staff/indicators")
            desktop.fill("#username", settings.staff_user)
            desktop.fill("#password", "screenshot")
            desktop.click("button[type=submit]")
            desktop.wait_for_selector(".chart svg")
            desktop.screenshot(path=args.out / "indicator-dashboard.png", full_page=True)
            browser.close()
        server.should_exit = True
    print(f"screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
