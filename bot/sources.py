"""The plans' text as built, for reading beside an answer: a document's lines and sections, and the
passages behind an answer's citations (what a generator may see)."""

from __future__ import annotations

from bot.answer import Answer, Citation, cite
from index.search import Searcher
from index.store import LoadedIndex


def source_lines(index: LoadedIndex, file: str) -> list[str]:
    """The lines of a document as built (citations' line numbers count these, from 1); [] if unknown."""
    text = index.extra.get("sources", {}).get(file)
    return text.splitlines() if text is not None else []


def sections_of(index: LoadedIndex, file: str) -> list[tuple[str, int, int]]:
    """A document's sections in reading order, each with its first and last line."""
    spans: dict[str, list[int]] = {}
    for c in index.chunks:
        if c.file == file:
            span = spans.setdefault(c.section, [c.start_line, c.end_line])
            span[0], span[1] = min(span[0], c.start_line), max(span[1], c.end_line)
    return sorted(((s, a, b) for s, (a, b) in spans.items()), key=lambda x: (x[1], x[2]))


def passages_for(index: LoadedIndex, searcher: Searcher, answer: Answer, limit: int = 4) -> list[tuple[Citation, str]]:
    """The text behind an answer's citations; an answer with none (a question in a language planbot
    does not read) gets the passages hybrid search finds for the question as asked."""
    citations = answer.citations[:limit]
    if not citations:
        citations = [cite(h, answer.question) for h in searcher.search(answer.question, limit)]
    out = []
    for c in citations:
        texts = [ch.text for ch in index.chunks
                 if ch.file == c.file and ch.start_line <= c.lines[1] and ch.end_line >= c.lines[0]]
        out.append((c, "\n".join(dict.fromkeys(texts)) or c.snippet))
    return out
