"""The answering engine: a loaded index with its facts, the searcher, and the answer step."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

from bot import answer as compose
from bot.answer import Answer
from bot.config import Settings
from bot.intent import detect_intent
from bot.match import ASKING_WORDS, FactFinder, content_tokens, squash
from index.build import BuildReport, build_index
from index.builds import live_build
from index.embed import Embedder, EmbeddingCache, make_embedder
from index.facts import Facts, Office
from index.search import Mode, Searcher
from index.store import IndexLoadError, load_index
from index.tokenize import tokenize

# How much of a question's words (weighted by rarity) must occur in the plans at all before a
# passage is offered as an answer. Measured on the dev and extra question sets: questions answered
# from passages cover 0.60 or more (the lowest: まちづくりの目標を5つ教えて), the out-of-scope ones
# (天気, ごみ, 為替, ラーメン, マイナンバー) 0.45 or less. Fact answers do not depend on it.
COVERAGE_THRESHOLD = 0.55
LOCATION_WORDS = ("どこ", "どの", "出て", "載って")
PERIOD_WORDS = ("期間", "いつまで", "いつから")
QUOTE_CANDIDATES = 5  # passages searched for the sentences to quote


class Engine:
    """Answers questions from one loaded index. Read-only after construction, so threads may share it."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.embedder = embedder or make_embedder(settings.embedder)
        directory = live_build(settings.index_dir) or settings.index_dir  # one build, even if the pointer moves
        self.index = load_index(directory, self.embedder.name)
        self.build = directory.name
        self.searcher = Searcher(self.index, self.embedder)
        self.facts = Facts.from_dict(self.index.extra.get("facts", {}))
        self.finder = FactFinder(self.facts)
        frequency = self.index.extra.get("document_frequency", {})
        self.word_chunks: dict[str, int] = frequency.get("words", {})
        self.chunk_count: int = frequency.get("chunks", len(self.index.chunks))
        self.titles = [d["title"] for d in self.index.extra.get("documents", [])]

    @property
    def office(self) -> Office | None:
        """The responsible office as the plans give it (for "not in the plans" answers)."""
        return self.facts.offices[0] if self.facts.offices else None

    def ask(self, question: str, mode: Mode = "hybrid") -> Answer:
        question = clean_question(question, self.settings.max_question_chars)
        if not question:
            return Answer(question, "質問の文章を入力してください。", "general", False)
        intent = detect_intent(question, self.finder)
        answer = self.fact_answer(question, intent)
        if answer is None:
            hits = self.searcher.search(question, max(self.settings.top_k, QUOTE_CANDIDATES), mode)
            if not hits or self.coverage(question) < COVERAGE_THRESHOLD:
                return compose.no_answer(question, self.office, self.titles)
            answer = compose.passage_answer(question, hits, intent, self.weight)
            answer.citations = answer.citations[: self.settings.top_k]
        answer.suggestions = self.suggestions(answer)
        return answer

    def fact_answer(self, question: str, intent: str) -> Answer | None:
        """A templated answer from an extracted fact, or None when no fact fits the question."""
        find = self.finder
        q = squash(question)
        if intent in ("term", "general"):
            term = find.term(question)
            bare = term is not None and squash(term.term) == q  # the question is just a term: 補完性の原則
            asks_where = any(w in q for w in LOCATION_WORDS) and term is not None and not term.definition
            if term and (intent == "term" or bare or asks_where):
                return compose.term_answer(question, term, "term" if bare else intent)
        if intent == "contact":
            orgs = find.organisations(question)
            if orgs:
                return compose.organisation_answer(question, orgs, intent)
            if self.office:
                return compose.office_answer(question, self.office, intent)
        if intent == "indicator":
            targets = find.targets(question)
            if targets:
                return compose.target_answer(question, targets, intent)
            indicators = find.indicators(question)
            if indicators:
                return compose.indicator_answer(question, indicators, intent)
        if intent == "schedule":
            period = find.period(question) if any(w in q for w in PERIOD_WORDS) else None
            if period:
                return compose.period_answer(question, period, intent)
            kind, found = find.schedule(question)
            if kind == "project":
                return compose.project_answer(question, found, intent)
            if kind == "event":
                return compose.event_answer(question, found, intent)
        return None

    def indicators_containing(self, word: str) -> Answer:
        """All indicators whose name contains the word, width and spacing forgiven."""
        key = squash(word)
        found = [i for i in self.facts.indicators if key and key in squash(i.name)]
        return compose.indicator_list_answer(word.strip(), found)

    def more_passages(self, question: str, skip: int, count: int = 3) -> list[compose.Citation]:
        """Passages after the ones already cited (「他の箇所も見る」)."""
        hits = self.searcher.search(clean_question(question, self.settings.max_question_chars), skip + count)
        return [compose.cite(h, question) for h in hits[skip:]]

    def weight(self, word: str) -> float:
        """Rarity of a word in the plans (inverse document frequency); unknown words weigh most."""
        return math.log((self.chunk_count + 1) / (self.word_chunks.get(word, 0) + 0.5))

    def coverage(self, question: str) -> float:
        """Share of the question's words and word pairs, weighted by rarity, that occur in the plans."""
        words = {t for t in tokenize(question) if t not in ASKING_WORDS}
        if not words:
            return 0.0
        total = sum(self.weight(w) for w in words) or 1.0
        return sum(self.weight(w) for w in words if self.word_chunks.get(w)) / total

    def suggestions(self, answer: Answer, limit: int = 3) -> list[str]:
        """Follow-up questions the facts can answer, related to what was just answered."""
        if not answer.citations:
            return []
        section = answer.citations[0].section
        parent = section.rsplit(" › ", 1)[0]
        out: list[str] = []
        out += [f"{t.term}とは？" for t in self.facts.terms if t.definition and t.source.section.startswith(parent)]
        out += [f"{i.name.replace(' ', '')}の目標は？" for i in self.facts.indicators if i.source.section == section]
        out += [f"{t.year}の{t.subject}の目標は？" for t in self.facts.targets if t.source.section == section]
        listed = [f for f in (*self.facts.organisations, *self.facts.events)
                  if f.source.section == section and f.source.start_line >= answer.citations[0].lines[0]
                  and f.source.end_line <= answer.citations[0].lines[1]]
        for area in dict.fromkeys(f.area for f in listed if f.area):
            if any(e.area == area for e in self.facts.events):
                out.append(f"{area}の住民懇談会はいつ？")
            out.append(f"{area}の協働体は？")
        out += [f"{t.term}とは？" for t in self.facts.terms if t.definition and t.term in answer.answer]
        asked = content_tokens(answer.question)
        fresh = [s for s in dict.fromkeys(out) if not content_tokens(s) <= asked and s.rstrip("？") not in answer.answer]
        return fresh[:limit]


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
            keep=settings.keep_builds,
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
