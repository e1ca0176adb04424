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
