"""The one analysed question: what it asks, what it is about, and what it names, read once."""

import pytest

from bot.analysis import analyse


@pytest.fixture(scope="module")
def lexicon(engine):
    return engine.lexicon


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("地域協働体ってなに？", "definition"),
        ("地域協働体とは", "definition"),
        ("協働推進会議の会長は誰？", "person"),
        ("懇談会はいつ開かれた？", "date"),
        ("共生ビジョンはいつまで？", "period"),
        ("千厩の市民センターはどこ", "place"),
        ("協働体は全部でいくつ", "count"),
        ("地域協働体は全部でいくつ？", "count"),
        ("チーム会議は何回開かれた", "amount"),
        ("入浴料はいくら？", "money"),
        ("まちづくり推進課の電話番号", "contact"),
        ("なぜ協働が必要なの", "reason"),
        ("一番参加者が少なかった会場の協働体は？", "general"),
        ("何人が参加した会場は？", "place"),
        ("平泉町と組む理由って何て書いてある？", "reason"),
        ("目指してる数とはどれくらい違う？", "amount"),
        ("市役所って何時まで開いてる？", "time"),
        ("登録するのって手数料かかる？", "money"),
        ("市民センターって夜なんじまで開いてる", "time"),  # an interrogative typed in kana asks the same
        ("懇談会ってなんにちだった？", "date"),
        ("図書館の休館日は？", "time"),
        ("まちづくり推進課の住所、郵便番号から", "contact"),  # nothing asks: the noun names what is wanted
        ("第3次計画が目指す姿、一文で", "general"),
        ("協働の計画はどこの課で作ったの？", "contact"),  # which department: whom to call
        ("健康の計画について聞きたいんだけど、担当どこで何番？", "contact"),  # 何番: the number to call
        ("懇談会はどこの会場でやった？", "place"),
        ("地区社協って何地区ある？", "count"),  # 何 + a counter asks how many, not what a thing is
    ],
)
def test_the_answer_type_follows_the_interrogative_of_the_predicate(lexicon, question, wants):
    assert analyse(question, lexicon).wants == wants


def test_a_counter_and_a_superlative_are_read(lexicon):
    a = analyse("参加者が一番少なかった会場は何人？", lexicon)
    assert a.counter == "人" and a.superlative == "least"
    assert analyse("最も多い地域は", lexicon).superlative == "most"


def test_names_are_found_written_or_read_in_hiragana(lexicon):
    assert "花泉" in [n.text for n in analyse("はないずみの協働体は", lexicon).names]
    assert "円卓会議" in [n.text for n in analyse("えんたくかいぎってなに", lexicon).names]


def test_plans_are_named_by_short_title_or_reading_and_are_scope_not_content(lexicon):
    a = analyse("共生ビジョンの子育て支援で一関市がやることは？", lexicon)
    assert [p.file for p in a.plans] == ["teiju-jiritsuken-vision-3.txt"]
    assert "ビジョン" not in a.words and "子育て" in "".join(a.words)
    assert [p.file for p in analyse("きょうどうすいしんけいかくの期間", lexicon).plans] == ["kyodo-suishin-keikaku-3.md"]


def test_municipalities_in_the_corpus_and_others_are_told_apart(lexicon):
    a = analyse("仙台市と平泉町の人口は？", lexicon)
    assert a.municipalities == ["平泉町"] and a.foreign == ["仙台市"]
    assert analyse("花泉町の協働体", lexicon).foreign == []  # a former town the tables name as an area
    assert analyse("青葉沢町の雪対策基本計画は？", lexicon).foreign == ["青葉沢町"]  # Sudachi cuts it 青葉|沢町
    assert analyse("霧ヶ沢町の自殺対策計画", lexicon).foreign == ["霧ヶ沢町"]
    assert analyse("城下町の魅力", lexicon).foreign == []


def test_a_plan_named_short_is_the_plan_whose_name_holds_its_letters(lexicon):
    assert [p.file for p in lexicon.plans_like("協働計画")] == ["kyodo-suishin-keikaku-3.md"]
    assert lexicon.plans_like("地域福祉計画") == []


def test_a_shortened_plan_name_outweighs_the_plan_kind_it_shares_with_another_plan():
    from bot.lexicon import Lexicon

    plans = Lexicon([], [{"file": "v.txt", "title": "第3次一関・平泉定住自立圏共生ビジョン", "issuer": "一関市・平泉町"},
                         {"file": "w.html", "title": "東雲川市水道事業ビジョン2035", "issuer": "東雲川市 上下水道局"}],
                    "一関市", {})
    assert [p.file for p in analyse("東雲川の水道ビジョンって何年から何年まで？", plans).plans] == ["w.html"]
    assert [p.file for p in analyse("共生ビジョンの期間", plans).plans] == ["v.txt"]
    assert {p.file for p in analyse("ビジョンの期間", plans).plans} == {"v.txt", "w.html"}


def test_a_plan_the_corpus_does_not_hold_is_noticed(lexicon):
    assert analyse("一関市地域福祉計画の期間は？", lexicon).unknown_plans == ["一関市地域福祉計画"]
    assert analyse("総合計画の期間は？", lexicon).unknown_plans == []


def test_the_question_is_read_from_its_asking_sentence(lexicon):
    a = analyse("孫に聞かれたんだけど、昔のことはよくわからなくて。地域協働体ってなに？", lexicon)
    assert a.wants == "definition" and a.head == "地域協働体"


def test_polite_openers_and_missing_question_marks_change_nothing_that_matters(lexicon):
    plain = analyse("チーム会議の目標は？", lexicon)
    for variant in ("すみません、チーム会議の目標は？", "チーム会議の目標は", "チーム会議の目標は?"):
        other = analyse(variant, lexicon)
        assert (other.wants, other.head, [n.text for n in other.names]) == (plain.wants, plain.head,
                                                                           [n.text for n in plain.names])


def test_names_are_whole_words_of_the_question_not_pieces_of_longer_ones(lexicon):
    assert not analyse("いまの総合計画の将来像は？", lexicon).names  # 総合計画 holds 合計 only as letters
    assert [n.text for n in analyse("公民館が市民センターになったのはいつ？", lexicon).names] == ["市民センター"]
    assert "大東" in [n.text for n in analyse("大東町の摺沢に住んでいます", lexicon).names]
    assert "曾慶" in [n.text for n in analyse("曽慶の協働体は？", lexicon).names]  # another kanji, same reading
    assert "一関" in [n.text for n in analyse("一関市の一関地域の協働体は？", lexicon).names]  # the area, not the city


def test_the_municipality_named_is_scope_not_what_the_character_and_dense_indexes_are_asked(lexicon):
    a = analyse("一関市の地域協働体の設立件数は？", lexicon)
    assert a.municipalities == ["一関市"] and "一関" not in a.spelled and not any("一関" in g for g in a.grams)


def test_multi_part_questions_and_which_heading_are_read(lexicon):
    assert analyse("人口が一番多かったのは何年で何人？", lexicon).multi
    assert not analyse("募集はいつからいつまで？", lexicon).multi  # one span, asked from both ends
    assert analyse("いちばん早くできた協働体は？", lexicon).superlative == "least"
    assert analyse("円卓会議の促進はどの基本方針？", lexicon).which == "基本方針"


@pytest.mark.parametrize(("typed", "spelled"), [
    ("こうれいかりつの目標は", "高齢化率の目標は"),
    ("地域づくりこうふきんができたのはいつ？", "地域づくり交付金ができたのはいつ？"),
    ("はないずみのきょうどうたいは？", "花泉の協働体は？"),
    ("きほんこうそうはいつから？", "基本構想はいつから？"),  # Sudachi reads そう as grammar; the plans' word wins
    ("こうききほんけいかくにある？", "後期基本計画にある？"),  # 計画 + に, not 経過 + 国
    ("ていじゅうじりつけんの協定", "定住自立圏の協定"),
    ("協働体はいくつありますか", "協働体はいくつありますか"),  # interrogatives and endings stay as typed
    ("指定管理をしていない協働体は？", "指定管理をしていない協働体は？"),  # している is no 指定
    ("2040年にねんしょうじんこうの割合は", "2040年に年少人口の割合は"),  # nobody types 2年 as にねん
    ("ちいきづくり計画はいつから", "地域づくり計画はいつから"),  # 地域 + づくり, as the plans write it
])
def test_hiragana_typed_for_the_plans_words_is_read_as_they_write_them(lexicon, typed, spelled):
    a = analyse(typed, lexicon)
    assert (a.text, a.spelled) == (typed, spelled)


def test_conversation_words_and_the_home_city_are_not_content(lexicon):
    plain = analyse("地域協働体ってなに？", lexicon)
    assert analyse("すみません、地域協働体ってなに？", lexicon).words == plain.words
    prefaced = analyse("ちょっと聞きたいんだけど、地域協働体ってなに？", lexicon)
    assert (prefaced.words, prefaced.spelled) == (plain.words, plain.spelled)
    assert "花泉" in analyse("花泉に住んでるんだけど、協働体はどこ？", lexicon).words  # a preface's names stay
    assert not analyse("すみません、舞川の協働体は？", lexicon).negated  # an apology negates nothing asked
    assert analyse("すみません、指定管理をしていない協働体は？", lexicon).negated
    named = analyse("一関市の懇談会は何か所？", lexicon)
    assert not named.names and not named.parts and named.municipalities == ["一関市"]


def lexicon_of(tmp_path, settings, embedder, text: str):
    """The lexicon of a one-file corpus built in the test."""
    from bot.engine import Engine, build
    from tests.conftest import write_corpus

    own = settings.model_copy(update={"corpus_dir": write_corpus(tmp_path / "corpus", {"k.txt": ("北澄市計画", text)}),
                                      "index_dir": tmp_path / "index"})
    build(own, embedder=embedder, show_progress=False)
    return Engine(own, embedder=embedder).lexicon


def test_an_area_is_also_named_without_its_suffix(tmp_path, settings, embedder):
    text = "# 地区の窓口\n地区\t相談窓口\t電話番号\n西山地区\t西山コミュニティセンター\t0193-58-4017\n" \
           "東原地区\t東原サポートセンター\t0193-56-2241\n"
    a = analyse("西山に住んでるけど相談はどこに電話？", lexicon_of(tmp_path, settings, embedder, text))
    assert "西山" in [n.text for n in a.names]


def test_a_place_the_plans_write_only_inside_a_name_stands_for_that_name(tmp_path, settings, embedder):
    text = "# 地区の団体\n地区\t団体名\t電話番号\n西山地区\tがんばる柳沢みらい塾\t0193-58-4017\n" \
           "東原地区\t東原まちづくり協議会\t0193-56-2241\n"
    lexicon = lexicon_of(tmp_path, settings, embedder, text)
    a = analyse("柳沢に住んでるんだけど、うちの団体は？", lexicon)
    assert "がんばる柳沢みらい塾" in [n.text for n in a.names] and "柳沢" in a.spelled
    assert "東原まちづくり協議会" not in [n.text for n in analyse("東原の団体は？", lexicon).names if n.text != "東原"]


def test_a_town_read_inside_the_name_of_a_town_whose_plans_are_held_is_not_another_town():
    from bot.lexicon import Lexicon

    towns = Lexicon([], [{"file": "k.xlsx", "title": "奥稲見町観光振興計画", "issuer": "奥稲見町 産業振興課"}], "奥稲見町", {})
    a = analyse("奥稲見町の観光振興計画ってまだやってる？", towns)
    assert a.municipalities == ["奥稲見町"] and a.foreign == []


def test_a_shortened_word_is_searched_also_as_the_plans_compound_it_shortens(lexicon):
    assert lexicon.expansions("パブコメ") == ["パブリックコメント"]
    assert lexicon.expansions("定自圏") == ["定住自立圏"]
    assert lexicon.expansions("協働") == []  # a word the plans write is their own word
    assert {"パブリック", "コメント"} <= set(analyse("パブコメはいつやった？", lexicon).synonyms)


def test_an_affix_without_its_noun_is_no_head(lexicon):
    assert analyse("市長決裁で決定した日付もあわせてお願いします。", lexicon).head == "日付"  # not お of お願い
    assert analyse("社人研推計の2040年の値", lexicon).head == "社人研推計"  # not 年 of 2040年, nor 値


def test_the_adjective_right_after_a_superlative_gives_its_direction(lexicon):
    a = analyse("削減率がいちばん大きい部門は？", lexicon)
    assert a.superlative == "most" and a.measure == "削減率"
    assert analyse("参加者がいちばん少なかった会場は？", lexicon).superlative == "least"
    assert analyse("いちばん減った地区は？", lexicon).superlative == "least"


def test_a_municipality_the_question_is_about_is_not_its_head(lexicon):
    a = analyse("平泉町って2040年に何人になる見込み？", lexicon)
    assert a.municipalities == ["平泉町"] and a.head != "平泉町"


def test_a_municipality_named_without_its_suffix_is_that_municipality_unless_an_area_is_called_so(lexicon):
    assert analyse("平泉の人口は？", lexicon).municipalities == ["平泉町"]
    assert analyse("一関の協働体は？", lexicon).municipalities == []  # 一関 is also an area of the city
