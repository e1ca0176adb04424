"""Units: every sentence, item, heading, row and cell of a plan, and every fact, with its source lines."""

from index.corpus import load_corpus
from index.extract.indicators import extract_indicators
from index.facts import Facts
from index.parse import parse_document
from index.units import build_units, split_sentences, text_units

PLAN = "\n".join([
    "# 南谷市まちづくり計画",
    "## 1 計画の目的",
    "この計画は、市民と市が協働してまちづくりを進めるため",
    "に定めます。計画期間は5年間です。",
    "## 2 主な取組",
    "・空き家バンクの運営",
    "・地区懇談会の開催",
    "## 3 地区の協働体",
    "地区\t団体名\t設立",
    "東地区\t東まちづくり会\tH27.4.1",
    "西地区\t西みらい塾\tS61.1.11",
])


def units_of(text: str):
    doc = parse_document(text, "plan.md", "南谷市まちづくり計画")
    return text_units(doc, text.split("\n"), [])


def test_a_sentence_broken_across_lines_is_one_unit_with_both_lines():
    units = units_of(PLAN)
    first = next(u for u in units if u.text.startswith("この計画は"))
    assert first.kind == "sentence" and first.text.endswith("定めます。")
    assert (first.start_line, first.end_line) == (3, 4)
    second = next(u for u in units if u.text.startswith("計画期間"))
    assert (second.start_line, second.end_line) == (4, 4)


def test_list_items_headings_rows_and_cells_are_units():
    units = units_of(PLAN)
    kinds = {u.text: u.kind for u in units}
    assert kinds["・空き家バンクの運営"] == "item"
    assert kinds["3 地区の協働体"] == "heading"
    row = next(u for u in units if u.kind == "row" and "西みらい塾" in u.text)
    assert ("設立", "S61.1.11") in row.cells and row.start_line == 11
    cell = next(u for u in units if u.kind == "cell" and u.row == row.id and "設立" in u.text)
    assert cell.text == "西地区 設立: S61.1.11" and cell.table == row.table


def test_a_line_that_only_repeats_the_plans_title_is_no_unit():
    text = "南谷市 まちづくり計画\n\n## 1 計画の目的\n\nこの南谷市まちづくり計画は、協働のために定めます。\n"
    texts = [u.text for u in units_of(text) if u.kind == "sentence"]
    assert texts == ["この南谷市まちづくり計画は、協働のために定めます。"]


def test_a_heading_holds_its_subsections():
    text = "# 計画\n## 基本方針\n### 方針1 人づくり\n本文です。\n### 方針2 環境づくり\n本文です。"
    heading = next(u for u in units_of(text) if u.text == "基本方針")
    assert heading.data["children"] == ["方針1 人づくり", "方針2 環境づくり"]


def test_sentences_split_at_their_ends_but_not_inside_quotes():
    assert split_sentences("「協働とは。」をいいます。次です。") == ["「協働とは。」をいいます。", "次です。"]


def test_the_real_corpus_gives_facts_and_plans_as_typed_units(engine):
    kinds = {u.kind for u in engine.units.units}
    assert {"sentence", "item", "heading", "row", "cell", "term", "indicator", "period", "event", "contact",
            "plan"} <= kinds
    plans = [u for u in engine.units.units if u.kind == "plan"]
    assert len(plans) == len(load_corpus(engine.settings.corpus_dir))
    names = [u for u in engine.units.units if "person" in u.tags]
    assert any("千葉" in u.text for u in names)  # the member list: Sudachi's personal names
    indicators = [u.text for u in engine.units.units if u.kind == "indicator"]
    assert "チーム会議の開催数 現状 125回（令和4年度） 目標 170回（令和10年度）" in indicators  # its name, once its unit


def test_units_keep_the_page_of_a_converted_pdf():
    text = "<!-- page 3 printed 1 -->\n# 計画\n## 目的\n協働を進めます。\n<!-- page 4 printed 2 -->\n## 期間\n5年間です。"
    doc = parse_document(text, "plan.txt", "計画")
    units = build_units([doc], {"plan.txt": text}, [], Facts())
    said = {u.text: (u.page, u.printed_page) for u in units}
    assert said["協働を進めます。"] == (3, "1") and said["5年間です。"] == (4, "2")


def test_a_projects_table_is_said_by_its_project_unit_not_by_bare_rows(engine):
    projects = {(u.file, u.section) for u in engine.units.units if u.kind == "project"}
    assert projects
    assert not [u for u in engine.units.units if u.kind in ("row", "cell") and (u.file, u.section) in projects]
    assert all(u.row == u.id for u in engine.units.units if u.kind == "row")  # ids renumbered with their rows


def test_an_indicators_index_text_says_the_tables_verdict():
    text = "# 計画\n## 成果指標\n指標\t基準値\t目標値\t実績\t達成状況\n流雪溝の延長\t12.6km\t20.0km\t18.4km\t未達成\n"
    doc = parse_document(text, "plan.txt", "計画")
    units = build_units([doc], {"plan.txt": text}, [], Facts(indicators=extract_indicators(doc)))
    assert any(u.kind == "indicator" and "達成状況 未達成" in u.text for u in units)
