"""Reading an English question into the plans' Japanese with a lexicon and romanised names."""

from bot.translate import Translator, lemma

CORPUS_WORDS = {"neighbourhood council": "地区協議会", "river cleanup": "河川清掃"}
NAMES = ["桜台", "みどり野", "桜台地区協議会", "河川清掃"]


def reader() -> Translator:
    return Translator(CORPUS_WORDS, NAMES, terms={"地区協議会"})


def test_plurals_possessives_and_british_spellings_are_read_alike():
    assert lemma("Councils") == "council"
    assert lemma("residents'") == "resident"
    assert lemma("centres") == "center"
    assert lemma("organisations") == "organization"


def test_the_head_of_an_english_phrase_goes_last_as_in_japanese():
    reading = reader().read("What is the target for the population of Sakuradai?")
    assert reading.japanese == "桜台の人口の目標は？"
    assert reading.wants == "indicator"


def test_place_names_are_found_by_their_romanised_reading():
    reading = reader().read("When is the river cleanup in Midorino?")
    assert reading.japanese == "みどり野の河川清掃はいつ？"
    assert reading.wants == "date"


def test_a_glossary_term_asked_with_what_is_is_a_definition_question():
    reading = reader().read("What is a neighbourhood council?")
    assert (reading.japanese, reading.wants) == ("地区協議会とは？", "definition")


def test_japanese_written_inside_english_is_kept_as_written():
    assert reader().read("What does 地区協議会 mean?").japanese == "地区協議会とは？"


def test_counting_people_and_counting_things_ask_differently():
    assert reader().read("How many people came to the river cleanup?").japanese.endswith("何人？")
    assert reader().read("How many neighbourhood councils are in Sakuradai?").japanese == "桜台の地区協議会はいくつ？"


def test_words_the_lexicon_lacks_are_reported_not_guessed():
    reading = reader().read("Where can I park my bicycle tonight?")
    assert "bicycle" in reading.unknown
    assert reading.understood < 0.6


def test_another_city_named_is_reported_as_foreign():
    reading = reader().read("What is the population target of Sendai City?")
    assert reading.foreign == ["Sendai"]
    assert reader().read("What is the population target of Sakuradai Town?").foreign == []


def test_ordinals_become_the_counter_of_what_they_count():
    assert reader().read("When was the 5th meeting?").japanese.startswith("第5回")
    assert reader().read("What is the period of the 3rd plan?").japanese.startswith("第3次")
