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
    return content_tokens(list(morphemes(text)), bigrams, nouns_only)


def content_tokens(ms: list, bigrams: bool = True, nouns_only: bool = False) -> list[str]:
    """`tokenize` on morphemes already made (a question is cut by Sudachi once)."""
    tokens: list[str] = []
    previous = ""
    kinds = NOUN_POS if nouns_only else CONTENT_POS
    for m in ms:
        form = m.normalized_form()
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


KANA_FOLD = str.maketrans({chr(c): chr(c + 0x60) for c in range(0x3041, 0x3097)})  # hiragana → katakana
GRAM_SKIP = {"補助記号", "空白"}


def katakana(text: str) -> str:
    return text.translate(KANA_FOLD)


def char_grams(text: str) -> list[str]:
    """Character bigrams of the text's reading (r:) and of its written words (w:), kana folded to katakana,
    so a word typed in hiragana, a typo, or a wrong kanji of the same reading still meets the plans' spelling."""
    return grams_of(list(morphemes(text)))


def grams_of(ms: list) -> list[str]:
    """`char_grams` on morphemes already made."""
    reading_runs: list[str] = [""]
    written_runs: list[str] = [""]
    for m in ms:
        if m.part_of_speech()[0] in GRAM_SKIP:
            reading_runs.append("")
            written_runs.append("")
            continue
        reading_runs[-1] += m.reading_form()
        written_runs[-1] += katakana(m.surface())
    grams = [f"r:{run[i:i + 2]}" for run in reading_runs for i in range(len(run) - 1)]
    return grams + [f"w:{run[i:i + 2]}" for run in written_runs for i in range(len(run) - 1)]
