"""Indicator tables, whatever their headers: a current column (現状値 / 基準値 / 実績…) beside a target column."""

from __future__ import annotations

import re

from index.extract.common import cells, find, in_brackets, label_of, rows, source, strip_numbering
from index.facts import Indicator
from index.parse import ParsedDocument

CURRENT = ("現状", "実績", "現況", "直近", "基準", "策定時")  # the latest actual figure first
BASELINE = ("基準", "策定時")  # a value measured before the plan, when the table also gives a later one
TARGET = ("目標",)
NAME = ("指標", "項目", "名称")
_UNIT = re.compile(r"^[\d,.]+\s*([^\d\s,.]{1,6})$")


def _label_year(label: str, keys: tuple[str, ...]) -> str:
    """The year a column speaks of: 現状値(令和5年度) → 令和5年度; 目標(2035年度) → 2035年度."""
    inner = in_brackets(label)
    if inner:
        return inner
    rest = label
    for key in keys:
        rest = rest.replace(key, "")
    return rest.replace("値", "").strip()


def _figure_column(row: dict[str, str], keys: tuple[str, ...]) -> str:
    """The column a key names that holds a figure (目標値, not the 基本目標 a row is grouped under)."""
    labels = [label for key in keys for label in row if key in label]
    labels.sort(key=lambda label: not any(label.lstrip("(（【").startswith(key) for key in keys))  # 目標値 before 基本目標
    return next((label for label in labels if re.search(r"\d", row[label])), labels[0] if labels else "")


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
        unit = find(row, "単位")
        if not unit:
            unit_match = _UNIT.match(target) or _UNIT.match(current)
            unit = unit_match.group(1) if unit_match else ""
        out.append(Indicator(
            name=strip_numbering(row[name_label]),
            unit=unit,
            current=current,
            current_label=_label_year(current_label, CURRENT),
            target=target,
            target_label=_label_year(target_label, TARGET),
            source=source(doc, section, block.start_line, block.end_line),
            baseline=row[baseline_label] if baseline_label else "",
            baseline_label=_label_year(baseline_label, BASELINE) if baseline_label else "",
        ))
    return out
