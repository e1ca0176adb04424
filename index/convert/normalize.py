"""Characters PDFs give for kanji they only look like, folded to the kanji — and nothing else.

Fonts map some glyphs to Kangxi radicals (⼀ U+2F00 for 一), CJK radicals (⻑ for 長) or compatibility
ideographs (U+F9DC for 隆): they look right and never match a question. Full NFKC would also turn ①
into 1 and full-width letters and digits into ASCII, which the parser reads as marks of headings and
which people expect to see as printed, so only these ranges are folded.
"""

from __future__ import annotations

import re
import unicodedata

# CJK Radicals Supplement has no compatibility mapping for most forms; these are the ones Japanese
# fonts use for whole kanji (the Unicode names say which: CJK RADICAL LONG ONE → 長…).
RADICAL_SUPPLEMENT = {
    "⺟": "母", "⺠": "民", "⻁": "虎", "⻄": "西", "⻆": "角", "⻑": "長", "⻘": "青", "⻝": "食",
    "⻤": "鬼", "⻩": "黄", "⻭": "歯", "⻯": "竜", "⻲": "亀", "⻖": "阝", "⻌": "辶",
}
_FOLDED = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f]")
_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f]")  # odd spaces PDFs emit: plain spaces
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")  # zero-width characters and soft hyphens


def _fold(match: re.Match) -> str:
    ch = match.group()
    return RADICAL_SUPPLEMENT.get(ch) or unicodedata.normalize("NFKC", ch)


def fold_glyphs(text: str) -> str:
    """Radicals and compatibility ideographs as the kanji they stand for; ①, Ⅱ and full width kept."""
    text = _INVISIBLE.sub("", text)
    return _FOLDED.sub(_fold, _SPACES.sub(" ", text))
