"""The plans' vocabulary: how much of a question the plans' words cover."""

from bot.vocabulary import Vocabulary


def vocabulary() -> Vocabulary:
    return Vocabulary({"毎年度": 3, "見直し": 5, "計画": 40, "南部": 2, "キロメートル": 1}, 50, {})


def test_a_word_the_plans_write_only_at_the_start_of_a_longer_one_is_covered():
    v = vocabulary()
    assert v.inside_words("毎年") and v.inside_words("キロ") and v.inside_words("南")
    assert not v.inside_words("年度末")


def test_a_question_of_words_the_plans_never_write_is_not_covered():
    v = vocabulary()
    assert v.coverage("計画は毎年見直すの？") > 0.9
    assert v.coverage("ふるさと納税の返礼品は？") < 0.2


def test_katakana_shortened_by_joining_heads_is_written_out_as_the_plans_write_it():
    v = Vocabulary({"パブリックコメント": 2, "パブリック": 2, "コメント": 3, "計画": 40}, 50, {})
    assert v.unabbreviate("パブコメはいつ？") == "パブリックコメントはいつ？"
    assert v.unabbreviate("コメントはいつ？") == "コメントはいつ？"
    assert v.unabbreviate("スマホで見られる？") == "スマホで見られる？"


def test_kanji_shortened_to_the_first_kanji_of_each_part_is_written_out_as_the_plans_write_it():
    v = Vocabulary({"高等専門": 1, "高等": 2, "専門": 3, "学校": 4, "分野別": 2, "計画": 40}, 50, {})
    assert v.unabbreviate("一関高専を使って何をする？") == "一関高等専門を使って何をする？"
    assert v.unabbreviate("ごみの分別は？") == "ごみの分別は？"  # 別 is a whole part of 分野別, not shortened
    assert v.unabbreviate("計画の期間は？") == "計画の期間は？"  # a word the plans write stays
    assert v.unabbreviate("成人式はいつ？") == "成人式はいつ？"  # no plan word shortens so


def test_a_direction_said_with_another_suffix_is_known():
    v = Vocabulary({"北部": 2, "計画": 40}, 50, {})
    assert v.knows("北側") and v.knows("北部") and not v.knows("南側")


def test_a_kanji_word_typed_for_the_one_plan_word_read_the_same_is_respelled():
    v = Vocabulary({"協働体": 3, "協働": 5, "共同": 2, "計画": 40}, 50, {})
    assert v.respell("協同体とは") == "協働体とは"  # キョウドウタイ: one word of the plans
    assert v.respell("協同とは") == "協同とは"  # キョウドウ: 協働 or 共同, so left as typed
    assert v.respell("計画とは") == "計画とは"
