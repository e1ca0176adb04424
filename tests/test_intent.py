"""Intent rules: the words of the question decide what kind of answer it wants."""

import pytest

from bot.intent import detect_intent


@pytest.fixture(scope="module")
def finder(engine):
    return engine.finder


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("地域協働体ってなんですか", "term"),
        ("円卓会議とは？", "term"),
        ("協働の定義を教えて", "term"),
        ("チーム会議の開催数の目標は？", "indicator"),
        ("地域協働体の活動件数の現状", "indicator"),
        ("2028年の高齢化率の目標", "indicator"),
        ("大東地域の地域協働体を教えて", "contact"),
        ("協働推進計画の担当課はどこですか", "contact"),
        ("老松の協働体はいつ設立された？", "contact"),
        ("まちづくり推進課の電話番号", "contact"),
        ("藤沢の住民懇談会はいつでしたか", "schedule"),
        ("第5回協働推進会議の開催日", "schedule"),
        ("基本構想の初年度はいつ？", "schedule"),
        ("まちづくりの目標を5つ教えて", "general"),
        ("一関市の面積は？", "general"),
    ],
)
def test_intent(finder, question, intent):
    assert detect_intent(question, finder) == intent


def test_dev_set_intents_are_mostly_right(finder):
    import json

    from tests.conftest import DATA

    rows = [json.loads(line) for line in (DATA / "dev_questions.jsonl").read_text().splitlines()]
    in_scope = [r for r in rows if r["intent"] != "none"]
    right = sum(detect_intent(r["q"], finder) == r["intent"] for r in in_scope)
    assert right / len(in_scope) >= 0.9
