"""Hybrid search finds table rows (BM25's strength) and definitions (the embedder's strength)."""

import pytest

from bot.evaluate import has_facts, load_questions
from tests.conftest import DATA


def test_hybrid_search_finds_the_indicator_row(engine):
    hits = engine.searcher.search("チーム会議の開催数の目標は？", k=3)
    assert any("チーム会議の開催数" in h.chunk.text and "170" in h.chunk.text for h in hits)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_hybrid_search_finds_a_definition(engine):
    top = engine.searcher.search("地域協働体とは何ですか", k=3)[0]
    assert top.chunk.title == "第3次一関市協働推進計画"
    assert top.chunk.section.endswith("4 用語の定義 › (3) 地域協働体")


@pytest.mark.parametrize("mode", ["bm25", "dense"])
def test_each_retriever_works_alone(engine, mode):
    hits = engine.searcher.search("住民懇談会 藤沢", k=5, mode=mode)
    assert hits and all(getattr(h, f"{mode}_rank") for h in hits)


def test_a_question_with_no_known_words_finds_nothing_by_bm25(engine):
    assert engine.searcher.search("zzqx", k=3, mode="bm25") == []


def test_dev_questions_reach_95_percent_fact_hit_at_3(engine):
    questions = [q for q in load_questions(DATA / "dev_questions.jsonl") if q["facts"]]
    hits = 0
    for q in questions:
        found = engine.searcher.search(q["q"], k=3)
        hits += has_facts("\n".join(f"{h.chunk.title}\n{h.chunk.section}\n{h.chunk.text}" for h in found), q["facts"])
    assert hits / len(questions) >= 0.95
