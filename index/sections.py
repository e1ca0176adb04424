"""The records a parsed plan is made of: sections holding paragraphs and table rows, with their lines."""

from __future__ import annotations

from dataclasses import dataclass, field

from index.pages import NO_PAGE, Page


@dataclass
class Block:
    """A paragraph or one table row, with the source lines it came from."""

    kind: str  # "text" | "row"
    text: str
    start_line: int
    end_line: int
    cells: tuple[tuple[str, str], ...] = ()  # (header label, value) pairs of a table row
    table: int = -1  # number of the table within its document, for rows
    page: int | None = None  # PDF page of start_line (converted PDFs only)
    printed_page: str | None = None  # the number printed on that page


@dataclass
class Section:
    """A heading and its own blocks; `path` holds the titles from the top-level heading down."""

    path: tuple[str, ...]
    start_line: int
    end_line: int
    blocks: list[Block] = field(default_factory=list)
    page: int | None = None  # PDF page of the heading (converted PDFs only)
    printed_page: str | None = None

    @property
    def title(self) -> str:
        return self.path[-1] if self.path else ""


@dataclass
class ParsedDocument:
    file: str
    title: str
    sections: list[Section]
    pages: list[Page] = field(default_factory=list)  # the page of every source line (index: line - 1)

    def page_at(self, line: int) -> Page:
        """The PDF page a source line is on (no page for text that was not converted from a PDF)."""
        return self.pages[line - 1] if 0 < line <= len(self.pages) else NO_PAGE
