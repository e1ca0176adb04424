"""Dated events: table rows with a date (meetings, 住民懇談会, milestones), stated periods (開催期間：…),
and list lines that carry a venue, a count and a date ((2)北峰支所 18人(2024年7月13日))."""

from __future__ import annotations

import re

from index.extract.common import (
    DATE,
    DATE_IN_TEXT,
    cells,
    find,
    label_of,
    rows,
    source,
    strip_numbering,
    texts,
)
from index.facts import Event
from index.parse import ParsedDocument

DATE_LABELS = ("期日", "日時", "日付", "年月日", "開催日")
NAME_LABELS = ("会議", "名称", "内容", "事項")
VENUE_LABELS = ("会場", "場所")
AREA_LABELS = ("地域", "地区", "エリア")
COUNT_LABELS = ("参加者", "出席者", "人数")
_COUNT = re.compile(r"(\d[\d,]*)\s*(人|名)")
_LIST_ITEM = re.compile(r"^(?:\(\d+\)|\d+[.)]|[①-⑳]|[・●○◆■-]|第\s*\d{1,2}\s*回)\s*")


def table_events(doc: ParsedDocument, founded_labels: tuple[str, ...]) -> list[Event]:
    out = []
    for section, block in rows(doc):
        row = cells(block)
        values = [v for _, v in block.cells if v]
        date = find(row, *DATE_LABELS) if row else ""
        name = find(row, *NAME_LABELS) if row else ""
        if not date and (name or not row):  # under a header, a year cell (建築年度, 基準値 年度) beside no
            # event's name column dates a record, not an event
            date = next((v for v in values if DATE.fullmatch(v.strip())), "")
        if not date or (founded_labels and label_of(row, *founded_labels)):
            continue
        if not name:
            others = [v for v in values if v != date]
            name = others[0] if others and not row else strip_numbering(section.title)
        count_label = label_of(row, *COUNT_LABELS)
        out.append(Event(
            name=name,
            date=date,
            venue=find(row, *VENUE_LABELS),
            area=find(row, *AREA_LABELS),
            participants=row.get(count_label, "") if count_label else "",
            counted=re.sub(r"数|\(.*?\)", "", count_label).strip(),
            content=find(row, "主な内容"),
            source=source(doc, section, block.start_line, block.end_line),
        ))
    return out


def stated_periods(doc: ParsedDocument) -> list[Event]:
    out = []
    for section, block in texts(doc):
        m = re.search(r"(.+?)\s*(?:開催期間|実施期間|期間)\s*[:：]\s*(.+)$", block.text)
        name = re.sub(r"[()（）]", "", m.group(1)).strip() if m else ""
        if m and DATE.match(m.group(2)) and name and not name.endswith("計画"):  # a plan's own period is not an event
            out.append(Event(name, m.group(2).strip(),
                             source=source(doc, section, block.start_line, block.end_line)))
    return out


def list_events(doc: ParsedDocument) -> list[Event]:
    """A list item with a place, a head count and a date is one session of the section's event; one that
    opens with a date (・R5.12.1 パブリックコメント) is an event of its own."""
    out = []
    for section, block in texts(doc):
        if not _LIST_ITEM.match(block.text) or len(block.text) > 80:
            continue
        date, count = DATE_IN_TEXT.search(block.text), _COUNT.search(block.text)
        item = _LIST_ITEM.sub("", block.text)
        opening = DATE_IN_TEXT.match(item) if date and not count else None
        if opening:  # ・R5.12.1~R5.12.22 パブリックコメント
            until = re.match(rf"\s*[~〜～-]\s*({DATE_IN_TEXT.pattern})", item[opening.end():])
            when = opening.group(0) + (f"~{until.group(1)}" if until else "")
            what = item[opening.end() + (until.end() if until else 0):].strip()
            out.append(Event(what or strip_numbering(section.title), when.strip(),
                             source=source(doc, section, block.start_line, block.end_line)))
            continue
        if not (date and count):
            continue
        venue = _LIST_ITEM.sub("", block.text)
        for part in (date.group(0), count.group(0)):
            venue = venue.replace(part, " ")
        venue = re.sub(r"[()\s]+", " ", venue).strip()
        label = re.search(r"\s*((?:出席|参加)者?数?)\s*[:：]?$", venue)  # 市民交流プラザ 出席11名: what the count counts
        venue = venue[: label.start()] if label else venue
        ordinal = re.match(r"第\s*\d{1,2}\s*回", block.text)  # 第2回 …: which session
        name = strip_numbering(section.title) + (f" {ordinal.group(0)}" if ordinal else "")
        out.append(Event(name, date.group(0).strip(), venue=venue,
                         participants=count.group(1), counted="出席者" if label and "出席" in label.group(1) else "参加者",
                         source=source(doc, section, block.start_line, block.end_line)))
    return out


def extract_events(doc: ParsedDocument, founded_labels: tuple[str, ...] = ()) -> list[Event]:
    return table_events(doc, founded_labels) + stated_periods(doc) + list_events(doc)
