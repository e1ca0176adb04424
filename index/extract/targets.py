"""Numeric targets stated in prose (2028年（令和10年）の目標は、人口107,400人程度…) or in a table with a year
column and a 目標〇〇 column (年 | 推計人口 | 目標人口)."""

from __future__ import annotations

import re

from index.extract.common import cells, rows, sentences, source, texts
from index.facts import Target
from index.parse import ParsedDocument

_YEAR = re.compile(r"(\d{4})\s*年(?:\s*\((?:令和|平成)\s*\d+\s*年\))?")
_VALUE = re.compile(r"(?:^|[、,はのを\s])([\u3040-\u30ff\u4e00-\u9fff]{1,8}?)([\d,]+(?:\.\d+)?\s*(?:人|%|件|回|万人))程度")


_YEAR_CELL = re.compile(r"(?:19|20)\d{2}\s*年度?")


def table_targets(doc: ParsedDocument) -> list[Target]:
    """Rows with a year and a 目標〇〇 column: the year's target of the 〇〇."""
    out = []
    for section, block in rows(doc):
        row = cells(block)
        year = next((v for v in row.values() if _YEAR_CELL.fullmatch(v.strip())), "")
        for label, value in row.items():
            subject = label.replace("目標", "").strip()
            if year and "目標" in label and subject and not subject.startswith("値") and re.search(r"\d", value):
                out.append(Target(subject, year.strip(), value.strip(), source(doc, section, block.start_line, block.end_line)))
    return out


def extract_targets(doc: ParsedDocument) -> list[Target]:
    out = table_targets(doc)
    for section, block in texts(doc):
        for sentence in sentences(block.text):
            if "目標" not in sentence and "目標" not in section.title:
                continue
            years = list(_YEAR.finditer(sentence))
            for value in _VALUE.finditer(sentence):
                before = [y for y in years if y.end() <= value.start()]
                if before:
                    subject = re.sub(r"^目標|[をはのがに]$", "", value.group(1)) or value.group(1)  # 目標人口を → 人口
                    out.append(Target(subject, re.sub(r"\s", "", before[-1].group(0)),
                                      value.group(2).replace(" ", "") + "程度",
                                      source(doc, section, block.start_line, block.end_line)))
    return out
