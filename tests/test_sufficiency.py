"""When the evidence found answers a question, and when the plans do not."""

from bot.evidence import Unit
from bot.question import analyse
from bot.sufficiency import answers, asks_who_holds, covering_first


def test_a_unit_covering_too_little_yields_to_a_strong_one_that_covers_the_question():
    typed = Unit("観光ガイド登録者数: 34人", 0, 0, 10.0, 0.3)
    covering = Unit("観光ガイド養成講座を毎年開催します。", 0, 1, 9.0, 0.8)
    weak = Unit("ガイドの会", 0, 2, 2.0, 0.9)
    assert covering_first([typed, covering, weak])[0] is covering
    assert covering_first([typed, weak])[0] is typed  # nothing strong enough: the decline stands


def test_who_holds_a_post_asks_a_name_and_which_role_does_a_duty_does_not():
    assert asks_who_holds("一関市の市長は誰？") and asks_who_holds("協働推進会議の会長はだれですか")
    assert not asks_who_holds("協働推進会議の議長はだれがやる？") and not asks_who_holds("協働のまちづくりの主役はだれ？")


def test_a_when_question_is_not_answered_by_a_unit_with_no_time():
    q = analyse("祭りは何月にやるの？", [], [])
    undated = Unit("11 祭り事業", 0, 0, 5.0, 0.9, held=2)
    dated = Unit("祭りは8月10日に開きます。", 0, 0, 5.0, 0.9, held=2)
    assert not answers(q.text, q, {"祭り"}, [undated], 1.0) and answers(q.text, q, {"祭り"}, [dated], 1.0)


def test_where_to_get_or_see_something_is_answered_only_by_a_place_or_a_page():
    q = analyse("推進会議の結果はどこで見られる？", [], [])
    rule = Unit("会議の議事は、出席委員の過半数で決する。", 0, 0, 5.0, 0.9, held=2)
    page = Unit("点検の結果は市のホームページで公表します。", 0, 0, 5.0, 0.9, held=2)
    assert not answers(q.text, q, {"会議", "結果"}, [rule], 1.0) and answers(q.text, q, {"会議", "結果"}, [page], 1.0)
