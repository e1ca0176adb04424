"""Japanese names in Latin letters: for English answers (花泉 → Hanaizumi) and for finding a name an
English question spells (Hanaizumi → 花泉).

The reading comes from Sudachi, which knows place names; pykakasi turns the kana into Hepburn.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sudachipy import SplitMode

from index.tokenize import morphemes

LONG_VOWELS = ((r"ou", "o"), (r"oo", "o"), (r"uu", "u"), (r"aa", "a"), (r"ee", "e"))
# Sudachi's symbols and digits read as themselves.
KEEPS_FORM = {"補助記号", "空白"}


@lru_cache(maxsize=1)
def _kakasi():
    import pykakasi

    return pykakasi.kakasi()


def _hepburn(kana: str) -> str:
    return "".join(part["hepburn"] for part in _kakasi().convert(kana))


@lru_cache(maxsize=4096)
def romanise(text: str) -> str:
    """Words in Hepburn, long vowels shortened as signs and maps write them: まちづくり推進課 → Machizukuri Suishinka."""
    words: list[str] = []
    for m in morphemes(text, SplitMode.C):
        pos = m.part_of_speech()[0]
        surface = m.surface()
        if pos in KEEPS_FORM or re.fullmatch(r"[0-9a-zA-Z.,\-]+", surface):
            words.append(surface)
            continue
        roman = _hepburn(m.reading_form() if m.reading_form() else surface)
        for long, short in LONG_VOWELS:
            roman = roman.replace(long, short)
        if pos == "接尾辞" and words:
            words[-1] += roman
        else:
            words.append(roman.capitalize())
    return re.sub(r"\s+", " ", " ".join(w for w in words if w.strip())).strip()


def readings(text: str) -> set[str]:
    """Spelling keys of a name by both readers: Sudachi's reading and pykakasi's own (野: ya / no)."""
    return {key(romanise(text)), key(_hepburn(text))}


def key(text: str) -> str:
    """A spelling key for comparing romanised names: lower case, letters only, long vowels shortened."""
    out = re.sub(r"[^a-z0-9]", "", text.lower())
    for long, short in (*LONG_VOWELS, ("mb", "nb"), ("mm", "nm"), ("mp", "np")):
        out = out.replace(long, short)
    return out
