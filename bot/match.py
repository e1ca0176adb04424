"""Find the facts a question is about, forgiving how people type.

Full/half width, spaces inside names (小野寺 健), 異体字 (髙/高, 澤/沢), kana typed for a term
(ちいききょうどうたい, ちーむかいぎ) and homophone typos (協動体 for 協働体) through Sudachi readings,
era and Western years (令和10年 ↔ 2028年) and area names (花泉 → the organisations there) all match.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from bot.match_schedule import ScheduleLookups, Scored
from bot.question import ASKED_COUNTER, counter_of, squash
from bot.subject import content_tokens, head_noun, subject_words
from bot.variants import katakana
from index.era import year_variants, years_in
from index.facts import Facts, Indicator, Organisation, Period, Target, Term
from index.tokenize import reading, tokenize

KANA_ONLY = re.compile(r"^[\u3040-\u309f\u30a0-\u30ffー\s?？!！、。]+$")
KANA_RUN = re.compile(r"[\u3040-\u309f\u30a0-\u30ffー]{4,}")
ASKING_TAIL = re.compile(r"(?:とは|って|ってなに|ってなん|の意味|の定義|を教えて|について).*$")
EDITION = re.compile(r"第(\d+)(?:次|期)")
NEGATED = re.compile(r"て(?:い)?ない|未[\u4e00-\u9fff]|なし")  # していない, 未導入: the empty ones (not 少ない)
PLAN_NOUNS = {"計画", "構想", "ビジョン", "プラン", "戦略"}  # what any plan is: 〇〇ビジョン 計画期間 asks its period


class FactFinder(ScheduleLookups):
    """Lookups over the facts of one index; built once when the index is loaded."""

    def __init__(self, facts: Facts, organisation_words: tuple[str, ...] = ("団体", "組織"),
                 weight: Callable[[str], float] | None = None) -> None:
        self.facts = facts
        self.weight = weight or (lambda word: 1.0)  # rarity of a word in the plans (engine's IDF)
        self.organisation_words = organisation_words
        self.areas = sorted({o.area for o in facts.organisations if o.area}, key=len, reverse=True)
        self.centres = sorted({o.centre for o in facts.organisations if o.centre}, key=len, reverse=True)
        self.event_areas = sorted({e.area for e in facts.events if e.area} - set(self.areas), key=len, reverse=True)
        # Subject words of every fact, computed once: lookups then only read (threads share this).
        self._words: dict[int, set[str]] = {}
        for item, text in (
            *((i, i.name) for i in facts.indicators),
            *((e, f"{e.name} {e.venue} {e.area}") for e in facts.events),
            *((p, p.name) for p in facts.projects),
            *((p, p.plan) for p in facts.periods),
        ):
            self._words[id(item)] = content_tokens(text)
        self._names = {id(e): content_tokens(e.name) for e in facts.events}
        self._organisation_readings = [katakana(reading(w)) for w in organisation_words]
        self._titles = sorted({f.source.title.replace(" ", "") for name in Facts.__dataclass_fields__
                               for f in getattr(facts, name)}, key=len, reverse=True)
        venue_words = {id(e): content_tokens(e.venue) for e in facts.events if e.venue}
        shared = Counter(w for words in venue_words.values() for w in words)
        common = {w for w, n in shared.items() if n >= max(3, 0.2 * len(venue_words))}  # センター, 公民館…
        self._venues = {key: {w for w in words - common if len(w) >= 2} for key, words in venue_words.items()}

    def tokens_of(self, item: object) -> set[str]:
        return self._words[id(item)]

    # --- terms

    def without_titles(self, question: str) -> str:
        """The question without the plan it names by its title's tail (後期基本計画の…): those words name
        the plan, not a term asked about."""
        for title in self._titles:
            tail = self._tail_in(title, question)
            if tail:
                question = question.replace(tail, " ")
        return question

    def titles_named(self, question: str) -> set[str]:
        """The plans a question names by their title's tail (共生ビジョンの事業 → the 共生ビジョン)."""
        return {title for title in self._titles if self._tail_in(title, question)}

    @staticmethod
    def _tail_in(title: str, question: str) -> str:
        return next((title[-size:] for size in range(len(title), 3, -1) if title[-size:] in question), "")

    def term(self, question: str) -> Term | None:
        """The longest known term written in the question: as written, or read alike (kana, homophone typos)."""
        question = self.without_titles(question)
        q = squash(question)
        subject = squash(ASKING_TAIL.sub("", question.strip()))
        shortened = [t for t in self.facts.terms if t.definition and len(subject) >= 3
                     and squash(t.term).endswith(subject) and squash(t.term) != subject]
        if len(shortened) == 1 and not any(squash(t.term) == subject for t in self.facts.terms):
            return shortened[0]  # 協働体ってなに: the one defined term it shortens (地域協働体)
        found = [t for t in self.facts.terms if len(squash(t.term)) >= 2 and squash(t.term) in q]
        if not found:
            subject = ASKING_TAIL.sub("", question.strip())
            heard = katakana(reading(subject)) if not KANA_ONLY.match(subject) else katakana(subject)
            heard = heard.replace("ー", "").replace(" ", "")
            found = [t for t in self.facts.terms
                     if len(t.reading) >= 4 and t.reading.replace("ー", "") == heard]
            if not found and (KANA_ONLY.match(question.strip()) or KANA_RUN.search(question)):
                whole = katakana(question).replace("ー", "")
                found = [t for t in self.facts.terms if len(t.reading) >= 4 and t.reading.replace("ー", "") in whole]
        if not found:
            return None
        return max(found, key=lambda t: (len(squash(t.term)), bool(t.definition)))

    def reads_as(self, question: str, term: Term) -> bool:
        """The question's subject is the term read alike: typed in kana (ほかんせいのげんそく) or a homophone (協同)."""
        subject = ASKING_TAIL.sub("", question.strip())
        heard = katakana(subject) if KANA_ONLY.match(subject) else katakana(reading(subject))
        return bool(subject) and heard.replace("ー", "") == term.reading.replace("ー", "")

    def names_organisation(self, question: str, orgs: list[Organisation]) -> bool:
        """The question is about the organisations: by the word residents use for them (or a homophone
        typo of it: 協動体), or by a name."""
        q = squash(question)
        if any(w in q for w in self.organisation_words) or any(squash(o.name) in q for o in orgs):
            return True
        heard = katakana(reading(question))
        return any(len(spoken) >= 4 and spoken in heard for spoken in self._organisation_readings)

    def organisations_lacking(self, question: str) -> tuple[str, list[Organisation]] | None:
        """The organisations whose named column is empty (指定管理をしていない協働体), when the question names
        the organisations, one of their columns and a negation, and no area or name. (している is not turned
        into a filter: most rows have it, and people ask about it in many other ways.)"""
        orgs = self.facts.organisations
        if not orgs or not NEGATED.search(squash(question)) or self.organisations(question):
            return None
        if not self.names_organisation(question, orgs):
            return None
        said = " ".join(self.organisation_words)
        asked = column_named(question, orgs[0], ignore=set(tokenize(said)) | {"地域"})
        if asked is None:
            return None
        return asked[0], [o for o in orgs if not dict(o.cells).get(asked[0])]

    def plan_indicators(self, question: str) -> list[Indicator]:
        """Every indicator of the plan the question names (成果指標を全部): the plan named by its title words."""
        wanted = content_tokens(question)
        titles = [t for t in dict.fromkeys(i.source.title for i in self.facts.indicators)
                  if len(wanted & content_tokens(t)) >= 2]
        if not titles and len({i.source.title for i in self.facts.indicators}) == 1:
            titles = [self.facts.indicators[0].source.title]
        return [i for i in self.facts.indicators if i.source.title in titles[:1]]

    # --- indicators and targets

    def indicators(self, question: str) -> list[Indicator]:
        """Indicators whose name covers the question's subject words; best first."""
        wanted = subject_words(question) or content_tokens(question)
        head = head_noun(question)
        asked = counter_of(question) if ASKED_COUNTER.search(question) else ""
        years = set(years_in(question))
        scored = []
        for ind in self.facts.indicators:
            name = self.tokens_of(ind)
            if not wanted or not name or (head and head not in name):
                continue  # 地域協働体の役割はいくつ is not about 地域協働体の設立件数: its head noun must be named
            if years and (told := set(years_in(f"{ind.current_label} {ind.target_label}"))) and not years & told:
                continue  # 令和元年の入込数 is neither the base year's value nor the target's
            if asked and counter_of(ind.unit) not in ("", asked):
                continue  # 何か所 is not answered by a count of visits (回/年)
            hit = len(wanted & name)
            covered = sum(self.weight(w) for w in wanted & name) / (sum(self.weight(w) for w in wanted) or 1.0)
            if hit and covered >= 0.6 and hit / len(name) >= 0.25:  # the rare words must be the name's too
                scored.append(Scored(hit / len(wanted) + hit / len(name) / 10, ind))
        scored.sort(key=lambda s: -s.score)
        return [s.item for s in scored if s.score >= scored[0].score - 0.05] if scored else []

    def targets(self, question: str) -> list[Target]:
        """Prose targets for the subject asked about, narrowed to the year asked about if any."""
        q = squash(question)
        found = [t for t in self.facts.targets if squash(t.subject) in q]
        years = {squash(y) for y in year_variants(question)}
        if years:
            dated = [t for t in found if years & {squash(y) for y in year_variants(t.year)}]
            found = dated or found
        return found

    # --- organisations and offices

    def organisations(self, question: str) -> list[Organisation]:
        """By name; by 市民センター area (老松); or every organisation of a 地域 (花泉 → all seven)."""
        q = squash(question)
        named = [o for o in self.facts.organisations if squash(o.name) in q]
        if named:
            return named
        heard = katakana(reading(question))
        for centre in self.centres:
            if (squash(centre) in q or _read_in(centre, heard)) and centre not in self.areas:
                return [o for o in self.facts.organisations if o.centre == centre]
        for area in self.areas:
            if squash(area) in q or _read_in(area, heard):
                return [o for o in self.facts.organisations if o.area == area]
        return []

    # --- events and projects

    def period(self, question: str) -> Period | None:
        """The period of the plan the question names (第3次協働推進計画の計画期間は)."""
        wanted = content_tokens(question)
        best = max(
            self.facts.periods,
            key=lambda p: len(wanted & self.tokens_of(p)),
            default=None,
        )
        if best is None or len(wanted & self.tokens_of(best)) < 2:
            return None
        asked, edition = EDITION.search(squash(question)), EDITION.search(squash(best.plan))
        if asked and edition and asked.group(1) != edition.group(1):
            return None  # 第2次計画の期間 is not the 第3次 plan's
        head = head_noun(question)
        if head and head not in self.tokens_of(best) and head not in PLAN_NOUNS:
            return None  # 会議の要綱はいつから施行: not the plan
        return best


def column_named(question: str, org: Organisation, ignore: set[str] = frozenset()) -> tuple[str, str] | None:
    """The row's column the question names (…の指定管理をしていますか → 指定管理状況) with its value;
    `ignore`: words that name the rows, not a column (協働体)."""
    words = set(tokenize(question)) - ignore
    shared = {label: len(words & set(tokenize(label))) for label, _ in org.cells if label and label != org.name}
    label = max(shared, key=lambda lab: shared[lab], default="")  # the label most of the question names
    if not label or not shared[label]:
        return None
    return label, next((v for lab, v in org.cells if lab == label), "")


def _read_in(name: str, heard: str) -> bool:
    """A place name read alike in the question (曽慶 for 曾慶, 藤澤 for 藤沢), by Sudachi readings."""
    spoken = katakana(reading(name))
    return len(spoken) >= 3 and spoken in heard
