"""Whether the evidence found answers the question, or the plans do not: "not in the plans" decided on
evidence — how much of the question the plans and the best unit cover, and whether the unit carries
what a who / when / where-to-get question needs (a name, a time, a place or page).
"""

from __future__ import annotations

import re

from bot.evidence import DATE_LIKE, Unit, carries, quoted_phrases
from bot.question import Question
from bot.subject import head_noun

# How much of a question's words (weighted by rarity) must occur in the plans at all before a
# passage is offered as an answer: measured on the dev sets (planbot eval), answered questions
# cover 0.60 or more, out-of-scope ones 0.45 or less.
COVERAGE_THRESHOLD = 0.55
# How much of the question's word weight the best evidence unit and its headings must hold.
# Calibrated on the dev sets: in-scope questions answered from evidence reach 0.36 or more,
# out-of-scope ones 0.29 or less (planbot eval reports both error rates).
EVIDENCE_THRESHOLD = 0.33
STRONG_SHARE = 0.5  # of the best unit's score, for a unit that covers the question to take its place
ACCESS = re.compile(r"どこで(?:見られ|見れ|もらえ|貰え|買え|受けられ|申し込め|手に入)")  # where to get or see something
ACCESS_PLACE = re.compile(r"ホームページ|ウェブ|WEB|Web|サイト|https?://|窓口|役場|役所|支所|センター|公民館|館|課")
IDENTITY = re.compile(r"(?:は|って)(?:だれ|誰|どなた)(?:です|でしょう|なの|だ)?か?[?？]?$")


def asks_who_holds(question: str) -> bool:
    """市長は誰？: who holds a post (a word ending in 長) — only a person's name answers that, not the post's
    duties (「議長はだれがやる」 asks which role does it, and is not this)."""
    return bool(IDENTITY.search(question.strip())) and head_noun(question).endswith("長")


def covering_first(units: list[Unit]) -> list[Unit]:
    """A unit that covers too little of the question to answer it yields to a strong one that does
    (a row carrying 34人 for どのくらいの頻度, beside 講座を毎年開催し…)."""
    if not units or units[0].covered >= EVIDENCE_THRESHOLD:
        return units
    best = next((u for u in units if u.score >= STRONG_SHARE * units[0].score and u.covered >= EVIDENCE_THRESHOLD), None)
    return [best, *(u for u in units if u is not best)] if best else units


def answers(question: str, q: Question, words: set[str], units: list[Unit], coverage: float) -> bool:
    """Whether the best unit answers the question (`coverage`: how much of it the plans write at all)."""
    if not units:
        return False
    best = units[0]
    # One word of several is not an answer; of two, it must at least be the weightier one.
    thin = best.held < 2 and (len(words) >= 3 or (len(words) == 2 and best.covered < 0.5))
    quoted = any(p in best.text for p in quoted_phrases(question))  # the plans' own words, quoted
    undated = q.wants == "date" and not (carries("date", best.text, question) or DATE_LIKE.search(best.text))
    unnamed = asks_who_holds(question) and not carries("person", best.text, question)
    nowhere = bool(ACCESS.search(question)) and not ACCESS_PLACE.search(best.text)  # 議事録はどこで見られる
    return ((quoted or coverage >= COVERAGE_THRESHOLD) and best.covered >= EVIDENCE_THRESHOLD
            and not thin and not undated and not unnamed and not nowhere)
