"""Heading schemes of plan documents (第N章, 第N節, 1, (1), ①, Ⅰ, 【】, 事業N, # …), judged by shape alone."""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.text import _CJK, CIRCLED, MAX_HEADING, ROMAN, normalize

# --------------------------------------------------------------------------- headings

_PART = re.compile(r"^第\s*\d+\s*部(?:\s+|$|(?=[^\s、。,.でのにはをとがもへやか][^、。]{1,30}$))(.*)$")
_CHAPTER = re.compile(r"^第\s*\d+\s*章(?:\s+|$|(?=[^\s、。,.でのにはをとがもへやか][^、。]{1,30}$))(.*)$")
_SECTION = re.compile(r"^第\s*\d+\s*節(?:\s+|$|(?=[^\s、。,.でのにはをとがもへやか][^、。]{1,30}$))(.*)$")
# (a PDF may draw the number and the title apart, extracted with no space: 第1章地域別構想の考え方; a sentence
# starting with 第1章 has a particle or punctuation after it, or runs long)
_CHAPTER_WORDS = {"序", "序章", "終章", "資料編", "参考資料", "はじめに", "おわりに"}
_NUMBERED = re.compile(r"^\d{1,2}(?:\s?-\s?\d{1,2})?(?:\s+|\.\s*)(?=[^\d\s])")
_ROMAN_NUMBERED = re.compile(rf"^[{ROMAN}]\s*[-.]\s*\d{{1,2}}\s+\S")
_MARKDOWN = re.compile(r"^(#{1,6})\s+(\S.*)$")
_PAGE_COUNTER = re.compile(r"\s*\d{1,4}\s*/\s*\d{1,4}$")  # e-book running heads: 〇〇計画 12/30
_MATERIAL = re.compile(r"^資料\s*\d+(?:\s+|$)")
_NAMED_NUMBER = re.compile(r"^[【〔\[]?(基本方針|基本目標|まちづくりの目標|政策目標|重点プロジェクト|プロジェクト)\s*\d+")
_PAREN = re.compile(r"^\(\d{1,2}\)\s*\S")
_BRACKET = re.compile(r"^【[^】]+】$")
_PROJECT = re.compile(r"^事業\s*\d+")
_WIDE_GAP = re.compile(r"\s{3,}")
_CARRIES_CONTENT = re.compile(r"\d[\d,]*\s*(?:人|名|件)\b.*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*月\s*\d{1,2}\s*日.*\d[\d,]*\s*(?:人|名|件)")
_ITEM_NUMBER = re.compile(r"^(?:\(\d{1,2}\)|\d{1,2}[.)](?!\d)\s*\S|[①-⑳])")  # 2. 項目, not 41.2%


@dataclass(frozen=True)
class HeadingKind:
    name: str
    rank: float | None  # None: decided per document by where the kind first appears


PART = HeadingKind("part", 0)
CHAPTER = HeadingKind("chapter", 1)
SECTION = HeadingKind("section", 1.5)  # 第N節, inside a chapter
NUMBERED = HeadingKind("numbered", 2)
PAREN = HeadingKind("paren", 4)
CIRCLE = HeadingKind("circled", 5)
MARKDOWN = [HeadingKind(f"markdown{n}", n - 1) for n in range(1, 7)]  # "# 題" is a part, "## 題" a chapter…
LABEL = HeadingKind("label", 6)  # 【…】, 事業N and table captions


def heading_kind(raw: str) -> HeadingKind | None:
    """Which heading scheme a line follows, judged by its shape alone."""
    line = raw.strip()
    if not line or len(line) > 80 or line.endswith("。"):
        return None
    text = normalize(line)
    return _numbered_kind(line, text) or _short_kind(line, text)


def _numbered_kind(line: str, text: str) -> HeadingKind | None:
    """Markdown, chapter, part, section and material numbering, 事業N and other named numbers."""
    markdown = _MARKDOWN.match(text)
    if markdown:
        return MARKDOWN[len(markdown.group(1)) - 1]
    if line[0] in ROMAN and len(line) > 1 and line[1] in " \u3000" + ROMAN:
        return CHAPTER
    if _ROMAN_NUMBERED.match(text):
        return NUMBERED  # Ⅱ-1 市民活動団体の状況: a section of chapter Ⅱ
    if _PART.match(text):
        return PART
    if _CHAPTER.match(text) or re.sub(r"\s", "", text) in _CHAPTER_WORDS:
        return CHAPTER
    if _SECTION.match(text):
        return SECTION
    if _MATERIAL.match(text) and len(text) <= MAX_HEADING:
        return NUMBERED
    named = _NAMED_NUMBER.match(text)
    if named:
        return HeadingKind(f"named:{named.group(1)}", None)
    return LABEL if _PROJECT.match(text) else None


def _short_kind(line: str, text: str) -> HeadingKind | None:
    """1 / (1) / ① / 【…】 headings: short lines of Japanese that carry no figures of a list item."""
    if len(text) > MAX_HEADING or not re.search(f"[{_CJK}]", text):
        return None
    if _CARRIES_CONTENT.search(text):
        return None  # (2)北峰支所 18人(7月13日): a list item with its figures, not a heading
    if _NUMBERED.match(text):
        return NUMBERED
    if _PAREN.match(text):
        return PAREN
    if line[0] in CIRCLED:
        return CIRCLE
    if _BRACKET.match(text):
        return LABEL
    return None
