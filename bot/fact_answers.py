"""Answers from extracted facts, where a fact's kind fits the question's type: terms, organisations,
offices, indicators and targets, 事業, periods, events, and the most / least / total of a table.

The fast path of the engine: it returns None when no fact fits, and the engine turns to evidence.
"""

from __future__ import annotations

import re

from bot import ranking, templates
from bot.answer import Answer
from bot.evidence import carries
from bot.match import FactFinder, column_named, squash
from bot.question import INDICATOR, Question, counter_of
from bot.subject import subject_words
from index.tokenize import tokenize

NUMERIC = ("count", "quantity", "date", "period", "indicator")
LOCATION = re.compile(r"どこ|どの(?!くらい|ぐらい|程度|よう)|出て|載って|何番(?!目)")  # where a term appears, not どのくらい
STILL = re.compile(r"まだ|今も|いまも|現在も|今でも|有効|続いて|使われて|終わっ|終了し")  # whether a plan is in force
ALL_OF = re.compile(r"全部|すべて|全て|一覧|ぜんぶ|全体")


def fact_answer(question: str, q: Question, intent: str, find: FactFinder) -> Answer | None:
    """A templated answer from an extracted fact whose kind fits the question's type, or None."""
    key = squash(question)
    wants = q.wants
    term = find.term(question)
    where = term is not None and asks_where(question) and not term.definition and wants != "contact"  # 担当はどこ: an office
    leftover = term is not None and subject_words(question) - subject_words(term.term)
    if leftover and not where and not find.reads_as(question, term):
        term = None  # 基本構想の将来像: the question is about more than the term it contains
    if term is not None and where and find.organisations(question) and find.names_organisation(question, find.organisations(question)):
        term = None  # 日花里の郷日形ってどこの市民センターエリア: the organisation named is asked about, not the term
    if term is not None:
        read = find.reads_as(question, term) and bool(term.definition or wants in ("definition", "general"))
        if read and wants in NUMERIC and not carries(wants, term.definition, question):
            read = False  # チーム会議って今何回: a count, which the definition does not give
        bare = squash(term.term) == key or read
        if wants == "definition" or bare or where:
            return templates.term_answer(question, term, "term" if bare else intent)
    ranked = table_answer(question, q, find)
    if ranked is not None:
        return ranked
    if wants in ("contact", "general", "list", "count", "date", "period", "yesno", "place"):
        orgs = find.organisations(question)
        if orgs and find.names_organisation(question, orgs):  # 川崎の協働体はいつから…管理: its named column
            asked = column_named(question, orgs[0]) if wants in ("yesno", "date", "period") and len(orgs) == 1 else None
            office = find.facts.offices[0] if wants == "contact" and find.facts.offices else None
            return templates.organisation_answer(question, orgs, "contact", asked, office, yes_no=wants == "yesno")
        lacking = find.organisations_lacking(question)
        if lacking and lacking[1]:
            return templates.lacking_answer(question, *lacking, len(find.facts.organisations))
    if wants == "contact":
        office = find.facts.offices[0] if find.facts.offices else None
        if office:
            return templates.office_answer(question, office, intent)
    if wants in ("indicator", "quantity", "count") or (intent == "indicator" and wants != "definition"):  # not 何を示す指標
        targets = find.targets(question) if INDICATOR.search(key) else []
        if targets:
            return templates.target_answer(question, targets, "indicator")
        indicators = find.indicators(question)
        if indicators:
            return templates.indicator_answer(question, indicators, "indicator")
        listed = ALL_OF.search(key) or wants == "count" and "指標" in key  # 成果指標を全部 / 成果指標はいくつ
        every = find.plan_indicators(question) if listed and INDICATOR.search(key) else []
        if every:
            return templates.indicator_list_answer(every[0].source.title, every, of_plan=True)
    numbered = find.numbered_project(question)  # 事業19はどんな事業: that one, not every 事業
    every_project = find.all_projects(question) if wants in ("count", "list") and not numbered else []
    if len(every_project) >= 2:
        return templates.project_answer(question, every_project, "schedule")
    if numbered and wants in ("definition", "general", "date", "period", "list", "yesno"):
        return templates.project_answer(question, [numbered], "schedule")
    if wants == "period" or (wants in ("yesno", "general") and STILL.search(key)):  # 協働推進計画はまだ続いてる？
        period = find.period(question)
        if period:
            return templates.period_answer(question, period, "schedule")
    if wants in ("date", "period", "place", "quantity", "count", "list", "general") or intent == "schedule":
        kind, found = find.schedule(question)
        named = kind == "project" and len(found) == 1 and squash(found[0].name) in key  # 〇〇はどんな事業？
        if kind == "project" and (wants != "list" or len(found) > 1 or intent == "schedule" or named):
            return templates.project_answer(question, found, "schedule")
        counted = find.counted_events(without_municipalities(question, q), within_place=True) if wants == "count" else []
        counter = counter_of(question)  # rows of events count occasions or places (か所: venues), not groups or people
        if len(counted) > 1 and counter not in ("団体", "人", "%") and (counter != "か所" or all(e.venue for e in counted)):
            return templates.event_count_answer(question, counted, "schedule")
        fits = kind == "event" and wants != "list" and (wants != "general" or intent == "schedule") and (
            wants != "quantity" or (names_all(question, found[0], find) and counts_people(question, found[0])))
        counts_it = wants != "count" or len(found) == 1 and counter_of(question) == counter_of(re.sub(r"[\d,.\s]", "", found[0].participants))
        if fits and counts_it and (len(found) <= 5 or wants in ("date", "place")):
            return templates.event_answer(question, found, "schedule")
        amount, counted = ranking.total(found) if fits and wants == "quantity" else (0, 0)
        if counted >= 2 and len({e.area for e in found}) == 1:  # 一関の懇談会には何人: the area's venues, summed
            return templates.total_answer(question, found, amount, counted, "schedule")
    return None


def asks_where(question: str) -> bool:
    """Where in the plans something appears (どの施策に出てくる), not what it is."""
    return bool(LOCATION.search(squash(question)))


def without_municipalities(question: str, q: Question) -> str:
    """The question without the municipalities it names: they choose the plans, not the table's rows."""
    for name in q.municipalities:
        question = question.replace(name, " ").replace(name[:-1], " ")
    return question

def table_answer(question: str, q: Question, find: FactFinder) -> Answer | None:
    """The most / least of a table's rows (一番参加者が多かった会場), or their total (合わせて何人)."""
    if ranking.asks_extreme(question):
        orgs = find.organisations(question)
        if not orgs and find.names_organisation(question, find.facts.organisations):
            orgs = find.facts.organisations
        events = find.counted_events(without_municipalities(question, q), within_place=True, by_measure=True)
        for rows, intent in ((orgs, "contact"), (events, "schedule")):  # 大東で一番参加者が少ない: not its 協働体
            found = ranking.extreme(question, rows)
            if found:
                return templates.extreme_answer(question, *found, len(rows), intent)
    if ranking.asks_total(question) and q.wants in ("quantity", "count"):
        events = find.counted_events(without_municipalities(question, q), within_place=True, by_measure=True)
        amount, counted = ranking.total(events)
        if counted >= 2:
            return templates.total_answer(question, events, amount, counted, "schedule")
    return None

def names_all(question: str, event, find: FactFinder) -> bool:
    """The event's name, venue and area hold most of what the question is about, its rare words
    included (会議 alone does not make 協働推進会議の委員は何人 a question about a meeting)."""
    measure = set(tokenize(event.counted or "参加者"))  # the row's number counts these (参加者 unless it says)
    wanted = {w for w in subject_words(question) if not w.endswith("数") and w not in measure}
    held = sum(find.weight(w) for w in wanted & find.tokens_of(event))
    return bool(wanted) and held >= 0.75 * sum(find.weight(w) for w in wanted)


def counts_people(question: str, event) -> bool:
    """A how-many question about a dated record asks its head count: 何人, 人数, or what the row counts (参加者)."""
    return bool(re.search(r"何\s*[人名]|人数", question)) or bool(set(tokenize(event.counted or "参加者")) & set(tokenize(question)))
