"""Indicator tables, whatever their headers: a current column (現状値 / 基準値 / 実績…) beside a target column."""

from __future__ import annotations

import re

from index.era import years_in
from index.extract.common import cells, find, in_brackets, label_of, rows, source, strip_numbering
from index.facts import BOUND, Indicator
from index.parse import ParsedDocument

CURRENT = ("現状", "実績", "現況", "直近", "基準", "策定時")  # the latest actual figure first
BASELINE = ("基準", "策定時")  # a value measured before the plan, when the table also gives a later one
TARGET = ("目標",)
NAME = ("指標", "項目", "名称")
STATUS = ("達成状況", "進捗状況", "評価", "達成度")
_UNIT = re.compile(r"^[\d,.]+\s*([^\d\s,.]{1,6})$")
_NAMED_UNIT = re.compile(r"[(（]\s*([^\d\s()（）、,]{1,4})\s*(?:[、,][^()（）]*)?[)）]\s*$")  # 重傷者数(人、累計)


NUMBER_ONLY = re.compile(r"^[\d,.%％\s]*$")  # a 達成度 given as a figure is not a verdict
YEAR_COLUMN = re.compile(r"\s*(?:年度|年次|年)$")  # 目標値 年度: the year beside 目標値 値
YEAR_ONLY = re.compile(r"^\s*(?:(?:令和|平成|昭和|R|H)\s*(?:\d{1,2}|元)|(?:19|20)\d{2})\s*年?度?\s*$")


def _label_year(label: str, keys: tuple[str, ...], row: dict[str, str]) -> str:
    """The year a column speaks of: 現状値(令和5年度) → 令和5年度; 目標(2035年度) → 2035年度; under a two-row
    header (目標値 / 年度・値), the value of its sibling 年度 column."""
    inner = in_brackets(label)
    if inner:
        return inner
    sibling = next((v for lb, v in row.items() if lb != label and YEAR_ONLY.match(v) and (stem := YEAR_COLUMN.sub("", lb))
                    and label.startswith(stem)), "")
    if sibling:
        return sibling.strip()
    rest = label
    for key in keys:
        rest = rest.replace(key, "")
    return rest.replace("値", "").strip()


def _figure_column(row: dict[str, str], keys: tuple[str, ...]) -> str:
    """The column a key names that holds a figure (目標値, not the 基本目標 a row is grouped under, nor the 年度
    beside its 値); of several years' figures (実績 令和5年度, 令和6年度), the latest."""
    labels = [label for key in keys for label in row if key in label]
    labels.sort(key=lambda label: not any(label.lstrip("(（【").startswith(key) for key in keys))  # 目標値 before 基本目標
    figures = [label for label in labels if re.search(r"\d", row[label]) and not YEAR_ONLY.match(row[label])]
    if not figures:
        return next((label for label in labels if re.search(r"\d", row[label])), labels[0] if labels else "")
    first = next(key for key in keys if key in figures[0])
    dated = [(max(years), label) for label in figures if first in label and (years := years_in(label))]
    return max(dated)[1] if len(dated) >= 2 else figures[0]


def _status(row: dict[str, str], taken: set[str]) -> str:
    """The table's verdict on the row (達成状況: 未達成), not a figure nor a column read already."""
    label = label_of(row, *STATUS)
    value = row.get(label, "").strip() if label and label not in taken else ""
    return value if len(value) <= 12 and not NUMBER_ONLY.match(value) else ""


def figure_unit(target: str, current: str, name: str) -> str:
    """The unit the figures are counted in: written after them (170回), less a bound (3以下 has none), or
    else in brackets after the indicator's name (重傷者数(人))."""
    for figure in (target, current):
        if (m := _UNIT.match(figure)) and (unit := BOUND.sub("", m.group(1))):
            return unit
    return m.group(1) if (m := _NAMED_UNIT.search(name)) else ""


def extract_indicators(doc: ParsedDocument) -> list[Indicator]:
    out = []
    for section, block in rows(doc):
        row = cells(block)
        current_label, target_label = _figure_column(row, CURRENT), _figure_column(row, TARGET)
        if not (current_label and target_label) or current_label == target_label:
            continue
        name_label = label_of(row, *NAME) or next(iter(row))
        if name_label in (current_label, target_label):
            continue
        current, target = row[current_label], row[target_label]
        baseline_label = _figure_column(row, BASELINE)  # 基準値 beside a later 実績: where progress starts
        if baseline_label in (current_label, target_label, name_label):
            baseline_label = ""
        unit = find(row, "単位") or figure_unit(target, current, row[name_label])
        out.append(Indicator(
            name=strip_numbering(row[name_label]),
            unit=unit,
            current=current,
            current_label=_label_year(current_label, CURRENT, row),
            target=target,
            target_label=_label_year(target_label, TARGET, row),
            source=source(doc, section, block.start_line, block.end_line),
            baseline=row[baseline_label] if baseline_label else "",
            baseline_label=_label_year(baseline_label, BASELINE, row) if baseline_label else "",
            status=_status(row, {name_label, current_label, target_label, baseline_label}),
        ))
    return out
