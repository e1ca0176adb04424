"""What a person notices, measured: the chat page in Chromium at phone sizes, LINE and Slack payloads
of real answers, and the rich menu's labels.

`python scripts/surfaces.py [--chromium /usr/bin/chromium]` (after `planbot build`) prints the question
box's height and share of the screen, where each new answer's first line lies, send → answer shown
(median and p90), the focus ring's contrast, the Flex and Block Kit checks over the dev, extra and
English questions, and each rich menu label's box and margins as drawn.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.config import Settings  # noqa: E402

QUESTIONS = ["円卓会議とは？", "チーム会議の開催数の目標は？", "花泉の協働体は？"]
SCREENS = ({"width": 375, "height": 812}, {"width": 320, "height": 568}, {"width": 320, "height": 256})
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
FIRST_LINE = """() => {
  const text = [...document.querySelectorAll('.msg.bot')].at(-1).querySelector('.text');
  const range = document.createRange(); range.selectNodeContents(text); const line = range.getClientRects()[0];
  return {top: Math.round(line.top), bottom: Math.round(line.bottom),
          conversation: Math.round(document.querySelector('main').getBoundingClientRect().top),
          box: Math.round(document.getElementById('ask').getBoundingClientRect().top)};
}"""
RING = """() => {
  const el = document.activeElement, rgb = (c) => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
    .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
  let back = el.parentElement;
  while (back && getComputedStyle(back).backgroundColor.endsWith(', 0)')) back = back.parentElement;
  const a = lum(rgb(getComputedStyle(el).outlineColor)), b = lum(rgb(getComputedStyle(back).backgroundColor));
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}"""


def asked(page, n: int) -> None:
    page.wait_for_function(f"document.querySelectorAll('.msg.bot:not([aria-busy])').length >= {n}", polling="raf")


def browser_figures(url: str, chromium: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=ARGS)
        for screen in SCREENS:
            page = browser.new_page(viewport=screen, locale="ja-JP")
            page.goto(url + "/")
            lines = []
            for n, question in enumerate(QUESTIONS, 1):
                page.fill("#question", question)
                page.press("#question", "Enter")
                asked(page, n)
                lines.append(page.evaluate(FIRST_LINE))
            box = page.evaluate("document.querySelector('.composer').getBoundingClientRect().height")
            shown = all(f["conversation"] <= f["top"] and f["bottom"] <= f["box"] for f in lines)
            print(f"{screen['width']}×{screen['height']}: question box {box:.0f} px ({100 * box / screen['height']:.0f} % "
                  f"of the screen); each answer's first line between header and box: {shown} {lines}")
            page.close()
        page = browser.new_page(viewport=SCREENS[0], locale="ja-JP")
        page.goto(url + "/")
        waits = []
        for n, question in enumerate(QUESTIONS * 7, 1):
            page.fill("#question", question)
            started = time.perf_counter()
            page.press("#question", "Enter")
            asked(page, n)
            waits.append(1000 * (time.perf_counter() - started))
        waits.sort()
        print(f"send → answer shown: median {statistics.median(waits):.1f} ms, p90 {waits[int(0.9 * len(waits))]:.1f} ms "
              f"({len(waits)} questions)")
        for scheme in ("light", "dark"):
            page = browser.new_page(viewport=SCREENS[0], locale="ja-JP", color_scheme=scheme)
            page.goto(url + "/")
            page.fill("#question", QUESTIONS[0])
            page.press("#question", "Enter")
            page.wait_for_selector(".actions button")
            page.focus(".msg.bot .suggestions .chip >> nth=-1")
            page.keyboard.press("Tab")
            print(f"focus ring on 👍 ({scheme}): {page.evaluate(RING):.1f}:1 against its background")
        browser.close()


def payload_figures(settings: Settings) -> None:
    from linebot.v3.messaging import FlexMessage, TextMessage
    from slack_sdk.models.blocks import Block

    from bot.engine import open_serving_engine
    from handlers.line_messages import answer_messages
    from handlers.slack_blocks import answer_blocks

    engine = open_serving_engine(settings, lambda *_: None)
    data = ROOT / "tests" / "data"
    questions = [json.loads(line)["q"] for name in ("dev_questions", "extra_questions", "en_dev_questions")
                 for line in (data / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    sizes, calls, links, most_blocks = [], 0, 0, 0
    for n, question in enumerate(questions, 1):
        answer = engine.ask(question)
        for message in answer_messages(answer, n, "https://planbot.example.jp"):
            payload = message.to_dict()
            if payload["type"] != "flex":
                TextMessage.from_dict(payload)
                continue
            FlexMessage.from_dict(payload)
            sizes.append(len(json.dumps(payload["contents"], ensure_ascii=False).encode()))
            footer = payload["contents"].get("footer", {}).get("contents", [])
            calls += any(c.get("action", {}).get("uri", "").startswith("tel:") for c in footer)
            links += any(c.get("action", {}).get("uri", "").startswith("https://") for c in footer)
        blocks = answer_blocks(answer, n)
        for block in blocks:
            Block.parse(block).validate_json()
        most_blocks = max(most_blocks, len(blocks))
    print(f"LINE: {len(sizes)} Flex bubbles of {len(questions)} answers parse with the SDK's models; largest "
          f"{max(sizes):,} bytes, median {statistics.median(sizes):,.0f} (LINE allows 30,000); {calls} with a call "
          f"button, {links} with citations to tap. Slack: every block parses and passes slack_sdk's checks, at most "
          f"{most_blocks} blocks")


def menu_figures() -> None:
    from PIL import Image, ImageChops, ImageDraw

    from handlers.richmenu import BUTTONS, GUTTER, MARGIN, fitted_font, image, japanese_font, tiles

    font = japanese_font()
    picture = Image.open(io.BytesIO(image(font))).convert("RGB")
    for (x, y, w, h), button in zip(tiles(), BUTTONS, strict=True):
        tile = (x + GUTTER, y + GUTTER, x + w - GUTTER, y + h - GUTTER)
        lower = (tile[0], y + h // 2 + 40, tile[2], tile[3])
        white = [picture.crop(lower).getchannel(i).point(lambda v: 255 if v == 255 else 0) for i in range(3)]
        box = ImageChops.multiply(ImageChops.multiply(white[0], white[1]), white[2]).getbbox()
        size = fitted_font(ImageDraw.Draw(picture), button.label, font, w - 2 * GUTTER - 2 * MARGIN).size
        print(f"rich menu {button.label}: label {box[2] - box[0]}×{box[3] - box[1]} px at {size} px in a "
              f"{tile[2] - tile[0]} px tile; margins left {box[0]}, right {tile[2] - tile[0] - box[2]} px")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    from handlers.app import create_app
    from tests.stub_server import LiveServer

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(db=Path(tmp) / "q.sqlite", user_questions_per_minute=1000, address_questions_per_minute=1000)
        server = LiveServer(create_app(settings))
        try:
            browser_figures(server.url, args.chromium)
        finally:
            server.close()
        payload_figures(settings)
    menu_figures()
    return 0


if __name__ == "__main__":
    sys.exit(main())
