"""Follow-up questions offered after an answer: ones the extracted facts can answer, near what was just answered."""

from __future__ import annotations

from bot.answer import Answer
from index.facts import Facts
from index.tokenize import tokenize


def follow_ups(facts: Facts, area_templates: tuple[str, ...], answer: Answer, limit: int = 3) -> list[str]:
    """Terms and indicators of the cited section, questions about an area listed there (from
    `area_templates`, the corpus's own), terms the answer uses; none the question already asked."""
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
    fresh = [s for s in dict.fromkeys(out) if not _words(s) <= asked and s.rstrip("？") not in answer.answer]
    return fresh[:limit]


def _words(text: str) -> set[str]:
    """A question's content words, to tell whether a follow-up only repeats it."""
    return {w for w in tokenize(text) if not w.isdigit()}
