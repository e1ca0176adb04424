"""The variants of a question the CI's variant suite asks: the same question as people also type it."""

from bot.paraphrase import variants


def test_the_longest_kanji_word_is_typed_in_hiragana_as_the_sentence_reads_it():
    assert variants("共生ビジョンは毎年見直すの？")["hiragana"] == "共生ビジョンはまいとしみなおすの？"
    assert variants("圏域で一番高い山は？")["hiragana"] == "圏域でいちばんたかい山は？"


def test_openers_marks_and_the_city_vary_and_nothing_else():
    v = variants("地域協働体ってなに？", "一関市")
    assert v["polite"] == "すみません、地域協働体ってなに？"
    assert v["no_mark"] == "地域協働体ってなに" and v["ascii_mark"] == "地域協働体ってなに?"
    assert v["city_inside"] == "一関市の地域協働体ってなに？"
    assert "city_inside" not in variants("仙台市の人口は？", "一関市")
