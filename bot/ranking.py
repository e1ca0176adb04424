"""Questions over the rows of a table: the most / the least (一番多い, 最も古い) and totals (合わせて何人).

Rows are the facts a question matched (directory rows, dated events); the column is the one the
question speaks of: a head count when it asks about people or attendance, a date otherwise.
"""

from __future__ import annotations

import re

from bot.question import squash
from index.era import date_key
from index.facts import Event, Organisation

SUPERLATIVE = re.compile(r"一番|いちばん|最も|もっとも|最大|最小|最多|最少|最新|最古|トップ|最近")
MOST = re.compile(r"多|大き|高|新し|最近|遅|最新|最多|最大")
LEAST = re.compile(r"少な|小さ|低|古|早|最古|最少|最小|初め")
SUM = re.compile(r"合計|合わせ|あわせ|全部で|総数|延べ|のべ|トータル")
PEOPLE = re.compile(r"参加|人数|何人|出席|来た|多かった|少なかった")


def _count(value: str) -> int | None:
    m = re.search(r"\d[\d,]*", value or "")
    return int(m.group().replace(",", "")) if m else None


def asks_extreme(question: str) -> bool:
    return bool(SUPERLATIVE.search(squash(question)))


def asks_total(question: str) -> bool:
    return bool(SUM.search(squash(question)))


def extreme(question: str, rows: list) -> tuple[object, str, str] | None:
    """The row with the most or least of the column asked about: (row, column label, value)."""
    key = squash(question)
    largest = bool(MOST.search(key)) and not (LEAST.search(key) and LEAST.search(key).start() > MOST.search(key).start())
    people = bool(PEOPLE.search(key))
    scored = []
    for row in rows:
        if isinstance(row, Event) and people:
            value, label, sortable = row.participants, row.counted or "参加者", _count(row.participants)
        elif isinstance(row, Event):
            value, label, sortable = row.date, "日付", date_key(row.date)
        elif isinstance(row, Organisation) and not people:  # a directory has no head counts
            value, label, sortable = row.founded, "設立", date_key(row.founded)
        else:
            continue
        if sortable is not None:
            scored.append((sortable, row, label, value))
    if len(scored) < 2:
        return None
    best = max(scored, key=lambda s: s[0]) if largest else min(scored, key=lambda s: s[0])
    return best[1], best[2], best[3]


def total(events: list[Event]) -> tuple[int, int]:
    """The sum of the events' head counts, and how many events had one."""
    counts = [c for c in (_count(e.participants) for e in events) if c is not None]
    return sum(counts), len(counts)
