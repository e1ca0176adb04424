"""The engine end to end: facts first, passages next, and an honest "not in the plans"."""

import json

import pytest

from bot.engine import Engine, build
from tests.conftest import copy_corpus


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("地域協働体ってなに？", "自治会や地域の各種団体などが中心となって形成された団体"),
        ("花泉の協働体は？", "金沢ふるさと協議会"),
        ("市民1人当たりの市民センター利用回数の目標値", "現状3.77回/年（令和4年度）、目標4.23回/年（令和10年度）"),
        ("2028年の高齢化率の目標", "39.5%程度"),
        ("藤沢の住民懇談会はいつでしたか", "7月26日(水)"),
        ("まちづくりの目標を5つ教えて", "地域資源をみがき生かせる魅力あるまち"),
        ("2024年度に始まる新規事業は？", "事業4「地域運営への参画の促進」"),
    ],
)
def test_answers_contain_the_fact_from_the_plans(engine, question, expected):
    answer = engine.ask(question)
    assert answer.confident and answer.citations
    assert expected in answer.answer


@pytest.mark.parametrize("question", ["今日の為替レートは？", "明日の天気は？", "燃えるごみの収集日はいつですか",
                                      "駅前のおすすめのラーメン屋"])
def test_out_of_scope_questions_get_no_citation_and_the_city_contact(engine, question):
    answer = engine.ask(question)
    assert not answer.confident and answer.citations == [] and answer.suggestions == []
    assert "0191-21-2111" in answer.answer


def test_a_100_kb_question_is_cut_not_refused(engine):
    answer = engine.ask("地域協働体とは" + "あ" * 100_000)
    assert len(answer.question) == engine.settings.max_question_chars


def test_an_empty_question_asks_for_one(engine):
    assert engine.ask(" \n\t").answer == "質問の文章を入力してください。"


def test_every_suggestion_is_answerable(engine):
    for question in ("地域協働体ってなに？", "花泉の協働体は？", "チーム会議の開催数の目標は？"):
        suggestions = engine.ask(question).suggestions
        assert suggestions
        for suggestion in suggestions:
            assert engine.ask(suggestion).confident, suggestion


def test_json_shape_keeps_the_retrieval_core_fields(engine):
    data = engine.ask("チーム会議の開催数の目標は？").to_dict()
    assert {"question", "answer", "intent", "confident", "citations"} <= set(data)
    assert {"title", "section", "file", "lines", "snippet", "score"} <= set(data["citations"][0])
    json.dumps(data, ensure_ascii=False)


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_editing_the_corpus_changes_the_answers(tmp_path, settings, embedder):
    corpus = copy_corpus(tmp_path / "corpus")
    plan = corpus / "kyodo-suishin-keikaku-3.md"
    edit(plan, "1\tチーム会議の開催数\t回\t125\t170", "1\tチーム会議の開催数\t回\t125\t180")
    edit(plan, "藤沢→33→藤沢→藤沢町住民自治協議会→H26. 11. 6→H28. 4. 1~".replace("→", "\t"),
         "藤沢\t33\t藤沢\t藤沢町住民自治協議会\tH26. 11. 6\tH28. 4. 1~\n\t34\t大籠\t大籠みらい協議会\tR6. 1. 10\t")
    edit(plan, "令和6年3月8日(金) 14:00～15:30", "令和6年3月15日(金) 14:00～15:30")
    edited = settings.model_copy(update={"corpus_dir": corpus, "index_dir": tmp_path / "index"})
    report = build(edited, embedder=embedder, show_progress=False)
    assert report.embedded < report.chunks  # the cache kept what did not change
    engine = Engine(edited, embedder)

    assert "目標180回（令和10年度）" in engine.ask("チーム会議の開催数の目標は？").answer
    fujisawa = engine.ask("藤沢の協働体は？").answer
    assert "大籠みらい協議会" in fujisawa and "藤沢町住民自治協議会" in fujisawa
    assert "令和6年3月15日" in engine.ask("第5回協働推進会議の開催日").answer


# --- a plan of another city, added with nothing but its file and its documents.toml entry

OTHER_CITY = "\n".join([
    "# 南谷市まちづくり計画",
    "南谷市まちづくり計画 1/9",
    "## 計画の概要",
    "計画期間",
    "2026年度から2030年度まで",
    "## 成果指標",
    "| 指標名 | 単位 | 基準値（2024年度） | 目標値（2030年度） |",
    "|---|---|---|---|",
    "| (1)空き家バンク成約件数 | 件 | 14 | 30 |",
    "## 市民会議",
    "(1)東公民館 31人(2025年5月10日)",
    "(2)西公民館 12人(2025年5月17日)",
    "## 空き家バンク",
    "空き家バンクへの登録には、1件につき500円の手数料がかかります。",
    "## 用語の解説",
    "◆協働",
    "市民と市が対等な立場で連携し、南谷の課題に取り組むこと。",
    "南谷市まちづくり計画 9/9",
    "## 問い合わせ先",
    "南谷市 企画課",
    "〒900-0000 沖縄県南谷市中央1番",
    "TEL 098-000-1111",
])


@pytest.fixture(scope="module")
def two_cities(tmp_path_factory, settings, embedder):
    corpus = copy_corpus(tmp_path_factory.mktemp("cities") / "corpus")
    (corpus / "minamidani.md").write_text(OTHER_CITY, encoding="utf-8")
    with (corpus / "documents.toml").open("a", encoding="utf-8") as manifest:
        manifest.write('\n[[document]]\nfile = "minamidani.md"\ntitle = "南谷市まちづくり計画"\nissuer = "南谷市"\n')
    own = settings.model_copy(update={"corpus_dir": corpus, "index_dir": corpus.parent / "index"})
    build(own, embedder=embedder, show_progress=False)
    return Engine(own, embedder)


def test_a_new_plan_yields_its_terms_indicators_period_and_events(two_cities):
    facts = two_cities.facts
    mine = lambda items: [x for x in items if x.source.file == "minamidani.md"]  # noqa: E731
    assert [t.term for t in mine(facts.terms)] == ["協働"]
    assert [(i.name, i.current, i.target) for i in mine(facts.indicators)] == [("空き家バンク成約件数", "14", "30")]
    assert [(p.first_year, p.last_year) for p in mine(facts.periods)] == [(2026, 2030)]
    assert [e.venue for e in mine(facts.events)] == ["東公民館", "西公民館"]


def test_a_question_naming_a_city_is_answered_from_that_citys_plan(two_cities):
    answer = two_cities.ask("南谷市の計画で協働はどう定義されていますか")
    assert "対等な立場で連携" in answer.answer and answer.citations[0].file == "minamidani.md"
    home = two_cities.ask("協働とは？")
    assert "合意" in home.answer and home.citations[0].file == "kyodo-suishin-keikaku-3.md"


def test_how_much_is_answered_only_by_an_amount_in_yen(two_cities):
    assert "500円" in two_cities.ask("南谷市の空き家バンクの登録手数料はいくら？").answer
    assert not two_cities.ask("南谷市の公民館の利用料金はいくら？").confident  # 公民館 is there, no fee


def test_a_city_without_plans_in_the_corpus_is_declined_by_name(two_cities):
    answer = two_cities.ask("仙台市の総合計画の目標は？")
    assert not answer.confident and "仙台市の計画書は収録していない" in answer.answer


def test_what_a_named_citys_plan_lacks_is_not_answered_from_another_city(two_cities):
    answer = two_cities.ask("南谷市の地域協働体はいくつ？")
    assert not answer.confident and "南谷市" in answer.answer


def test_indicators_and_events_of_the_new_plan_answer(two_cities):
    assert "30件" in two_cities.ask("空き家バンク成約件数の目標は？").answer
    assert "12" in two_cities.ask("西公民館の市民会議には何人参加した？").answer



# --- scope: which plans a question is about, and when the plans cannot answer it


def test_a_plan_asked_of_a_partner_by_a_kind_only_the_home_city_has_is_declined(engine):
    answer = engine.ask("平泉町の総合計画の将来像は？")
    assert not answer.confident and "平泉町の総合計画" in answer.answer
    assert engine.ask("平泉町の共生ビジョンでの役割は？").confident  # a plan 平泉町 shares


@pytest.mark.parametrize("question", ["仙台市の人口の目標は？", "すみません、仙台市の人口の目標は？", "盛岡市の人口は？"])
def test_another_citys_question_is_not_answered_with_the_home_citys_facts(engine, question):
    answer = engine.ask(question)
    assert not answer.confident and "の計画書は収録していない" in answer.answer


def test_a_city_the_plans_name_inside_a_question_about_them_is_not_another_citys_question(engine):
    answer = engine.ask("定住自立圏の北に接しているのは奥州市？")
    assert answer.confident and answer.citations[0].file == "teiju-jiritsuken-vision-3.txt"


@pytest.mark.parametrize("question", ["一関市の市長は誰？", "バルーンフェスティバルは何月にやるの？"])
def test_a_who_or_when_question_is_not_answered_without_a_name_or_a_time(engine, question):
    answer = engine.ask(question)
    assert not answer.confident and "見つかりませんでした" in answer.answer


def test_what_is_to_come_is_not_answered_from_past_records(engine):
    answer = engine.ask("住民懇談会の次の開催はいつ？")
    assert not answer.confident and "今後の予定は計画書には書かれていません" in answer.answer


def test_who_made_a_plan_is_its_issuer_as_the_manifest_records_it(engine):
    answer = engine.ask("協働推進計画は誰が作ったの？")
    assert answer.confident and "まちづくり推進課" in answer.answer and "目録" in answer.answer


def test_whether_a_plan_is_still_in_force_is_answered_from_its_period_and_today(engine):
    running = engine.ask("協働推進計画はまだ続いてる？").answer
    assert "令和10年度" in running and "計画期間中" in running
    ended = engine.ask("後期基本計画っていつまで？").answer
    assert "令和7年度" in ended and "終了" in ended


# --- never silent


def test_an_internal_error_gives_the_apology_with_the_office_and_is_logged(engine, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(engine, "answer", broken)
    answer = engine.ask("地域協働体ってなに？")
    assert not answer.confident and "0191-21-2111" in answer.answer and answer.kind == "error"
    assert "地域協働体ってなに" in caplog.text and "boom" in caplog.text


@pytest.mark.parametrize("question", ["地域協働体は全部でいくつ", "いつ", "誰", "何？", "？？？", "🙂🙂", "花泉" * 250,
                                      "とは", "の", "\u200b", "ｶﾀｶﾅはﾝｶｸ?", "１２３４５"])
def test_odd_questions_are_answered_or_declined_never_raised(engine, question):
    answer = engine.ask(question)
    assert isinstance(answer.answer, str) and answer.answer


def test_an_edition_named_by_its_full_title_is_answered_from_that_edition(engine):
    old = engine.ask("一関市総合計画（2006-2015）基本構想・基本計画の概要の将来像は？")
    assert old.confident and old.citations[0].file == "sogo-keikaku-2006-2015-gaiyo.md"
    assert "未来輝く" in old.answer


def test_a_when_question_is_answered_by_a_project_whose_years_are_in_its_schedule_rows(engine):
    answer = engine.ask("地域づくり計画を市政に反映させる事業は何年度から実施？")
    assert answer.confident and "8年度" in answer.answer


def test_each_sentence_of_a_two_part_question_is_answered(engine):
    answer = engine.ask("協働推進会議の会長は誰？共生ビジョンの計画期間はいつまで？")
    assert answer.confident and "小野寺健" in answer.answer and "2028" in answer.answer
    answer = engine.ask("住民懇談会は全部で何か所？参加者は合計で何人？")  # the second asked of the first's topic
    assert "35" in answer.answer and "419" in answer.answer


def test_each_ask_of_one_sentence_is_answered(engine):
    answer = engine.ask("住民懇談会で参加者がいちばん多かった会場といちばん少なかった会場はどこ？")
    assert "奥玉" in answer.answer and "猿沢" in answer.answer
    answer = engine.ask("住民懇談会は全部で何会場で延べ何人？")
    assert "35" in answer.answer and "419" in answer.answer


def test_a_total_over_a_series_of_meetings_is_their_sum_showing_what_was_added(engine):
    answer = engine.ask("住民懇談会は延べ何人参加した？")
    assert answer.detail.get("amount") == 419 and "35件の合計" in answer.answer


KPI_SHEET = "\n".join([
    "# 北澄町観光振興計画 KPIの達成状況",
    "## 計画の概要",
    "項目\t内容",
    "計画期間\t令和2年度～令和6年度",
    "電話番号\t0279-52-3111",
    "次期計画\t第2次北澄町観光振興計画(令和7年度～令和11年度)に引き継ぐ。",
])


@pytest.fixture(scope="module")
def ended_town(tmp_path_factory, settings, embedder):
    from tests.conftest import write_corpus

    corpus = write_corpus(tmp_path_factory.mktemp("ended") / "corpus", {"k.md": ("北澄町観光振興計画 KPIの達成状況", KPI_SHEET)})
    manifest = (corpus / "documents.toml").read_text(encoding="utf-8").replace(
        'issuer = "テスト市"', 'issuer = "北澄町 産業振興課 商工観光係"\nperiod = "令和2年度～令和6年度（2020-2024）"')
    (corpus / "documents.toml").write_text(manifest, encoding="utf-8")
    own = settings.model_copy(update={"corpus_dir": corpus, "index_dir": corpus.parent / "index"})
    build(own, embedder=embedder, show_progress=False)
    return Engine(own, embedder)


def test_an_ended_plan_names_the_next_edition_its_own_text_announces(ended_town):
    said = ended_town.ask("北澄町の観光振興計画の期間は？").answer
    assert "終了" in said and "後継の計画：第2次北澄町観光振興計画" in said


def test_asked_whom_to_call_about_a_plan_the_answer_names_the_office_that_made_it(ended_town):
    said = ended_town.ask("北澄町の観光振興計画について聞きたいとき、どこに電話すればいい？").answer
    assert "0279-52-3111" in said and "商工観光係" in said


def test_how_many_times_a_series_of_meetings_was_held_is_counted_in_times(engine):
    said = engine.ask("住民懇談会は何回開いた？").answer
    assert "35回" in said and "一関市民センター" in said


def test_a_years_measured_value_the_plans_do_not_give_is_declined_with_what_they_give(engine):
    answer = engine.ask("令和6年度の市民センター利用回数の実績は？")
    assert not answer.confident and "令和6年度の数値は計画書には載っていません" in answer.answer
    assert "3.77" in answer.answer and answer.citations
    assert engine.ask("市民センター利用回数の現状は？").confident  # the year the plan gives is answered
    assert not engine.ask("令和7年度の市民センター利用回数は結局何回だったの？").confident


def test_an_indicator_dated_nowhere_is_not_said_to_lack_the_year_asked():
    from types import SimpleNamespace

    from bot.engine import year_not_held
    from index.units import Unit

    def indicator(text: str) -> Unit:
        return Unit(id=0, kind="indicator", text=text, file="f.txt", title="T", section="S", start_line=1, end_line=1)

    asked = SimpleNamespace(years=[2019])
    assert year_not_held(asked, indicator("間伐実施面積 現状 162ha 目標 220ha")) == ""
    assert year_not_held(asked, indicator("間伐実施面積 現状 162ha（令和4年度） 目標 220ha（令和10年度）")) == "令和元年度"


def test_a_later_sentence_is_asked_of_the_noun_phrase_a_clause_opens_with(engine):
    answer = engine.ask("第3次の協働の計画、案に対して市民が意見を出せたのはいつからいつまで？最終的に計画が決まったのはいつ？")
    assert "2月6日" in answer.answer and "3月29日" in answer.answer


def test_the_same_thing_asked_again_of_another_edition_is_answered_for_each(engine):
    said = engine.ask("いまの基本構想の将来像なに？その前の総合計画のは").answer
    assert "いのち輝く一関" in said and "未来輝く" in said
