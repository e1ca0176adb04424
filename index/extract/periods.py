"""A plan's period: the sentence of its 期間 section, a 計画期間 label, or 初年度…目標年次, with the fiscal years."""

from __future__ import annotations

import re

from index.era import years_in
from index.extract.common import sentences, source, texts
from index.facts import Period
from index.parse import ParsedDocument, normalize
from index.timeline import EDITION

_SPAN = re.compile(r"(?:令和|平成|昭和|\d{4}\s*年)[^。]*?(?:から|~|〜|～|-)[^。]*?(?:まで|年度|年)")
_MARKERS = ("期間", "初年度", "目標年次", "計画年度")


def fiscal_years(text: str) -> tuple[int, int]:
    """First and last year named in a period sentence, as Western years (0, 0 when none)."""
    years = years_in(text)
    return (min(years), max(years)) if years else (0, 0)




def _own(sentence: str, title: str = "") -> int:
    """How surely a sentence states this plan's own period rather than recalling an earlier one (これまで…,
    or 第1次は… in the plan whose title says 第2次)."""
    score = 2 if re.match(r"^(?:本|この|当|計画期間)", sentence) or ("初年度" in sentence and "目標年次" in sentence) else 0
    ours = EDITION.search(normalize(title))
    named = EDITION.search(normalize(sentence))
    other_edition = bool(named and ours and named.group(1) != ours.group(1) and not re.match(r"^(?:本|この|当)", sentence))
    return score - (2 if re.search(r"これまで|前回|従来|前期|前計画", sentence) or other_edition else 0)


def extract_periods(doc: ParsedDocument, expected: tuple[int, int] = (0, 0)) -> list[Period]:
    """The plan's own period: the best-marked period sentence (the first of equals); one naming the
    fiscal years the manifest gives (`expected`) before any other."""
    found = []
    for section, block in texts(doc):
        in_period_section = "期間" in section.title
        for sentence in sentences(block.text):
            marked = in_period_section or any(m in sentence for m in _MARKERS)
            if marked and (_SPAN.search(sentence) or ("初年度" in sentence and "目標年次" in sentence)):
                rank = _own(sentence, doc.title) + in_period_section
                agrees = all(expected) and fiscal_years(sentence) == expected
                found.append((-agrees, -rank, len(found), sentence.strip(),
                              source(doc, section, block.start_line, block.end_line)))
    if not found:
        return []
    _, _, _, sentence, src = min(found)
    first, last = fiscal_years(sentence)
    return [Period(doc.title, sentence, src, first, last)]
