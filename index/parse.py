"""Parse PDF-extracted plan text into a tree of sections holding paragraphs and table rows.

The documents are messy: hard line breaks inside words and sentences, page numbers,
running heads, tab- and space-separated tables, HTML fragments in cells. Everything
here is driven by the shapes such documents share (heading numbering schemes, table
layouts), never by the strings of one document, and every block keeps its line range.
"""

from __future__ import annotations

import re
from collections import Counter

from index.headings import _ITEM_NUMBER, NUMBERED, PAREN, HeadingKind, heading_kind
from index.html import html_as_lines
from index.lines import (
    Line,
    classify,
    demote_heading_runs,
    drop_table_of_contents,
    mark_captions,
    mark_space_headers,
    pipe_cells,
    repair_breaks,
    space_tokens,
    wide_gap_rows,
)
from index.pages import line_pages
from index.sections import Block, ParsedDocument, Section
from index.tables import header_only, looks_like_header, name_row_groups, table_blocks
from index.text import (
    BULLETS,
    REPEATED_TEXT,
    SENTENCE_END,
    WRAP_MIN,
    clean_cell,
    clean_text,
    join_fragments,
    normalize,
)

__all__ = ["Block", "Section", "ParsedDocument", "parse_document", "heading_kind", "normalize", "BULLETS", "clean_text"]


# --------------------------------------------------------------------------- assembly


class _Builder:
    """Walks classified lines, keeping the heading stack and the open paragraph or table."""

    def __init__(self, wrap_width: int) -> None:
        self.wrap_width = wrap_width
        self.sections: dict[tuple[str, ...], Section] = {}
        self.stack: list[tuple[float, str]] = []
        self.ranks: dict[str, float] = {}
        self.numbers: dict[tuple, int] = {}
        self.current = self._section((), 1)
        self.paragraph: list[Line] = []
        self.table: list[tuple[int, list[str]]] = []
        self.table_kind = ""
        self.table_no = 0
        self.header: tuple[list[tuple[int, list[str]]], int, int] | None = None  # a header's rows, width, table
        self.pending: tuple[list[tuple[int, list[str]]], Section] | None = None  # a header alone, not yet placed

    def _section(self, path: tuple[str, ...], line: int) -> Section:
        if path not in self.sections:
            self.sections[path] = Section(path, line, line)
        return self.sections[path]

    def rank_of(self, kind: HeadingKind) -> float:
        if kind.rank is not None:
            return kind.rank
        if kind.name not in self.ranks:
            under_numbered = any(rank == NUMBERED.rank for rank, _ in self.stack)
            self.ranks[kind.name] = 3 if under_numbered else 1.5
        return self.ranks[kind.name]

    def out_of_sequence(self, line: Line, rank: float) -> bool:
        """A numbered heading far ahead of its siblings (1 → 24) is a stray list item from a diagram."""
        match = re.match(r"^\(?(\d+)\)?\s", normalize(line.raw).strip())
        if line.heading not in (NUMBERED, PAREN) or not match:
            return False
        parent = tuple(t for r, t in self.stack if r < rank)
        key = (parent, line.heading.name)
        number, last = int(match.group(1)), self.numbers.get(key, 0)
        if number > last + 3:
            return True
        self.numbers[key] = number
        return False

    def heading(self, line: Line) -> None:
        rank = self.rank_of(line.heading)
        if self.out_of_sequence(line, rank):
            self.text(Line(line.start, line.end, line.raw, "text"))
            return
        self.flush()
        title = clean_text(line.raw)
        while self.stack and self.stack[-1][0] >= rank:
            self.stack.pop()
        self.stack.append((rank, title))
        self.current = self._section(tuple(t for _, t in self.stack), line.start)
        self.current.end_line = max(self.current.end_line, line.end)
        if line.body:
            self.add(Block("text", clean_text(line.body), line.start, line.end))

    def add(self, block: Block) -> None:
        self.current.blocks.append(block)
        self.current.end_line = max(self.current.end_line, block.end_line)

    def text(self, line: Line) -> None:
        self.flush_table()
        stripped = line.raw.strip()
        starts_item = (stripped.startswith(("- ", "-\t")) or clean_text(stripped).startswith(BULLETS)
                       or bool(_ITEM_NUMBER.match(clean_text(stripped)) or _ORDINAL_ITEM.match(clean_text(stripped))
                               or _LABELLED.match(clean_text(stripped))))
        if self.paragraph and not starts_item and is_label_value(self.paragraph, line):
            self.paragraph[0] = Line(self.paragraph[0].start, self.paragraph[0].end,
                                     clean_text(self.paragraph[0].raw) + ": ", "text")
            self.paragraph.append(line)
            return
        if self.paragraph and not starts_item:
            last = self.paragraph[-1].raw.strip()
            open_sentence = not last.endswith(SENTENCE_END)
            wrapped = len(last) >= self.wrap_width
            sentence_tail = len(stripped) <= 20 and stripped.endswith("。") and len(last) >= 10
            if open_sentence and (wrapped or sentence_tail):
                self.paragraph.append(line)
                return
        self.flush_paragraph()
        self.paragraph = [line]

    def row(self, line: Line) -> None:
        self.flush_paragraph()
        kind = line.kind
        if self.table and self.table_kind != kind:
            self.flush_table()
        self.table_kind = kind
        if kind == "tab":
            self.table.append((line.start, [clean_cell(c) for c in line.raw.split("\t")]))
        elif kind == "pipe":
            self.table.append((line.start, pipe_cells(line.raw)))
        else:
            self.table.append((line.start, space_tokens(line.raw)))

    def flush_paragraph(self) -> None:
        if not self.paragraph:
            return
        text = ""
        for part in self.paragraph:
            piece = re.sub(r"^-\s+", "", part.raw.strip())
            text = join_fragments(text, clean_text(piece)) if text else clean_text(piece)
        self.add(Block("text", text, self.paragraph[0].start, self.paragraph[-1].end))
        self.paragraph = []

    def flush_table(self) -> None:
        """A table's rows as blocks. A header standing alone (rows grouped under headings of their own: 基本目標1
        … 基本目標2 …) is the header of the tables of its width below it, which continue its table.
        """
        rows, self.table = [(n, cells) for n, cells in self.table if any(cells)], []
        if not rows:
            return
        width = max(len(cells) for _, cells in rows)
        if header_only(rows):
            self.place_pending()
            self.table_no += 1
            self.pending, self.header = (rows, self.current), (rows, width, self.table_no)
            return
        if self.header and self.header[1] - 2 <= width <= self.header[1] and not looks_like_header(rows[0][1]):
            # (a row's empty last cells are not written)
            self.pending = None
            blocks = table_blocks([*self.header[0], *rows], self.header[2])
        else:
            self.place_pending()
            self.header = None
            self.table_no += 1
            blocks = table_blocks(rows, self.table_no)
        for block in blocks:
            self.add(block)

    def place_pending(self) -> None:
        """A header alone that no table continued is a small table of its own, where it stood."""
        if self.pending:
            rows, section = self.pending
            for block in table_blocks(rows, self.header[2] if self.header else self.table_no):
                section.blocks.append(block)
                section.end_line = max(section.end_line, block.end_line)
            section.blocks.sort(key=lambda b: b.start_line)
        self.pending = None

    def flush(self) -> None:
        self.flush_paragraph()
        self.flush_table()

    def blank(self) -> None:
        if self.paragraph and self.paragraph[-1].raw.strip().endswith(SENTENCE_END):
            self.flush_paragraph()


def _is_label(text: str) -> bool:
    return 2 <= len(text) <= 15 and not re.search(r"[。、:.0-9 ]", text) and not text.startswith(BULLETS)


def is_label_value(paragraph: list[Line], line: Line) -> bool:
    """A short label line with its value on the very next line (計画期間 / 2025年度から…): one statement."""
    label, value = clean_text(paragraph[0].raw), clean_text(line.raw)
    return (
        len(paragraph) == 1
        and line.start == paragraph[0].end + 1
        and _is_label(label)
        and not _is_label(value)
    )


def wrap_width(lines: list[Line]) -> int:
    """The length from which a line was probably broken by the page width, not by the author."""
    lengths = sorted(len(line.raw.strip()) for line in lines if line.kind == "text")
    if not lengths:
        return WRAP_MIN
    typical = lengths[int(0.9 * (len(lengths) - 1))]
    return max(WRAP_MIN, int(0.75 * typical))


def drop_repeated_text(sections: list[Section]) -> None:
    """Keep only the first copy of a paragraph repeated on many pages (running footers)."""
    counts = Counter(b.text for s in sections for b in s.blocks if b.kind == "text")
    seen: set[str] = set()
    for section in sections:
        kept = []
        for block in section.blocks:
            if block.kind == "text" and counts[block.text] >= REPEATED_TEXT:
                if block.text in seen:
                    continue
                seen.add(block.text)
            kept.append(block)
        section.blocks = kept


_ORDINAL_ITEM = re.compile(r"^第\s*\d{1,2}\s*[回号]")  # 第2回 2025/10/4 …: one record per line
_LABELLED = re.compile(r"^[^:。、\s]{2,15}:\S")  # 計画期間:令和5年度~ / 担当:…: one statement per line


def attach_pages(doc: ParsedDocument) -> None:
    """Give every section and block the PDF page (and printed page) of its first line."""
    if not any(p.page for p in doc.pages):
        return
    for section in doc.sections:
        page = doc.page_at(section.start_line)
        section.page, section.printed_page = page.page, page.printed
        for block in section.blocks:
            page = doc.page_at(block.start_line)
            block.page, block.printed_page = page.page, page.printed


def parse_document(text: str, file: str, title: str) -> ParsedDocument:
    """Parse one document into sections; sections without content are left out."""
    source_lines = text.splitlines()
    pages = line_pages(source_lines)
    lines = classify(wide_gap_rows(html_as_lines(source_lines)))
    for line in lines:
        page = pages[line.start - 1]
        line.page, line.printed_page = page.page, page.printed
    lines = repair_breaks(lines)
    lines = drop_table_of_contents(lines)
    lines = demote_heading_runs(lines)
    lines = mark_space_headers(lines)
    lines = mark_captions(lines)

    builder = _Builder(wrap_width(lines))
    for line in lines:
        if line.kind == "heading":
            builder.heading(line)
        elif line.kind in ("tab", "pipe", "space", "space_header"):
            builder.row(Line(line.start, line.end, line.raw, "space" if line.kind == "space_header" else line.kind))
        elif line.kind == "text":
            builder.text(line)
        elif line.kind in ("blank", "sep"):
            builder.blank()
    builder.flush()
    builder.place_pending()

    sections = list(builder.sections.values())
    for section in sections:
        section.blocks = name_row_groups(section.blocks)
    drop_repeated_text(sections)
    doc = ParsedDocument(file, title, [s for s in sections if s.blocks or s.path], pages)
    attach_pages(doc)
    return doc
