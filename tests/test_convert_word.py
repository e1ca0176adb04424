"""Word plans: headings by style, list items, tables whose merged cells are filled across and down."""

from __future__ import annotations

import pytest

pytest.importorskip("docx", reason="the import extra (pip install -e '.[import]')")

from index.convert import convert  # noqa: E402
from index.parse import parse_document  # noqa: E402
from tests.data.make_imported import tourism_docx  # noqa: E402


@pytest.fixture(scope="module")
def text(tmp_path_factory):
    return convert(tourism_docx(tmp_path_factory.mktemp("docx") / "plan.docx")).text


@pytest.fixture(scope="module")
def parsed(text):
    return parse_document(text, "plan.docx", "音羽浜町第2次観光振興計画")


def test_heading_styles_become_the_section_tree(parsed):
    paths = [s.path for s in parsed.sections]
    assert ("音羽浜町第2次観光振興計画", "第1章 計画の策定にあたって", "2 計画期間") in paths
    assert ("音羽浜町第2次観光振興計画", "第3章 基本方針と施策", "基本方針2 温泉と食で人を呼ぶ") in paths


def test_list_paragraphs_stay_items(text):
    assert "- 「音羽浜かき小屋」を通年営業にします。" in text.splitlines()


def test_a_header_merged_across_columns_labels_each_of_them(parsed):
    rows = [dict(b.cells) for s in parsed.sections if s.title == "第2章 観光の現状" for b in s.blocks if b.kind == "row"]
    assert rows[1] == {"施設名": "なぎさ温泉センター", "入込客数(人) 令和2年": "96,500", "入込客数(人) 令和6年": "104,300"}


def test_a_cell_merged_down_is_filled_into_each_row(parsed):
    rows = [dict(b.cells) for s in parsed.sections if s.title == "第4章 数値目標" for b in s.blocks if b.kind == "row"]
    assert [r["区分"] for r in rows] == ["観光客", "観光客", "満足度"]
    assert rows[1]["目標値(令和12年)"] == "70,000人"
