"""Compose an answer with citations from retrieved passages."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from index.search import Hit
from index.tokenize import tokenize

SNIPPET_CHARS = 160
ANSWER_CHARS = 300


@dataclass
class Citation:
    title: str
    section: str
    file: str
    lines: tuple[int, int]
    snippet: str
    score: float


@dataclass
class Answer:
    question: str
    answer: str
    intent: str
    confident: bool
    citations: list[Citation] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        data = asdict(self)
        for c in data["citations"]:
            c["lines"] = list(c["lines"])
        return data


def cite(hit: Hit, question: str) -> Citation:
    c = hit.chunk
    return Citation(
        title=c.title,
        section=c.section,
        file=c.file,
        lines=(c.start_line, c.end_line),
        snippet=best_sentences(c.text, question, SNIPPET_CHARS),
        score=round(float(hit.score), 4),
    )


def sentences(text: str) -> list[str]:
    """Sentences and table rows of a passage (rows and list items end at line breaks)."""
    parts = []
    for line in text.split("\n"):
        parts.extend(s.strip() for s in re.split(r"(?<=[。！？])", line) if s.strip())
    return parts


def best_sentences(text: str, question: str, limit: int) -> str:
    """The sentences sharing most words with the question, in passage order, within `limit` characters."""
    wanted = set(tokenize(question))
    candidates = sentences(text)
    scored = sorted(
        range(len(candidates)),
        key=lambda i: (-len(wanted & set(tokenize(candidates[i]))), i),
    )
    chosen: list[int] = []
    size = 0
    for i in scored:
        if chosen and size + len(candidates[i]) > limit:
            continue
        chosen.append(i)
        size += len(candidates[i])
        if size >= limit:
            break
    text = " ".join(candidates[i] for i in sorted(chosen))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def passage_answer(question: str, hits: list[Hit]) -> Answer:
    """The best passage, trimmed to the sentences that matter to the question."""
    if not hits:
        return Answer(question, "計画書の中に関係する記述が見つかりませんでした。", "general", False)
    top = hits[0]
    text = best_sentences(top.chunk.text, question, ANSWER_CHARS)
    body = f"{text}\n（{top.chunk.title}「{top.chunk.section}」より）"
    return Answer(question, body, "general", True, [cite(h, question) for h in hits])
