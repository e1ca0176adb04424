"""Where a passage, a fact or a citation comes from: one record shared by all three."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Source:
    title: str  # document title
    section: str  # section path joined with " › "
    file: str
    start_line: int
    end_line: int
    page: int | None = None  # the PDF page (1-based) of start_line, for documents converted from PDF
    printed_page: str | None = None  # the page number printed on that page, when it shows one
