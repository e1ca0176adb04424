"""Japanese tokenizing with SudachiPy: normalized forms of content words, for BM25 and matching."""

from __future__ import annotations

import threading
import unicodedata

from sudachipy import Dictionary, SplitMode

CONTENT_POS = {"名詞", "動詞", "形容詞", "形状詞", "副詞", "接頭辞", "接尾辞"}
STOP_WORDS = {
    "する", "ある", "いる", "なる", "れる", "られる", "こと", "もの", "よう", "ため", "とき", "ところ",
    "など", "教える", "知る", "思う", "下さる", "くださる", "いう", "言う", "できる", "出来る", "的",
}
MAX_PIECE = 4000  # Sudachi refuses very long inputs; tokenize long text piece by piece

_local = threading.local()


def _tokenizer():
    """One Sudachi tokenizer per thread: it is not safe to share between threads."""
    if not hasattr(_local, "tokenizer"):
        _local.tokenizer = Dictionary(dict="core").tokenizer()
    return _local.tokenizer


def normalize(text: str) -> str:
    """NFKC and lower case: full-width and half-width forms compare equal."""
    return unicodedata.normalize("NFKC", text).lower()


def _pieces(text: str) -> list[str]:
    pieces, rest = [], text
    while len(rest) > MAX_PIECE:
        cut = max(rest.rfind("\n", 0, MAX_PIECE), rest.rfind("。", 0, MAX_PIECE))
        cut = cut + 1 if cut > 0 else MAX_PIECE
        pieces.append(rest[:cut])
        rest = rest[cut:]
    pieces.append(rest)
    return pieces


def morphemes(text: str, mode: SplitMode = SplitMode.A):
    """Sudachi morphemes of NFKC-normalised text (long text is cut into pieces first)."""
    for piece in _pieces(normalize(text)):
        yield from _tokenizer().tokenize(piece, mode)


NOUN_POS = {"名詞", "接頭辞", "接尾辞"}


def tokenize(text: str, bigrams: bool = True, nouns_only: bool = False) -> list[str]:
    """Content-word tokens: Sudachi normalized forms, without particles, symbols and stop words.

    With `bigrams`, two content words standing next to each other also give one joined token
    (活動+件数 → 活動件数), so a phrase outranks the same words scattered over a passage.
    """
    tokens: list[str] = []
    previous = ""
    for m in morphemes(text):
        form = m.normalized_form()
        kinds = NOUN_POS if nouns_only else CONTENT_POS
        if m.part_of_speech()[0] not in kinds or not form or form.isspace():
            previous = ""
            continue
        if form not in STOP_WORDS:
            tokens.append(form)
        if bigrams and previous:
            tokens.append(previous + form)
        previous = form
    return tokens


def reading(text: str) -> str:
    """Katakana reading of the text, for matching questions typed in kana only."""
    return "".join(m.reading_form() for m in morphemes(text) if m.part_of_speech()[0] not in ("補助記号", "空白"))
