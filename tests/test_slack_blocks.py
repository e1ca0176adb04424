"""Block Kit answers stay within Slack's limits and show what staff need."""

from bot.answer import Answer, Citation
from handlers.slack_blocks import (
    MAX_BLOCKS,
    answer_blocks,
    citations_block,
    escape,
    help_blocks,
    passages_blocks,
)


def answer(**kw):
    base = dict(question="q", answer="回答 <b> & 1", intent="indicator", confident=True,
                citations=[Citation("第3次一関市協働推進計画", "第3章 › 6 成果指標", "kyodo.md", (370, 370), "抜粋", 1.0)])
    return Answer(**{**base, **kw})


def test_answer_section_citation_with_file_and_lines_and_buttons():
    blocks = answer_blocks(answer(), log_id=5)
    assert blocks[0]["text"]["text"] == "回答 &lt;b&gt; &amp; 1"
    context = next(b for b in blocks if b["type"] == "context")
    assert "`kyodo.md` 370–370行" in context["elements"][0]["text"]
    actions = blocks[-1]["elements"]
    assert [a["action_id"] for a in actions] == ["feedback_up", "feedback_down", "more_passages"]
    assert {a["value"] for a in actions} == {"5"}


def test_indicator_rows_become_fields_five_rows_per_section():
    rows = [(f"指標{i}", f"現状 {i} → 目標 {i + 1}") for i in range(12)]
    sections = [b for b in answer_blocks(answer(table=rows), 1) if "fields" in b]
    assert [len(s["fields"]) for s in sections] == [10, 10, 4]


def test_many_rows_are_cut_to_the_block_limit_keeping_citations_and_buttons():
    rows = [(f"指標{i}", "値") for i in range(400)]
    blocks = answer_blocks(answer(table=rows), 1)
    assert len(blocks) <= MAX_BLOCKS
    assert blocks[-1]["type"] == "actions" and blocks[0]["type"] == "section"


def test_no_more_passages_button_without_a_confident_answer():
    blocks = answer_blocks(answer(confident=False, citations=[]), 1)
    assert [a["action_id"] for a in blocks[-1]["elements"]] == ["feedback_up", "feedback_down"]


def test_passages_and_help():
    assert "見つかりませんでした" in passages_blocks([], 4)[0]["text"]["text"]
    text = help_blocks("/plan", ["地域協働体とは？"])[0]["text"]["text"]
    assert "/plan 指標 語" in text and "地域協働体とは？" in text
    assert escape("<@U1>") == "&lt;@U1&gt;"


def test_a_citation_of_an_ended_plan_shows_its_status():
    ended = Citation("一関市総合計画 基本構想", "第1章", "k.txt", (1, 2), "", 1.0, status="ended")
    context = next(b for b in answer_blocks(answer(citations=[ended]), log_id=5) if b["type"] == "context")
    assert "*一関市総合計画 基本構想* _（計画期間終了）_" in context["elements"][0]["text"]


def indicator_fields(**baseline) -> list[str]:
    from bot import templates
    from index.facts import Indicator, Source

    figure = ("384", "令和7年度") if baseline else ("320", "令和5年度")
    found = Indicator("清掃の参加者数", "人", *figure, "400", "令和10年度", Source("計画", "指標", "p.md", 1, 1), **baseline)
    blocks = answer_blocks(templates.indicator_answer("q", [found], "indicator"), None)
    return [f["text"] for b in blocks if b["type"] == "section" and "fields" in b for f in b["fields"]]


def test_an_indicator_row_with_a_baseline_and_a_later_figure_shows_its_way_from_baseline_to_target():
    fields = indicator_fields(baseline="320", baseline_label="令和5年度")
    assert fields[1].startswith("基準値320人（令和5年度）、現状384人（令和7年度） → 目標400人（令和10年度）")
    assert fields[1].endswith("▓▓▓▓▓▓▓▓░░ 80%")  # 64 of the 80 to go


def test_an_indicator_row_with_only_its_baseline_shows_no_share():
    assert indicator_fields()[1] == "現状320人（令和5年度） → 目標400人（令和10年度）"


def test_a_citation_links_its_title_to_the_published_document_at_its_page():
    pdf = Citation("後期基本計画", "第1部", "k.txt", (3, 4), "", 1.0, page=12, printed_page="10",
                   url="https://www.city.example.jp/k.pdf")
    text = citations_block([pdf])["elements"][0]["text"]
    assert text.startswith("1. <https://www.city.example.jp/k.pdf#page=12|後期基本計画> › 第1部") and "p.10" in text


def test_every_block_parses_with_the_sdk_models_and_passes_their_checks():
    from slack_sdk.models.blocks import Block

    pdf = Citation("後期基本計画", "第1部", "k.txt", (3, 4), "", 1.0, page=12, url="https://www.city.example.jp/k.pdf")
    answers = [answer(), answer(citations=[pdf], suggestions=["円卓会議とは？"]), answer(confident=False, citations=[]),
               answer(table=[(f"指標{i}", "値") for i in range(400)])]
    for blocks in [answer_blocks(a, 9) for a in answers] + [passages_blocks([pdf], 4)]:
        for block in blocks:
            parsed = Block.parse(block)
            parsed.validate_json()  # slack_sdk's own limits (text lengths, element counts)
            assert parsed.to_dict() == block
