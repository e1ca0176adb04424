"""The records a parsed plan is made of: sections holding paragraphs and table rows, with their lines."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Block:
    """A paragraph or one table row, with the source lines it came from."""

    kind: str  # "text" | "row"
    text: str
    start_line: int
    end_line: int
    cells: tuple[tuple[str, str], ...] = ()  # (header label, value) pairs of a table row
    table: int = -1  # number of the table within its document, for rows


@dataclass
class Section:
    """A heading and its own blocks; `path` holds the titles from the top-level heading down."""

    path: tuple[str, ...]
    start_line: int
    end_line: int
    blocks: list[Block] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.path[-1] if self.path else ""


@dataclass
class ParsedDocument:
    file: str
    title: str
    sections: list[Section]
