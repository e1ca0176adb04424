"""Questions offered to people: follow-ups after an answer (ones the extracted facts can answer, near
what was just answered, never the same question again) and questions to browse by category."""

from __future__ import annotations

import re
import unicodedata

from bot.answer import Answer
from index.facts import Facts
from index.tokenize import tokenize

PER_CATEGORY = 4
_SUBJECT = re.compile(r"^(.+?)(?:とは|の目標は|の期間は)[？?]$")  # the forms offered here: what X is about


def _key(text: str) -> str:
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", text))


def subject_of(question: str) -> str:
    """What a suggested question is about: 地域協働体とは？ → 地域協働体 ("" for other forms)."""
    m = _SUBJECT.match(_key(question))
    return m.group(1) if m else ""


def answered_subjects(answer: Answer) -> set[str]:
    """The names of the facts an answer stated (the term defined, the indicators given…)."""
    names = set()
    for record in answer.records:
        for attribute in ("term", "name", "subject", "plan", "venue"):
            value = getattr(record, attribute, "")
            if isinstance(value, str) and value:
                names.add(_key(value))
    return names


def follow_ups(facts: Facts, area_templates: tuple[str, ...], answer: Answer, limit: int = 3) -> list[str]:
    """Terms and indicators of the cited section, questions about an area listed there (from
    `area_templates`, the corpus's own), terms the answer uses; none about what was just asked or answered."""
    if not answer.citations:
        return []
    first = answer.citations[0]
    parent = first.section.rsplit(" › ", 1)[0]
    out: list[str] = []
    out += [f"{t.term}とは？" for t in facts.terms if t.definition and t.source.section.startswith(parent)
            and t.source.file == first.file]
    out += [f"{i.name.replace(' ', '')}の目標は？" for i in facts.indicators if i.source.section == first.section]
    out += [f"{t.year}の{t.subject}の目標は？" for t in facts.targets if t.source.section == first.section]
    listed = [f for f in (*facts.organisations, *facts.events)
              if f.source.section == first.section and f.source.start_line >= first.lines[0]
              and f.source.end_line <= first.lines[1]]
    for area in dict.fromkeys(f.area for f in listed if f.area):
        out += [template.format(area=area) for template in area_templates]
    out += [f"{t.term}とは？" for t in facts.terms if t.definition and t.term in answer.answer]
    asked = _words(answer.question)
    question = _key(answer.question)
    done = answered_subjects(answer)
    fresh = []
    for s in dict.fromkeys(out):
        subject = subject_of(s)
        if _words(s) <= asked or s.rstrip("？") in answer.answer or _key(s) == question:
            continue
        if subject and (subject in done or subject in question):  # the thing just asked about, said again
            continue
        fresh.append(s)
    return fresh[:limit]


def categories(facts: Facts, area_templates: tuple[str, ...], home_files: set[str] | None = None) -> list[tuple[str, list[str]]]:
    """Questions to browse, by kind of fact: (category key, questions), each answerable from the facts.

    `home_files`: the plans to take examples from first (the home municipality's plans in force)."""
    first = home_files or set()
    ordered = lambda items: sorted(items, key=lambda f: f.source.file not in first)  # noqa: E731 - stable: plan order kept
    terms = [f"{t.term}とは？" for t in ordered(facts.terms) if t.definition and len(t.term) <= 12]
    indicators = [f"{i.name.replace(' ', '')}の目標は？" for i in ordered(facts.indicators) if len(i.name) <= 20]
    areas = list(dict.fromkeys(o.area for o in ordered(facts.organisations) if o.area))
    by_area = [template.format(area=a) for a in areas for template in area_templates[-1:]]
    periods = [f"{p.plan}の期間は？" for p in ordered(facts.periods) if p.plan]
    out = [("terms", terms), ("indicators", indicators), ("areas", by_area), ("periods", periods)]
    return [(key, list(dict.fromkeys(questions))[:PER_CATEGORY]) for key, questions in out if questions]


def _words(text: str) -> set[str]:
    """A question's content words, to tell whether a follow-up only repeats it."""
    return {w for w in tokenize(text) if not w.isdigit()}
