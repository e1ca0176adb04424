"""Variants of a labelled question as other people would type it, for the robustness check of the CI:
a polite or chatty opener, no question mark, 。 or a half-width ?, the city named in the middle, a kanji
word typed in hiragana. An answer must not depend on any of these.
"""

from __future__ import annotations

import re

import jaconv

from index.tokenize import morphemes

OPENERS = {"polite": "すみません、", "chatty": "ちょっと聞きたいんだけど、"}
END = re.compile(r"[？?。！!]+$")
KANJI = re.compile(r"[\u4e00-\u9fff]{2,}")
MUNICIPALITY = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa]{1,5}[市町村]")


def _bare(question: str) -> str:
    return END.sub("", question.strip())


def _city_inside(question: str, city: str) -> str:
    """The city named before the question's first noun phrase: 地域協働体ってなに → 一関市の地域協働体ってなに."""
    if not city or city in question or MUNICIPALITY.search(question):
        return question  # a question that names a municipality already means that one
    first = next((m for m in morphemes(question) if m.part_of_speech()[0] == "名詞"), None)
    if first is None:
        return question
    at = question.find(first.surface())
    return question[:at] + f"{city}の" + question[at:] if at >= 0 else question


def _hiragana(question: str) -> str:
    """The longest kanji word typed in hiragana, as a phone user without the conversion would: the words
    over it read in the sentence, whole (見直す → みなおす, not 見直 + す)."""
    runs = sorted(KANJI.finditer(question), key=lambda m: len(m.group(0)), reverse=True)
    if not runs:
        return question
    start, end = runs[0].span()
    over = [m for m in morphemes(question) if m.begin() < end and m.end() > start]
    begin, finish = over[0].begin(), over[-1].end()
    reading = "".join(m.reading_form() for m in over)
    return question[:begin] + jaconv.kata2hira(reading) + question[finish:]


def variants(question: str, city: str = "") -> dict[str, str]:
    """Each kind of variant of a question (kinds that would leave it unchanged are left out)."""
    bare = _bare(question)
    out = {
        "polite": OPENERS["polite"] + question,
        "chatty": OPENERS["chatty"] + question,
        "no_mark": bare,
        "maru": bare + "。",
        "ascii_mark": bare + "?",
        "city_inside": _city_inside(question, city),
        "hiragana": _hiragana(question),
    }
    return {kind: text for kind, text in out.items() if text != question}
