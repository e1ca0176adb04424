"""Helpers the extractors share: where a fact was read, table cells by label, dates and numbering."""

from __future__ import annotations

import re
from collections.abc import Iterator

from index.chunk import SECTION_SEPARATOR
from index.parse import Block, ParsedDocument, Section, normalize
from index.source import Source

NUMBERING = re.compile(r"^(?:\(\d+\)|\d+(?:-\d+)?(?:\.|(?![\d.,]|[人日年月件回か所個歳名%％]))|[①-⑳]|第\d+[章部節編]?|[◆◇■□●○・※*]+|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+(?:\s*[-.]\s*\d+)?)\s*")
DATE = re.compile(
    r"(?:令和|平成|昭和)\s*(?:元|\d+)\s*年(?:\s*\d+\s*月(?:\s*\d+\s*日)?|\s*度)?[^/|]*?"
    r"|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^/|]*?"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*日[^/|]*"
)
DATE_IN_TEXT = re.compile(
    r"(?:(?:(?:令和|平成|昭和)\s*(?:元|\d+)\s*年|(?:19|20)\d{2}\s*年)?\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|\b[RHS]\s*\d{1,2}\.\s*\d{1,2}\.\s*\d{1,2}|(?:19|20)\d{2}[./]\d{1,2}[./]\d{1,2})"  # R5.7.14, 2024/7/14
    r"(?:\s*\([月火水木金土日]\))?"
)


def strip_numbering(title: str) -> str:
    """The title without its numbering, marks and numbers together (※1 用語, ◆(2) 用語)."""
    text, previous = normalize(title).strip(), ""
    while text != previous:
        previous, text = text, NUMBERING.sub("", text, count=1).strip()
    return text


def source(doc: ParsedDocument, section: Section, start: int, end: int) -> Source:
    page = doc.page_at(start)
    return Source(doc.title, SECTION_SEPARATOR.join(section.path) or "(冒頭)", doc.file, start, end,
                  page.page, page.printed)


def cells(block: Block) -> dict[str, str]:
    return {label: value for label, value in block.cells if label}


def find(row: dict[str, str], *keys: str) -> str:
    """The value of the first column whose label contains one of the keys."""
    for key in keys:
        for label, value in row.items():
            if key in label:
                return value
    return ""


def label_of(row: dict[str, str], *keys: str) -> str:
    return next((label for key in keys for label in row if key in label), "")


def in_brackets(label: str) -> str:
    match = re.search(r"\(([^)]+)\)", normalize(label))
    return match.group(1).strip() if match else ""


def rows(doc: ParsedDocument) -> Iterator[tuple[Section, Block]]:
    for section in doc.sections:
        for block in section.blocks:
            if block.kind == "row":
                yield section, block


def texts(doc: ParsedDocument) -> Iterator[tuple[Section, Block]]:
    for section in doc.sections:
        for block in section.blocks:
            if block.kind == "text":
                yield section, block


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=。)", text) if s.strip()]
