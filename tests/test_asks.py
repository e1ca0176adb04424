"""A question that asks several things is split into its asks by Japanese grammar alone: asking sentences,
interrogatives side by side, and noun phrases joined by と before one predicate."""

import pytest

from bot.asks import asks


def test_each_asking_sentence_is_an_ask_and_a_later_one_gets_the_first_ones_topic():
    assert asks("住民懇談会って全部で何か所でやったの？何人きた？") == [
        ("住民懇談会って全部で何か所でやったの？", ""), ("何人きた？", "住民懇談会って")]


def test_a_space_typed_between_two_asking_sentences_ends_the_first():
    assert asks("スタッフバンクってなに　登録したら何すんの") == [
        ("スタッフバンクってなに", ""), ("登録したら何すんの", "スタッフバンクって")]
    assert asks("協働推進計画 成果指標 目標値") == [("協働推進計画 成果指標 目標値", "")]  # a staff query asks once
    assert asks("住民懇談会 何人きた") == [("住民懇談会 何人きた", "")]


def test_what_is_said_before_the_asking_sentences_goes_with_each_of_them():
    assert asks("防災の計画について電話で聞きたい。どこの課？番号は？") == [
        ("どこの課？", "防災の計画について電話で聞きたい。"), ("番号は？", "防災の計画について電話で聞きたい。")]
    assert asks("孫に聞かれたんだけど。地域協働体ってなに？") == [("孫に聞かれたんだけど。地域協働体ってなに？", "")]


def test_a_sentence_that_only_adds_something_with_mo_asks_it_too():
    assert asks("住民懇談会は全部で何会場？延べ参加人数も") == [
        ("住民懇談会は全部で何会場？", ""), ("延べ参加人数は？", "住民懇談会は")]


def test_two_interrogatives_side_by_side_share_the_words_before_them():
    assert asks("懇談会は山目ではいつ、どこでやったの？") == [
        ("懇談会は山目ではいつ", ""), ("懇談会は山目ではどこでやったの?", "")]
    assert asks("懇談会は全部で何会場で延べ何人？") == [("懇談会は全部で何会場", ""), ("懇談会は全部で延べ何人?", "")]


@pytest.mark.parametrize("question", ["計画期間は何年度から何年度まで？", "いつからいつまで？", "何人が参加した会場はどこ？"])
def test_a_span_or_an_interrogative_inside_the_subject_is_one_ask(question):
    assert asks(question) == [(question, "")]


def test_two_phrases_joined_by_to_are_asked_one_by_one_with_the_predicate():
    assert asks("参加者がいちばん多かった会場といちばん少なかった会場はどこ？") == [
        ("参加者がいちばん多かった会場はどこ?", ""), ("いちばん少なかった会場はどこ?", "参加者の")]
    assert asks("住民懇談会で参加者がいちばん多かった会場といちばん少なかった会場はどこ？")[1] == (
        "いちばん少なかった会場はどこ?", "住民懇談会の")  # the second phrase is asked of what the first opens with
    assert asks("共生ビジョンの計画期間と、具体的な取組の数") == [
        ("共生ビジョンの計画期間", ""), ("具体的な取組の数", "共生ビジョンの")]


@pytest.mark.parametrize("question", ["一関と平泉の人口は？", "地域協働体と市民センターの違いは？", "花泉と千厩の協働体の電話番号"])
def test_bare_names_joined_by_to_are_one_thing_asked(question):
    assert asks(question) == [(question, "")]


def test_names_joined_by_to_with_sorezore_each_get_what_follows_the_second():
    assert asks("第1次と第2次の推進計画、それぞれ策定いつでしたっけ") == [
        ("第1次の推進計画は策定いつでしたっけ", ""), ("第2次の推進計画は策定いつでしたっけ", "")]


def test_two_things_asked_of_one_subject_are_asked_one_by_one_with_its_words():
    assert asks("住民懇談会の開催期間と延べ参加者数は？") == [
        ("住民懇談会の開催期間は?", ""), ("住民懇談会の延べ参加者数は?", "")]
    assert asks("市民センターの住所と電話番号を教えて") == [
        ("市民センターの住所を教えて", ""), ("市民センターの電話番号を教えて", "")]


@pytest.mark.parametrize("question", ["計画の期間と目標の違いは？", "「地域協働」と「公共交通」を考える会", "と", "「」と"])
def test_a_relation_between_two_things_or_a_quoted_pair_is_one_ask(question):
    assert asks(question) == [(question, "")]


def test_a_second_clause_with_its_own_subject_shares_only_what_precedes_the_first():
    assert asks("2040年の圏域人口、推計だと何人で、目標は何人程度？") == [
        ("2040年の圏域人口、推計だと何人", ""), ("2040年の圏域人口、目標は何人程度?", "")]
    assert asks("協働推進会議は何回開いて、最後はいつ？") == [("協働推進会議は何回", ""), ("最後はいつ?", "協働推進会議は")]


def test_a_clause_ended_by_te_without_a_subject_of_its_own_shares_everything_before_it():
    assert asks("懇談会、ぜんぶで何人参加して何会場だったの？") == [
        ("懇談会、ぜんぶで何人", ""), ("懇談会、ぜんぶで何会場だったの?", "")]


def test_a_first_sentence_whose_topic_is_a_clause_lends_only_the_noun_phrase_it_opens_with():
    asked = asks("第3次の協働の計画、案に対して市民が意見を出せたのはいつからいつまで？最終的に計画が決まったのはいつ？")
    assert asked[1] == ("最終的に計画が決まったのはいつ？", "第3次の協働の計画の")


def test_a_request_is_an_asking_sentence_too():
    asked = asks("協働推進計画のパブコメ期間を教えてください。市長決裁で決定した日付もあわせてお願いします。")
    assert [ask for ask, _ in asked] == ["協働推進計画のパブコメ期間を教えてください。", "市長決裁で決定した日付もあわせてお願いします。"]


def test_a_later_sentence_of_a_name_and_nohwa_asks_the_same_thing_of_it():
    assert asks("一関市の人口は？平泉町のは？") == [("一関市の人口は？", ""), ("平泉町のは？", "一関市の人口は")]
