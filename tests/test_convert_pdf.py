"""PDF plans read back as text with tables: real PDFs drawn by reportlab in IPAexGothic, character by
character in shuffled order, and read by pdfplumber as `planbot build` reads them."""

from __future__ import annotations

import re

import pytest

pdfplumber = pytest.importorskip("pdfplumber", reason="the import extra (pip install -e '.[import]')")
pytest.importorskip("reportlab", reason="the test extra draws the PDFs with reportlab")

from index.convert import NeedsText, convert  # noqa: E402
from index.convert.normalize import fold_glyphs  # noqa: E402
from index.convert.pdf import cid_share  # noqa: E402
from index.parse import parse_document  # noqa: E402
from tests.data.make_imported import welfare_pdf  # noqa: E402
from tests.pdfgen import Document, font_path  # noqa: E402

pytestmark = pytest.mark.skipif(font_path() is None, reason="IPAexGothic is missing: apt-get install fonts-ipaexfont")


@pytest.fixture(scope="module")
def pdf_file(tmp_path_factory):
    return welfare_pdf(tmp_path_factory.mktemp("pdf") / "plan.pdf")


@pytest.fixture(scope="module")
def text(pdf_file):
    return convert(pdf_file).text


@pytest.fixture(scope="module")
def pages(text):
    """The converted text of each PDF page, by its number."""
    parts = re.split(r"^<!-- page (\d+)(?: printed \S+)? -->$", text, flags=re.M)
    return {int(parts[k]): parts[k + 1] for k in range(1, len(parts), 2)}


@pytest.fixture(scope="module")
def parsed(text):
    return parse_document(text, "plan.pdf", "若葉台市第2期地域福祉計画")


def rows_of(parsed, section_title):
    return [dict(b.cells) for s in parsed.sections if s.title == section_title for b in s.blocks if b.kind == "row"]


def test_the_pdf_is_drawn_out_of_reading_order(pdf_file, pages):
    """The test is honest only if drawing order differs from reading order."""
    with pdfplumber.open(pdf_file) as pdf:
        drawn = "".join(c["text"] for c in pdf.pages[2].chars[:12])
    assert drawn not in pages[3].replace("\n", "")


def test_every_page_opens_with_its_marker_and_printed_number(text):
    markers = re.findall(r"^<!-- page .* -->$", text, flags=re.M)
    assert markers == ["<!-- page 1 -->", "<!-- page 2 printed 1 -->", "<!-- page 3 printed 2 -->",
                       "<!-- page 4 printed 3 -->", "<!-- page 5 printed 4 -->", "<!-- page 6 printed 5 -->"]


def test_running_heads_and_page_number_footers_are_dropped(pages):
    for number in range(2, 7):
        assert "第2期計画" not in pages[number]
        assert not re.search(r"^- \d+ -$", pages[number], flags=re.M)
        assert "若葉台市第2期地域福祉計画" not in pages[number].splitlines()


def test_a_fake_bold_heading_is_read_once(pages, parsed):
    assert "第1章 計画の概要" in pages[3].splitlines()
    assert "第第" not in pages[3]
    assert any(s.path == ("第1章 計画の概要", "2 計画の期間") for s in parsed.sections)


def test_two_columns_are_read_left_then_right(pages, parsed):
    page = pages[4]
    assert page.index("前の1.4倍に増えました。") < page.index("3 ふれあいサロン")
    assert page.index("2 地域の支え手") < page.index("4 ボランティア")
    text = " ".join(b.text for s in parsed.sections for b in s.blocks)
    assert "65歳以上の高齢者は15,912人で、高齢化率は33.0%となっています。" in text


def test_a_ruled_table_keeps_its_header_and_fills_the_vertical_merged_label(parsed):
    rows = rows_of(parsed, "第3章 成果指標")
    assert len(rows) == 4
    assert all(row["区分"] == "成果指標" for row in rows)
    assert rows[0]["指標名"] == "見守りネットワーク協力事業所数"
    assert rows[2]["指標名"] == "地域福祉の活動に参加したことのある市民の割合"
    assert (rows[3]["現状値(令和5年度)"], rows[3]["目標値(令和11年度)"]) == ("312", "450")


def test_an_unruled_table_is_read_as_rows_under_its_header(parsed):
    rows = rows_of(parsed, "1 地区別のふれあいサロン")
    assert [r["地区"] for r in rows] == ["中央地区", "東部地区", "西部地区", "北部地区"]
    assert rows[1]["参加者数(延べ)"] == "2,180"


def test_letters_spread_over_a_box_are_joined(pages):
    lines = pages[3].splitlines()
    assert "計画の名称 若葉台市第2期地域福祉計画" in lines
    assert "所管 保健福祉部 福祉総務課" in lines


def test_a_vertical_page_is_read_top_down_right_to_left(pages):
    lines = [line for line in pages[2].splitlines() if line]
    assert lines[:2] == ["はじめに", "このたび、市民の皆様とともに第２期地域福祉計画を策定しました。"]
    assert "本計画では「みんなで支え合う ぬくもりのまち わかばだい」を基本理念に掲げ、" in lines


def test_blocks_know_their_pdf_page_and_printed_page(parsed):
    period = next(s for s in parsed.sections if s.title == "2 計画の期間")
    assert (period.page, period.printed_page) == (3, "2")
    rows = [b for s in parsed.sections if s.title == "第3章 成果指標" for b in s.blocks if b.kind == "row"]
    assert {(b.page, b.printed_page) for b in rows} == {(5, "4")}


# --- scanned PDFs are refused with the reason


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    from PIL import Image, ImageDraw

    folder = tmp_path_factory.mktemp("scan")
    image = Image.new("L", (595, 842), 255)
    ImageDraw.Draw(image).rectangle((60, 80, 530, 90), fill=0)
    image.save(folder / "scan.png")
    doc = Document(producer="ScanSnap Manager #iX1600", invisible=True)
    for _ in range(2):
        page = doc.page()
        page.image(folder / "scan.png")
        page.paragraph(60, 80, 470, "本計画の期間は、令和7年度から令和11年度までの5年間とします。" * 3)
    return doc.save(folder / "scan.pdf")


def test_a_scanned_pdf_is_refused_naming_why(scanned):
    with pytest.raises(NeedsText) as caught:
        convert(scanned)
    message = str(caught.value)
    assert "スキャン" in message and "OCR" in message
    assert "ScanSnap" in message
    assert "見えない文字" in message
    assert "ページ全体の画像" in message


def test_unmapped_glyphs_are_measured():
    assert cid_share("(cid:1234)(cid:88)計画") > 0.5
    assert cid_share("本計画の期間は令和7年度からです。") == 0


# --- what a generated PDF cannot reproduce: wrong glyph mappings, on strings


@pytest.mark.parametrize(("raw", "folded"), [
    ("⼀関市の⾏政", "一関市の行政"),  # Kangxi radicals U+2F00, U+2F8F
    ("⻑期計画と⻄部地区", "長期計画と西部地区"),  # CJK radicals supplement
    ("\uf9dc起", "隆起"),  # a CJK compatibility ideograph
    ("市⺠センター", "市民センター"),
])
def test_radicals_and_compatibility_ideographs_fold_to_kanji(raw, folded):
    assert fold_glyphs(raw) == folded


def test_folding_is_not_nfkc():
    kept = "①２０２５年度　ＡＢＣ（全角）Ⅱ-1 ㈱ 﨑"
    assert fold_glyphs(kept) == kept
    assert fold_glyphs("市\u200b民\u00a0会議") == "市民 会議"
