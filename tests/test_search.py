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


def test_hnsw_can_replace_the_exact_index(tmp_path, settings, embedder):
    from bot.engine import Engine, build
    from tests.conftest import write_corpus

    corpus = write_corpus(tmp_path / "corpus", {
        "plan.txt": ("テスト計画", "第1章 目的\n\n市民センターを地域づくりの拠点にします。\n\n第2章 指標\n\n集会所の利用者数を増やします。\n")
    })
    hnsw = settings.model_copy(update={"corpus_dir": corpus, "index_dir": tmp_path / "index", "faiss_index": "hnsw"})
    build(hnsw, embedder=embedder, show_progress=False)
    engine = Engine(hnsw, embedder)
    assert engine.index.manifest["faiss"] == "hnsw"
    assert type(engine.index.dense).__name__ == "IndexHNSWFlat"
    assert engine.searcher.search("市民センター", k=1, mode="dense")[0].chunk.section == "第1章 目的"
