"""Numeric targets stated in prose: 2028年（令和10年）の目標は、人口107,400人程度…"""

from __future__ import annotations

import re

from index.extract.common import sentences, source, texts
from index.facts import Target
from index.parse import ParsedDocument

_YEAR = re.compile(r"(\d{4})\s*年(?:\s*\((?:令和|平成)\s*\d+\s*年\))?")
_VALUE = re.compile(r"(?:^|[、,はのを\s])([\u3040-\u30ff\u4e00-\u9fff]{1,8}?)([\d,]+(?:\.\d+)?\s*(?:人|%|件|回|万人))程度")


def extract_targets(doc: ParsedDocument) -> list[Target]:
    out = []
    for section, block in texts(doc):
        for sentence in sentences(block.text):
            if "目標" not in sentence and "目標" not in section.title:
                continue
            years = list(_YEAR.finditer(sentence))
            for value in _VALUE.finditer(sentence):
                before = [y for y in years if y.end() <= value.start()]
                if before:
                    out.append(Target(value.group(1), re.sub(r"\s", "", before[-1].group(0)),
                                      value.group(2).replace(" ", "") + "程度",
                                      source(doc, section, block.start_line, block.end_line)))
    return out
