"""Charts for the staff pages, drawn on the server as SVG by pygal (no script, no external file)."""

from __future__ import annotations

import re
from datetime import date

import pygal
from pygal.style import Style

STYLE = Style(background="white", plot_background="white", foreground="#1b1b1b", foreground_strong="#1b1b1b",
              foreground_subtle="#767676", colors=("#0b7a3e", "#0b57a4", "#a34700", "#6b2fa3", "#7a4b00"),
              font_family="'Noto Sans CJK JP', 'Hiragino Sans', sans-serif", label_font_size=13,
              major_label_font_size=13, legend_font_size=13, title_font_size=16, value_font_size=12)
COMMON = {"style": STYLE, "js": [], "disable_xml_declaration": True, "width": 900, "print_values": True}


def _svg(chart) -> str:
    """The chart's SVG without the config script pygal inlines for its (unused) tooltips."""
    return re.sub(r"<script.*?</script>", "", chart.render(is_unicode=True), flags=re.S)


def progress_chart(rows: list[dict], title: str) -> str:
    """Each indicator's current value as a share of its target, as horizontal bars (indicators without
    two figures are left out of the chart, not of the table)."""
    shown = [r for r in rows if r["progress"] is not None]
    chart = pygal.HorizontalBar(title=title, show_legend=False, range=(0, 100), height=max(160, 48 * len(shown) + 90),
                                value_formatter=lambda v: f"{v:.0f}%", truncate_label=14, **COMMON)
    chart.x_labels = [r["name"] for r in shown]
    chart.add("%", [round(100 * r["progress"], 1) for r in shown])
    return _svg(chart)


def per_day_chart(counts: dict[tuple[date, str], int], title: str) -> str:
    """Questions per day, stacked by channel."""
    days = sorted({d for d, _ in counts})
    channels = sorted({c for _, c in counts})
    chart = pygal.StackedBar(title=title, height=360, x_label_rotation=30, **{**COMMON, "print_values": False})
    chart.x_labels = [d.isoformat() for d in days]
    for channel in channels:
        chart.add(channel, [counts.get((d, channel), 0) for d in days])
    return _svg(chart)


def frequent_chart(frequent: list[tuple[str, int]], title: str) -> str:
    chart = pygal.HorizontalBar(title=title, show_legend=False, height=max(160, 36 * len(frequent) + 90),
                                truncate_label=14, **COMMON)
    chart.x_labels = [q for q, _ in frequent]
    chart.add("", [n for _, n in frequent])
    return _svg(chart)
