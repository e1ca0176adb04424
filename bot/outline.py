"""Answers from a plan's outline: 「第2次計画の課題は？」 is answered by the subsection titles under the
heading 「4 第2次計画における課題」 when that heading names what is asked and its content is subsections.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from bot.answer import Answer, Citation
from bot.subject import numbered_words
from index.chunk import SECTION_SEPARATOR, Chunk
from index.tokenize import tokenize

HEADING_COVERS = 0.9  # share of the question's word weight the heading (with its plan's title) must hold
MIN_CHILDREN = 2
INTRO_CHARS = 400  # more text than an introduction under the heading itself: the text is the answer
LIST_LIMIT = 12


@dataclass
class Section:
    file: str
    path: str
    chunks: list[Chunk]
    heading_words: set[str]  # of its own heading
    named_words: set[str]  # of its own heading and its plan's title


def numbered_labels(question: str) -> list[str]:
    """Words the question numbers (基本方針2, 目標5, プロジェクト2, 第2部), written as a heading would be once squashed."""
    text = unicodedata.normalize("NFKC", question)
    named = [f"{word}{number}" for word, number in numbered_words(question)]
    return named + [f"第{int(number)}{unit}" for number, unit in re.findall(r"第\s*(\d{1,2})\s*([部章節編])", text)]


def section_numbers(question: str) -> list[str]:
    """Section numbers a question names the way plans number sections (3-7, 5-6)."""
    return [f"{a}-{b}" for a, b in re.findall(r"(?<![\d-])(\d{1,2})\s*-\s*(\d{1,2})(?![\d-])", unicodedata.normalize("NFKC", question))]


def squash_heading(path: str) -> str:
    """The heading's last part, full-width digits and spaces gone (まちづくりの目標５　… → まちづくりの目標5…)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", path.split(SECTION_SEPARATOR)[-1]))


class Outline:
    """The sections of an index with their heading words, computed once when the index is loaded."""

    def __init__(self, chunks: list[Chunk]) -> None:
        grouped: dict[tuple[str, str], list[Chunk]] = {}
        titles = {chunk.file: chunk.title for chunk in chunks}
        for chunk in chunks:
            parts = chunk.section.split(SECTION_SEPARATOR)
            for depth in range(1, len(parts)):  # a heading with no text of its own, only subsections
                grouped.setdefault((chunk.file, SECTION_SEPARATOR.join(parts[:depth])), [])
            grouped.setdefault((chunk.file, chunk.section), []).append(chunk)
        self.sections = []
        for (file, path), members in grouped.items():
            heading = path.split(SECTION_SEPARATOR)[-1]
            words = set(tokenize(heading))
            self.sections.append(Section(file, path, members, words, words | set(tokenize(titles[file]))))

    def named(self, question: str, rest: set[str], files: set[str] | None = None) -> Answer | None:
        """「プロジェクト3は何？」「3-7は？」: the one heading numbered so, said with what it holds, when the
        question asks nothing more about it (`rest`: its words beyond the number and the plan's name)."""
        labels = numbered_labels(question) + section_numbers(question)
        if not labels or rest:
            return None
        found = {}
        for s in self.sections:
            heading = squash_heading(s.path)
            if (files is None or s.file in files) and any(re.match(rf"{re.escape(n)}(?!\d)", heading) for n in labels):
                found.setdefault((s.file, heading), s)
        if not found:
            return self._numbered_line(question, labels, files)
        if len(found) != 1:
            return None  # one in each of several plans: the plan must be named
        best = next(iter(found.values()))
        heading = best.path.split(SECTION_SEPARATOR)[-1]
        prefix = best.path + SECTION_SEPARATOR
        children = list(dict.fromkeys(s.path[len(prefix):].split(SECTION_SEPARATOR)[0]
                                      for s in self.sections if s.file == best.file and s.path.startswith(prefix)))
        chunks = [c for s in self.sections if s.file == best.file and (s is best or s.path.startswith(prefix))
                  for c in s.chunks]
        if not chunks:
            return None
        first = min(chunks, key=lambda c: c.start_line)
        held = "\n".join(f"・{child}" for child in children[:LIST_LIMIT]) if children else first.text[:INTRO_CHARS // 2]
        body = f"「{first.title}」の「{heading}」です。\n{held}".rstrip()
        citation = Citation(first.title, best.path, best.file, (first.start_line, max(c.end_line for c in chunks)),
                            heading, 1.0, page=first.page, printed_page=first.printed_page)
        return Answer(question, body, "general", True, [citation], kind="outline", detail={"heading": heading})

    def _numbered_line(self, question: str, labels: list[str], files: set[str] | None) -> Answer | None:
        """A numbered title written as a line of text (３－７　文化財の保護… in a plan whose headings were
        flattened): the one line that starts with the number."""
        lines = {}
        for s in self.sections:
            for chunk in s.chunks if files is None or s.file in files else []:
                for line in chunk.text.split("\n"):
                    squashed = re.sub(r"\s+", "", unicodedata.normalize("NFKC", line))
                    if any(re.match(rf"{re.escape(n)}(?!\d)\D", squashed) for n in labels) and len(line) <= 40:
                        lines.setdefault((chunk.file, squashed), (line.strip(), chunk))
        if len(lines) != 1:
            return None
        line, chunk = next(iter(lines.values()))
        body = f"「{chunk.title}」の「{line}」です（「{chunk.section.split(SECTION_SEPARATOR)[-1]}」の中）。"
        citation = Citation(chunk.title, chunk.section, chunk.file, (chunk.start_line, chunk.end_line), line, 1.0,
                            page=chunk.page, printed_page=chunk.printed_page)
        return Answer(question, body, "general", True, [citation], kind="outline", detail={"heading": line})

    def answer(self, question: str, words: set[str], weight: Callable[[str], float],
               files: set[str] | None = None) -> Answer | None:
        """The subsections of the section whose own heading holds the question's words, or None."""
        total = sum(weight(w) for w in words)
        if not words or not total:
            return None
        shares = [(sum(weight(w) for w in words & s.named_words) / total, s) for s in self.sections
                  if (files is None or s.file in files) and words & s.heading_words]
        numbered = numbered_labels(question)  # 基本方針2 / 目標5: only the heading numbered so
        if numbered:
            shares = [(share, s) for share, s in shares if any(n in squash_heading(s.path) for n in numbered)]
        top = max((share for share, _ in shares), default=0.0)
        leaders = [s for share, s in shares if share == top]
        if len(leaders) > 1:  # a heading with text of its own before one that only groups others
            leaders = [s for s in leaders if s.chunks]
        if top < HEADING_COVERS or len(leaders) != 1:
            return None  # no heading names the question, or several do as well: not this one's to answer
        best = leaders[0]
        prefix = best.path + SECTION_SEPARATOR
        inside = [s for s in self.sections if s.file == best.file and s.path.startswith(prefix)]
        children = list(dict.fromkeys(s.path[len(prefix):].split(SECTION_SEPARATOR)[0] for s in inside))
        if len(children) < MIN_CHILDREN or sum(len(c.text) for c in best.chunks) > INTRO_CHARS:
            return None  # a section that says it in its own sentences is answered by them
        chunks = [c for s in (best, *inside) for c in s.chunks]
        first = min(chunks, key=lambda c: c.start_line)
        heading = best.path.split(SECTION_SEPARATOR)[-1]
        listed = "\n".join(f"・{child}" for child in children[:LIST_LIMIT])
        body = f"「{heading}」には次の{len(children)}項目があります。\n{listed}"
        citation = Citation(first.title, best.path, best.file, (first.start_line, max(c.end_line for c in chunks)),
                            "、".join(children[:LIST_LIMIT]), 1.0, page=first.page, printed_page=first.printed_page)
        return Answer(question, body, "general", True, [citation], kind="outline",
                      detail={"heading": heading, "items": children})
