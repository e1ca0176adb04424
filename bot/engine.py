"""The answering engine: a loaded index, its embedder and searcher, and the answer step."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bot.answer import Answer, passage_answer
from bot.config import Settings
from index.build import BuildReport, build_index
from index.embed import Embedder, EmbeddingCache, make_embedder
from index.search import Mode, Searcher
from index.store import IndexLoadError, load_index


class Engine:
    """Answers questions from one loaded index. Read-only after construction, so threads may share it."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.embedder = embedder or make_embedder(settings.embedder)
        self.index = load_index(settings.index_dir, self.embedder.name)
        self.searcher = Searcher(self.index, self.embedder)

    def ask(self, question: str, mode: Mode = "hybrid") -> Answer:
        question = clean_question(question, self.settings.max_question_chars)
        if not question:
            return Answer(question, "質問の文章を入力してください。", "general", False)
        hits = self.searcher.search(question, self.settings.top_k, mode)
        return passage_answer(question, hits)


def clean_question(question: str, limit: int) -> str:
    """Strip control characters and cut very long input: a 100 KB paste is not a question."""
    text = "".join(ch for ch in question if ch.isprintable() or ch in " \u3000")
    return text.strip()[:limit]


def build(settings: Settings, corpus_dir: Path | None = None, out_dir: Path | None = None,
          embedder: Embedder | None = None, show_progress: bool | None = None) -> BuildReport:
    embedder = embedder or make_embedder(settings.embedder)
    cache = EmbeddingCache(settings.embedding_cache)
    try:
        return build_index(
            corpus_dir or settings.corpus_dir,
            out_dir or settings.index_dir,
            embedder,
            cache,
            faiss_kind=settings.faiss_index,
            show_progress=show_progress,
        )
    finally:
        cache.close()


def open_engine(settings: Settings, notify: Callable[[str], None] | None = None) -> Engine:
    """Load the index; if none exists yet, build it first (and say so)."""
    embedder = make_embedder(settings.embedder)
    if not (settings.index_dir / "manifest.json").exists():
        if notify:
            notify(f"インデックスがまだないため作成します（{settings.index_dir}）…")
        build(settings, embedder=embedder)
    return Engine(settings, embedder)


__all__ = ["Engine", "IndexLoadError", "build", "open_engine", "clean_question"]
