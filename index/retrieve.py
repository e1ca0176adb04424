"""Candidate units for a question: word BM25, character BM25 and dense similarity, each kept apart.

Nothing is fused here: every candidate carries its score and rank from each index, and the learned
ranker (bot.ranker) decides how much each counts. Candidates are the union of each index's best.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from index.embed import Embedder
from index.store import UnitIndex
from index.units import Unit

DEPTH = 30  # best units taken from each index
NO_RANK = 1000


@dataclass
class Candidate:
    """A unit with what each index said of it (scores scaled by the best in scope; ranks from 1)."""

    unit: Unit
    words: float = 0.0
    words_rank: int = NO_RANK
    grams: float = 0.0
    grams_rank: int = NO_RANK
    dense: float = 0.0  # cosine similarity
    dense_rank: int = NO_RANK
    dense_gap: float = 1.0  # best cosine in scope minus this one
    words_raw: float = 0.0  # the BM25 scores themselves: how strongly, not only how much better than the rest
    grams_raw: float = 0.0


@dataclass
class Query:
    """A question as the indexes read it, made once by the question analysis."""

    words: list[str]  # Sudachi normalised forms (and synonyms of words the plans never write)
    grams: list[str]  # character bigrams of reading and spelling
    vector: np.ndarray | None  # the embedded question (None: dense retrieval off)


class UnitSearcher:
    """Searches one loaded unit index; read-only, so threads share it."""

    def __init__(self, index: UnitIndex, embedder: Embedder) -> None:
        self.index = index
        self.embedder = embedder
        self.units = index.units
        self._files = np.array([u.file for u in self.units])
        self._vector_of = np.asarray(index.vector_of, dtype=np.int64)
        self._word_vocab = index.words.vocab_dict
        self._gram_vocab = index.grams.vocab_dict

    def embed(self, text: str) -> np.ndarray:
        return self.embedder.embed_query(text).astype(np.float32)

    def _bm25(self, model, vocab: dict, tokens: list[str]) -> np.ndarray:
        known = [t for t in tokens if t in vocab]
        if not known:
            return np.zeros(len(self.units), dtype=np.float32)
        return np.asarray(model.get_scores(known), dtype=np.float32)

    def _dense(self, vector: np.ndarray | None) -> np.ndarray:
        if vector is None or self.index.dense.ntotal == 0:
            return np.zeros(len(self.units), dtype=np.float32)
        total = self.index.dense.ntotal
        scores, ids = self.index.dense.search(vector.reshape(1, -1).astype(np.float32), total)
        by_vector = np.zeros(total, dtype=np.float32)
        by_vector[ids[0][ids[0] >= 0]] = scores[0][ids[0] >= 0]
        return by_vector[self._vector_of]

    def scores(self, query: Query) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Word BM25, character BM25 and cosine of every unit."""
        return (self._bm25(self.index.words, self._word_vocab, query.words),
                self._bm25(self.index.grams, self._gram_vocab, query.grams),
                self._dense(query.vector))

    def retrieve(self, query: Query, files: set[str] | None = None, depth: int = DEPTH,
                 extra: list[int] | None = None) -> list[Candidate]:
        """The union of each index's `depth` best units within `files` (all when None), plus `extra` ids."""
        words, grams, dense = self.scores(query)
        allowed = np.ones(len(self.units), dtype=bool) if files is None else np.isin(self._files, list(files))
        chosen: set[int] = set(extra or [])
        ranks = []
        for scores in (words, grams, dense):
            masked = np.where(allowed, scores, -np.inf)
            order = np.argsort(-masked, kind="stable")
            order = order[np.isfinite(masked[order])]
            rank = np.full(len(self.units), NO_RANK, dtype=np.int64)
            rank[order] = np.arange(1, len(order) + 1)
            ranks.append(rank)
            chosen.update(int(i) for i in order[:depth] if scores[i] > 0)
        best = [float(np.max(s[allowed])) if allowed.any() else 0.0 for s in (words, grams, dense)]
        out = []
        for i in sorted(chosen):
            if not allowed[i]:
                continue
            out.append(Candidate(
                self.units[i],
                words=float(words[i] / best[0]) if best[0] > 0 else 0.0, words_rank=int(ranks[0][i]),
                grams=float(grams[i] / best[1]) if best[1] > 0 else 0.0, grams_rank=int(ranks[1][i]),
                dense=float(dense[i]), dense_rank=int(ranks[2][i]), dense_gap=float(best[2] - dense[i]),
                words_raw=float(words[i]), grams_raw=float(grams[i]),
            ))
        return out
