"""The pages in a real headless Chromium (Debian's, driven by Playwright) at phone sizes: a conversation
of several questions, failures and retries, reload and a trip to a source, the chat embedded in
another site's iframe, keyboard focus, axe-core's WCAG 2.2 AA rules, and the staff pages."""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect
from pydantic import SecretStr

from handlers.app import create_app
from tests.stub_server import LiveServer, free_port

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "browser-test-password"
CHROMIUM = os.environ.get("PLANBOT_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
AXE = Path(os.environ.get("PLANBOT_AXE") or ROOT / "var" / "npm" / "node_modules" / "axe-core" / "axe.min.js")
PHONES = [{"width": 375, "height": 812}, {"width": 320, "height": 568}]
QUESTIONS = ["チーム会議の開催数の目標は？", "地域協働体とは？", "花泉の協働体は？"]

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed (apt-get install chromium); .ci/run installs it")


class CityPage:
    """Another site (localhost, not 127.0.0.1) whose page embeds the chat in an iframe, as the README shows."""

    def __init__(self) -> None:
        self.port = free_port()
        self.url = f"http://localhost:{self.port}"
        self.chat = ""
        city = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's naming
                if self.path == "/launcher":  # the launcher snippet instead of the iframe
                    chat = f'<script src="{city.chat}/static/launcher.js" data-lang="ja" defer></script>'
                else:
                    chat = (f'<iframe src="{city.chat}/?embed=1&lang=ja" title="計画書に聞く" '
                            f'style="width:100%;max-width:480px;height:640px;border:0"></iframe>')
                body = f'<!doctype html><html lang="ja"><title>市のページ</title><h1>一関市</h1>{chat}'.encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()


@pytest.fixture(scope="module")
def city():
    page = CityPage()
    yield page
    page.close()


@pytest.fixture(scope="module")
def site(engine, settings, tmp_path_factory, city):
    configured = settings.model_copy(update={"db": tmp_path_factory.mktemp("browser") / "planbot.sqlite",
                                             "staff_password": SecretStr(PASSWORD), "web_embed_origins": city.url,
                                             "user_questions_per_minute": 1000, "address_questions_per_minute": 1000})
    server = LiveServer(create_app(configured, engine))
    city.chat = server.url
    yield server.url
    server.close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--test-third-party-cookie-phaseout"])  # third-party cookies blocked
        yield launched
        launched.close()


@pytest.fixture(params=PHONES, ids=lambda v: f"{v['width']}x{v['height']}")
def phone(browser, request):
    context = browser.new_context(viewport=request.param, locale="ja-JP", has_touch=True)
    yield context.new_page()
    context.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 375, "height": 812}, locale="ja-JP")
    yield context.new_page()
    context.close()


def ask(page, question: str, count: int) -> None:
    """Type a question, press Enter, wait for answer number `count`."""
    box = page.get_by_label("質問", exact=True)
    box.fill(question)
    box.press("Enter")
    page.wait_for_function(f"document.querySelectorAll('.msg.bot:not([aria-busy])').length >= {count}")


FIRST_LINE_SHOWN = """() => {
  const text = [...document.querySelectorAll('.msg.bot')].at(-1).querySelector('.text');
  const range = document.createRange();
  range.selectNodeContents(text);
  const line = range.getClientRects()[0];
  const box = document.getElementById('ask').getBoundingClientRect();
  const shown = document.querySelector('main').getBoundingClientRect();
  return {top: line.top, bottom: line.bottom, boxTop: box.top, mainTop: shown.top};
}"""


def test_three_questions_in_a_row_each_answer_starts_in_view_above_the_question_box(site, phone):
    phone.goto(site + "/")
    for n, question in enumerate(QUESTIONS, 1):
        ask(phone, question, n)
        phone.wait_for_timeout(100)
        seen = phone.evaluate(FIRST_LINE_SHOWN)
        assert seen["mainTop"] <= seen["top"] and seen["bottom"] <= seen["boxTop"], (question, seen)
    assert phone.locator(".msg.bot").count() == 3
    assert phone.evaluate("document.documentElement.scrollWidth") <= phone.viewport_size["width"]  # WCAG 1.4.10
    assert phone.evaluate("document.documentElement.scrollHeight") <= phone.viewport_size["height"]  # only the talk scrolls
    composer = phone.locator("#ask").bounding_box()["height"]
    assert composer <= 0.2 * phone.viewport_size["height"], composer  # the sticky box leaves the screen to answers


def test_the_english_page_answers_and_rates_in_english(site, page):
    page.goto(site + "/?lang=en")
    assert page.title() == "Ask the city plans｜一関市"
    box = page.get_by_label("Question", exact=True)
    box.fill("What is a regional collaboration body?")
    box.press("Enter")
    page.locator(".msg.bot .citations").wait_for()
    assert "The plan defines" in page.locator(".msg.bot .text").last.inner_text()
    page.get_by_role("button", name="👍 Helpful").click()
    expect(page.get_by_role("status")).to_have_text("Thank you for your feedback.")


def test_a_dropped_connection_says_so_in_japanese_keeps_the_question_and_a_retry_answers(site, phone):
    phone.goto(site + "/")
    phone.route("**/web/ask", lambda route: route.abort("internetdisconnected"))
    box = phone.get_by_label("質問", exact=True)
    box.fill(QUESTIONS[1])
    box.press("Enter")
    alert = phone.get_by_role("alert")
    alert.wait_for()
    assert "通信できませんでした" in alert.inner_text() and "Failed to fetch" not in phone.content()
    assert box.input_value() == QUESTIONS[1]
    phone.unroute("**/web/ask")
    phone.get_by_role("button", name="もう一度送る").click()
    phone.locator(".msg.bot .citations").wait_for()
    assert "自治会や地域の各種団体" in phone.locator(".msg.bot .text").last.inner_text()
    expect(phone.locator(".msg.bot").last).to_be_focused()  # not lost with the button that went away
    assert phone.locator(".msg.me").count() == 1  # the failed turn gave way to the answered one


def test_a_proxy_error_page_and_a_refused_question_read_as_japanese_not_javascript(site, page):
    page.goto(site + "/")
    page.route("**/web/ask", lambda route: route.fulfill(status=502, content_type="text/html",
                                                          body="<html><body>502 Bad Gateway</body></html>"))
    ask_box = page.get_by_label("質問", exact=True)
    ask_box.fill("円卓会議とは？")
    ask_box.press("Enter")
    page.get_by_role("alert").wait_for()
    assert "サーバーで問題が起きた" in page.get_by_role("alert").inner_text()
    page.unroute("**/web/ask")
    page.route("**/web/ask", lambda route: route.fulfill(status=422, content_type="application/json",
                                                          body='{"detail": [{"loc": ["body"]}]}'))
    page.get_by_role("button", name="もう一度送る").click()
    page.get_by_role("alert").wait_for()
    text = page.get_by_role("alert").inner_text()
    assert "受け付けられませんでした" in text and "[object Object]" not in page.content()
    page.unroute("**/web/ask")
    busy = '{"detail": "ただいま混み合っています。少し時間をおいてから、もう一度お試しください。"}'
    page.route("**/web/ask", lambda route: route.fulfill(status=503, content_type="application/json", body=busy))
    page.get_by_role("button", name="もう一度送る").click()
    expect(page.get_by_role("alert")).to_contain_text("ただいま混み合っています")  # the server's own words


def test_a_request_that_hangs_is_given_up_with_a_japanese_message_and_a_retry(site, page):
    def shorter_wait(route):  # the page as served, with a 1.5 s client timeout instead of 30 s
        served = route.fetch()
        route.fulfill(response=served, body=served.text().replace('"timeout": 30000', '"timeout": 1500'))

    page.route(site + "/", shorter_wait)
    page.goto(site + "/")
    held = []
    page.route("**/web/ask", lambda route: held.append(route))  # never answered
    box = page.get_by_label("質問", exact=True)
    box.fill("円卓会議とは？")
    box.press("Enter")
    expect(page.get_by_role("alert")).to_contain_text("回答に時間がかかりすぎたため", timeout=10_000)
    assert box.input_value() == "円卓会議とは？" and page.locator("[aria-busy]").count() == 0
    page.unroute("**/web/ask")
    page.get_by_role("button", name="もう一度送る").click()
    page.locator(".msg.bot .citations").wait_for()


def test_enter_pressed_again_while_waiting_sends_the_question_once(site, page):
    page.goto(site + "/")
    held = []
    page.route("**/web/ask", lambda route: held.append(route))  # the answer is held back: still waiting
    box = page.get_by_label("質問", exact=True)
    box.fill("円卓会議とは？")
    box.press("Enter")
    box.fill("円卓会議とは？")
    box.press("Enter")
    page.locator("#send").click(force=True)  # a tap on the (busy) send button too
    page.wait_for_timeout(300)
    assert len(held) == 1 and page.locator(".msg.me").count() == 1
    held[0].continue_()
    page.wait_for_function("document.querySelectorAll('.msg.bot:not([aria-busy])').length >= 1")
    assert page.locator(".msg.bot .citations").count() == 1


def test_a_long_paste_is_counted_not_cut_and_too_long_is_said(site, page):
    page.goto(site + "/")
    box = page.get_by_label("質問", exact=True)
    box.fill("あ" * 620)
    assert len(box.input_value()) == 620  # nothing cut silently
    assert "500文字までです（いま620文字）" in page.locator("#count").inner_text()
    box.fill("地域協働体とは？" + "詳しく" * 60)
    assert "1つずつに分けると" in page.locator("#count").inner_text()


def test_reload_and_a_trip_to_a_source_keep_the_conversation(site, page):
    page.goto(site + "/")
    ask(page, QUESTIONS[0], 1)
    ask(page, QUESTIONS[1], 2)
    page.reload()
    assert page.locator(".msg.bot").count() == 2 and page.locator(".msg.me").first.inner_text() == QUESTIONS[0]
    link = page.locator(".msg.bot .citations a").first
    with page.context.expect_page() as opened:
        link.click()  # opens beside the chat
    source = opened.value
    source.wait_for_load_state()
    assert "/source/" in source.url and source.locator(".cited-line").count() >= 1
    # The link closes the tab (the chat is where it was); the tab may close before the click is
    # acknowledged, so the close event is what is asserted, not the click's return.
    with source.expect_event("close"), contextlib.suppress(PlaywrightError):
        source.get_by_role("link", name="チャットに戻る").click()
    assert page.locator(".msg.bot").count() == 2
    page.goto(site + link.get_attribute("href"))  # read in the same tab, then back
    page.get_by_role("link", name="チャットに戻る").click()
    page.locator(".msg.bot").nth(1).wait_for()
    assert [t.inner_text() for t in page.locator(".msg.me").all()] == QUESTIONS[:2]
    page.get_by_role("button", name="新しい会話").click()
    assert page.locator(".msg").count() == 0
    page.reload()
    assert page.locator(".msg").count() == 0


def test_the_chat_embedded_in_another_sites_iframe_rates_an_answer(site, city, page):
    page.goto(city.url + "/")
    frame = page.frame_locator("iframe")
    box = frame.get_by_label("質問", exact=True)
    box.fill("円卓会議とは？")
    box.press("Enter")
    frame.locator(".msg.bot .citations").wait_for()
    assert not page.context.cookies(site)  # the browser kept no cookie for the chat inside the city's page
    frame.get_by_role("button", name="👍 役に立った").click()
    expect(frame.get_by_role("status")).to_have_text("ご意見ありがとうございます。")


def test_the_launcher_on_the_citys_page_opens_the_chat_and_closes_back_to_its_button(site, city, phone):
    phone.goto(city.url + "/launcher")
    launch = phone.get_by_role("button", name="計画書に聞く")
    assert launch.get_attribute("aria-expanded") == "false" and phone.locator("iframe").count() == 0
    launch.click()
    frame = phone.frame_locator("iframe[title='計画書に聞く']")
    box = frame.get_by_label("質問", exact=True)
    box.fill("円卓会議とは？")
    box.press("Enter")
    frame.locator(".msg.bot .citations").wait_for()
    panel = phone.get_by_role("dialog", name="計画書に聞く").bounding_box()
    assert panel["width"] <= phone.viewport_size["width"] and panel["height"] <= phone.viewport_size["height"]
    phone.get_by_role("button", name="✕ チャットを閉じる").focus()
    phone.keyboard.press("Escape")
    expect(launch).to_have_attribute("aria-expanded", "false")
    expect(launch).to_be_focused()  # focus back where it was
    launch.click()  # the conversation is still there
    expect(frame.locator(".msg.bot")).to_have_count(1)


CONTRAST = """(el) => {
  const rgb = (c) => c.match(/[\\d.]+/g).slice(0, 4).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
    .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
  let back = el.parentElement;
  while (back && (rgb(getComputedStyle(back).backgroundColor)[3] === 0)) back = back.parentElement;
  const style = getComputedStyle(el);
  const a = lum(rgb(style.outlineColor)), b = lum(rgb(getComputedStyle(back || document.body).backgroundColor));
  const box = el.getBoundingClientRect(), ask = document.getElementById('ask')?.getBoundingClientRect();
  return {ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05), style: style.outlineStyle,
          width: parseFloat(style.outlineWidth), focused: document.activeElement === el,
          covered: ask ? box.bottom > ask.top && !document.getElementById('ask').contains(el) : false};
}"""


def test_keyboard_focus_is_visible_uncovered_and_kept_after_feedback(site, phone):
    phone.goto(site + "/")
    ask(phone, QUESTIONS[1], 1)
    phone.evaluate("document.querySelector('main').scrollTo(0, 0)")
    helpful = phone.get_by_role("button", name="👍 役に立った")
    phone.locator(".msg.bot .suggestions .chip").last.focus()
    phone.keyboard.press("Tab")  # to 👍 by keyboard: the page scrolls it clear of the question box
    ring = helpful.evaluate(CONTRAST)
    assert ring["focused"] and ring["style"] != "none" and ring["width"] >= 2, ring
    assert ring["ratio"] >= 3, ring  # WCAG 1.4.11 for the focus indicator
    assert not ring["covered"], ring  # WCAG 2.4.11
    phone.keyboard.press("Enter")
    phone.get_by_text("ご意見ありがとうございます。").wait_for()
    after = helpful.evaluate(CONTRAST)
    assert after["focused"] and helpful.get_attribute("aria-pressed") == "true"
    group = phone.get_by_role("group", name="「地域協働体とは？」への回答の評価")
    assert group.get_by_role("button").count() == 2  # the buttons say which answer they rate


def test_a_rating_that_could_not_be_sent_says_so_and_a_second_press_sends_it(site, page):
    page.goto(site + "/")
    ask(page, "円卓会議とは？", 1)
    page.route("**/web/feedback", lambda route: route.abort("connectionreset"))
    helpful = page.get_by_role("button", name="👍 役に立った")
    helpful.click()
    expect(page.get_by_role("status")).to_have_text("評価を送れませんでした。もう一度押してください。")
    assert helpful.get_attribute("aria-pressed") == "false"
    page.unroute("**/web/feedback")
    helpful.click()
    expect(page.get_by_role("status")).to_have_text("ご意見ありがとうございます。")
    expect(helpful).to_have_attribute("aria-pressed", "true")


def axe(page) -> list[dict]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("""async () => (await axe.run(document, {runOnly: {type: 'tag', values:
        ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}, resultTypes: ['violations']})).violations""")
    return [{"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:3]} for v in result]


@pytest.mark.skipif(not AXE.exists(), reason="axe-core not installed (npm install --prefix var/npm axe-core); .ci/run installs it")
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_wcag_22_aa_violation_on_the_chat_after_answers_and_on_a_source(site, browser, scheme):
    for viewport in PHONES:
        context = browser.new_context(viewport=viewport, locale="ja-JP", color_scheme=scheme)
        page = context.new_page()
        page.goto(site + "/")
        assert axe(page) == []
        ask(page, QUESTIONS[0], 1)
        ask(page, QUESTIONS[1], 2)
        assert axe(page) == []
        page.goto(site + page.locator(".msg.bot .citations a").first.get_attribute("href"))
        assert axe(page) == []
        context.close()


def test_staff_pages_refuse_without_credentials_and_show_the_dashboard_and_report_after_login(site, page):
    page.goto(site + "/staff/indicators")
    assert "/staff/login" in page.url
    page.get_by_label("ユーザー名").fill("staff")
    page.get_by_label("パスワード").fill("wrong")
    page.get_by_role("button", name="ログイン").click()
    assert page.get_by_role("alert").inner_text() == "ユーザー名またはパスワードが違います。"
    page.get_by_label("ユーザー名").fill("staff")
    page.get_by_label("パスワード").fill(PASSWORD)
    page.get_by_role("button", name="ログイン").click()
    page.wait_for_url("**/staff/indicators")
    row = page.get_by_role("row").filter(has_text="チーム会議の開催数")
    assert "125" in row.inner_text() and "170" in row.inner_text() and "達成" not in row.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    if AXE.exists():
        assert axe(page) == []
    page.get_by_role("link", name="質問の記録").click()
    assert page.get_by_role("heading", name="質問の記録").is_visible()
    assert page.get_by_role("link", name="CSV をダウンロード").is_visible()
    if AXE.exists():
        assert axe(page) == []
