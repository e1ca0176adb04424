"""Questions find their facts however people type them."""

import pytest

from bot.match import squash


@pytest.fixture(scope="module")
def finder(engine):
    return engine.finder


def test_width_spaces_and_punctuation_do_not_matter():
    assert squash("小野寺 健") == squash("小野寺健")
    assert squash("ＷＥＢ　アクセス？") == squash("webアクセス")


def test_a_term_is_found_in_kanji_and_in_kana_only(finder):
    assert finder.term("地域協働体ってなに？").term == "地域協働体"
    assert finder.term("ちいききょうどうたいってなに").term == "地域協働体"
    assert finder.term("えんたくかいぎ").term == "円卓会議"


def test_the_longest_matching_term_wins(finder):
    assert finder.term("地域協働とはどういう意味ですか").term == "地域協働"


def test_an_area_name_finds_all_its_organisations_and_a_centre_finds_one(finder):
    assert {o.name for o in finder.organisations("大東地域の地域協働体を教えて")} >= {"摺沢振興会", "猿沢地区振興会"}
    assert len(finder.organisations("花泉の協働体は？")) == 7
    assert [o.name for o in finder.organisations("老松の協働体はいつ設立された？")] == ["老松みどりの郷協議会"]
    assert [o.name for o in finder.organisations("モリウシ希望ネット花泉の設立日")] == ["モリウシ希望ネット花泉"]


def test_indicators_are_found_by_their_subject_words(finder):
    assert finder.indicators("話し合い支援の件数の現状値")[0].name.endswith("話し合い支援の件数")
    assert finder.indicators("令和１０年度のチーム会議の目標回数")[0].name == "チーム会議の開催数"


def test_an_indicator_is_not_the_answer_for_a_year_it_does_not_give(finder):
    assert finder.indicators("令和4年度のチーム会議の開催数")  # its base year
    assert finder.indicators("令和元年度のチーム会議の開催数") == []  # neither its base year nor its target year


def test_targets_match_a_year_written_as_an_era_year(finder):
    [target] = finder.targets("令和10年の高齢化率の目標")
    assert target.value == "39.5%程度"
    assert len(finder.targets("人口の目標は？")) == 2


def test_events_prefer_the_place_asked_about(finder):
    [event] = finder.events("奥玉の住民懇談会の日程と参加者数")
    assert (event.venue, event.date, event.participants) == ("奥玉市民センター", "9月6日(木)", "30")
    [fifth] = finder.events("第5回協働推進会議の開催日")
    assert "第5回" in fifth.name


def test_the_head_noun_is_what_the_subject_ends_on_past_asking_words_and_counts():
    from bot.subject import head_noun

    assert head_noun("地域協働体の役割はいくつある？") == "役割"
    assert head_noun("話し合い支援って今何件？") == "支援"
    assert head_noun("スタッフバンクの登録者数の目標") == "登録"
    assert head_noun("いつ？") == ""


def test_the_head_noun_comes_before_an_interrogative_that_stands_for_the_answer():
    from bot.subject import head_noun

    assert head_noun("推進会議の要綱はいつから施行？") == "要綱"
    assert head_noun("委員の任期は何年？") == "任期"
    assert head_noun("圏域はどこの県と接している？") == "県"  # どこの qualifies the noun after it
    assert head_noun("定住自立圏ではどんな事業をやるの？") == "事業"
    assert head_noun("地域協働体にはいくつの役割が期待されてる？") == "役割"


def test_a_plan_named_by_its_title_is_not_a_term_asked_about(finder):
    assert finder.term("後期基本計画の観光の分野に出てくる言葉は？") is None
    assert finder.term("地域協働体ってなに？").term == "地域協働体"


def test_the_organisation_word_typed_as_a_homophone_still_names_the_organisations(finder):
    orgs = finder.organisations("協動体の一覧 大東")
    assert orgs and finder.names_organisation("協動体の一覧 大東", orgs)


def test_a_plan_period_asked_by_keywords_and_an_edition_number_that_must_fit(finder):
    assert finder.period("定住自立圏共生ビジョン 計画期間").plan.endswith("共生ビジョン")
    assert finder.period("第2次協働推進計画の期間は？") is None


def test_a_project_must_hold_what_is_asked_about(finder):
    assert finder.projects("地域協働体の会費はいくら？") == []
    assert finder.projects("職員研修の実施はいつ？")[0].name == "職員研修の実施"


def test_formal_nouns_are_not_what_a_question_is_about():
    from bot.subject import head_noun, subject_words

    assert head_noun("地域協働体の役割にはどんなものがある？") == "役割"
    assert head_noun("健全な財政運営のために何をする？") != "為"
    assert head_noun("まちづくりの考え方は？") == "考え方"
    assert "為" not in subject_words("協働のための人づくりでは何をするの？")


def test_a_place_whose_name_starts_like_an_asking_word_is_kept():
    from bot.subject import content_tokens

    assert "日形" in content_tokens("日形市民センター")
    assert "日程" not in content_tokens("懇談会の開催日程")


def test_every_project_of_a_plan_when_nothing_else_is_asked(finder):
    projects = finder.all_projects("協働推進計画の事業はぜんぶでいくつ？")
    assert len(projects) >= 2 and len({p.source.title for p in projects}) == 1
    assert finder.all_projects("円卓会議の事業はいつから？") == []


def test_the_organisations_lacking_a_column_the_question_negates(finder):
    label, lacking = finder.organisations_lacking("指定管理をしていない協働体はどこ？")
    assert "指定管理" in label and lacking and all(not dict(o.cells)[label] for o in lacking)
    assert finder.organisations_lacking("協働体が少ない地域は？") is None  # 少ない is no negation of a column
    assert finder.organisations_lacking("指定管理している協働体は？") is None


def test_a_superlative_says_which_row_not_what_the_question_is_about():
    from bot.subject import head_noun, subject_words

    assert "一番" not in subject_words("圏域の人口が一番多かった年の人口は？")
    assert head_noun("参加者が一番少なかった会場は？") != "一番"


def test_a_place_the_question_is_within_is_not_what_it_counts():
    from bot.subject import head_noun

    assert head_noun("東山地域では何か所で懇談会をやった？") == "懇談"
    assert head_noun("2020年の人口は何人？") == "人口"


def test_a_plan_named_whose_projects_were_not_read_gets_no_other_plans_projects(finder):
    assert finder.all_projects("共生ビジョンの事業は全部でいくつ？") == []
    assert len(finder.all_projects("協働推進計画の事業はぜんぶでいくつ？")) == 19


def test_a_term_asked_by_its_shortened_form_is_the_one_defined_term_it_ends(finder):
    assert finder.term("協働体ってなに？").term == "地域協働体"
    assert finder.term("協働とはどういう意味ですか").term == "協働"  # a term of its own
