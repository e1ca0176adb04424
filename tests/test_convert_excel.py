"""Excel indicator sheets: saved values, merged titles and headers filled, one row a line, a sheet a section."""

from __future__ import annotations

import pytest

openpyxl = pytest.importorskip("openpyxl", reason="the import extra (pip install -e '.[import]')")

from index.convert import convert  # noqa: E402
from index.extract.indicators import extract_indicators  # noqa: E402
from index.parse import parse_document  # noqa: E402
from tests.data.make_imported import environment_xlsx  # noqa: E402


@pytest.fixture(scope="module")
def text(tmp_path_factory):
    return convert(environment_xlsx(tmp_path_factory.mktemp("xlsx") / "sheet.xlsx")).text


@pytest.fixture(scope="module")
def parsed(text):
    return parse_document(text, "sheet.xlsx", "桐ヶ丘市第2次環境基本計画 成果指標シート")


def test_each_sheet_is_a_section_and_a_merged_title_one_line(text, parsed):
    assert [s.path for s in parsed.sections] == [("成果指標",), ("計画の概要",)]
    assert "桐ヶ丘市第2次環境基本計画　成果指標の進捗（令和6年度末）" in text.splitlines()


def test_merged_headers_label_every_column_and_goals_fill_down(parsed):
    rows = [dict(b.cells) for b in parsed.sections[0].blocks if b.kind == "row"]
    assert len(rows) == 7
    assert rows[4] == {"基本目標": "循環", "指標名": "リサイクル率", "単位": "%", "数値 基準値(令和3年度)": "18.2",
                       "数値 実績値(令和6年度)": "19.5", "数値 目標値(令和14年度)": "25"}
    assert rows[5]["数値 目標値(令和14年度)"] == "30,000"  # the cell's number format keeps the separator


def test_indicators_take_the_figure_columns_not_the_goal_they_sit_under(parsed):
    found = {i.name: i for i in extract_indicators(parsed)}
    assert (found["1人1日あたりのごみ排出量"].current, found["1人1日あたりのごみ排出量"].target) == ("872", "800")
    assert found["リサイクル率"].current_label == "令和6年度"


def test_label_value_rows_read_as_statements(text):
    assert "計画期間：令和5年度～令和14年度" in text.splitlines()


def test_saved_values_are_read_never_formulas(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["指標", "現状値", "目標値"])
    sheet.append(["参加者数", 10, "=B2*2"])
    book.save(tmp_path / "formula.xlsx")
    text = convert(tmp_path / "formula.xlsx").text
    assert "=B2*2" not in text  # a file never opened in Excel has no saved value: the cell stays empty
