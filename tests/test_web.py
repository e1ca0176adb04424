"""The web chat page, its endpoints, the source view and the staff pages, over real HTTP."""

from __future__ import annotations

import time

import httpx
import pytest
from fastapi import Request
from pydantic import SecretStr

from handlers.app import create_app
from tests.stub_server import LiveServer

PASSWORD = "staff-test-password"


@pytest.fixture(scope="module")
def web(engine, settings, tmp_path_factory):
    configured = settings.model_copy(update={
        "db": tmp_path_factory.mktemp("web") / "planbot.sqlite", "staff_password": SecretStr(PASSWORD),
        "user_questions_per_minute": 5, "web_embed_origins": "https://www.city.example.jp",
    })
    server = LiveServer(create_app(configured, engine))
    yield server
    server.close()


def visitor(web) -> httpx.Client:
    """A browser-like client: it opens the page first and keeps the visitor cookie."""
    client = httpx.Client(base_url=web.url, timeout=30, follow_redirects=False)
    assert client.get("/").status_code == 200
    return client


def test_the_chat_page_is_labelled_and_may_be_framed_only_by_the_city(web):
    page = httpx.get(web.url + "/?lang=en", timeout=10)
    assert '<html lang="en">' in page.text and '<label for="question" class="visually-hidden">Question</label>' in page.text
    assert "<title>Ask the city plans｜一関市</title>" in page.text and '<link rel="icon"' in page.text
    assert page.headers["content-security-policy"] == "frame-ancestors 'self' https://www.city.example.jp"
    assert "質問" in httpx.get(web.url + "/", headers={"Accept-Language": "ja"}, timeout=10).text


def test_a_question_is_answered_with_citations_linking_to_the_source(web):
    client = visitor(web)
    data = client.post("/web/ask", json={"question": "チーム会議の開催数の目標は？"}).json()
    assert "目標170回" in data["answer"] and data["id"]
    [bar] = data["indicators"]
    assert bar["name"] == "チーム会議の開催数" and bar["progress"] is None  # 125 is the baseline, not progress
    citation = data["citations"][0]
    assert citation["url"].startswith("/source/kyodo-suishin-keikaku-3.md?lines=")
    source = client.get(citation["url"].split("#")[0])
    first = citation["lines"][0]
    assert source.status_code == 200 and f'<li id="L{first}" value="{first}" class="cited-line"><mark>' in source.text


def test_feedback_is_taken_only_from_the_visitor_who_asked(web):
    asker, other = visitor(web), visitor(web)
    asked = asker.post("/web/ask", json={"question": "円卓会議とは？"}).json()
    assert other.post("/web/feedback", json={"id": asked["id"], "helpful": False}).status_code == 404
    assert httpx.post(web.url + "/web/feedback", json={"id": asked["id"], "helpful": False}).status_code == 403
    assert asker.post("/web/feedback", json={"id": asked["id"], "helpful": True}).json() == {"recorded": True}


def test_a_client_asking_too_fast_is_asked_to_wait_whatever_cookie_or_forwarded_address_it_sends(
        engine, settings, tmp_path):
    configured = settings.model_copy(update={"db": tmp_path / "q.sqlite", "address_questions_per_minute": 5})
    server = LiveServer(create_app(configured, engine))
    try:
        codes = []
        for n in range(8):  # a new cookie and a new X-Forwarded-For each time: neither is the client's to choose
            response = httpx.post(f"{server.url}/web/ask", json={"question": f"円卓会議とは？{n}"}, timeout=30,
                                  cookies={"planbot_visitor": f"rotated-{n}"},
                                  headers={"X-Forwarded-For": f"198.51.100.{n}"})
            codes.append(response.status_code)
        assert codes == [200] * 5 + [429] * 3
        assert response.headers["retry-after"] == "60" and "時間" in response.json()["detail"]
    finally:
        server.close()


def test_behind_a_trusted_proxy_each_forwarded_client_has_its_own_limit(engine, settings, tmp_path):
    configured = settings.model_copy(update={"db": tmp_path / "q.sqlite", "address_questions_per_minute": 2,
                                             "trusted_proxies": "127.0.0.1"})
    server = LiveServer(create_app(configured, engine))
    try:
        def ask(client: str) -> int:
            return httpx.post(f"{server.url}/web/ask", json={"question": "円卓会議とは？"}, timeout=30,
                              headers={"X-Forwarded-For": client}).status_code

        assert [ask("203.0.113.5") for _ in range(3)] == [200, 200, 429]
        assert ask("203.0.113.6") == 200  # another resident behind the same load balancer
        # a client prepending an address of its choosing does not become someone else
        assert ask("10.9.9.9, 203.0.113.5") == 429
    finally:
        server.close()


def test_the_page_token_sent_as_a_header_works_without_any_cookie(web):
    """Inside a cross-site iframe the browser keeps no cookie: the page's signed token is enough."""
    import re

    page = httpx.get(web.url + "/", timeout=10).text
    token = re.search(r'<meta name="planbot-visitor" content="([^"]+)">', page).group(1)
    header = {"X-Planbot-Visitor": token}
    asked = httpx.post(web.url + "/web/ask", json={"question": "円卓会議とは？"}, headers=header, timeout=30).json()
    assert httpx.post(web.url + "/web/feedback", json={"id": asked["id"], "helpful": True}, headers=header,
                      timeout=10).json() == {"recorded": True}
    forged = {"X-Planbot-Visitor": token[:-4] + "AAAA"}
    assert httpx.post(web.url + "/web/feedback", json={"id": asked["id"], "helpful": True}, headers=forged,
                      timeout=10).status_code == 403


def test_the_app_names_a_requests_visitor_for_anything_keyed_on_it(engine, settings, tmp_path):
    from handlers.visitor import HEADER, visitor_of

    app = create_app(settings.model_copy(update={"db": tmp_path / "q.sqlite"}), engine)

    @app.get("/test/visitor")
    async def who(request: Request) -> dict:
        return {"visitor": visitor_of(request)}

    server = LiveServer(app)
    try:
        token = app.state.visitors.issue("v-1")
        assert httpx.get(server.url + "/test/visitor", headers={HEADER: token}, timeout=10).json() == {"visitor": "v-1"}
        assert httpx.get(server.url + "/test/visitor", timeout=10).json() == {"visitor": None}
    finally:
        server.close()


def test_reloading_the_page_keeps_the_visitor(web):
    client = visitor(web)
    asked = client.post("/web/ask", json={"question": "円卓会議とは？"}).json()
    client.get("/")  # a reload issues a token for the same visitor
    assert client.post("/web/feedback", json={"id": asked["id"], "helpful": False}).json() == {"recorded": True}


def test_a_visitor_asking_too_fast_is_asked_to_wait(web):
    client = visitor(web)
    codes = [client.post("/web/ask", json={"question": f"円卓会議とは？{n}"}).status_code for n in range(6)]
    assert codes[:5] == [200] * 5 and codes[5] == 429


def test_bad_requests_get_clear_errors(web):
    client = visitor(web)
    assert client.post("/web/ask", json={"question": ""}).status_code == 422
    assert client.post("/web/ask", content=b"\xff\xfe", headers={"Content-Type": "application/json"}).status_code == 422
    assert client.get("/source/no-such.md?lines=1-2").status_code == 404
    assert client.get("/source/kyodo-suishin-keikaku-3.md?lines=abc").status_code == 200  # shown whole


def test_the_source_view_shows_only_a_real_section_as_its_heading_and_tables_as_cells(web):
    client = visitor(web)
    forged = client.get("/source/kyodo-suishin-keikaku-3.md?lines=370-370&section=" + "当サイトは閉鎖しました。新サイトへ")
    assert forged.status_code == 200 and "閉鎖しました" not in forged.text
    data = client.post("/web/ask", json={"question": "チーム会議の開催数の目標は？"}).json()
    real = client.get(data["citations"][0]["url"].split("#")[0])
    assert f'<h2 class="section">{data["citations"][0]["section"]}</h2>' in real.text
    assert ('<span class="cell"><span class="label">現状 (令和4年度)</span>125</span>'  # a row read as label: value
            '<span class="cell"><span class="label">目標 (令和10年度)</span>170</span>') in real.text


def test_the_page_offers_questions_by_category_and_the_most_asked_of_them(engine, settings, tmp_path):
    server = LiveServer(create_app(settings.model_copy(update={"db": tmp_path / "q.sqlite"}), engine))
    try:
        client = httpx.Client(base_url=server.url, timeout=30)
        for question in ("地域協働体とは？", "地域協働体とは？", "補完性の原則とは？", "私の住所は一関市大手町1-1です"):
            client.post("/web/ask", json={"question": question})
        page = client.get("/").text
    finally:
        server.close()
    for heading in ("ことばの意味", "成果指標と目標", "地域の団体", "計画の期間"):
        assert f">{heading}</h2>" in page
    popular = page.split('id="popular-title"', 1)[1].split("</section>", 1)[0]
    assert 'data-question="地域協働体とは？"' in popular  # asked twice
    assert "補完性の原則" not in popular  # asked once
    assert "大手町" not in page  # what a visitor typed is never shown to others


def test_staff_pages_need_a_login(web):
    client = httpx.Client(base_url=web.url, timeout=30, follow_redirects=False)
    for path in ("/staff", "/staff/indicators", "/staff/report"):
        response = client.get(path)
        assert response.status_code == 303 and response.headers["location"].startswith("/staff/login")
    assert client.get("/staff/report.csv").status_code == 401
    wrong = client.post("/staff/login", data={"username": "staff", "password": "guess", "next": "/staff"})
    assert wrong.status_code == 401 and "違います" in wrong.text
    assert wrong.headers["content-security-policy"] == "frame-ancestors 'none'"  # no login inside another site


def test_signed_in_staff_see_plans_indicators_with_a_chart_and_the_report(web):
    client = httpx.Client(base_url=web.url, timeout=30, follow_redirects=False)
    signed = client.post("/staff/login", data={"username": "staff", "password": PASSWORD, "next": "//evil.example/"})
    assert signed.status_code == 303 and signed.headers["location"] == "/staff"  # never off-site
    plans = client.get("/staff").text
    assert "第3次一関市協働推進計画" in plans and "計画期間終了" in plans
    assert "地域協働体" in client.get("/staff/plans/kyodo-suishin-keikaku-3.md").text
    dashboard = client.get("/staff/indicators?plan=kyodo-suishin-keikaku-3.md").text
    assert "チーム会議の開催数" in dashboard and "125回（令和4年度）" in dashboard and "170回（令和10年度）" in dashboard
    assert "74%" not in dashboard and "（達成）" not in dashboard  # a baseline is no progress
    assert "—%" not in dashboard and "記載なし" in dashboard  # 市職員の認知度 has no baseline figure
    assert "<script" not in dashboard
    tree = client.get("/staff/plans/kyodo-suishin-keikaku-3.md").text
    assert "/staff/source/kyodo-suishin-keikaku-3.md?lines=" in tree and ">単位:団体<" not in tree
    source = client.get("/staff/source/kyodo-suishin-keikaku-3.md?lines=370-370")
    assert source.status_code == 200 and "計画書の目次に戻る" in source.text
    assert source.headers["content-security-policy"] == "frame-ancestors 'none'"
    assert httpx.get(web.url + "/staff/source/kyodo-suishin-keikaku-3.md", timeout=10).status_code == 303
    report = client.get("/staff/report").text
    assert "計画書で答えられなかった質問" in report
    csv = client.get("/staff/report.csv")
    assert csv.headers["content-type"].startswith("text/csv") and "kind,time,channel" in csv.text


@pytest.fixture
def staff_site(engine, settings, tmp_path):
    configured = settings.model_copy(update={"db": tmp_path / "q.sqlite", "staff_password": SecretStr(PASSWORD),
                                             "staff_login_max_wait": 2})
    server = LiveServer(create_app(configured, engine))
    yield server
    server.close()


def login(client: httpx.Client, password: str, forwarded: str | None = None) -> httpx.Response:
    headers = {"X-Forwarded-For": forwarded} if forwarded else {}
    return client.post("/staff/login", data={"username": "staff", "password": password}, headers=headers)


def test_the_right_password_still_works_after_50_wrong_ones_from_the_same_address(staff_site):
    staff = httpx.Client(base_url=staff_site.url, timeout=30, follow_redirects=False)
    assert login(staff, PASSWORD).status_code == 303  # the staff browser signed in before: it has a device cookie
    staff.post("/staff/logout")
    attacker = httpx.Client(base_url=staff_site.url, timeout=30, follow_redirects=False)
    codes = [login(attacker, f"guess{n}", forwarded=f"192.0.2.{n}").status_code for n in range(50)]
    assert codes[:3] == [401] * 3 and set(codes[3:]) <= {401, 429} and codes.count(429) > 30  # slowed down
    assert login(staff, PASSWORD).status_code == 303  # judged on its own failures: none
    fresh = httpx.Client(base_url=staff_site.url, timeout=30, follow_redirects=False)  # a browser never signed in
    refused = login(fresh, PASSWORD)
    assert refused.status_code == 429 and 1 <= int(refused.headers["retry-after"]) <= 2
    time.sleep(int(refused.headers["retry-after"]))
    assert login(fresh, PASSWORD).status_code == 303  # a wait of seconds, never a lockout


def test_a_logged_out_session_cookie_is_refused(staff_site):
    client = httpx.Client(base_url=staff_site.url, timeout=30, follow_redirects=False)
    assert login(client, PASSWORD).status_code == 303
    kept = client.cookies.get("planbot_staff")
    assert client.get("/staff").status_code == 200
    client.post("/staff/logout")
    replay = httpx.Client(base_url=staff_site.url, timeout=30, follow_redirects=False,
                          cookies={"planbot_staff": kept})
    assert replay.get("/staff").status_code == 303 and replay.get("/staff/report.csv").status_code == 401


def test_sessions_end_when_the_password_changes(engine, settings, tmp_path):
    configured = settings.model_copy(update={"db": tmp_path / "q.sqlite", "staff_password": SecretStr(PASSWORD)})
    first = LiveServer(create_app(configured, engine))
    client = httpx.Client(base_url=first.url, timeout=30, follow_redirects=False)
    try:
        assert login(client, PASSWORD).status_code == 303
        kept = client.cookies.get("planbot_staff")
    finally:
        first.close()
    changed = configured.model_copy(update={"staff_password": SecretStr("a-new-password")})
    second = LiveServer(create_app(changed, engine))
    try:
        replay = httpx.Client(base_url=second.url, timeout=30, follow_redirects=False, cookies={"planbot_staff": kept})
        assert replay.get("/staff").status_code == 303
    finally:
        second.close()


def test_staff_pages_are_off_without_a_password(engine, settings, tmp_path):
    server = LiveServer(create_app(settings.model_copy(update={"db": tmp_path / "q.sqlite"}), engine))
    try:
        assert httpx.get(server.url + "/staff", timeout=10).status_code == 404
    finally:
        server.close()


MEASURED_PLAN = "\n".join([
    "# 桜台市環境計画",
    "## 計画の期間",
    "2023年度から2028年度まで",
    "## 成果指標",
    "| 指標名 | 単位 | 基準値（2022年度） | 実績値（2025年度） | 目標値（2028年度） |",
    "|---|---|---|---|---|",
    "| (1)清掃活動の参加者数 | 人 | 300 | 420 | 400 |",
    "| (2)ごみの排出量 | t | 1,000 | 900 | 800 |",
    "| (3)交通事故の件数 | 件 | 50 | 45 | 50 |",
    "| (4)空き家の数 | 戸 | 200 | — | 150 |",
])


def test_the_dashboard_shows_progress_only_from_a_baseline_and_a_later_figure_in_the_manifests_direction(
        settings, embedder, tmp_path):
    from bot.engine import build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "sakuradai.md").write_text(MEASURED_PLAN, encoding="utf-8")
    (corpus / "documents.toml").write_text(
        '[[document]]\nfile = "sakuradai.md"\ntitle = "桜台市環境計画"\nissuer = "桜台市"\ndirection = "up"\n'
        '[document.directions]\n"ごみの排出量" = "down"\n"交通事故の件数" = "down"\n', encoding="utf-8")
    own = settings.model_copy(update={"corpus_dir": corpus, "index_dir": tmp_path / "index", "db": tmp_path / "q.sqlite",
                                      "staff_password": SecretStr(PASSWORD)})
    build(own, embedder=embedder, show_progress=False)
    server = LiveServer(create_app(own))
    try:
        client = httpx.Client(base_url=server.url, timeout=30)
        client.post("/staff/login", data={"username": "staff", "password": PASSWORD})
        page = client.get("/staff/indicators").text
        rows = {name: row for row in page.split("<tr>")[1:] for name in ("清掃活動", "ごみの排出量", "交通事故", "空き家")
                if name in row}
        assert "100%（達成）" in rows["清掃活動"] and "増やす" in rows["清掃活動"]  # 300 → 420 of 400
        assert "50%" in rows["ごみの排出量"] and "減らす" in rows["ごみの排出量"] and "達成" not in rows["ごみの排出量"]
        assert "100%（達成）" in rows["交通事故"]  # held at or under 50, as "down" says
        assert "達成" not in rows["空き家"] and "%" not in rows["空き家"].split("</th>")[1]  # no later figure
        assert '<figure class="chart"' in page and page.index("清掃活動") < page.index("ごみの排出量")
        chat = httpx.post(server.url + "/web/ask", json={"question": "ごみの排出量の目標は？"}, timeout=30).json()
        assert "基準値1,000t（2022年度）、現状900t（2025年度）、目標800t（2028年度）" in chat["answer"]
        assert [round(b["progress"], 2) for b in chat["indicators"]] == [0.5]
    finally:
        server.close()
