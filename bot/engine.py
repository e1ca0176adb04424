"""The answering engine: one analysed question → candidate units from the index → one learned ranker →
an answer composed from the unit it chose, or a plain "not in the plans" with the city's contact.

One loaded index with its units, facts and searchers; read-only after construction, so threads share it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path

import numpy as np

from bot import compose as composer
from bot import editions, languages, suggest, templates
from bot.analysis import Analysis, analyse
from bot.answer import Answer, Citation, cite, no_answer
from bot.asks import asks
from bot.config import Settings
from bot.features import INDEX, Context, carries, features
from bot.language import detect
from bot.lexicon import Lexicon, key
from bot.ranker import MUST_CARRY, SECOND_LOOK, Ranker, asked_type, decide
from bot.translate import Translator
from index.build import BuildReport, build_index
from index.builds import list_builds, live_build
from index.corpus import BotConfig
from index.embed import Embedder, EmbeddingCache, make_embedder
from index.era import to_era, years_in
from index.extract.contacts import OFFICE_NAME
from index.facts import Facts, Indicator, Office
from index.retrieve import Candidate, Query, UnitSearcher
from index.search import Mode, Searcher
from index.store import IndexLoadError, load_index
from index.timeline import ENDED, Plan, Timeline
from index.tokenize import tokenize
from index.units import Unit

log = logging.getLogger("planbot.engine")


@dataclass
class Ranked:
    """A candidate with the ranker's score and the features it was scored on."""

    candidate: Candidate
    score: float
    features: list[float]

EMBED_CHARS = 200  # the question's dense vector reads at most this much: a long paste costs no more than a question
CLOSE = 0.5  # ranking scores this near are a tie, which the newer edition of a plan wins
ELLIPSIS = re.compile(r"^(?:じゃあ|では|で)?[、,]?\s*(.{1,20}?)のは[?？。]*$")  # 平泉町のは？: the thing asked before, of 平泉町
CITED = 3  # citations of an answer: the unit's, then other sections the ranker also believed


def joined(answers: list[Answer]) -> Answer:
    """The answers to each sentence of a question, in order: those the plans hold, each line said once; "not in
    the plans" only when none is."""
    held = [x for x in answers if x.confident]
    if not held:
        return answers[0]
    for more in held[1:]:
        add_new_lines(held[0], more, "\n\n")
    return held[0]


def add_new_lines(answer: Answer, more: Answer, gap: str = "\n", skip: str = "") -> None:
    """Add to an answer the lines of another it does not say yet (not those starting with `skip`), with their
    citations."""
    said = key(answer.answer)
    lines = [line for line in more.answer.split("\n")
             if key(line) and key(line) not in said and not (skip and line.startswith(skip))]
    if lines:
        answer.answer += gap + "\n".join(lines)
        answer.citations += [c for c in more.citations if (c.file, c.lines) not in
                             {(x.file, x.lines) for x in answer.citations}]


def same_record(unit: Unit, best: Unit) -> bool:
    """A cell's row, or another cell of it: the same table record as the best candidate, so about what it is."""
    return unit.row >= 0 and unit.row == best.row and unit.file == best.file


def relevant(row: list[float]) -> bool:
    """A candidate is about what is asked when it holds the question's head noun or one of its names."""
    return bool(row[INDEX["head_text"]] or row[INDEX["head_ctx"]] or row[INDEX["names"]] > 0)


class Engine:
    """Answers questions from one loaded index."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None, directory: Path | None = None,
                 ranker: Ranker | None = None) -> None:
        self.settings = settings
        self.embedder = embedder or make_embedder(settings.embedder)
        directory = directory or live_build(settings.index_dir) or settings.index_dir  # one build, even if the pointer moves
        self.index = load_index(directory, self.embedder.name)
        if self.index.units is None:
            raise IndexLoadError(f"{directory}: 単位の索引がありません。planbot build で作り直してください")
        self.build = directory.name
        self.searcher = Searcher(self.index, self.embedder)
        self.units = composer.Units(self.index.units.units)
        self.unit_searcher = UnitSearcher(self.index.units, self.embedder)
        self.ranker = ranker or Ranker.load()
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
        self.lexicon = Lexicon(self.units.units, documents, self.config.home,
                               self.index.extra.get("unit_frequency", {}), self.index.extra.get("synonyms", {}))
        self.owners_of = self.lexicon.owners_of
        self.owners = self.lexicon.owners
        sections = {u.section for u in self.units.units}
        self._section_tokens = {s: set(tokenize(s)) for s in sections}

    # --------------------------------------------------------------------------- scope

    def home_files(self) -> set[str]:
        home = self.config.home
        return {f for f, owners in self.owners_of.items() if not home or not owners or home in owners}

    def files_of(self, named: list[str]) -> set[str] | None:
        """The documents of the municipalities a question names (None: all). The home municipality and its
        partners in a joint plan narrow nothing: the home plans speak of them too."""
        home = self.config.home
        partners = {m for owners in self.owners_of.values() if home in owners for m in owners}
        if not named or set(named) <= partners | {home}:
            return None
        return {f for f, owners in self.owners_of.items() if set(owners) & set(named)}

    def office_for(self, files: set[str] | None = None) -> Office | None:
        """The responsible office of the documents in scope; the home municipality's otherwise."""
        offices = [o for o in self.facts.offices if files is None or o.source.file in files]
        home = self.home_files()
        offices.sort(key=lambda o: (o.source.file not in home, self.timeline.status(o.source.file, self.today) == ENDED))
        return offices[0] if offices else None

    @property
    def office(self) -> Office | None:
        return self.office_for(None)

    @property
    def today(self) -> date:
        return self.settings.current_date()

    @property
    def indicators(self) -> list[Indicator]:
        """Every indicator, the home municipality's plans in force first."""
        home = self.home_files()
        return sorted(self.facts.indicators, key=lambda i: (i.source.file not in home,
                                                            self.timeline.status(i.source.file, self.today) == ENDED))

    # --------------------------------------------------------------------------- answering

    @cached_property
    def translator(self) -> Translator:
        """The reader of English questions, built on first use from this index's facts and names."""
        areas = [n.text for n in self.lexicon.names.values() if n.kind == "place"]
        return languages.translator_for(self.facts, self.config.english, self.owners, areas)

    def ask(self, question: str, mode: Mode = "hybrid", hint: str | None = None) -> Answer:
        """Answer in the question's language (`hint`: a chat profile's language, for short text). Never raises:
        an internal error gives the apology with the office's contact, and is logged with the question."""
        try:
            return self._ask(question, mode, hint)
        except Exception:  # noqa: BLE001 - a resident must always get a reply
            log.exception("answering failed for question %r", question[:200])
            answer = self.declined(question, reason="error")
            answer.kind = "error"
            return answer

    def _ask(self, question: str, mode: Mode, hint: str | None) -> Answer:
        text = clean_question(question, self.settings.max_question_chars)
        if not text:
            return Answer(question, "質問の文章を入力してください。", "general", False)
        language = detect(text, hint)
        if language == "en":
            return languages.answer_english(self, text, mode)
        if language != "ja":
            return languages.answer_other(self, text, language)
        a = analyse(text, self.lexicon)
        answer = self.answer(a, mode)
        for citation in answer.citations:
            citation.status = self.timeline.status(citation.file, self.today)
            citation.url = citation.url or self.documents.get(citation.file, {}).get("url", "")
        answer.question = text
        return answer

    def scope(self, a: Analysis) -> tuple[set[str] | None, str, Answer | None]:
        """The documents a question is about, a lead to say first, or the answer that it is not in the plans."""
        home, spelled = self.config.home, a.respelled or a.text  # kana typed for the plans' words, read as written
        if a.foreign and not a.municipalities and (a.plans or a.unknown_plans or not all(
                self.lexicon.writes(f) for f in a.foreign)):
            return None, "", self.declined(a.text, missing=a.foreign)  # 奥州市の総合計画: that city's plan
        if a.unknown_plans:  # 地域福祉計画: a plan the corpus does not hold
            return None, "", self.declined(a.text, missing=a.unknown_plans)
        files = self.files_of(a.municipalities)
        if a.plans:
            asked_of = [m for m in a.municipalities if m != home] or ([home] if home and any(
                m == home for m in a.municipalities) else [])
            plans = [p for p in a.plans if not asked_of or set(asked_of) & set(self.owners_of.get(p.file, []))]
            if not plans and asked_of:  # 一関市の地域福祉計画: only another municipality has one
                kind = min((k for p in a.plans for k in p.keys if len(k) >= 4), key=len, default="計画")
                return None, "", self.declined(a.text, missing=[f"{'・'.join(asked_of)}の{kind}"])
            if missing := editions.missing_edition(spelled, {p.file: p.keys for p in plans}, self.timeline) or \
                    editions.next_missing(spelled, {p.file: p.keys for p in plans}, self.timeline):
                return None, "", self.declined(a.text, missing=[missing])  # 第3期〇〇戦略 / 次の〇〇計画: not in the corpus
            exact = {p.file for p in plans if key(p.title) in key(spelled)}  # an edition named by its full title
            series = exact or {e.file for p in plans for e in self.timeline.editions(p.file)}
            files = series if files is None else files & series or series
        elif files is None and a.municipalities == [home] and home:
            files = self.home_files()
        chosen = editions.select(spelled, self.timeline, self.today, files)
        return chosen.files, chosen.lead, None

    def answer(self, a: Analysis, mode: Mode = "hybrid") -> Answer:
        """The answer to the whole question; a question that asks several things (何年度まで？途中で見直すの？ /
        いつ、どこで / 多かった会場と少なかった会場) also gets each one's own answer after it, where that adds something."""
        whole = self.answer_one(a, mode)
        asked = asks(a.respelled or a.text)
        if len(asked) < 2:
            return whole
        each = [self.answer_one(self.part(part, topic), mode) for part, topic in asked]
        if not whole.confident and not all(x.confident for x in each):
            return whole  # what the whole question asks is not in the plans, though one of its parts seemed to be
        return joined([whole, *each] if whole.confident else each)

    def answer_one(self, a: Analysis, mode: Mode = "hybrid") -> Answer:
        files, lead, declined = self.scope(a)
        if declined is not None:
            return declined
        ranked = self.rank(a, files, mode)
        chosen = self.choose(a, ranked)
        if chosen is None:
            return self.not_chosen(a, ranked, files, mode)
        candidate, score = chosen
        said = key(candidate.unit.text)
        if a.foreign and not any(key(f) in said for f in a.foreign) or a.foreign and a.head and key(a.head) not in said:
            return self.declined(a.text, missing=a.foreign)  # 仙台市の人口: only words about 仙台市's 人口 answer it
        answer = composer.compose(a, candidate.unit, self.units, score)
        answer.detail["score"] = round(score, 4)
        if a.multi:
            self.second_part(a, ranked, candidate, answer)
        self.add_citations(answer, candidate, ranked)
        if last := self.only_past(a, candidate.unit, answer.answer):
            return self.declined(a.text, last_record=last)
        if self.year_not_held(a, candidate.unit):
            return self.unheld(a, candidate, score)
        if editions.compares_editions(a.respelled or a.text):
            answer = self.side_by_side(a, mode, answer)
        answer.answer = (lead + self.whose(candidate.unit.file) + answer.answer + self.office_of_plan(a, candidate.unit.file, answer)
                         + self.time_note(a, answer))
        for notice in editions.notices([c.file for c in answer.citations[:1]], self.timeline, self.today):
            if notice not in answer.answer:
                answer.answer += "\n" + notice
        if lead and self.office:
            answer.answer += f"\n最新の計画については、{templates.office_line(self.office)}へお問い合わせください。"
        answer.suggestions = self.suggestions(answer)
        return answer

    def not_chosen(self, a: Analysis, ranked: list[Ranked], files: set[str] | None, mode: Mode) -> Answer:
        """No candidate believed: the plain "not in the plans", said as precisely as the best candidate allows."""
        if a.foreign and not a.municipalities:
            return self.declined(a.text, missing=a.foreign)  # 仙台市の人口: nothing found, so that city's plans are meant
        if ranked and (last := self.only_past(a, ranked[0].candidate.unit)):
            return self.declined(a.text, last_record=last)  # 次の開催は: the plans record only past meetings
        if ranked and relevant(ranked[0].features) and self.year_not_held(a, ranked[0].candidate.unit):
            return self.unheld(a, ranked[0].candidate, ranked[0].score)  # 令和6年度の実績: declined, with what is held
        if ranked and editions.compares_editions(a.respelled or a.text):
            probe = composer.compose(a, ranked[0].candidate.unit, self.units, ranked[0].score)
            if (compared := self.side_by_side(a, mode, probe)) is not probe:
                return compared  # どう違う of two editions: each edition asked, and believed, on its own
        return self.declined(a.text, files=files, named=a.municipalities if files is not None else [])

    def unheld(self, a: Analysis, candidate: Candidate, score: float) -> Answer:
        """A year the indicator asked about gives no figure for: declined, saying the figures the plan does give."""
        answer = composer.compose(a, candidate.unit, self.units, score)
        declined = self.declined(a.text, files={candidate.unit.file},
                                 unheld=(self.year_not_held(a, candidate.unit), answer.answer))
        declined.citations = answer.citations[:1]
        return declined

    def year_not_held(self, a: Analysis, unit: Unit) -> str:
        return year_not_held(a, unit, self.units.row_of(unit) if unit.kind in ("row", "cell") else None)

    def only_past(self, a: Analysis, unit: Unit, said: str = "") -> str:
        """Asked what is to come (次の開催は), the last record when the unit's section holds only past ones."""
        if not editions.asks_upcoming(a.respelled or a.text):
            return ""
        around = " ".join(u.text for u in self.units.sections.get((unit.file, unit.section), []))
        return editions.only_past(f"{said or unit.text} {around}", self.today) or ""

    def part(self, sentence: str, topic: str) -> Analysis:
        """One sentence of a question, asked of the first sentence's topic when it names no plan or place of
        its own (パブコメはいつ頃？ after 次の教育振興計画って…)."""
        a = analyse(sentence, self.lexicon)
        if topic and (m := ELLIPSIS.match(sentence)) and (head := analyse(topic, self.lexicon).head):
            return analyse(f"{m.group(1)}の{head}は？", self.lexicon)  # 人口は？平泉町のは？: 平泉町の人口
        return a if not topic or a.plans or a.municipalities else analyse(topic + sentence, self.lexicon)

    def candidates(self, a: Analysis, files: set[str] | None, mode: Mode = "hybrid") -> list[Candidate]:
        """What each index finds, plus what the question's type and shape call for: the offices for a contact,
        the plans' periods when a period or today is asked, a term the question names, and the first row
        of each table whose heading names what is asked (for counting, listing, most and least)."""
        vector = self.unit_searcher.embed((a.spelled or a.text)[:EMBED_CHARS]) if mode != "bm25" else None
        query = Query(a.search_words if mode != "dense" else [], a.grams if mode != "dense" else [], vector)
        return self.unit_searcher.retrieve(query, files, extra=self.called_for(a, files))

    def called_for(self, a: Analysis, files: set[str] | None) -> list[int]:
        kinds = {"contact": "contact", "period": "period"}
        wanted = {kinds[a.wants]} if a.wants in kinds else set()
        if a.now or a.plans:
            wanted |= {"period", "plan"}
        names = {key(n.text) for n in a.names if n.kind == "term"} | ({key(a.head)} if a.head else set())
        words = [key(w) for w in [a.head, *a.nouns] if len(w) >= 2]
        out, tables = [], set()
        for u in self.units.units:
            if files is not None and u.file not in files:
                continue
            if u.kind in wanted or (u.kind == "term" and key(u.data.get("term", "")) in names):
                out.append(u.id)
            elif u.kind == "row" and (u.file, u.table) not in tables and len(tables) < 4 and (
                    a.superlative or a.wants in ("count", "list") or a.negated) and any(w in key(u.section) for w in words):
                tables.add((u.file, u.table))
                out.append(u.id)
        return out[:40]

    def rank(self, a: Analysis, files: set[str] | None, mode: Mode = "hybrid") -> list[Ranked]:
        """The candidates of the question, each with the ranker's probability, best first."""
        candidates = self.candidates(a, files, mode)
        if not candidates:
            return []
        rows = features(a, candidates, self.context)
        scores = self.ranker.scores(rows)
        order = np.argsort(-scores, kind="stable")
        ranked = [Ranked(candidates[i], float(scores[i]), rows[i]) for i in order]
        return self.current_first(ranked)

    def current_first(self, ranked: list[Ranked]) -> list[Ranked]:
        """A plan replaced by a newer edition in the corpus answers only what the newer one does not say about
        as well: a candidate of the successor within CLOSE of the best goes first (when `scope` has chosen an
        edition, 前の / a year / a title, the successor is no candidate)."""
        if not ranked or not (newer := self.timeline.successor_in_corpus(ranked[0].candidate.unit.file)):
            return ranked
        close = next((r for r in ranked if r.candidate.unit.file == newer.file and r.score >= ranked[0].score - CLOSE), None)
        return ranked if close is None else [close, *(r for r in ranked if r is not close)]

    @cached_property
    def context(self) -> Context:
        superseded = {f for f in self.documents if self.timeline.successor_in_corpus(f)}
        status = {f: self.timeline.status(f, self.today) for f in self.documents}
        group = {u.id: len(self.units.table_of(u) if u.kind in ("row", "cell") else self.units.facts_beside(u))
                 for u in self.units.units if u.kind in ("row", "cell") or u.kind in composer.RECORDS}
        return Context(self.lexicon, self.index.units.tokens, self._section_tokens, status, superseded, self.owners_of,
                       group)

    def choose(self, a: Analysis, ranked: list[Ranked]) -> tuple[Candidate, float] | None:
        """The best candidate if the ranker believes it enough; for a question that wants a date, a name, an
        amount or a contact, the best of the first few that visibly carries one."""
        if not ranked:
            return None
        confidence = self.ranker.confidence([r.score for r in ranked], ranked[0].features)
        carried = [carries(a.wants, r.candidate.unit, a.counter, self.said(a, r.candidate.unit))
                   for r in ranked[:SECOND_LOOK]]
        picked = decide(confidence, carried, asked_type(a.wants, a.multi), self.ranker.threshold, bool(a.counter),
                        [relevant(r.features) or same_record(r.candidate.unit, ranked[0].candidate.unit)
                         for r in ranked[:SECOND_LOOK]])
        return None if picked is None else (ranked[picked].candidate, confidence)

    def said(self, a: Analysis, unit: Unit) -> str:
        """The answer a unit would give, for whether it carries the type asked (only when a type must be carried)."""
        if asked_type(a.wants, a.multi).rstrip("?") not in MUST_CARRY and not (a.counter and a.wants == "amount"):
            return ""
        return composer.compose(a, unit, self.units, 1.0).answer

    def second_part(self, a: Analysis, ranked: list[Ranked], chosen: Candidate, answer: Answer) -> None:
        """A question that asks two things (何年で何人？ / それと…) gets the next candidate that says something
        the first answer does not, composed and added after it."""
        said = key(answer.answer)
        for r in ranked[:SECOND_LOOK]:
            u = r.candidate.unit
            if u.id == chosen.unit.id or u.row == chosen.unit.row >= 0 or key(u.text) in said:
                continue
            add_new_lines(answer, composer.compose(a, u, self.units, answer.detail.get("score", 0.0)), skip="計画書の")
            return

    def add_citations(self, answer: Answer, chosen: Candidate, ranked: list[Ranked]) -> None:
        """After the answer's own citations, other sections among the ranker's next best, up to CITED."""
        seen = {(c.file, c.section) for c in answer.citations}
        for r in ranked[1:SECOND_LOOK + 1]:
            if len(answer.citations) >= max(CITED, self.settings.top_k):
                break
            u = r.candidate.unit
            if (u.file, u.section) not in seen and u.kind not in ("heading",):
                seen.add((u.file, u.section))
                answer.citations.append(composer.cite_unit(u, 0.0))

    def whose(self, file: str) -> str:
        """Said first when the answer comes from another municipality's plan: whose words these are."""
        home = self.config.home
        owners = self.owners_of.get(file, [])
        if home and owners and home not in owners:
            return f"（{self.documents.get(file, {}).get('title', file)}より）\n"
        return ""

    def office_of_plan(self, a: Analysis, file: str, answer: Answer) -> str:
        """Asked whom to contact about a plan it names, the office that made it, when the answer does not say it."""
        issuer = self.documents.get(file, {}).get("issuer", "")
        if a.wants != "contact" or not any(p.file == file for p in a.plans) or not OFFICE_NAME.match(issuer.strip()):
            return ""
        return "" if key(issuer.split()[-1]) in key(answer.answer) else f"\n（この計画の策定：{issuer}）"

    def time_note(self, a: Analysis, answer: Answer) -> str:
        """What today changes: a plan asked whether still in force (まだ続いてる) gets today's fiscal year; a
        member list quoted whose term of office has ended says so."""
        first = answer.citations[0] if answer.citations else None
        if first is None:
            return ""
        if a.now and a.wants in ("period", "yesno", "date", "general"):
            return editions.in_force_notice(first.file, self.timeline, self.today)
        if a.wants == "person":
            section = " ".join(u.text for u in self.units.sections.get((first.file, first.section), []))
            return "\n" + note if (note := editions.expired_term(section, self.today)) else ""
        return ""

    def side_by_side(self, a: Analysis, mode: Mode, answer: Answer) -> Answer:
        """A comparison between editions (目標は前の計画から変わった？): each edition's answer, newest first."""
        versions = editions.pair(answer.citations[0].file, self.timeline) if answer.citations else []
        if len(versions) < 2:
            return answer
        asked = analyse(after_plans(editions.topic(a.respelled or a.text), a), self.lexicon)
        parts, citations = [], []
        for plan in versions:
            chosen = self.choose(asked, self.rank(asked, {plan.file}, mode))
            if chosen is not None:
                one = composer.compose(asked, chosen[0].unit, self.units, chosen[1])
                parts.append(f"【{plan.title}（{plan.period_label or '期間不明'}）】\n{one.answer}")
                citations += one.citations[:1]
        if len(parts) < 2:
            return answer
        return Answer(a.text, "\n".join(parts), answer.intent, True, citations, table=answer.table, kind=answer.kind)

    def declined(self, question: str, files: set[str] | None = None, named: list[str] | None = None,
                 missing: list[str] | None = None, last_record: str = "", reason: str = "",
                 unheld: tuple[str, str] | None = None) -> Answer:
        """The plain "not in the plans" (or an apology for an error), with the office to ask."""
        home = self.config.home
        elsewhere = files is not None and bool(files) and not (files & self.home_files())
        office = self.office_for(files) if elsewhere else (self.office_for(files) or self.office)
        fallback = f"{'・'.join(named or [])}の担当窓口" if elsewhere and named else self.config.fallback_contact
        titles = [self.documents[f]["title"] for f in self.documents if files is None or f in files] or self.titles
        if reason == "error":
            contact = templates.office_line(office) if office else (fallback or home or "市役所")
            body = ("申し訳ありません。ただいまお答えを用意できませんでした。時間をおいてもう一度お試しいただくか、"
                    f"{contact}へお問い合わせください。")
            return Answer(question, body, "none", False, kind="none", detail={"contact": contact})
        return no_answer(question, office, titles, fallback, missing=missing,
                         scope=named if elsewhere else [], last_record=last_record, unheld=unheld)

    def indicators_containing(self, word: str) -> Answer:
        """All indicators whose name contains the word, width and spacing forgiven."""
        k = "".join(word.split())
        found = [i for i in self.indicators if k and k in "".join(i.name.split())]
        return templates.indicator_list_answer(word.strip(), found)

    def more_passages(self, question: str, skip: int, count: int = 3) -> list[Citation]:
        """Passages after the ones already cited (「他の箇所も見る」)."""
        hits = self.searcher.search(clean_question(question, self.settings.max_question_chars), skip + count)
        return [cite(h, question) for h in hits[skip:]]

    def suggestions(self, answer: Answer) -> list[str]:
        return suggest.follow_ups(self.facts, self.config.area_suggestions, answer)


def after_plans(text: str, a: Analysis) -> str:
    """What a comparison asks of each edition, without the editions it names (旧総合計画（2006～2015年度）と現在の
    基本構想では、掲げている将来像 → 掲げている将来像): their names and years would pick a passage about them."""
    squashed = key(text)
    end = max((squashed.rfind(k) + len(k) for p in a.plans for k in p.keys if k and k in squashed), default=0)
    rest = re.sub(r"^(?:[)）]|では|とでは|で|と|の|は|、|,)+", "", squashed[end:])
    return rest if len(re.sub(r"[はがの?？]", "", rest)) >= 2 else text


def year_not_held(a: Analysis, unit: Unit, row: Unit | None = None) -> str:
    """The years asked (令和6年度の実績 / 令和7年度は結局何回) that the indicator chosen, or the row of a table of
    figures year by year (`row`: the chosen row or cell's), gives no figure for: so that year's value is not in
    the plans (said, with what they do hold). Figures dated nowhere cannot be said to lack a year."""
    if not a.years:
        return ""
    if unit.kind in ("row", "cell") and row is not None and composer.year_series(row):  # 2023年度の排出量 of a 2013–2021 table
        held = set(years_in(" ".join(label for label, _ in row.cells)))
    elif unit.kind == "indicator":
        held = set(years_in(unit.text))
    else:
        return ""
    return "" if not held or held & set(a.years) else "・".join(f"{to_era(y)}年度" for y in dict.fromkeys(a.years))


def clean_question(question: str, limit: int) -> str:
    """Strip control characters and cut very long input: a 100 KB paste is not a question."""
    text = "".join(ch for ch in question[: limit * 4] if ch.isprintable() or ch in " \u3000")
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
