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
