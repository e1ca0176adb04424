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
    """The longest kanji word typed in hiragana, as a phone user without the conversion would."""
    words = sorted(KANJI.findall(question), key=len, reverse=True)
    if not words:
        return question
    reading = "".join(m.reading_form() for m in morphemes(words[0]))
    return question.replace(words[0], jaconv.kata2hira(reading), 1)


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
