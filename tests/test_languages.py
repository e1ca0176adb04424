"""Questions not in Japanese, on an invented city's plan: English answered from its facts, other
languages told where to ask; the English words of the plan's terms come from its manifest."""

import pytest

from bot.config import Settings
from bot.engine import Engine, build
from tests.conftest import write_corpus

PLAN = "\n".join([
    "# 桜台市地域づくり計画",
    "## 計画の期間",
    "本計画の期間は、2026年度から2030年度までの5年間とします。",
    "## 成果指標",
    "| 指標名 | 単位 | 基準値（2024年度） | 目標値（2030年度） |",
    "|---|---|---|---|",
    "| (1)河川清掃の参加者数 | 人 | 320 | 400 |",
    "## 住民説明会",
    "(1)みどり野公民館 31人(2025年5月10日)",
    "(2)桜台公民館 12人(2025年5月17日)",
    "## 用語の解説",
    "◆地区協議会",
    "自治会や地域の団体が集まり、地区の課題を話し合う組織。",
    "## 問い合わせ先",
    "桜台市 企画課",
    "〒900-0000 沖縄県桜台市中央1番",
    "TEL 098-000-1111",
])
ENGLISH = '\n[bot]\nhome = "桜台市"\n[bot.english]\n"river cleanup" = "河川清掃"\n"neighbourhood council" = "地区協議会"\n' \
          '"briefing" = "住民説明会"\n'


@pytest.fixture(scope="module")
def sakuradai(tmp_path_factory, embedder) -> Engine:
    root = tmp_path_factory.mktemp("sakuradai")
    corpus = write_corpus(root / "corpus", {"sakuradai.md": ("桜台市地域づくり計画", PLAN)})
    with (corpus / "documents.toml").open("a", encoding="utf-8") as manifest:
        manifest.write(ENGLISH)
    settings = Settings(corpus_dir=corpus, index_dir=root / "index", cache_dir=root / "cache", db=root / "q.sqlite")
    build(settings, embedder=embedder, show_progress=False)
    return Engine(settings, embedder)


def test_an_english_indicator_question_gets_the_figures_in_english_with_the_japanese_citation(sakuradai):
    answer = sakuradai.ask("What is the target for the number of participants in the river cleanup?")
    assert answer.language == "en" and answer.confident
    assert "target 400人 (people) (FY2030)" in answer.answer
    assert "河川清掃の参加者数" in answer.answer
    assert answer.citations[0].title == "桜台市地域づくり計画" and answer.citations[0].file == "sakuradai.md"


def test_an_english_definition_question_quotes_the_glossary(sakuradai):
    answer = sakuradai.ask("What is a neighbourhood council?")
    assert answer.answer.startswith("The plan defines “地区協議会")
    assert "地区の課題を話し合う組織" in answer.answer


def test_an_english_question_names_a_venue_by_its_reading(sakuradai):
    answer = sakuradai.ask("How many people came to the briefing at Midorino?")
    assert "31" in answer.answer and "みどり野公民館" in answer.answer


def test_the_office_contact_is_given_in_english(sakuradai):
    answer = sakuradai.ask("What is the phone number of the office in charge?")
    assert "phone 098-000-1111" in answer.answer


def test_an_english_question_the_plans_do_not_answer_is_declined_with_the_contact(sakuradai):
    answer = sakuradai.ask("How do I apply for a passport?")
    assert not answer.confident and answer.language == "en"
    assert answer.answer.startswith("Sorry, I could not find this in the plans")
    assert "098-000-1111" in answer.answer and not answer.citations


def test_another_city_named_in_english_is_declined_by_name(sakuradai):
    answer = sakuradai.ask("What is the population target of Sendai City?")
    assert not answer.confident and "the plans of Sendai are not in this collection" in answer.answer


@pytest.mark.parametrize(("question", "language", "words"), [
    ("桜台市的人口目标是多少？", "zh", "只能用日语或英语回答"),
    ("Mục tiêu dân số của thành phố là bao nhiêu?", "vi", "chỉ trả lời"),
    ("인구 목표는 무엇입니까?", "ko", "일본어 또는 영어로만"),
])
def test_other_languages_get_a_short_message_in_their_language_with_the_contact(sakuradai, question, language, words):
    answer = sakuradai.ask(question)
    assert answer.language == language and not answer.confident
    assert words in answer.answer and "098-000-1111" in answer.answer


def test_editing_the_plan_changes_the_english_answer(tmp_path, embedder):
    edited = PLAN.replace("| 320 | 400 |", "| 320 | 450 |")
    corpus = write_corpus(tmp_path / "corpus", {"sakuradai.md": ("桜台市地域づくり計画", edited)})
    with (corpus / "documents.toml").open("a", encoding="utf-8") as manifest:
        manifest.write(ENGLISH)
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index", cache_dir=tmp_path / "cache")
    build(settings, embedder=embedder, show_progress=False)
    answer = Engine(settings, embedder).ask("What is the target for participants in the river cleanup?")
    assert "target 450人" in answer.answer
