"""Answers from a plan's outline: 「第2次計画の課題は？」 is answered by the subsection titles under the
heading 「4 第2次計画における課題」 when that heading names what is asked and its content is subsections.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.answer import Answer, Citation
from index.chunk import SECTION_SEPARATOR, Chunk
from index.tokenize import tokenize

HEADING_COVERS = 0.9  # share of the question's word weight the heading itself must hold
MIN_CHILDREN = 2
INTRO_CHARS = 400  # more text than an introduction under the heading itself: the text is the answer
LIST_LIMIT = 12


def outline_answer(question: str, words: set[str], chunks: list[Chunk], weight: Callable[[str], float],
                   files: set[str] | None = None) -> Answer | None:
    """The subsections of the section whose own heading holds the question's words, or None."""
    total = sum(weight(w) for w in words)
    if not words or not total:
        return None
    sections: dict[tuple[str, str], list[Chunk]] = {}
    for chunk in chunks:
        if files is None or chunk.file in files:
            sections.setdefault((chunk.file, chunk.section), []).append(chunk)
    best, best_share = None, HEADING_COVERS
    for (file, path), members in sections.items():
        heading = path.split(SECTION_SEPARATOR)[-1]
        share = sum(weight(w) for w in words & set(tokenize(f"{heading} {members[0].title}"))) / total
        held_by_heading = sum(weight(w) for w in words & set(tokenize(heading)))
        if share >= best_share and held_by_heading and (best is None or share > best_share):
            best, best_share = (file, path), share
    if best is None:
        return None
    file, path = best
    prefix = path + SECTION_SEPARATOR
    children = list(dict.fromkeys(
        p[len(prefix):].split(SECTION_SEPARATOR)[0] for (f, p) in sections if f == file and p.startswith(prefix)))
    own_text = sum(len(c.text) for c in sections[best])
    if len(children) < MIN_CHILDREN or own_text > INTRO_CHARS:
        return None  # a section that says it in its own sentences is answered by them
    inside = [c for (f, p), cs in sections.items() if f == file and (p == path or p.startswith(prefix)) for c in cs]
    first = min(inside, key=lambda c: c.start_line)
    lines = (first.start_line, max(c.end_line for c in inside))
    heading = path.split(SECTION_SEPARATOR)[-1]
    listed = "\n".join(f"・{child}" for child in children[:LIST_LIMIT])
    body = f"「{heading}」には次の{len(children)}項目があります。\n{listed}"
    citation = Citation(first.title, path, file, lines, "、".join(children[:LIST_LIMIT]), 1.0)
    return Answer(question, body, "general", True, [citation], kind="outline",
                  detail={"heading": heading, "items": children})
