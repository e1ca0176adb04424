"""Question analysis: the answer type from the interrogative, and the municipalities a question names."""

import pytest

from bot.question import analyse, answer_type, squash

OWNERS = ["一関市", "平泉町", "白鷺町"]
AREAS = ["花泉", "大東"]


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("協働推進会議の会長はだれ？", "person"),
        ("住民懇談会は何か所で開いたの？", "count"),
        ("奥玉の住民懇談会って何人来た？", "quantity"),
        ("パブリックコメントはいつやってた？", "date"),
        ("この計画は何年度まで？", "period"),
        ("地域協働体ってなに", "definition"),
        ("まちづくり推進課の電話番号は？", "contact"),
        ("会場はどこ？", "place"),
        ("新規の事業にはどんなものがある？", "list"),
        ("補助金はまだ続いてる？", "yesno"),
    ],
)
def test_the_answer_type_follows_the_interrogative(question, wants):
    assert answer_type(squash(question)) == wants


def test_a_municipality_with_plans_in_the_corpus_scopes_the_question():
    q = analyse("白鷺町の待機児童の目標は？", OWNERS, AREAS)
    assert q.municipalities == ["白鷺町"] and q.foreign == []


def test_another_city_is_recognised_by_its_place_name_tag():
    q = analyse("仙台市の総合計画の目標は？", OWNERS, AREAS)
    assert q.foreign == ["仙台市"] and q.municipalities == []


def test_a_former_town_that_is_now_an_area_is_not_another_city():
    assert analyse("花泉町の協働体は？", OWNERS, AREAS).foreign == []


def test_a_city_named_without_its_suffix_is_not_a_plan_question():
    q = analyse("一関から仙台までは何キロ？", OWNERS, AREAS)
    assert q.foreign == []


def test_variants_fold_in_matching():
    assert squash("髙橋 美代子") == squash("高橋美代子")
    assert squash("藤澤") == squash("藤沢")


def test_a_how_many_question_names_what_it_counts_and_its_counter():
    from bot.question import counter_of

    assert answer_type(squash("最初の合併は何市町村だった？")) == "count"
    assert answer_type(squash("子育ての事業は何番？")) != "count"
    assert counter_of("市民センターは何か所？") == counter_of("箇所") == "か所"
    assert counter_of("回/年") == "回" and counter_of("登録者は何名？") == "人"


def test_a_contact_word_inside_a_longer_noun_does_not_make_a_contact_question():
    assert answer_type(squash("地域担当職員が配置されたのはいつ？")) == "date"
    assert answer_type(squash("担当課はどこ？")) == "contact"


def test_an_area_named_like_the_city_is_the_area():
    q = analyse("花泉地域の懇談会の参加者は合計何人？", ["花泉町"], ["花泉"])
    assert q.municipalities == []
    assert analyse("花泉町の計画の期間は？", ["花泉町"], ["花泉"]).municipalities == ["花泉町"]


def test_a_total_asked_by_keywords_is_a_quantity_but_not_the_fertility_rate():
    assert answer_type(squash("住民懇談会 参加者数 合計")) == "quantity"
    assert answer_type(squash("合計特殊出生率ってなに")) == "definition"
    assert answer_type(squash("合計特殊出生率の目標")) == "indicator"


def test_a_plan_title_holding_goukei_asks_no_total():
    assert analyse("旧総合計画の計画の推進にはどんな項目がある？", [], []).wants != "quantity"
    assert analyse("懇談会の参加者の合計は？", [], []).wants == "quantity"


def test_what_an_indicator_shows_asks_its_meaning():
    assert analyse("市民センターの利用回数は何を示す指標なの？", OWNERS, AREAS).wants == "definition"


def test_a_fee_named_and_asked_for_wants_an_amount_in_yen():
    assert analyse("平泉の世界遺産の拝観料は？", OWNERS, AREAS).price
    assert analyse("新幹線の料金は？", OWNERS, AREAS).price and analyse("会費はいくら？", OWNERS, AREAS).price
    assert not analyse("資料は？", OWNERS, AREAS).price and not analyse("交付金は何に使える？", OWNERS, AREAS).price
