"""Page markers: skipped as text, carried as the PDF page and printed page of every block, chunk, fact
source and citation, from a converted PDF in the manifest through `planbot build` to the answer."""

from __future__ import annotations

import json

import pytest

from bot.config import Settings
from bot.engine import Engine, build
from index.chunk import chunk_document
from index.extract.indicators import extract_indicators
from index.pages import Page, line_pages, marker, page_label, read_marker
from index.parse import parse_document

TEXT = "\n".join([
    marker(1),
    "第1章 計画の概要",
    "",
    "本計画の期間は、令和7年度から令和11年度までの5年間です。",
    "",
    marker(2, "7"),
    "第2章 指標",
    "",
    "指標名\t現状値(令和5年度)\t目標値(令和11年度)",
    "サロンの数\t38\t50",
])


def test_markers_are_read_and_written_alike():
    assert read_marker("<!-- page 11 printed 7 -->") == Page(11, "7")
    assert read_marker(marker(3)) == Page(3, None)
    assert read_marker("<!-- コメント -->") is None
    assert [p.page for p in line_pages(["前書き", marker(2), "本文"])] == [None, 2, 2]


def test_people_are_told_the_pdf_page_and_the_printed_one():
    assert page_label(11, "7") == "PDF 11ページ（冊子 7ページ）"
    assert page_label(3, None) == "PDF 3ページ"


def test_the_parser_skips_markers_but_keeps_their_pages():
    doc = parse_document(TEXT, "plan.pdf", "テスト計画")
    assert "page" not in " ".join(b.text for s in doc.sections for b in s.blocks)
    chapter1, chapter2 = doc.sections
    assert (chapter1.page, chapter1.printed_page) == (1, None)
    assert {(b.page, b.printed_page) for b in chapter2.blocks} == {(2, "7")}
    chunks = chunk_document(doc)
    assert [(c.page, c.printed_page) for c in chunks] == [(1, None), (2, "7")]
    (indicator,) = extract_indicators(doc)
    assert (indicator.source.page, indicator.source.printed_page, indicator.source.start_line) == (2, "7", 10)


def test_text_without_markers_has_no_pages():
    doc = parse_document("第1章 目的\n\n本文です。\n", "plan.txt", "テスト計画")
    assert doc.sections[0].page is None and doc.sections[0].blocks[0].page is None


# --- end to end: a PDF named in the manifest is converted at build time and cited by page


@pytest.fixture(scope="module")
def pdf_engine(tmp_path_factory, embedder):
    pytest.importorskip("pdfplumber", reason="the import extra (pip install -e '.[import]')")
    pytest.importorskip("reportlab", reason="the test extra draws the PDF")
    from tests.data.make_imported import welfare_pdf
    from tests.pdfgen import font_path

    if font_path() is None:
        pytest.skip("IPAexGothic is missing: apt-get install fonts-ipaexfont")
    home = tmp_path_factory.mktemp("pdfcorpus")
    corpus = home / "corpus"
    corpus.mkdir()
    welfare_pdf(corpus / "fukushi.pdf")
    (corpus / "documents.toml").write_text(
        '[[document]]\nfile = "fukushi.pdf"\ntitle = "若葉台市第2期地域福祉計画"\nissuer = "若葉台市"\n'
        'period = "令和7年度～令和11年度"\nurl = "https://example.jp/fukushi.pdf"\naliases = ["わかばだいの福祉計画"]\n',
        encoding="utf-8")
    settings = Settings(corpus_dir=corpus, index_dir=home / "index", cache_dir=home / "cache")
    report = build(settings, embedder=embedder, show_progress=False)
    return Engine(settings, embedder), report, settings


def test_build_converts_the_pdf_once_and_reports_what_it_found(pdf_engine):
    _, report, settings = pdf_engine
    (found,) = report.found
    assert (found.file, found.pages, found.tables) == ("fukushi.pdf", 6, 2)
    assert found.facts["indicators"] == 4
    assert len(list((settings.cache_dir / "converted").glob("*.txt"))) == 1  # cached by the file's hash


def test_an_answer_from_the_pdf_cites_its_page(pdf_engine):
    engine, _, _ = pdf_engine
    answer = engine.ask("見守りネットワーク協力事業所数の目標は？")
    assert "120" in answer.answer
    citation = answer.citations[0]
    assert (citation.page, citation.printed_page, citation.url) == (5, "4", "https://example.jp/fukushi.pdf")
    data = json.loads(json.dumps(answer.to_dict(), ensure_ascii=False))
    assert (data["citations"][0]["page"], data["citations"][0]["printed_page"]) == (5, "4")


def test_a_passage_answer_cites_its_page_too(pdf_engine):
    engine, _, _ = pdf_engine
    answer = engine.ask("民生委員は何人？")
    assert "62" in answer.answer
    assert (answer.citations[0].page, answer.citations[0].printed_page) == (4, "3")


def test_the_index_keeps_the_manifest_aliases(pdf_engine):
    engine, _, settings = pdf_engine
    extra = json.loads((settings.index_dir / "extra.json").read_text(encoding="utf-8"))
    assert extra["documents"][0]["aliases"] == ["わかばだいの福祉計画"]
