"""Lookups of what happens when: dated events (meetings, 住民懇談会, sessions) and the plans' 事業 with their
yearly schedule. A part of the fact finder (bot.match), reading the indexes it builds once per index."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.question import squash
from bot.subject import content_tokens, head_noun, subject_words
from index.facts import Event, Project
from index.tokenize import tokenize

ALL_WORDS = ("全部", "全て", "すべて", "ぜんぶ", "全体", "一覧")
PROJECT_NOUNS = {"事業", "取組", "施策"}  # what any 事業 is: 〇〇の事業はいつ asks the 事業 named


@dataclass
class Scored:
    score: float
    item: object


class ScheduleLookups:
    """Event and 事業 lookups; the fact finder supplies `facts`, `tokens_of`, `centres`, `areas`, `event_areas`,
    `_names`, `_venues`, `titles_named` and `without_titles`."""

    def events(self, question: str) -> list[Event]:
        return self._events(question)[1]

    def counted_events(self, question: str, within_place: bool = False, by_measure: bool = False) -> list[Event]:
        """For 何か所 / いくつ / 一番 / 合計: the largest table of events the question names, every row of it
        (with `within_place`, only the rows of the area or venue the question names, if it names one;
        with `by_measure`, the head noun is the measure ranked or summed (参加者), not what the rows are)."""
        wanted = subject_words(question)
        place = self._place(question) if within_place else ""
        if place:
            wanted = wanted - set(tokenize(place))
        least = max(2, 0.3 * len(wanted))  # a table's rows share its theme words; a venue or area adds to them
        head = "" if by_measure else head_noun(question)

        def measure(e: Event) -> set[str]:  # 大東で一番参加者が少なかった会場: the rows' head count is named
            return set(tokenize(e.counted or "参加者")) if by_measure and e.participants else set()

        matched = [e for e in self.facts.events
                   if wanted & (self.name_words(e) | measure(e)) and len(wanted & (self.tokens_of(e) | measure(e))) >= least
                   and (not head or head in self.tokens_of(e))]  # what is counted must be what the rows are
        if place:
            matched = [e for e in matched if place == e.area or place in e.venue]
        groups: dict[tuple[str, str, bool], list[Event]] = {}
        for e in matched:
            groups.setdefault((e.source.file, e.source.section, bool(e.venue)), []).append(e)
        return max(groups.values(), key=len, default=[])

    def name_words(self, event: Event) -> set[str]:
        """The words of what an event is (its name), not where it was held."""
        return self._names[id(event)]

    def _place(self, question: str) -> str:
        """The 市民センター area, 地域 or 地区 of the events the question names, if it names one."""
        q = squash(question)
        return next((p for p in (*self.centres, *self.areas, *self.event_areas) if squash(p) in q), "")

    def _events(self, question: str) -> tuple[float, list[Event]]:
        """Dated events whose name, venue or area the question names; whole-plan events first."""
        wanted = content_tokens(question)
        place = self._place(question)
        head = head_noun(question)
        scored = []
        for event in self.facts.events:
            words = self.tokens_of(event)
            hit = len(wanted & words)
            measure = set(tokenize(event.counted or "参加者"))  # what the row's number counts
            if not hit or (head and head not in words | measure and head != place):
                continue  # 推進会議の委員の任期は: the 任期, not a meeting of the 推進会議
            score = hit / max(len(wanted), 1)
            at_place = bool(place) and (place in event.venue or place == event.area)
            named_venue = not place and event.venue and wanted & self._venues.get(id(event), set())
            if named_venue:
                score += 0.5  # the question names this event's venue (狐禅寺), not a known area
            if place and not at_place:
                score -= 0.5
            if not place and event.area and not named_venue:
                score -= 0.2  # an event of one area does not answer a question about all of them
            scored.append(Scored(score, event))
        scored.sort(key=lambda s: -s.score)
        if not scored or scored[0].score < 0.5:
            return 0.0, []
        return scored[0].score, [s.item for s in scored if s.score >= scored[0].score - 1e-9]

    def projects(self, question: str) -> list[Project]:
        return self._projects(question)[1]

    def _projects(self, question: str) -> tuple[float, list[Project]]:
        """事業 by status (新規事業は？) or by name, scored by how much of the question the name covers."""
        q = squash(question)
        by_status = [p for p in self.facts.projects if p.status and re.search(f"{p.status}の?事業", q)]
        if by_status:
            return 1.0, by_status
        wanted = content_tokens(question)
        head = head_noun(question)
        scored = []
        for project in self.facts.projects:
            name = self.tokens_of(project)
            if head and head not in name and head not in PROJECT_NOUNS:
                continue  # 地域協働体の会費はいくら is not about 地域協働体の組織づくり
            hit = len(wanted & name)
            score = min(hit / len(name), hit / len(wanted)) if hit else 0.0
            if score >= 0.6:
                scored.append(Scored(score, project))
        scored.sort(key=lambda s: -s.score)
        return (scored[0].score, [scored[0].item]) if scored else (0.0, [])

    def all_projects(self, question: str) -> list[Project]:
        """Every 事業 of a plan, when that is all the question names (協働推進計画の事業は全部でいくつ):
        its head is 事業 and no word is left beyond the plan's name; [] when several plans could be meant."""
        if head_noun(question) not in PROJECT_NOUNS:
            return []
        rest = subject_words(self.without_titles(question)) - PROJECT_NOUNS - set(ALL_WORDS)
        plans = {p.source.title for p in self.facts.projects}
        if (told := self.titles_named(question)) and not told & {t.replace(" ", "") for t in plans}:
            return []  # 共生ビジョンの事業はいくつ: a plan whose 事業 were not read as a table
        named = {t for t in plans if content_tokens(t) & content_tokens(question) - PROJECT_NOUNS}
        chosen = named if len(named) == 1 else plans
        if rest - {w for t in chosen for w in content_tokens(t)} or len(chosen) != 1:
            return []
        return [p for p in self.facts.projects if p.source.title in chosen]

    def numbered_project(self, question: str) -> Project | None:
        """事業N named by its number (事業2ってなに): the plan's own numbering, when only one plan has it."""
        m = re.search(r"事業\s*(\d+)", squash(question))
        found = [p for p in self.facts.projects if m and p.number == m.group(1)]
        return found[0] if len(found) == 1 else None

    def schedule(self, question: str) -> tuple[str, list]:
        """Whichever of 事業 and dated events matches the question better."""
        project_score, projects = self._projects(question)
        event_score, events = self._events(question)
        if projects and project_score >= event_score:
            return "project", projects
        return ("event", events) if events else ("", [])
