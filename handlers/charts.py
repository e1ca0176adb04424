"""Charts for the staff pages as HTML bars: text a screen reader reads and a phone wraps, bars drawn
by CSS, rows in the order of the table beside them (no script, no image, no label clipped)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Bar:
    name: str
    value: str  # what the bar says in text (74%, 12件)
    segments: list[tuple[int, float]] = field(default_factory=list)  # (colour number, width in % of the track)


@dataclass
class Chart:
    title: str
    bars: list[Bar]
    legend: list[tuple[int, str]] = field(default_factory=list)  # (colour number, series name)
    table: tuple[list[str], list[list[str]]] | None = None  # header and rows of the data, where the page has no table


def progress_chart(rows: list[dict], title: str) -> Chart | None:
    """The way from baseline to target each indicator with a baseline and a later figure has come, in table order."""
    shown = [r for r in rows if r["progress"] is not None]
    if not shown:
        return None
    bars = [Bar(r["name"], f"{round(100 * r['progress'])}%{'（達成）' if r['achieved'] else ''}",
                [(0, round(100 * r["progress"], 1))]) for r in shown]
    return Chart(title, bars)


def per_day_chart(counts: dict[tuple[date, str], int], title: str) -> Chart | None:
    """Questions per day, stacked by channel, oldest first, with the numbers as a table behind it."""
    if not counts:
        return None
    days = sorted({d for d, _ in counts})
    channels = sorted({c for _, c in counts})
    totals = {d: sum(counts.get((d, c), 0) for c in channels) for d in days}
    most = max(totals.values()) or 1
    bars = [Bar(d.isoformat(), f"{totals[d]}件",
                [(i % 5, 100 * counts.get((d, c), 0) / most) for i, c in enumerate(channels) if counts.get((d, c))])
            for d in days]
    table = (["日付", *channels, "計"], [[d.isoformat(), *(str(counts.get((d, c), 0)) for c in channels), str(totals[d])]
                                         for d in days])
    return Chart(title, bars, [(i % 5, c) for i, c in enumerate(channels)], table)


def frequent_chart(frequent: list[tuple[str, int]], title: str) -> Chart | None:
    """The most asked questions, most asked first, as in the table below it."""
    if not frequent:
        return None
    most = max(n for _, n in frequent) or 1
    return Chart(title, [Bar(q, f"{n}回", [(1, 100 * n / most)]) for q, n in frequent])
