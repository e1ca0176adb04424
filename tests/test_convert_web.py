"""A city's web page: its own content kept (headings, lists, tables, definitions), the site's furniture dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("selectolax", reason="the import extra (pip install -e '.[import]')")

from index.convert import convert  # noqa: E402
from index.extract.terms import extract_terms  # noqa: E402
from index.parse import parse_document  # noqa: E402

PAGE = Path(__file__).parent / "data" / "imported" / "nanasegawa-kotsu.html"


@pytest.fixture(scope="module")
def text():
    return convert(PAGE).text


@pytest.fixture(scope="module")
def parsed(text):
    return parse_document(text, PAGE.name, "七瀬川市地域公共交通計画")


@pytest.mark.parametrize("furniture", ["くらし・手続き", "サイトマップ", "ホーム >", "copied!", "URLをコピー",
                                       "よく見られているページ", "代表電話", "Copyright", "ページの先頭へ", "dataLayer"])
def test_site_furniture_is_dropped(text, furniture):
    assert furniture not in text


def test_headings_and_numbered_items(text):
    lines = text.splitlines()
    assert "## コミュニティバス「せせらぎ号」の運行" in lines
    assert "- 2. 路線バスを持続可能にする" in lines


def test_cells_spanning_rows_are_filled(parsed):
    rows = [dict(b.cells) for s in parsed.sections for b in s.blocks if b.kind == "row" and "ルート" in b.text]
    assert [(r["路線"], r["運行日"]) for r in rows] == [
        ("東ルート", "月・水・金"), ("西ルート", "月・水・金"), ("南ルート", "火・木・土"), ("北ルート", "火・木・土")]


def test_a_definition_list_is_a_glossary(parsed):
    terms = {t.term: t.definition for t in extract_terms(parsed)}
    assert terms["交通空白地"] == "バス停や駅から遠く、公共交通を使いにくい地域のことです。"


def test_line_breaks_inside_a_paragraph_stay_lines(text):
    assert "都市整備部　交通政策課" in text.splitlines()


def test_an_inquiry_block_inside_a_form_is_kept_without_its_controls(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><div id='tmp_contents'><h1>水道事業ビジョン</h1><p>本文です。</p>"
        "<div id='tmp_inquiry'><form action='/cgi-bin/form.cgi'><p>上下水道局 経営企画課</p>"
        "<p>電話番号：0247-32-1158</p><p><input type='submit' value='お問い合わせフォーム'></p>"
        "<textarea>ご意見</textarea></form></div></div></body></html>", encoding="utf-8")
    lines = convert(page).text.splitlines()
    assert "上下水道局 経営企画課" in lines and "電話番号：0247-32-1158" in lines
    assert not any("お問い合わせフォーム" in line or "ご意見" in line for line in lines)
