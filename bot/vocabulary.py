"""The plans' vocabulary: how rare each word is, and how much of a question the plans' words cover.

"Not in the plans" starts here: a question made mostly of words the plans never write is not about
them. Words are Sudachi normalized forms, counted per chunk at build time; a word the plans write only
inside longer words (南 in 南部) or only as a Sudachi synonym (天気 ~ 気候, counted half) is handled here.
"""

from __future__ import annotations

import math
import re
from functools import cached_property

from bot.evidence import ALIAS_SHARE, DIRECTION, DIRECTION_SUFFIXES
from bot.subject import subject_words
from index.synonyms import question_groups
from index.tokenize import morphemes, reading, tokenize

KATAKANA_WORD = re.compile(r"[\u30a1-\u30faー]{2,}")
KANJI_WORD = re.compile(r"[\u4e00-\u9fff]{2,3}")
KANJI_COMPOUND = re.compile(r"[\u4e00-\u9fff]{3,}")
KANJI_RUN = re.compile(r"[\u4e00-\u9fff]{2,6}")


def _shortens(short: str, word: str) -> bool:
    """`short` is the head of `word` and the head of a later part of it (パブ + コメ in パブリックコメント)."""
    for cut in range(2, len(short) - 1):
        head, tail = short[:cut], short[cut:]
        if word.startswith(head) and tail in word[cut + 1:]:
            return True
    return False


def _heads_spell(short: str, word: str) -> bool:
    """`short` is spelled by the first kanji of consecutive parts of `word`, each part shortened (高専 from
    高等・専門; not 分別 from 分野・別, where 別 is a whole part)."""
    parts = [m.surface() for m in morphemes(word)][: len(short)]
    return "".join(p[0] for p in parts) == short and all(len(p) >= 2 for p in parts)


class Vocabulary:
    def __init__(self, word_chunks: dict[str, int], chunk_count: int, synonyms: dict[str, list[int]]) -> None:
        self.word_chunks = word_chunks
        self.chunk_count = chunk_count
        self.group_words: dict[int, set[str]] = {}  # Sudachi synonym group → the plans' words in it
        for word, groups in synonyms.items():
            for group in groups:
                self.group_words.setdefault(group, set()).add(word)

    @classmethod
    def from_index(cls, extra: dict, chunks: int) -> Vocabulary:
        frequency = extra.get("document_frequency", {})
        return cls(frequency.get("words", {}), frequency.get("chunks", chunks), extra.get("synonyms", {}))

    def weight(self, word: str) -> float:
        """Rarity of a word in the plans (inverse document frequency); unknown words weigh most."""
        return math.log((self.chunk_count + 1) / (self.word_chunks.get(word, 0) + 0.5))

    def speaks_of(self, question: str, places: list[str]) -> bool:
        """The question asks, about the places it names, for something the plans speak of (人口, 協働体…),
        judged by the corpus's own words: then another city's plan is what it wants."""
        named = {w for p in places for w in tokenize(p)}
        return any(self.word_chunks.get(w) for w in subject_words(question) - named)

    def known_compounds(self, question: str, words: set[str]) -> set[str]:
        """Drop word pairs the plans never use when both words are there apart (意見募集 / 意見を募集)."""
        single = set(tokenize(question, bigrams=False, nouns_only=True))
        return {w for w in words if w in single or self.word_chunks.get(w)}

    def aliases(self, question: str) -> dict[str, set[str]]:
        """For each question word the plans never write, the plans' words of the same Sudachi synonym group."""
        out = {}
        for word, groups in question_groups(question).items():
            if self.word_chunks.get(word):
                continue
            found = {w for g in groups for w in self.group_words.get(g, ())} - {word}
            if found:
                out[word] = found
        return out

    def coverage(self, question: str, aliases: dict[str, set[str]] | None = None) -> float:
        """Share of the question's words and word pairs, weighted by rarity, that occur in the plans
        (`aliases`: the question's synonyms, when the caller has them already)."""
        words = self.known_compounds(question, subject_words(question)) or set(tokenize(question))
        if not words:
            return 0.0
        total = sum(self.weight(w) for w in words) or 1.0
        aliases = self.aliases(question) if aliases is None else aliases
        held = sum(self.weight(w) for w in words if self.knows(w))
        return (held + ALIAS_SHARE * sum(self.weight(w) for w in words if w in aliases)) / total

    @cached_property
    def _katakana_words(self) -> list[str]:
        return [w for w in self.word_chunks if KATAKANA_WORD.fullmatch(w)]

    @cached_property
    def _kanji_words(self) -> list[str]:
        return [w for w in self.word_chunks if KANJI_COMPOUND.fullmatch(w)]

    def unabbreviate(self, question: str) -> str:
        """Words shortened the Japanese way, written out as the plans write them when exactly one of the
        plans' words shortens so: katakana heads joined (パブコメ → パブリックコメント), or the first kanji
        of each part (高専 → 高等専門)."""
        for short in set(KATAKANA_WORD.findall(question)):
            if len(short) < 4 or self.word_chunks.get(short):
                continue
            found = {w for w in self._katakana_words if len(w) > len(short) + 1 and _shortens(short, w)}
            if len(found) == 1:
                question = question.replace(short, found.pop())
        for part in {m.surface() for m in morphemes(question)}:
            if not KANJI_WORD.fullmatch(part) or self.knows(part):
                continue
            near = [w for w in self._kanji_words if w[0] == part[0] and part not in w and all(c in w[1:] for c in part[1:])]
            found = {w for w in near if _heads_spell(part, w)}
            if len(found) == 1:
                question = question.replace(part, found.pop())
        return question

    @cached_property
    def _kanji_readings(self) -> dict[str, set[str]]:
        """Katakana reading → the plans' kanji words read so (キョウドウタイ → {協働体})."""
        out: dict[str, set[str]] = {}
        for word in self.word_chunks:
            if KANJI_RUN.fullmatch(word):
                out.setdefault(reading(word), set()).add(word)
        return out

    def respell(self, question: str) -> str:
        """A kanji word the plans never write, typed for the one word of theirs read the same (協同体 → 協働体)."""
        for run in sorted(set(KANJI_RUN.findall(question)), key=len, reverse=True):
            if self.knows(run):
                continue
            same = self._kanji_readings.get(reading(run), set()) - {run}
            if len(same) == 1 and len(next(iter(same))) == len(run):
                question = question.replace(run, same.pop())
        return question

    @cached_property
    def _vocabulary(self) -> str:
        """Every word, each after a line break, to find words inside words and words by their start."""
        return "\n" + "\n".join(self.word_chunks)

    def knows(self, word: str) -> bool:
        """The plans write the word, alone, inside longer words, or as the same direction (北側 ~ 北部)."""
        if m := DIRECTION.fullmatch(word):
            return any(self.word_chunks.get(m.group(1) + suffix) for suffix in DIRECTION_SUFFIXES)
        return bool(self.word_chunks.get(word)) or self.inside_words(word)

    def inside_words(self, word: str) -> bool:
        """A word the plans write only inside longer ones: one kanji (南 in 南部), or the start of a
        longer word (キロ in キロメートル, 毎年 in 毎年度)."""
        if len(word) == 1 and "\u4e00" <= word <= "\u9fff":
            return word in self._vocabulary
        return len(word) >= 2 and f"\n{word}" in self._vocabulary
