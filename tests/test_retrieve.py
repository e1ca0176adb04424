"""Unit retrieval: each index finds what it is for, and the scope keeps to the documents asked about."""

from bot.analysis import analyse
from index.retrieve import Query


def found(engine, question: str, files=None, dense: bool = True):
    a = analyse(question, engine.lexicon)
    query = Query(a.search_words, a.grams, engine.unit_searcher.embed(a.text) if dense else None)
    return engine.unit_searcher.retrieve(query, files)


def test_words_find_the_unit_that_holds_them(engine):
    best = max(found(engine, "チーム会議の開催数", dense=False), key=lambda c: c.words)
    assert "チーム会議の開催数" in best.unit.text and best.words_rank == 1


def test_hiragana_and_a_wrong_kanji_of_the_same_reading_meet_the_plans_spelling(engine):
    for question in ("えんたくかいぎ", "円卓怪議"):
        best = max(found(engine, question, dense=False), key=lambda c: c.grams)
        assert "円卓会議" in best.unit.text


def test_every_candidate_says_what_each_index_thought_of_it(engine):
    for c in found(engine, "地域協働体の役割"):
        assert c.words_rank >= 1 and c.grams_rank >= 1 and c.dense_rank >= 1 and -1.0 <= c.dense <= 1.0


def test_scope_keeps_candidates_to_the_documents_asked_about(engine):
    files = {"teiju-jiritsuken-vision-3.txt"}
    assert {c.unit.file for c in found(engine, "人口の目標", files)} == files
