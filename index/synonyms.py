"""Sudachi's synonym groups of the words the plans use, so a question's word the plans never write
can find the plans' word for the same thing (中央 → 中心, 河川 → 川, 児童 → 子ども).

The core dictionary carries each word's synonym group ids; grouping the plans' own words by them
at build time is the expansion the Sudachi synonym dictionary offers, without its separate file.
"""

from __future__ import annotations

from collections.abc import Iterable

from sudachipy import SplitMode

from index.tokenize import morphemes


def synonym_groups(words: Iterable[str]) -> dict[str, list[int]]:
    """The synonym group ids of each one-morpheme word (words without any are left out)."""
    out: dict[str, list[int]] = {}
    for word in words:
        parts = list(morphemes(word, SplitMode.C))
        if len(parts) == 1 and parts[0].synonym_group_ids():
            out[word] = list(parts[0].synonym_group_ids())
    return out


def question_groups(text: str) -> dict[str, list[int]]:
    """The synonym group ids of a question's words, by their normalized form."""
    return {m.normalized_form(): list(m.synonym_group_ids()) for m in morphemes(text)
            if m.synonym_group_ids()}
