"""Answers that know which plan is in force: notices on ended plans, editions chosen by 今の / 前の / a year."""

import subprocess
import sys
from datetime import date

import pytest

from bot import editions
from bot.engine import Engine, build
from tests.conftest import CORPUS, ROOT, copy_corpus

SUCCESSOR = "\n".join([
    "序章",
    "",
    "この基本構想は、2026年度を初年度とし、2035年度を目標年次とします。",
    "",
    "第1章 一関市の将来像",
    "",
    "将来像として「ひとが集い 未来を拓く いちのせき」を掲げます。",
])
ENTRY = '''
[[document]]
file = "kihon-koso-2026-2035.txt"
title = "一関市総合計画 基本構想（2026-2035）"
issuer = "一関市"
first_year = 2026
last_year = 2035
series = "総合計画 基本構想"
supersedes = "kihon-koso-2016-2025.txt"
'''


@pytest.fixture(scope="module")
def today_engine(engine, settings, embedder):
    """The real corpus as it is, judged on 2026-11-23."""
    return Engine(settings.model_copy(update={"today": date(2026, 11, 23)}), embedder)


def engine_with_successor(entry: str, tmp_path_factory, settings, embedder) -> Engine:
    """The real corpus plus the next 基本構想 under the given manifest entry, judged on 2026-11-23."""
    corpus = copy_corpus(tmp_path_factory.mktemp("editions") / "corpus")
    (corpus / "kihon-koso-2026-2035.txt").write_text(SUCCESSOR, encoding="utf-8")
    with (corpus / "documents.toml").open("a", encoding="utf-8") as manifest:
        manifest.write(entry)
    own = settings.model_copy(update={"corpus_dir": corpus, "index_dir": corpus.parent / "index",
                                      "today": date(2026, 11, 23)})
    build(own, embedder=embedder, show_progress=False)
    return Engine(own, embedder)


@pytest.fixture(scope="module")
def with_successor(tmp_path_factory, settings, embedder):
    return engine_with_successor(ENTRY, tmp_path_factory, settings, embedder)


def test_an_answer_from_an_ended_plan_says_so_and_names_the_successor(today_engine):
    answer = today_engine.ask("基本構想の将来像は？")
    assert answer.citations[0].file == "kihon-koso-2016-2025.txt"
    assert "2025年度（令和7年度）で終了しています" in answer.answer
    assert "一関市総合計画 基本構想（2026年度～2035年度）" in answer.answer  # superseded_by in the manifest
    assert answer.to_dict()["citations"][0]["status"] == "ended"


def test_a_plan_in_force_has_no_notice(today_engine):
    answer = today_engine.ask("チーム会議の開催数の目標は？")
    assert answer.citations[0].status == "in_force" and "終了しています" not in answer.answer


def test_asked_before_it_ended_the_same_plan_is_in_force(engine, settings, embedder):
    earlier = Engine(settings.model_copy(update={"today": date(2025, 6, 1)}), embedder)
    answer = earlier.ask("基本構想の将来像は？")
    assert answer.citations[0].status == "in_force" and "この計画の期間は" not in answer.answer


def test_now_with_no_plan_in_force_says_the_corpus_has_only_the_ended_one(today_engine):
    answer = today_engine.ask("今の総合計画の期間は？")
    assert "計画書として収録されていません" in answer.answer and "お問い合わせください" in answer.answer
    assert "0191-21-2111" in answer.answer


def test_the_current_edition_is_cited_first_when_both_are_present(with_successor):
    answer = with_successor.ask("一関市の将来像は？")
    assert answer.citations[0].file == "kihon-koso-2026-2035.txt" and "ひとが集い" in answer.answer


def test_now_and_past_words_and_a_year_choose_the_edition(with_successor):
    assert with_successor.ask("今の基本構想の将来像は？").citations[0].file == "kihon-koso-2026-2035.txt"
    past = with_successor.ask("前の基本構想の将来像は？")
    assert past.citations[0].file != "kihon-koso-2026-2035.txt" and "終了しています" in past.answer
    assert with_successor.ask("昔の基本構想の将来像は？").citations[0].file != "kihon-koso-2026-2035.txt"
    in_2020 = with_successor.ask("2020年の基本構想の将来像は？")
    assert in_2020.citations[0].file == "kihon-koso-2016-2025.txt"
    assert "後継の計画：一関市総合計画 基本構想（2026-2035）" in in_2020.answer


def test_mae_inside_a_word_and_kyu_before_a_former_town_do_not_ask_for_the_replaced_edition(with_successor):
    newest = {"kihon-koso-2026-2035.txt"}
    for question in ("基本構想の将来像の名前の由来は？", "旧大東町の地域は基本構想でどうなる？"):
        chosen = editions.select(question, with_successor.timeline, with_successor.today, None)
        assert chosen.files == newest, question
    assert editions.select("旧基本構想の将来像は？", with_successor.timeline, with_successor.today, None).files != newest


def test_a_comparison_answers_from_both_editions(with_successor):
    answer = with_successor.ask("基本構想の将来像は前の計画から変わった？")
    files = [c.file for c in answer.citations]
    assert "kihon-koso-2026-2035.txt" in files and "kihon-koso-2016-2025.txt" in files
    assert "ひとが集い" in answer.answer and "いのち輝く" in answer.answer


def test_a_comparison_naming_both_editions_asks_each_of_them_what_follows_the_names(today_engine):
    answer = today_engine.ask("旧総合計画（2006～2015年度）と現在の基本構想では、掲げている将来像がどう違うのか比べたい。")
    assert "いのち輝く一関" in answer.answer and "未来輝く" in answer.answer
    assert {c.file for c in answer.citations} == {"kihon-koso-2016-2025.txt", "sogo-keikaku-2006-2015-gaiyo.md"}


def test_check_warns_about_the_ended_basic_concept():
    env = {"PLANBOT_TODAY": "2026-11-23", "PATH": ""}
    out = subprocess.run([sys.executable, "-m", "bot.cli", "check", "--corpus", str(CORPUS)], cwd=ROOT,
                         capture_output=True, text=True, env=env)
    assert out.returncode == 0
    assert "kihon-koso-2016-2025.txt: 「一関市総合計画 基本構想」の計画期間は2025年度（令和7年度）で終了" in out.stdout


def test_check_refuses_a_reversed_period_and_a_supersedes_pointing_nowhere(tmp_path):
    corpus = copy_corpus(tmp_path / "corpus")
    text = (corpus / "documents.toml").read_text(encoding="utf-8")
    text = text.replace("first_year = 2024\nlast_year = 2028", "first_year = 2028\nlast_year = 2024", 1)
    text = text.replace('supersedes = "sogo-keikaku-2006-2015-gaiyo.md"', 'supersedes = "nowhere.txt"')
    (corpus / "documents.toml").write_text(text, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "bot.cli", "check", "--corpus", str(corpus)], cwd=ROOT,
                         capture_output=True, text=True)
    assert out.returncode == 2
    assert "計画期間が逆です（2028年度から2024年度）" in out.stderr and "nowhere.txt" in out.stderr


def test_a_series_named_without_a_time_is_answered_from_its_newest_edition():
    from bot.editions import select
    from index.timeline import Plan, Timeline

    old = Plan("old.txt", "白鷺町基本構想（旧）", 2006, 2015, "基本構想")
    new = Plan("new.txt", "白鷺町基本構想", 2016, 2025, "基本構想", supersedes="old.txt")
    timeline = Timeline([old, new])
    assert select("基本構想の将来像は？", timeline, date(2026, 11, 23), None).files == {"new.txt"}
    assert select("前の基本構想の将来像は？", timeline, date(2026, 11, 23), None).files == {"old.txt"}



def test_the_first_plan_of_a_series_is_its_earliest_edition():
    from bot.editions import select
    from index.timeline import Plan, Timeline

    first = Plan("first.txt", "白鷺町基本構想（初版）", 1996, 2005, "基本構想")
    old = Plan("old.txt", "白鷺町基本構想（旧）", 2006, 2015, "基本構想", supersedes="first.txt")
    new = Plan("new.txt", "白鷺町基本構想", 2016, 2025, "基本構想", supersedes="old.txt")
    timeline = Timeline([first, old, new])
    assert select("合併して最初の基本構想の将来像は？", timeline, date(2026, 11, 23), None).files == {"first.txt"}
    assert select("最初の住民懇談会は？", timeline, date(2026, 11, 23), None).files is None  # no plan named


BARE_ENTRY = '''
[[document]]
file = "kihon-koso-2026-2035.txt"
title = "一関市総合計画 基本構想"
issuer = "一関市"
period = "2026年度～2035年度"
'''


@pytest.fixture(scope="module")
def with_bare_successor(tmp_path_factory, settings, embedder):
    """The new edition added with only its file, title, issuer and period: no series, no supersedes."""
    return engine_with_successor(BARE_ENTRY, tmp_path_factory, settings, embedder)


def test_a_new_edition_added_with_a_bare_entry_is_the_one_that_answers(with_bare_successor):
    for question in ("基本構想の将来像は？", "今の基本構想の将来像は？"):
        answer = with_bare_successor.ask(question)
        assert answer.citations[0].file == "kihon-koso-2026-2035.txt" and "未来を拓く" in answer.answer
    assert with_bare_successor.timeline.successor("kihon-koso-2016-2025.txt") == "一関市総合計画 基本構想"


def test_a_question_about_what_is_to_come_is_told_when_the_plans_hold_only_past_records():
    from datetime import date

    from bot.editions import asks_upcoming, only_past

    assert asks_upcoming("次回の懇談会はいつ？") and asks_upcoming("次の住民懇談会はどこでやる？")
    assert asks_upcoming("令和8年度の住民懇談会はいつ開かれる予定ですか") and asks_upcoming("今年の懇談会は？")
    assert not asks_upcoming("懇談会は次のどれ？") and not asks_upcoming("今後の取組は？")
    assert only_past("懇談会は令和5年7月11日です。", date(2026, 12, 6)) == "2023年（令和5年）"
    assert only_past("2028年の目標は107,400人です。", date(2026, 12, 6)) == ""  # a target still ahead
    assert not asks_upcoming("基本構想の目標年次は？") and not asks_upcoming("第1次の計画のとき協働体はいくつ？")


def test_a_member_list_whose_term_has_ended_says_so():
    from datetime import date

    from bot.editions import expired_term

    text = "委員名簿 (任期：令和5年5月1日～令和7年4月30日) 16名"
    assert expired_term(text, date(2026, 12, 6)) == "（この名簿の任期は令和7年4月30日までです。現在の委員とは異なる場合があります）"
    assert expired_term(text, date(2025, 4, 1)) == ""  # still serving
    assert expired_term("委員の任期は、2年とする。", date(2026, 12, 6)) == ""


def test_a_later_edition_than_the_corpus_holds_is_named_to_decline_it_and_an_earlier_one_is_not():
    from bot.editions import missing_edition
    from index.timeline import Plan, Timeline

    timeline = Timeline([Plan("s.txt", "第2期遠音野村まち・ひと・しごと創生総合戦略", 2022, 2026)])
    keys = {"s.txt": ["まちひとしごと創生総合戦略", "総合戦略"]}
    asked = "第3期遠音野村まち・ひと・しごと創生総合戦略の計画期間はいつから？"
    assert missing_edition(asked, keys, timeline) == "第3期遠音野村まち・ひと・しごと創生総合戦略"
    assert missing_edition("第二期総合戦略の期間は？", keys, timeline) == ""
    assert missing_edition("第1期総合戦略の成果は？", keys, timeline) == ""  # reviewed in its successor


def test_an_edition_typed_in_hiragana_is_chosen_as_if_written_in_kanji(engine):
    answer = engine.ask("きゅうそうごうけいかくの基本的な考え方は？")
    assert answer.confident and answer.citations[0].file == "sogo-keikaku-2006-2015-gaiyo.md"


def test_the_next_edition_of_a_plan_with_no_successor_in_the_corpus_is_named_to_decline_it():
    from bot.editions import next_missing
    from index.timeline import Plan, Timeline

    timeline = Timeline([Plan("old.txt", "白樺台町雪対策基本計画", 2016, 2025, "雪"),
                         Plan("a.txt", "総合計画", 2006, 2015, "総合"), Plan("b.txt", "総合計画", 2016, 2025, "総合")])
    snow = {"old.txt": ["雪対策基本計画"]}
    assert next_missing("白樺台町の次の雪対策計画の目標値は？", snow, timeline) == "次の雪対策計画"
    assert next_missing("雪対策基本計画の目標値は？", snow, timeline) == ""
    assert next_missing("第2次の雪対策計画は何年度まで？", snow, timeline) == ""  # 第2次の: an ordinal, not 次の
    assert next_missing("総合計画2006の次の計画は？", {"a.txt": ["総合計画"]}, timeline) == ""  # the one after a plan named
