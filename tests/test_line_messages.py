"""LINE messages stay within LINE's limits and degrade gracefully."""

import json

from linebot.v3.messaging import FlexMessage

from bot.answer import Answer, Citation
from handlers.line_messages import MAX_ALT_TEXT, answer_messages, citation_line


def answer(text="回答です。", confident=True, citations=1, suggestions=()):
    cites = [Citation("第3次一関市協働推進計画", f"第{i}章 › 4 用語の定義 › (3) 地域協働体", "a.md", (1, 2), "", 1.0)
             for i in range(citations)]
    return Answer("質問", text, "term", confident, cites, list(suggestions))


def test_a_bubble_has_the_answer_citations_and_feedback_buttons():
    [message] = answer_messages(answer(citations=2), log_id=7)
    data = message.to_dict()
    assert data["type"] == "flex"
    footer = data["contents"]["footer"]["contents"]
    assert [c["text"] for c in footer[1:3]] == [
        "1. 第3次一関市協働推進計画 › 4 用語の定義 › (3) 地域協働体",
        "2. 第3次一関市協働推進計画 › 4 用語の定義 › (3) 地域協働体",
    ]
    buttons = footer[-1]["contents"]
    assert [b["action"]["data"] for b in buttons] == ["feedback=up&q=7", "feedback=down&q=7"]


def test_quick_replies_are_capped_at_13_with_short_labels():
    [message] = answer_messages(answer(suggestions=[f"とても長い質問の文章その{i}ですがどうでしょうか" for i in range(20)]), 1)
    items = message.to_dict()["quickReply"]["items"]
    assert len(items) == 13
    assert all(len(i["action"]["label"]) <= 20 for i in items)
    assert items[0]["action"]["text"].startswith("とても長い質問の文章その0")


def test_alt_text_and_citations_are_cut_to_size():
    [message] = answer_messages(answer(text="あ" * 5000), 1)
    assert len(message.to_dict()["altText"]) <= MAX_ALT_TEXT
    assert len(citation_line(1, "題" * 100, "節" * 100)) <= 80


def test_an_answer_not_in_the_plans_offers_a_phone_call():
    text = "見つかりませんでした。まちづくり推進課（TEL 0191-21-2111 (代)）へどうぞ。"
    [message] = answer_messages(answer(text=text, confident=False, citations=0), 3)
    button = next(c for c in message.to_dict()["contents"]["footer"]["contents"] if c["type"] == "button")
    assert button["action"]["uri"] == "tel:0191212111"


def test_a_citation_of_an_ended_plan_is_marked():
    ended = Citation("一関市総合計画 基本構想", "第1章 一関市の将来像", "k.txt", (1, 2), "", 1.0, status="ended")
    [message] = answer_messages(Answer("q", "回答", "general", True, [ended]), log_id=1)
    footer = message.to_dict()["contents"]["footer"]["contents"]
    assert footer[1]["text"] == "1. 【計画期間終了】一関市総合計画 基本構想 › 第1章 一関市の将来像"
    assert citation_line(1, "計画", "節") == "1. 計画 › 節"


def indicator_answer(count: int, measured: bool = True):
    """Indicators with a later figure beside their 基準値 (令和5年度), or with their one 現状 figure only."""
    from bot import templates
    from index.facts import Indicator, Source

    source = Source("桜台市計画", "指標", "plan.md", 5, 5 + count)
    found = [Indicator(f"指標{n}の件数", "件", str(14 * n), "令和7年度", str(20 * n + 10), "令和10年度", source,
                       baseline=str(10 * n), baseline_label="令和5年度") if measured else
             Indicator(f"指標{n}の件数", "件", str(10 * n), "令和5年度", str(20 * n + 10), "令和10年度", source)
             for n in range(1, count + 1)]
    return templates.indicator_list_answer("桜台市計画", found, of_plan=True)


def test_an_indicator_with_a_measured_value_shows_the_way_from_baseline_to_target_as_a_bar():
    answer = indicator_answer(1)
    bubble = answer_messages(answer, 7)[0].contents.to_dict()
    bar = bubble["body"]["contents"][1]
    assert bar["contents"][0]["text"] == "指標1の件数: 基準値から目標までの20%"  # 10 → 14 of 10 → 30
    assert bar["contents"][1]["contents"][0]["width"] == "20%"


def test_an_indicator_with_only_its_baseline_has_no_bar_and_says_what_the_figures_are():
    answer = indicator_answer(1, measured=False)
    bubble = answer_messages(answer, 7)[0].contents.to_dict()
    assert len(bubble["body"]["contents"]) == 1
    assert "現状10件（令和5年度） → 目標30件（令和10年度）" in bubble["body"]["contents"][0]["text"]
    assert "達成" not in json.dumps(bubble, ensure_ascii=False)


def test_a_contact_answer_has_a_button_to_call_each_number_it_gives():
    text = "担当は一関市 まちづくり推進部 まちづくり推進課（TEL 0191-21-2111）です。"
    [message] = answer_messages(Answer("問い合わせ先", text, "contact", True, [], []), None)
    calls = [c for c in message.to_dict()["contents"]["footer"]["contents"] if c["type"] == "button"]
    assert [(c["action"]["uri"], c["action"]["label"]) for c in calls] == [("tel:0191212111", "電話 0191-21-2111")]
    assert FlexMessage.from_dict(message.to_dict()).contents is not None  # the SDK's own model reads it back


def test_a_citation_links_to_the_published_document_at_its_page_or_to_the_source_view():
    pdf = Citation("計画", "第1章", "a.txt", (3, 4), "", 1.0, page=12, url="https://www.city.example.jp/plan.pdf")
    local = Citation("計画", "第2章", "b.md", (7, 9), "", 1.0)
    [message] = answer_messages(Answer("q", "回答", "general", True, [pdf, local]), 1, "https://planbot.example.jp")
    footer = message.to_dict()["contents"]["footer"]["contents"]
    assert footer[1]["action"]["uri"] == "https://www.city.example.jp/plan.pdf#page=12"
    assert footer[2]["action"]["uri"].startswith("https://planbot.example.jp/source/b.md?lines=7-9")
    assert footer[1]["size"] == "xs" and footer[1]["color"] == "#0B57A4"
    [plain] = answer_messages(Answer("q", "回答", "general", True, [local]), 1)  # no public address: no link
    assert "action" not in plain.to_dict()["contents"]["footer"]["contents"][1]


def test_quick_reply_labels_stay_distinct_when_cut():
    questions = ["What is the target for チーム会議の開催数?", "What is the target for 地域協働体の設立件数?"]
    labels = [i["action"]["label"] for i in answer_messages(answer(suggestions=questions), 1)[0].to_dict()["quickReply"]["items"]]
    assert labels == ["…チーム会議の開催数?", "…地域協働体の設立件数?"]


def test_a_long_indicator_list_stays_within_the_flex_limits():
    answer = indicator_answer(40)
    [message] = answer_messages(answer, 7)
    bubble = message.contents.to_dict()
    assert message.type == "flex"
    assert len(json.dumps(bubble, ensure_ascii=False).encode()) < 25_000  # LINE allows 30 KB per bubble
    assert len(bubble["body"]["contents"]) == 1 + 10  # the text and at most ten bars
    assert len(message.alt_text) <= MAX_ALT_TEXT
