"""The engine end to end: facts first, passages next, and an honest "not in the plans"."""

import json

import pytest

from bot.engine import Engine, build
from tests.conftest import DATA, copy_corpus


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


def test_the_dev_set_meets_the_answer_bar(engine):
    from bot.evaluate import evaluate, load_questions

    report = evaluate(engine, load_questions(DATA / "dev_questions.jsonl"))
    overall = report.overall
    assert overall.answer_ok / overall.with_facts >= 0.95
    assert report.no_answer_fn == 0  # every out-of-scope question answered confident: false
    assert report.no_answer_fp == 0  # no in-scope question answered confident: false


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


@pytest.mark.corpus
def test_a_passage_sharing_one_word_of_several_does_not_answer(engine):
    answer = engine.ask("一関市の病院の診療時間を知りたい")  # the plans speak of 診療 and of 時間, never of both
    assert not answer.confident and "見つかりませんでした" in answer.answer


def test_how_much_is_not_where(engine):
    answer = engine.ask("市民センターの利用回数って今どのくらい？")
    assert "3.77" in answer.answer


def test_a_list_cut_into_several_passages_is_gathered_whole_and_in_order(engine):
    answer = engine.ask("地域協働体の役割にはどんなものがある？")
    marks = [line.split("区分: ")[1][0] for line in answer.answer.splitlines() if "区分: " in line]
    assert marks == ["①", "②", "③", "④", "⑤"]


def test_a_partner_in_a_joint_plan_named_narrows_nothing(engine):
    assert engine.files_of(["平泉町"]) is None  # 平泉町 shares the 定住自立圏 plan: the city's plans speak of it too
    assert engine.files_of(["仙台市"]) == set()


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        pytest.param("まちづくりスタッフバンクとは", "市政に反映する仕組み", id="a term the glossary lacks, explained in passing"),
        pytest.param("定住自立圏の協定はいつ結んだの？", "平成31年3月26日", id="a when question searches further for a date"),
        pytest.param("一関市と平泉町の人口を合わせると2020年で何人？", "119,184", id="a table whose row labels came after it"),
        pytest.param("協働推進計画の成果指標はいくつある？", "成果指標は9件です", id="how many indicators a plan has"),
        pytest.param("円卓会議の説明をお願いします", "対等な立場で話し合う場", id="please explain asks the definition"),
    ],
)
def test_answers_found_by_this_rounds_mechanisms(engine, question, expected):
    assert expected in engine.ask(question).answer


def test_an_organisations_contact_the_plans_lack_gives_the_office(engine):
    answer = engine.ask("室根の協働体の連絡先")
    assert "室根まちづくり協議会" in answer.answer and "連絡先の記載がありません" in answer.answer
    assert "0191-21-2111" in answer.answer


def test_a_project_named_with_what_kind_is_it_gets_its_year_plan(engine):
    answer = engine.ask("職員研修の実施はどんな事業？")
    assert answer.answer.startswith("事業6「職員研修の実施」") and "年度" in answer.answer


def test_a_place_that_is_an_area_sums_its_venues_and_shows_each(engine):
    answer = engine.ask("一関の懇談会には何人来た？")
    assert "合計で150人" in answer.answer and "一関市民センター 20" in answer.answer



def test_a_project_named_by_its_number_is_that_project_not_every_project(engine):
    answer = engine.ask("事業19はどんな事業？")
    assert answer.answer.startswith("事業19「") and "事業1「" not in answer.answer


def test_a_foreign_city_named_beside_the_home_city_does_not_decline(engine):
    answer = engine.ask("一関市から仙台市までは何キロくらい？")
    assert answer.confident and "90キロ" in answer.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("大東地域で一番参加者が少なかった会場は？", "猿沢市民センター"),  # the area's meetings, not its 協働体
        ("東山地域では何か所で懇談会をやった？", "3件"),
        ("懇談会の参加者が20人だった会場はどこ？", "日形市民センター"),
    ],
)
def test_a_table_of_meetings_read_within_an_area_or_by_a_value(engine, question, expected):
    assert expected in engine.ask(question).answer


def test_what_is_to_come_is_not_answered_from_past_records(engine):
    answer = engine.ask("住民懇談会の次の開催はいつ？")
    assert not answer.confident and "今後の予定は計画書には書かれていません" in answer.answer


@pytest.mark.parametrize(
    ("question", "expected", "not_expected"),
    [
        ("日花里の郷日形ってどこの市民センターエリア？", "日花里の郷日形", "に出てくる用語"),  # the organisation, not the term
        ("指定管理をしている協働体は何団体？", "30の市民センター", "計画書の記録では"),  # rows of events count no groups
        ("市民センターの利用回数は何を示す指標なの？", "活性化度を示す指標", ""),  # its meaning, not its figures
        ("しみんせんたーの指定管理の担当はどこ？", "まちづくり推進課", "に出てくる用語"),  # an office, not a term's place
        ("後期基本計画の5-6は何の施策？", "5-6 防 災", ""),  # the section numbered so
    ],
)
def test_a_fact_that_does_not_fit_what_is_asked_gives_way(engine, question, expected, not_expected):
    answer = engine.ask(question).answer
    assert expected in answer and (not not_expected or not_expected not in answer)


def test_whether_a_plan_is_still_in_force_is_answered_from_its_period(engine):
    running = engine.ask("協働推進計画はまだ続いてる？").answer
    assert "令和6年度から令和10年度" in running and "計画期間中です" in running
    ended = engine.ask("後期基本計画って今も使われてる？").answer
    assert "で終了しています" in ended and "計画期間中" not in ended


@pytest.mark.parametrize("question", ["一関市の市長は誰？", "バルーンフェスティバルは何月にやるの？"])
def test_a_who_or_when_question_is_not_answered_without_a_name_or_a_time(engine, question):
    answer = engine.ask(question)
    assert not answer.confident and "見つかりませんでした" in answer.answer



def test_a_plan_asked_of_a_partner_by_a_kind_only_the_home_city_has_is_declined(engine):
    answer = engine.ask("平泉町の総合計画の将来像は？")
    assert not answer.confident and "平泉町の総合計画" in answer.answer
    assert engine.plans_missing("平泉町の共生ビジョンでの役割は？", ["平泉町"]) == []  # a plan 平泉町 shares


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("後期基本計画のプロジェクト3は何？", "プロジェクト3 東日本大震災からの復旧復興"),  # a heading
        ("後期基本計画の3-7は何？", "3-7 文化財の保護、地域文化の伝承"),  # a numbered line of a flattened outline
        ("協働推進計画の基本方針2は？", "(1) 協働の主体の充実"),  # a heading, with what it holds
    ],
)
def test_a_numbered_heading_asked_by_its_number_is_named(engine, question, expected):
    assert expected in engine.ask(question).answer


@pytest.mark.parametrize(
    ("question", "expected", "not_expected"),
    [
        ("川崎の協働体はいつから市民センターを管理してる？", "令和3年4月1日", "はい、"),  # the column, no yes/no
        ("協働体の活動件数を増やすのはどの基本方針？", "基本方針2 協働のための環境づくり", ""),  # the heading above
        ("平泉町の町役場の住所は？", "平泉町の担当窓口", "0191-21-2111"),  # not the home city's office
    ],
)
def test_what_a_question_asks_of_a_row_a_heading_or_a_municipality(engine, question, expected, not_expected):
    answer = engine.ask(question).answer
    assert expected in answer and (not not_expected or not_expected not in answer)


def test_a_city_the_plans_name_inside_a_question_about_them_is_not_another_citys_question(engine):
    answer = engine.ask("定住自立圏に奥州市は入ってる？")
    assert answer.confident and answer.citations[0].file == "teiju-jiritsuken-vision-3.txt"
    assert not engine.ask("盛岡市の人口は？").confident  # the city asked about: its plans are not here


def test_who_made_a_plan_is_its_issuer_with_the_office_it_names(engine):
    answer = engine.ask("協働推進計画は誰が作ったの？")
    assert "まちづくり推進課です（計画書の目録による）" in answer.answer and "TEL 0191-21-2111" in answer.answer
    joint = engine.ask("共生ビジョンはどこが作ったの？")
    assert "一関市・平泉町です" in joint.answer and joint.citations[0].section == "(目録 documents.toml)"
    assert "策定したのは" not in engine.ask("最初の地域協働推進計画を作ったのはいつ？").answer  # when, not who
