"""An English question read into a Japanese one the engine answers: no translation model, a lexicon.

Words and phrases come from `bot/english.toml` (general vocabulary) and the corpus's `[bot.english]`
table (the plans' own terms); names of places, organisations and terms are found by their
romanised reading (Hanaizumi → 花泉). English puts the head first (the target for the number of
team meetings), Japanese last (チーム会議の数の目標): the parts around of/for/in are reversed.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

from sudachipy import SplitMode

from bot.romaji import key, readings
from index.tokenize import morphemes

CONNECTIVES = {"of", "for", "in", "at", "on", "from", "by", "about", "with", "to"}
CJK_SPAN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f々〆ー]+")
WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*|\d+(?:[.,]\d+)*(?:st|nd|rd|th)?|[\u3040-\u30ff\u3400-\u9fff々ー]+")
MUNICIPAL = {"city": "市", "town": "町", "village": "村", "prefecture": "県"}

# The answer type from English interrogatives; the first that fits wins, as in bot.question.
TYPES = (
    ("contact", r"\b(phone|telephone|tel|fax|address|contact|in charge|responsible|department|division|whom)\b"),
    ("person", r"^who\b|\bchairs?\b|\bchair(man|person)\b|\bpresident\b"),
    ("definition", r"\b(mean|meaning|definition|define|stand for)\b|^(what|what's|whats) (is|are) (a |an )?\S+$|^tell me what"),
    ("period", r"\b(period|how long|duration|until when|how many years|when does .* (end|start|begin|run))\b"),
    ("quantity", r"\bhow many (people|persons|participants|members|residents|attendees)\b|\bhow (big|large|high|tall|much|far)\b|\battend|\bcame\b|\bat most\b"),
    ("count", r"\bhow many\b"),
    ("date", r"^when\b|\bwhat (date|day|year)\b|\bwhich (date|day|year)\b|\bwhen\b"),
    ("place", r"^where\b|\bwhich place\b|\bvenue\b|\blocation\b"),
    ("indicator", r"\b(target|goal|aim|current(ly)?|indicator)\b"),
    ("list", r"^(which|list|show)\b|^what are\b|\ball\b|\blist\b"),
    ("yesno", r"^(is|are|does|do|did|can|has|have|will)\b"),
)
# How each type is asked in Japanese, so the engine reads the same intent.
ASKED = {
    "definition": "とは？", "count": "はいくつ？", "person": "は誰？", "period": "の期間は？", "date": "はいつ？",
    "place": "はどこ？", "contact": "は？", "indicator": "は？", "list": "を教えて", "yesno": "ですか？", "general": "は？",
}
PEOPLE = re.compile(r"\b(people|persons|participants|attendees|attend\w*|came|members?)\b")


@dataclass
class Reading:
    """What an English question says, in the plans' Japanese."""

    english: str
    japanese: str  # the question as the engine reads it ("" when nothing was understood)
    wants: str
    words: list[str] = field(default_factory=list)  # the Japanese words found
    unknown: list[str] = field(default_factory=list)  # content words with no Japanese counterpart
    foreign: list[str] = field(default_factory=list)  # municipalities named that are not the plans'

    @property
    def understood(self) -> float:
        """Share of the question's content words that reached Japanese."""
        total = len(self.words) + len(self.unknown)
        return len(self.words) / total if total else 0.0


@lru_cache(maxsize=1)
def general_vocabulary() -> tuple[dict[str, str], frozenset[str], dict[str, str]]:
    data = tomllib.loads((Path(__file__).with_name("english.toml")).read_text(encoding="utf-8"))
    return data["words"], frozenset(data["stopwords"]["words"]), data["units"]


def place_stem(name: str) -> str:
    """A venue's place name without the common nouns after it: みどり野公民館 → みどり野, 藤沢市民センター → 藤沢."""
    parts = [(m.surface(), m.part_of_speech()[1]) for m in morphemes(name, SplitMode.C)]
    while len(parts) > 1 and parts[-1][1] == "普通名詞" and len("".join(p for p, _ in parts[:-1])) >= 2:
        parts.pop()
    return "".join(p for p, _ in parts)


def lemma(word: str) -> str:
    """Lower case, British spellings as American, plurals and possessives singular."""
    w = word.lower().replace("’", "'").strip("'-")
    w = re.sub(r"'s$", "", w)
    w = w.replace("centre", "center").replace("isation", "ization").replace("ageing", "aging")
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and re.search(r"(ch|sh|x|ss)es$", w):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


class Translator:
    """Reads English questions with one corpus's vocabulary and names."""

    def __init__(self, corpus_words: dict[str, str], names: list[str], terms: set[str] | None = None) -> None:
        self.terms = terms or set()
        general, self.stopwords, _ = general_vocabulary()
        self.words = {" ".join(lemma(w) for w in k.split()): v for k, v in {**general, **corpus_words}.items()}
        self.longest = max((len(k.split()) for k in self.words), default=1)
        self.names: dict[str, str] = {}  # romanised key → name as written
        for name in sorted(set(names), key=len):
            for roman in readings(name):
                if len(roman) >= 3:
                    self.names.setdefault(roman, name)

    def read(self, question: str) -> Reading:
        text = re.sub(r"\s+", " ", question).strip()
        lowered = text.lower().replace("’", "'")
        wants = next((kind for kind, pattern in TYPES if re.search(pattern, lowered)), "general")
        tokens = WORD.findall(text)
        foreign = self.foreign_places(tokens)
        segments: list[list[str]] = [[]]
        found, unknown = [], []
        i = 0
        while i < len(tokens):
            piece, used = self.match(tokens, i)
            word = lemma(tokens[i])
            if piece:
                segments[-1].append(piece)
                found.append(piece)
            elif word in CONNECTIVES:
                segments.append([])
            elif word not in self.stopwords and word not in MUNICIPAL and tokens[i] not in foreign:
                unknown.append(tokens[i])
            i += used
        parts = ["".join(s) for s in reversed(segments) if s]
        subject = "の".join(parts)
        if wants in ("general", "list") and subject in self.terms and re.match(r"what('s| is| are)\b", lowered):
            wants = "definition"  # What is a regional collaboration body? names a term of the glossary
        if wants == "quantity" and PEOPLE.search(lowered):
            ending = "は何人？"
        elif wants == "period" and re.search(r"\b(end|until|last)\b", lowered):
            ending = "はいつまで？"
        elif wants == "period" and re.search(r"\b(start|begin)\b", lowered):
            ending = "はいつから？"
        elif wants == "quantity":
            ending = "はどのくらい？"
        else:
            ending = ASKED[wants]
        asked_word = re.sub(r"[^\u4e00-\u9fff]", "", ending)
        if asked_word and asked_word in subject:
            ending = "は？"  # the period of … → …の期間は？, not …の期間の期間は？
        return Reading(text, subject + ending if subject else "", wants, found, unknown, foreign)

    def match(self, tokens: list[str], i: int) -> tuple[str, int]:
        """The Japanese for the longest phrase starting at token i: written in Japanese, a lexicon
        phrase, a romanised name, a number; ("", 1) when none."""
        if CJK_SPAN.fullmatch(tokens[i]):
            return tokens[i], 1
        for size in range(min(self.longest + 2, len(tokens) - i), 0, -1):
            span = tokens[i : i + size]
            if any(CJK_SPAN.fullmatch(t) for t in span):
                continue
            phrase = " ".join(lemma(t) for t in span)
            if phrase in self.words:
                return self.words[phrase], size
            name = self.name(span)
            if name:
                return name, size
        return self.number(tokens, i), 1

    def name(self, span: list[str]) -> str:
        """A corpus name spelt in Latin letters: exactly for one word, closely for several."""
        spelt = key("".join(span))
        if len(spelt) < 4 or lemma(span[0]) in self.stopwords | CONNECTIVES:
            return ""
        if spelt in self.names:
            return self.names[spelt]
        if len(span) >= 2:
            close = [(SequenceMatcher(None, spelt, k).ratio(), n) for k, n in self.names.items()
                     if abs(len(k) - len(spelt)) <= 3]
            best = max(close, default=(0.0, ""))
            if best[0] >= 0.88:
                return best[1]
        return ""

    @staticmethod
    def number(tokens: list[str], i: int) -> str:
        """2040 → 2040年, 5th → 第5回 (a meeting) or 第5次 (a plan), other figures as written."""
        token = tokens[i]
        ordinal = re.fullmatch(r"(\d+)(st|nd|rd|th)", token)
        if ordinal:
            later = " ".join(tokens[i + 1 : i + 6]).lower()
            counter = "回" if re.search(r"meeting|council|session|conference", later) else "次"
            return f"第{ordinal.group(1)}{counter}"
        if re.fullmatch(r"(19|20)\d\d", token):
            return f"{token}年"
        if re.fullmatch(r"\d+(?:[.,]\d+)*", token):
            return token
        return ""

    def foreign_places(self, tokens: list[str]) -> list[str]:
        """Capitalised names before City / Town / Village / Prefecture that the plans do not know."""
        out = []
        for i, token in enumerate(tokens[1:], 1):
            before = tokens[i - 1]
            known = key(before) in self.names or any(k.startswith(key(before)) for k in self.names)
            if lemma(token) in MUNICIPAL and before[:1].isupper() and lemma(before) not in self.stopwords and not known:
                out.append(before)
        return out
