"""Answer records and the honest "not in the plans": no citation, what is missing, who to ask."""

from bot.answer import Citation, no_answer
from index.facts import Office, Source

SRC = Source("テスト計画", "第1章", "plan.md", 1, 2)
OFFICE = Office("まちづくり推進課", "", "0191-21-2111", "", SRC)


def test_no_answer_is_not_confident_has_no_citation_and_gives_the_office():
    a = no_answer("明日の天気は？", OFFICE, ["計画A", "計画B", "計画C"])
    assert not a.confident and a.citations == [] and a.intent == "none"
    assert "見つかりませんでした" in a.answer and "TEL 0191-21-2111" in a.answer
    assert "「計画A」、「計画B」など" in a.answer


def test_another_city_named_is_declined_by_name():
    a = no_answer("仙台市の総合計画は？", OFFICE, ["計画A"], missing=["仙台市"])
    assert a.answer.startswith("申し訳ありません。仙台市の計画書は収録していないため")


def test_a_question_scoped_to_one_city_says_which_plans_were_searched():
    a = no_answer("南谷市の協働体は？", None, ["南谷市まちづくり計画"], fallback="南谷市役所", scope=["南谷市"])
    assert "南谷市の計画書（「南谷市まちづくり計画」）には見つかりませんでした" in a.answer
    assert "南谷市役所へどうぞ" in a.answer


def test_a_citation_labels_a_plan_not_in_force():
    c = Citation("計画", "節", "a.md", (1, 2), "", 1.0)
    assert c.status_label == ""
    c.status = "ended"
    assert c.status_label == "計画期間終了" and c.__dict__["status"] == "ended"
