"""Text clean-up shared by the parser: width and HTML normalisation, PDF-broken words rejoined."""

from __future__ import annotations

import re
import unicodedata

KEEP_AS_IS = set("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ")
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
SENTENCE_END = tuple("。！？!?」』")
BULLETS = tuple("・●○◆◇■□※*▶►◎")
WRAP_MIN = 18  # a PDF line shorter than this was not wrapped by the page width
MAX_HEADING = 40
RUN_DEMOTE = 3  # this many same-kind headings with nothing between them are a list, not headings
REPEATED_TEXT = 4  # a paragraph repeated this often is a running footer or boilerplate


# --------------------------------------------------------------------------- normalisation


BOX_BARS = str.maketrans({"│": "|", "┃": "|", "║": "|", "｜": "|"})  # box-drawing tables read as pipe tables


def normalize(text: str) -> str:
    """NFKC (full-width digits and brackets to ASCII) but keep ① and Ⅰ, which mark heading kinds."""
    return "".join(ch if ch in KEEP_AS_IS else unicodedata.normalize("NFKC", ch) for ch in text).translate(BOX_BARS)


_TAG = re.compile(r"<[^>]+>")
_CJK = r"\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff々〆ー"


def clean_text(text: str) -> str:
    """Drop HTML tags and markdown emphasis, normalise, collapse white space."""
    text = _TAG.sub(" ", text).replace("**", "")
    return re.sub(r"^#{1,6}\s+", "", re.sub(r"\s+", " ", normalize(text)).strip())


def clean_cell(text: str) -> str:
    """A table cell: like `clean_text`, and rejoin characters the PDF spaced out (市 民 センター)."""
    tokens = clean_text(text).split(" ")
    out = tokens[:1]
    for previous, token in zip(tokens, tokens[1:], strict=False):
        spaced_out = len(previous) == 1 or len(token) == 1
        if previous and token and is_cjk(previous[-1]) and is_cjk(token[0]) and spaced_out:
            out[-1] += token
        else:
            out.append(token)
    return " ".join(out)


def is_cjk(ch: str) -> bool:
    return bool(re.match(f"[{_CJK}]", ch))


def join_fragments(left: str, right: str) -> str:
    """Join two pieces of a broken line: no space between Japanese, one between Latin words."""
    if left and right and left[-1].isascii() and left[-1].isalnum() and right[0].isascii() and right[0].isalnum():
        return f"{left} {right}"
    return left + right


_SPACED_DIGITS = re.compile(r"(?<=[^\s\d,.])[\d](?:\s?[,.]?\s?[\d])+|[\d](?:\s?[,.]?\s?[\d])+(?=[^\s\d,.])")


def join_spaced_digits(text: str) -> str:
    """Digits a PDF spaced out inside a number (人口は1 3 ,0 0 0人, 3 4 . 5 %) written together again; only a
    run glued to the words around it, so the columns of a space-separated table stay apart."""

    def join(match: re.Match) -> str:
        run = match.group()
        tokens = re.split(r"\s", run)
        spaced = len(tokens) > 1 and all(len(t) == 1 or (len(t) == 2 and t[0] in ",.") for t in tokens)
        return run.replace(" ", "") if spaced else run

    return re.sub(r"(?<=\d)\s(?=[%％])", "", _SPACED_DIGITS.sub(join, text)) if _SPACED_DIGITS.search(text) else text
