"""Page markers: the line a converted PDF carries at the start of each page (`<!-- page 11 printed 7 -->`).

The parser skips these lines but gives every line after one its PDF page and printed page, so a
citation can say 「PDF 11ページ（冊子 7ページ）」 and link to `url#page=11`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MARKER = re.compile(r"^\s*<!--\s*page\s+(\d{1,5})(?:\s+printed\s+(\S{1,12}))?\s*-->\s*$")


@dataclass(frozen=True)
class Page:
    """Where a line sits in the published PDF: its page (1-based) and the number printed on it, if any."""

    page: int | None = None
    printed: str | None = None


NO_PAGE = Page()


def marker(page: int, printed: str | None = None) -> str:
    """The marker line for the start of a PDF page."""
    return f"<!-- page {page} printed {printed} -->" if printed else f"<!-- page {page} -->"


def read_marker(line: str) -> Page | None:
    """The page a marker line opens, or None for any other line."""
    match = MARKER.match(line)
    return Page(int(match.group(1)), match.group(2)) if match else None


def line_pages(lines: list[str]) -> list[Page]:
    """The page of every line (index i is line i + 1); lines before the first marker have none."""
    current, out = NO_PAGE, []
    for line in lines:
        current = read_marker(line) or current
        out.append(current)
    return out


def page_label(page: int | None, printed: str | None) -> str:
    """How people are told where to look: PDF 11ページ（冊子 7ページ）."""
    if page is None:
        return ""
    return f"PDF {page}ページ（冊子 {printed}ページ）" if printed else f"PDF {page}ページ"
