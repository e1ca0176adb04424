"""The pages in a real headless Chromium (Debian's, driven by Playwright): ask on the chat page, follow
a citation to the highlighted lines, log in to the staff pages, see the chart and the report."""

from __future__ import annotations

import os
import shutil

import pytest
from pydantic import SecretStr

from handlers.app import create_app
from tests.stub_server import LiveServer

PASSWORD = "browser-test-password"
CHROMIUM = os.environ.get("PLANBOT_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed (apt-get install chromium); .ci/run installs it")


@pytest.fixture(scope="module")
def site(engine, settings, tmp_path_factory):
    configured = settings.model_copy(update={"db": tmp_path_factory.mktemp("browser") / "planbot.sqlite",
                                             "staff_password": SecretStr(PASSWORD)})
    server = LiveServer(create_app(configured, engine))
    yield server.url
    server.close()


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="ja-JP")
    yield context.new_page()
    context.close()


def test_a_question_asked_on_the_chat_page_shows_the_answer_and_its_citation(site, page):
    page.goto(site + "/")
    page.get_by_label("質問", exact=True).fill("チーム会議の開催数の目標は？")
    page.keyboard.press("Enter")
    answer = page.locator(".msg.bot").last
    answer.locator(".citations").wait_for()
    assert "目標170回" in answer.locator(".text").inner_text()
    assert answer.get_by_role("progressbar").get_attribute("aria-valuenow") == "74"
    link = answer.locator(".citations a").first
    assert link.inner_text().startswith("第3次一関市協働推進計画 ›")
    link.click()
    page.wait_for_url("**/source/**")
    cited = page.locator(".cited-line")
    assert cited.count() >= 1 and "チーム会議の開催数" in cited.first.inner_text()
    assert cited.first.is_visible()  # scrolled to


def test_an_example_button_and_the_english_page_work_by_keyboard(site, page):
    page.goto(site + "/?lang=en")
    assert page.get_by_role("button", name="Send").is_visible()
    page.get_by_label("Question", exact=True).fill("What is a regional collaboration body?")
    page.get_by_label("Question", exact=True).press("Enter")
    page.locator(".msg.bot .citations").wait_for()
    assert "The plan defines" in page.locator(".msg.bot .text").last.inner_text()
    page.get_by_role("button", name="👍 Helpful").click()
    assert page.get_by_role("status").inner_text() == "Thank you for your feedback."


def test_staff_pages_refuse_without_credentials_and_show_the_chart_and_report_after_login(site, page):
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
    chart = page.locator(".chart svg")
    assert chart.is_visible() and "チーム会議の開催数" in chart.inner_html()
    page.get_by_role("link", name="質問の記録").click()
    assert page.get_by_role("heading", name="質問の記録").is_visible()
    assert page.get_by_role("link", name="CSV をダウンロード").is_visible()


def test_the_chat_page_reflows_at_320_css_pixels_as_at_400_percent_zoom(site, browser):
    context = browser.new_context(viewport={"width": 320, "height": 640}, locale="ja-JP")
    page = context.new_page()
    page.goto(site + "/")
    page.get_by_label("質問", exact=True).fill("花泉の協働体は？")
    page.get_by_role("button", name="送信").click()
    page.locator(".msg.bot .citations").wait_for()
    assert page.evaluate("document.documentElement.scrollWidth") <= 320  # no sideways scrolling (WCAG 1.4.10)
    context.close()
