"""Checks a generated answer against the evidence it cites, claim by claim, before anyone sees it.

Every number, date, year, Japanese name or term, and Latin-script proper name in the answer must
be found in the evidence its sentence cites (after width, era and unit normalisation); every
citation number must exist, and there must be at least one. A single unsupported claim rejects
the answer: the extractive answer is sent instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.romaji import key, romanise
from bot.variants import fold
from index.era import MONTHS as CALENDAR_MONTHS
from index.era import years_in

CITATION = re.compile(r"[\[［【](\d{1,2})[\]］】]")
SENTENCE = re.compile(r"(?<=[。！？!?])\s*|(?<=\.)\s+|\n+")
NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
JP_DATE = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*日")
SHORT_DATE = re.compile(r"\b[RHS]\s*\d{1,2}\s*\.\s*(\d{1,2})\s*\.\s*(\d{1,2})\b")
MONTHS = {m.lower(): i for i, m in enumerate(CALENDAR_MONTHS, 1)}
EN_DATE = re.compile(r"\b(" + "|".join(MONTHS) + r")\s+(\d{1,2})\b|\b(\d{1,2})\s+(" + "|".join(MONTHS) + r")\b", re.I)
QUOTED = re.compile(r"[「『“\"]([^」』”\"]{2,60})[」』”\"]")
KANA_OR_HAN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff々ー]{2,}")
CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{3,}(?:\s+[A-Z][a-z]+)*")
# Capitalised words an answer may use without the evidence holding them.
COMMON = {"City", "Town", "Village", "Prefecture", "Plan", "Plans", "Vision", "Basic", "Japan", "Japanese",
          "English", "Note", "Project", "Fiscal", "Year", "January", "February", "March", "April", "June",
          "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
          "Thursday", "Friday", "Saturday", "Sunday", "Sources", "Source", "Section", "Chapter", "Office"}


@dataclass
class Verdict:
    passed: bool
    reasons: list[str] = field(default_factory=list)  # each unsupported claim or bad citation
    claims: int = 0  # how many claims were checked

    def to_dict(self) -> dict:
        return {"passed": self.passed, "reasons": self.reasons, "claims": self.claims}


@dataclass
class Support:
    """What one piece of evidence can support, normalised once."""

    text: str
    numbers: set[str]
    dates: set[tuple[int, int]]
    roman: str

    @classmethod
    def of(cls, text: str) -> Support:
        plain = fold(text)
        numbers = {_number(n) for n in NUMBER.findall(plain)}
        numbers |= {str(year) for year in years_in(plain)}  # 令和10年 supports 2028
        dates = {(int(m), int(d)) for m, d in JP_DATE.findall(plain)} | {(int(m), int(d)) for m, d in SHORT_DATE.findall(plain)}
        numbers |= {str(x) for pair in dates for x in pair}
        return cls(plain, numbers, dates, key(romanise(plain)))


def _number(text: str) -> str:
    """1,256.42 → 1256.42; 170.0 → 170."""
    value = text.replace(",", "")
    return value.rstrip("0").rstrip(".") if "." in value else value.lstrip("0") or "0"


def check(answer: str, evidence: list[str]) -> Verdict:
    """The verdict on a generated answer whose [n] cite evidence[n-1]."""
    cited = [int(n) for n in CITATION.findall(answer)]
    if not cited:
        return Verdict(False, ["no citation"])
    missing = sorted({n for n in cited if not 1 <= n <= len(evidence)})
    if missing:
        return Verdict(False, [f"citation [{n}] does not exist" for n in missing])
    supports = {n: Support.of(evidence[n - 1]) for n in set(cited)}
    everything = list(supports.values())
    reasons: list[str] = []
    claims = 0
    for sentence in (s for s in SENTENCE.split(answer) if s.strip()):
        own = [supports[int(n)] for n in CITATION.findall(sentence)] or everything
        text = fold(CITATION.sub(" ", sentence))
        for claim, supported in _claims(text, own):
            claims += 1
            if not supported:
                reasons.append(claim)
    return Verdict(not reasons, reasons, claims)


def _claims(text: str, evidence: list[Support]):
    """(claim, supported) for each checkable claim of one sentence."""
    dated: set[str] = set()
    for m in EN_DATE.finditer(text):
        month = MONTHS[(m.group(1) or m.group(4)).lower()]
        day = int(m.group(2) or m.group(3))
        dated.add(str(day))
        yield f"date {m.group(0)}", any((month, day) in e.dates for e in evidence)
    for m, d in JP_DATE.findall(text):
        dated.add(d)
        yield f"date {m}月{d}日", any((int(m), int(d)) in e.dates for e in evidence)
    for number in NUMBER.findall(re.sub(r"\b(?:FY)(\d{4})", r"\1", text)):
        value = _number(number)
        if number in dated:
            continue
        yield f"number {number}", any(value in e.numbers for e in evidence)
    quoted = [q for q in QUOTED.findall(text) if KANA_OR_HAN.search(q)]
    loose = [w for w in KANA_OR_HAN.findall(QUOTED.sub(" ", text)) if _is_name_like(w, text)]
    for span in dict.fromkeys([*quoted, *loose]):
        yield f"name {span}", any(fold(span).replace(" ", "") in e.text.replace(" ", "") for e in evidence)
    for name in CAPITALISED.findall(text):
        words = [w for w in name.split() if w not in COMMON]
        if words:
            yield f"name {name}", any(key("".join(words)) in e.roman for e in evidence)


def _is_name_like(span: str, sentence: str) -> bool:
    """Japanese text inside a sentence of another language is a name or term to check; in a Japanese
    or Chinese sentence only quoted spans and katakana words are (the rest is the sentence itself)."""
    foreign_sentence = len(KANA_OR_HAN.sub("", sentence).strip()) > len(sentence) / 2
    return foreign_sentence or bool(re.fullmatch(r"[\u30a0-\u30ffー]{3,}", span))
