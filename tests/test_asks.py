"""A question that asks several things is split into its asks by Japanese grammar alone: asking sentences,
interrogatives side by side, and noun phrases joined by と before one predicate."""

import pytest

from bot.asks import asks


def test_each_asking_sentence_is_an_ask_and_a_later_one_gets_the_first_ones_topic():
    assert asks("住民懇談会って全部で何か所でやったの？何人きた？") == [
        ("住民懇談会って全部で何か所でやったの？", ""), ("何人きた？", "住民懇談会って")]


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
        ("参加者がいちばん多かった会場はどこ?", ""), ("いちばん少なかった会場はどこ?", "")]
    assert asks("共生ビジョンの計画期間と、具体的な取組の数") == [
        ("共生ビジョンの計画期間", ""), ("具体的な取組の数", "共生ビジョンの")]


@pytest.mark.parametrize("question", ["一関と平泉の人口は？", "地域協働体と市民センターの違いは？", "花泉と千厩の協働体の電話番号"])
def test_bare_names_joined_by_to_are_one_thing_asked(question):
    assert asks(question) == [(question, "")]


def test_names_joined_by_to_with_sorezore_each_get_what_follows_the_second():
    assert asks("第1次と第2次の推進計画、それぞれ策定いつでしたっけ") == [
        ("第1次の推進計画は策定いつでしたっけ", ""), ("第2次の推進計画は策定いつでしたっけ", "")]
