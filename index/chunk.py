"""Cut parsed documents into retrieval chunks that follow sections and never split a row or sentence."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from index.parse import Block, ParsedDocument, Section

MAX_CHARS = 400
HEADING_WEIGHT = 4  # chosen on the dev questions (planbot eval --compare)
SECTION_SEPARATOR = " › "


@dataclass
class Chunk:
    """A passage to retrieve and cite: where it comes from and what it says."""

    id: int
    title: str  # document title
    file: str
    section: str  # section path, e.g. "第3章 本計画の基本方針と取組 › 6 成果指標"
    start_line: int
    end_line: int
    text: str
    page: int | None = None  # PDF page of start_line (documents converted from PDF)
    printed_page: str | None = None  # the number printed on that page

    def index_text(self) -> str:
        """What BM25 and the embedder see: the text with its document title and section path."""
        return f"{self.title}\n{self.section}\n{self.text}"

    def bm25_text(self, heading_weight: int = HEADING_WEIGHT) -> str:
        """The index text with the section's own heading repeated: a heading names what its passage is about."""
        heading = self.section.split(SECTION_SEPARATOR)[-1]
        return "\n".join([self.index_text(), *[heading] * (heading_weight - 1)])

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class _Piece:
    text: str
    start: int
    end: int


def _split_long(block: Block) -> list[_Piece]:
    """Cut a paragraph longer than a chunk at sentence ends (a sentence itself is never cut)."""
    if len(block.text) <= MAX_CHARS or block.kind == "row":
        return [_Piece(block.text, block.start_line, block.end_line)]
    sentences = [s for s in re.split(r"(?<=[。！？])", block.text) if s]
    pieces, current = [], ""
    for sentence in sentences:
        if current and len(current) + len(sentence) > MAX_CHARS:
            pieces.append(current)
            current = ""
        current += sentence
    pieces.append(current)
    return [_Piece(p, block.start_line, block.end_line) for p in pieces]


def _pack(pieces: list[_Piece]) -> list[list[_Piece]]:
    groups: list[list[_Piece]] = [[]]
    size = 0
    for piece in pieces:
        if groups[-1] and size + len(piece.text) > MAX_CHARS:
            groups.append([])
            size = 0
        groups[-1].append(piece)
        size += len(piece.text) + 1
    return [g for g in groups if g]


class _Tree:
    def __init__(self, sections: list[Section]) -> None:
        self.sections = sections
        paths = {s.path for s in sections}
        self.children: dict[tuple[str, ...] | None, list[Section]] = {}
        for s in sections:
            parent = next((s.path[:k] for k in range(len(s.path) - 1, 0, -1) if s.path[:k] in paths), None)
            if not s.path:
                parent = None
            self.children.setdefault(parent, []).append(s)

    def subtree(self, section: Section) -> list[tuple[Section, int]]:
        """The section and its descendants in document order, with their depth below it."""
        out = [(section, 0)]
        for child in self.children.get(section.path, []):
            out.extend((s, d + 1) for s, d in self.subtree(child))
        return out


def _subtree_pieces(tree: _Tree, section: Section) -> list[_Piece]:
    pieces = []
    for node, depth in tree.subtree(section):
        if depth > 0:
            pieces.append(_Piece(node.title, node.start_line, node.start_line))
        pieces.extend(_Piece(b.text, b.start_line, b.end_line) for b in node.blocks)
    return pieces


def chunk_document(doc: ParsedDocument, first_id: int = 0) -> list[Chunk]:
    """Chunks of one document: a small section with its subsections is one chunk; a big one is split."""
    tree = _Tree(doc.sections)
    chunks: list[Chunk] = []

    def emit(section: Section, pieces: list[_Piece]) -> None:
        for group in _pack(pieces):
            start = min(p.start for p in group)
            page = doc.page_at(start)
            chunks.append(
                Chunk(
                    id=first_id + len(chunks),
                    title=doc.title,
                    file=doc.file,
                    section=SECTION_SEPARATOR.join(section.path) or "(冒頭)",
                    start_line=start,
                    end_line=max(p.end for p in group),
                    text="\n".join(p.text for p in group),
                    page=page.page,
                    printed_page=page.printed,
                )
            )

    def visit(section: Section) -> None:
        whole = _subtree_pieces(tree, section)
        has_body = any(b for s, _ in tree.subtree(section) for b in s.blocks)
        if not has_body:
            return
        if sum(len(p.text) + 1 for p in whole) <= MAX_CHARS:
            emit(section, whole)
            return
        own = [piece for block in section.blocks for piece in _split_long(block)]
        children = tree.children.get(section.path, [])
        if own and children:
            # a split section still says what it contains, for "list them all" questions
            titles = "、".join(c.title for c in children)
            own.append(_Piece(titles, children[0].start_line, children[-1].start_line))
        if own:
            emit(section, own)
        for child in tree.children.get(section.path, []):
            visit(child)

    for top in tree.children.get(None, []):
        visit(top)
    return chunks
