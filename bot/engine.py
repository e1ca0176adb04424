"""The answering engine: question analysis → facts that fit → evidence from passages → answer.

One loaded index with its facts and searcher; read-only after construction, so threads share it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import cached_property
from pathlib import Path

from bot import answer as compose
from bot import editions, languages, scope, suggest, templates
from bot.answer import Answer
from bot.config import Settings
from bot.evidence import MONEY, carries, row_label, select
from bot.fact_answers import STILL, asks_where, fact_answer
from bot.intent import detect_intent
from bot.language import detect
from bot.match import FactFinder, squash
from bot.outline import Outline, numbered_labels
from bot.question import Question, analyse
from bot.subject import numbered_words, subject_words
from bot.sufficiency import answers, covering_first
from bot.translate import Translator
from bot.vocabulary import Vocabulary
from index.build import BuildReport, build_index
from index.builds import list_builds, live_build
from index.corpus import BotConfig, municipalities
from index.embed import Embedder, EmbeddingCache, make_embedder
from index.facts import Facts, Office, Period, Source
from index.search import Hit, Mode, Searcher
from index.store import IndexLoadError, load_index
from index.timeline import ENDED, Plan, Timeline, fiscal_year
from index.tokenize import tokenize

AUTHOR = re.compile(r"(?:誰|だれ|どこ)が(?:作|つく|策定)|作ったの(?:は|って)|策定したの(?:は|って)")  # 誰が作った計画
QUOTE_CANDIDATES = 6  # passages searched for evidence
WIDER_CANDIDATES = 18  # searched when the best unit lacks the type asked for
TYPED = ("date", "count", "quantity", "person")  # answer types a unit visibly carries (a date, a number, a name)
ENDED_WEIGHT = 0.9  # an ended plan's passage must score a tenth better to outrank one in force


class Engine:
    """Answers questions from one loaded index."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None, directory: Path | None = None) -> None:
        self.settings = settings
        self.embedder = embedder or make_embedder(settings.embedder)
        directory = directory or live_build(settings.index_dir) or settings.index_dir  # one build, even if the pointer moves
        self.index = load_index(directory, self.embedder.name)
        self.build = directory.name
        self.searcher = Searcher(self.index, self.embedder)
        self.config = BotConfig.from_dict(self.index.extra.get("config", {}))
        self.facts = Facts.from_dict(self.index.extra.get("facts", {}))
        documents = self.index.extra.get("documents", [])
        self.documents = {d["file"]: d for d in documents}  # the manifest's entries: title, issuer, period…
        self.titles = [d["title"] for d in documents]
        self.timeline = Timeline([
            Plan(d["file"], d["title"], d.get("first_year", 0), d.get("last_year", 0), d.get("series", ""),
                 d.get("supersedes", ""), d.get("superseded_by", ""), d.get("url", ""))
            for d in documents
        ])
        self.owners_of = {d["file"]: municipalities(d.get("issuer", "")) for d in documents}
        self.owners = list(dict.fromkeys(m for ms in self.owners_of.values() for m in ms))
        self.areas = sorted({x for o in self.facts.organisations for x in (o.area, o.centre) if x}, key=len)
        self.regions = tuple(o.address for o in self.facts.offices)  # the prefectures the plans' offices are in
        self.vocabulary = Vocabulary.from_index(self.index.extra, len(self.index.chunks))
        self.outline = Outline(self.index.chunks)
        self._sections: dict[tuple[str, str], list] = {}  # (file, section) → its chunks, for lists cut in passages
        for chunk in self.index.chunks:
            self._sections.setdefault((chunk.file, chunk.section), []).append(chunk)
        self.weight = self.vocabulary.weight
        self._finders: dict[tuple[frozenset[str] | None, int], FactFinder] = {}
        self.finder = self.finder_for(None)

    # --------------------------------------------------------------------------- scope

    def files_of(self, named: list[str]) -> set[str] | None:
        """The documents of the municipalities a question names (None: all documents)."""
        return scope.files_of(named, self.owners_of, self.config.home)

    def plans_missing(self, text: str, named: list[str]) -> list[str]:
        """A plan asked of a municipality that has none of that kind here (平泉町の総合計画)."""
        titles = {file: d["title"] for file, d in self.documents.items()}
        return scope.plans_missing(text, named, titles, self.owners_of, self.config.home)

    def finder_for(self, files: set[str] | None) -> FactFinder:
        """Fact lookups over the given documents: the home municipality's first, plans in force before ended ones."""
        today = self.settings.current_date()
        key = (frozenset(files) if files is not None else None, fiscal_year(today))
        if key not in self._finders:
            home, allowed = self.config.home, key[0]

            def order(fact) -> tuple[bool, bool]:
                file = fact.source.file
                return home not in self.owners_of.get(file, [home]), self.timeline.status(file, today) == ENDED

            def keep(items: list) -> list:
                return sorted((f for f in items if allowed is None or f.source.file in allowed), key=order)

            subset = Facts(**{name: keep(getattr(self.facts, name)) for name in Facts.__dataclass_fields__})
            self._finders[key] = FactFinder(subset, self.config.organisation_words, self.weight)
        return self._finders[key]

    def office_for(self, files: set[str] | None = None) -> Office | None:
        """The responsible office of the documents in scope; the home municipality's otherwise."""
        offices = self.finder_for(files).facts.offices
        return offices[0] if offices else None

    @property
    def office(self) -> Office | None:
        return self.office_for(None)

    # --------------------------------------------------------------------------- answering

    @cached_property
    def translator(self) -> Translator:
        """The reader of English questions, built on first use from this index's facts and names."""
        return languages.translator_for(self.facts, self.config.english, self.owners, self.areas)

    def ask(self, question: str, mode: Mode = "hybrid", hint: str | None = None) -> Answer:
        """Answer in the question's language (`hint`: a chat profile's language, for short text)."""
        text = clean_question(question, self.settings.max_question_chars)
        if not text:
            return Answer(question, "質問の文章を入力してください。", "general", False)
        language = detect(text, hint)
        if language == "en":
            return languages.answer_english(self, text, mode)
        if language != "ja":
            return languages.answer_other(self, text, language)
        asked, text = text, self.vocabulary.respell(self.vocabulary.unabbreviate(text))
        q = analyse(text, self.owners, self.areas, self.regions)
        if q.foreign and not q.municipalities and self.vocabulary.speaks_of(text, q.foreign) and (
                text.startswith(tuple(q.foreign)) or not all(self.vocabulary.knows(f) for f in q.foreign)):
            # 仙台市の人口は: that city's plans. Not when a city the plans name is only part of the question
            # (定住自立圏に奥州市は入ってる), nor beside the home city (一関市から仙台市までは何キロ)
            return compose.no_answer(text, self.office, self.titles, self.config.fallback_contact, missing=q.foreign)
        if missing := self.plans_missing(text, q.municipalities):  # 平泉町の総合計画は: not 一関市's
            return compose.no_answer(text, self.office, self.titles, self.config.fallback_contact, missing=missing)
        today = self.settings.current_date()
        files = self.files_of(q.municipalities)
        compare = editions.compares_editions(text)
        chosen = editions.Selection(files) if compare else editions.select(text, self.timeline, today, files)
        answer = self.answer_from(text, q, mode, chosen.files)
        others = [m for m in q.municipalities if m != self.config.home]
        if answer.kind == "office" and others and not any(m in (answer.records[0].issuer or "") for m in others):
            # 平泉町の町役場の住所: not our office's
            theirs = [d["title"] for f, d in self.documents.items() if set(others) & set(self.owners_of.get(f, []))] \
                or self.titles
            answer = compose.no_answer(text, None, theirs, f"{'・'.join(others)}の担当窓口", scope=others)
        if answer.confident and editions.asks_upcoming(text) and (last := editions.only_past(answer.answer, today)):
            answer = compose.no_answer(text, self.office, self.titles, self.config.fallback_contact, last_record=last)
        if answer.confident and compare:
            answer = self.side_by_side(text, q, mode, answer)
        if answer.confident:
            answer.answer += self.time_note(text, q, answer, today)
            answer.answer = chosen.lead + answer.answer
            for notice in editions.notices([c.file for c in answer.citations], self.timeline, today):
                if notice not in answer.answer:
                    answer.answer += "\n" + notice
            if chosen.lead and self.office:
                answer.answer += f"\n最新の計画については、{compose.office_line(self.office)}へお問い合わせください。"
            answer.suggestions = self.suggestions(answer)
        for citation in answer.citations:
            citation.status = self.timeline.status(citation.file, today)
            citation.url = citation.url or self.documents.get(citation.file, {}).get("url", "")
        answer.question = asked
        return answer

    def time_note(self, text: str, q: Question, answer: Answer, today: date) -> str:
        """What today changes about an answer: a plan asked about that is still in force (まだ続いてる), or a
        member list quoted whose term of office has ended."""
        first = answer.citations[0] if answer.citations else None
        if first and answer.kind == "period" and STILL.search(squash(text)):
            return editions.in_force_notice(first.file, self.timeline, today)
        if first and answer.kind == "evidence" and (q.wants == "person" or "氏名" in answer.answer):
            section = " ".join(c.text for c in self._sections.get((first.file, first.section), []))
            return "\n" + note if (note := editions.expired_term(section, today)) else ""
        return ""

    def answer_from(self, text: str, q: Question, mode: Mode, files: set[str] | None) -> Answer:
        """Facts that fit, else a section's outline that names what is asked, else evidence."""
        finder = self.finder_for(files)
        intent = detect_intent(text, finder)
        if q.wants in ("person", "place") and AUTHOR.search(squash(text)) and (period := finder.period(text)):
            return self.issuer_answer(text, period)
        answer = fact_answer(text, q, intent, finder)
        if answer is not None and answer.kind == "term" and not answer.records[0].definition and not asks_where(text):
            told = self.evidence_answer(text, q, intent, mode, files)  # a term the plans explain in passing
            if told.confident and answer.records[0].term in told.detail.get("quote", ""):
                return told
        if answer is None and (q.wants in ("list", "general", "definition") or numbered_labels(text)):  # 目標5は: a heading
            words = self.vocabulary.known_compounds(text, subject_words(text))
            answer = self.outline.named(text, self.beyond_numbers(text), files)
            if answer is None and q.wants != "definition":
                answer = self.outline.answer(text, words, self.weight, files)
        return answer if answer is not None else self.evidence_answer(text, q, intent, mode, files)

    def issuer_answer(self, text: str, period: Period) -> Answer:
        """Who made a plan: its issuer as the manifest records it, with the office the plan names, if any."""
        file = period.source.file
        issuer = self.documents.get(file, {}).get("issuer", "")
        office = next((o for o in self.facts.offices if o.source.file == file), None)
        body = f"「{period.plan}」を策定したのは{issuer}です（計画書の目録による）。"
        if office:
            body += f"\n担当：{compose.office_line(office)}"
        manifest = Source(period.plan, "(目録 documents.toml)", file, 1, 1)  # the issuer is the manifest's word
        citation = compose.cite_sources([office.source if office else manifest], issuer)
        return Answer(text, body, "contact", True, [citation], kind="issuer", records=[office] if office else [])

    def beyond_numbers(self, text: str) -> set[str]:
        """What a question asks about a numbered heading beyond its number and its plan's name (プロジェクト3の事業 → 事業)."""
        said = {w for word, _ in numbered_words(text) for w in tokenize(word)}
        named = {w for title in self.titles for w in tokenize(title)}
        return subject_words(text) - said - named

    def side_by_side(self, text: str, q: Question, mode: Mode, answer: Answer) -> Answer:
        """A comparison between editions (目標は前の計画から変わった？): the answer of each edition, newest first."""
        versions = editions.pair(answer.citations[0].file, self.timeline) if answer.citations else []
        if len(versions) < 2:
            return answer
        asked = editions.topic(text)
        parts, citations = [], []
        for plan in versions:
            one = self.answer_from(asked, analyse(asked, self.owners, self.areas, self.regions), mode, {plan.file})
            if one.confident:
                parts.append(f"【{plan.title}（{plan.period_label or '期間不明'}）】\n{one.answer}")
                citations += one.citations[:1]
        if len(parts) < 2:
            return answer
        return Answer(text, "\n".join(parts), answer.intent, True, citations, table=answer.table)

    def prefer_in_force(self, hits: list) -> list:
        """Passages of plans in force before those of ended plans, and newer editions before older ones,
        when both answer about as well."""
        today = self.settings.current_date()
        for hit in hits:
            if self.timeline.status(hit.chunk.file, today) == ENDED:
                hit.score *= ENDED_WEIGHT
            if self.timeline.successor_in_corpus(hit.chunk.file):
                hit.score *= ENDED_WEIGHT  # an edition whose successor is here too: the newer one speaks first
        return sorted(hits, key=lambda h: -h.score)

    def evidence_answer(self, question: str, q: Question, intent: str, mode: Mode, files: set[str] | None) -> Answer:
        """Quote the units of the retrieved passages that answer the question, or say the plans do not."""
        aliases = self.vocabulary.aliases(question)
        named = {w for m in q.municipalities for w in tokenize(m)}  # they choose the plans, and rows (一関市 0~14歳)
        words = self.vocabulary.known_compounds(question, subject_words(question)) - named
        hits, units = self.candidate_units(question, q, words, named, aliases, mode, files)
        units = covering_first(units)
        if not answers(question, q, words, units, self.vocabulary.coverage(question, aliases)):
            elsewhere = files is not None and not any(self.config.home in self.owners_of.get(f, []) for f in files)
            office = self.office_for(files) if elsewhere else self.office_for(files) or self.office  # never our office
            fallback = f"{'・'.join(q.municipalities)}の担当窓口" if elsewhere else self.config.fallback_contact
            titles = [t for t in self.titles if files is None or any(
                h.chunk.title == t for h in self.searcher.search(t, 1, "bm25", files))] or self.titles
            return compose.no_answer(question, office, titles, fallback, scope=q.municipalities if files is not None else [])
        answer = compose.evidence_answer(question, q, hits, units, intent, self.section_passages)
        answer.citations = answer.citations[: self.settings.top_k]
        return answer

    def candidate_units(self, question: str, q: Question, words: set[str], named: set[str],
                        aliases: dict[str, set[str]], mode: Mode, files: set[str] | None) -> tuple[list[Hit], list]:
        """The passages searched and their units, best first. A table cut into passages has all its rows
        compete; when the best unit lacks the type asked for (a date for いつ), more passages are searched."""
        expanded = " ".join([question, *sorted({w for found in aliases.values() for w in found})])
        years = {t for t in tokenize(question) if re.fullmatch(r"\d{4}年?", t)}

        def search(count: int) -> tuple[list[Hit], list]:
            hits = self.prefer_in_force(self.searcher.search(expanded, count, mode, files, dense_query=question))
            return hits, select(q, words, hits, self.weight, years, aliases, named) if hits else []

        hits, units = search(max(self.settings.top_k, QUOTE_CANDIDATES))
        if units and q.wants in TYPED and not carries(q.wants, units[0].text, question):
            wider, more = search(WIDER_CANDIDATES)
            if more and carries(q.wants, more[0].text, question):
                hits, units = wider, more
        if q.price:  # いくら: only a unit with an amount in 円 answers, wherever it ranks
            units = [u for u in units if MONEY.search(u.text)]
        if units and row_label(units[0].text):  # a table cut into passages: its other rows compete too
            table = hits[units[0].rank]
            seen = {h.chunk.id for h in hits}
            rest = [Hit(h.chunk, table.score) for h in self.section_passages(table) if h.chunk.id not in seen]
            more = select(q, words, hits + rest, self.weight, years, aliases, named) if rest else []
            if more and row_label(more[0].text):
                hits, units = hits + rest, more
        return hits, units

    def section_passages(self, hit: Hit) -> list[Hit]:
        """Every passage of the section a hit is from, in the hit's place for the one it is."""
        return [Hit(c, 0.0) for c in self._sections.get((hit.chunk.file, hit.chunk.section), [])]

    def indicators_containing(self, word: str) -> Answer:
        """All indicators whose name contains the word, width and spacing forgiven."""
        key = squash(word)
        found = [i for i in self.facts.indicators if key and key in squash(i.name)]
        return templates.indicator_list_answer(word.strip(), found)

    def more_passages(self, question: str, skip: int, count: int = 3) -> list[compose.Citation]:
        """Passages after the ones already cited (「他の箇所も見る」)."""
        hits = self.searcher.search(clean_question(question, self.settings.max_question_chars), skip + count)
        return [compose.cite(h, question) for h in hits[skip:]]

    def suggestions(self, answer: Answer) -> list[str]:
        return suggest.follow_ups(self.facts, self.config.area_suggestions, answer)


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


def open_serving_engine(settings: Settings, notify: Callable[[str], None]) -> Engine:
    """For the service: the live build, or (when it will not load) the newest kept build that does, loudly."""
    try:
        return open_engine(settings, notify)
    except IndexLoadError as exc:
        live = live_build(settings.index_dir)
        for candidate in reversed(list_builds(settings.index_dir)):
            if live is not None and candidate.resolve() == live.resolve():
                continue
            try:
                engine = Engine(settings, directory=candidate)
            except IndexLoadError:
                continue
            notify(f"警告: 稼働中のビルドを読めません（{exc}）。保存済みのビルド {candidate.name} で応答します。"
                   "planbot build か planbot rollback で直してください。")
            return engine
        raise


__all__ = ["Engine", "IndexLoadError", "build", "open_engine", "open_serving_engine", "clean_question"]
