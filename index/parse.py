"""Parse PDF-extracted plan text into a tree of sections holding paragraphs and table rows.

The documents are messy: hard line breaks inside words and sentences, page numbers,
running heads, tab- and space-separated tables, HTML fragments in cells. Everything
here is driven by the shapes such documents share (heading numbering schemes, table
layouts), never by the strings of one document, and every block keeps its line range.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

KEEP_AS_IS = set("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ")
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
SENTENCE_END = tuple("。！？!?」』")
BULLETS = tuple("・●○◆◇■□※*▶►◎")
WRAP_MIN = 18  # a PDF line shorter than this was not wrapped by the page width
MAX_HEADING = 40
RUN_DEMOTE = 3  # this many same-kind headings with nothing between them are a list, not headings
REPEATED_TEXT = 4  # a paragraph repeated this often is a running footer or boilerplate


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


# --------------------------------------------------------------------------- normalisation


def normalize(text: str) -> str:
    """NFKC (full-width digits and brackets to ASCII) but keep ① and Ⅰ, which mark heading kinds."""
    return "".join(ch if ch in KEEP_AS_IS else unicodedata.normalize("NFKC", ch) for ch in text)


_TAG = re.compile(r"<[^>]+>")
_CJK = r"\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff々〆ー"


def clean_text(text: str) -> str:
    """Drop HTML tags and markdown emphasis, normalise, collapse white space."""
    text = _TAG.sub(" ", text).replace("**", "")
    return re.sub(r"^#{1,6}\s+", "", re.sub(r"\s+", " ", normalize(text)).strip())


def clean_cell(text: str) -> str:
    """A table cell: like `clean_text`, and rejoin characters the PDF spaced out (市 民 センター)."""
    tokens = clean_text(text).split(" ")
    out = tokens[:1]
    for previous, token in zip(tokens, tokens[1:], strict=False):
        spaced_out = len(previous) == 1 or len(token) == 1
        if previous and token and is_cjk(previous[-1]) and is_cjk(token[0]) and spaced_out:
            out[-1] += token
        else:
            out.append(token)
    return " ".join(out)


def is_cjk(ch: str) -> bool:
    return bool(re.match(f"[{_CJK}]", ch))


def join_fragments(left: str, right: str) -> str:
    """Join two pieces of a broken line: no space between Japanese, one between Latin words."""
    if left and right and left[-1].isascii() and left[-1].isalnum() and right[0].isascii() and right[0].isalnum():
        return f"{left} {right}"
    return left + right


# --------------------------------------------------------------------------- headings

_PART = re.compile(r"^第\s*\d+\s*部(?:\s+|$)(.*)$")
_CHAPTER = re.compile(r"^第\s*\d+\s*章(?:\s+|$)(.*)$")
_CHAPTER_WORDS = {"序", "序章", "終章", "資料編", "参考資料", "はじめに", "おわりに"}
_NUMBERED = re.compile(r"^\d{1,2}(?:\s?-\s?\d{1,2})?(?:\s+|\.\s*)(?=[^\d\s])")
_MARKDOWN = re.compile(r"^(#{1,6})\s+(\S.*)$")
_PAGE_COUNTER = re.compile(r"\s*\d{1,4}\s*/\s*\d{1,4}$")  # e-book running heads: 〇〇計画 12/30
_MATERIAL = re.compile(r"^資料\s*\d+(?:\s+|$)")
_NAMED_NUMBER = re.compile(r"^(基本方針|基本目標|まちづくりの目標|政策目標|重点プロジェクト|プロジェクト)\s*\d+")
_PAREN = re.compile(r"^\(\d{1,2}\)\s*\S")
_BRACKET = re.compile(r"^【[^】]+】$")
_PROJECT = re.compile(r"^事業\s*\d+")
_WIDE_GAP = re.compile(r"\s{3,}")
_CARRIES_CONTENT = re.compile(r"\d[\d,]*\s*(?:人|名|件)\b.*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*月\s*\d{1,2}\s*日.*\d[\d,]*\s*(?:人|名|件)")
_ITEM_NUMBER = re.compile(r"^(?:\(\d{1,2}\)|\d{1,2}[.)]\s*\S|[①-⑳])")


@dataclass(frozen=True)
class HeadingKind:
    name: str
    rank: float | None  # None: decided per document by where the kind first appears


PART = HeadingKind("part", 0)
CHAPTER = HeadingKind("chapter", 1)
NUMBERED = HeadingKind("numbered", 2)
PAREN = HeadingKind("paren", 4)
CIRCLE = HeadingKind("circled", 5)
MARKDOWN = [HeadingKind(f"markdown{n}", n - 1) for n in range(1, 7)]  # "# 題" is a part, "## 題" a chapter…
LABEL = HeadingKind("label", 6)  # 【…】, 事業N and table captions


def heading_kind(raw: str) -> HeadingKind | None:
    """Which heading scheme a line follows, judged by its shape alone."""
    line = raw.strip()
    if not line or len(line) > 80 or line.endswith("。"):
        return None
    text = normalize(line)
    markdown = _MARKDOWN.match(text)
    if markdown:
        return MARKDOWN[len(markdown.group(1)) - 1]
    if line[0] in ROMAN and len(line) > 1 and line[1] in " \u3000" + ROMAN:
        return CHAPTER
    if _PART.match(text):
        return PART
    if _CHAPTER.match(text) or re.sub(r"\s", "", text) in _CHAPTER_WORDS:
        return CHAPTER
    if _MATERIAL.match(text) and len(text) <= MAX_HEADING:
        return NUMBERED
    named = _NAMED_NUMBER.match(text)
    if named:
        return HeadingKind(f"named:{named.group(1)}", None)
    if _PROJECT.match(text):
        return LABEL
    if len(text) > MAX_HEADING or not re.search(f"[{_CJK}]", text):
        return None
    if _CARRIES_CONTENT.search(text):
        return None  # (2)北峰支所 18人(7月13日): a list item with its figures, not a heading
    if _NUMBERED.match(text):
        return NUMBERED
    if _PAREN.match(text):
        return PAREN
    if line[0] in CIRCLED:
        return CIRCLE
    if _BRACKET.match(text):
        return LABEL
    return None


# --------------------------------------------------------------------------- line classification


@dataclass
class Line:
    start: int
    end: int
    raw: str
    kind: str  # blank | page | sep | heading | tab | space | text
    heading: HeadingKind | None = None
    body: str = ""  # text after a wide gap on a heading line ("１ 名称      一関・平泉定住自立圏")


def _is_numeric_token(token: str) -> bool:
    return bool(re.fullmatch(r"[▲△+\-]?[\d,]+(?:\.\d+)?%?", token))


def space_tokens(text: str) -> list[str]:
    """Split a space-separated table row, keeping a sign (▲) with its number."""
    tokens: list[str] = []
    for token in normalize(text).split():
        if tokens and tokens[-1] in ("▲", "△"):
            tokens[-1] += token
        else:
            tokens.append(token)
    return tokens


def _is_space_row(text: str) -> bool:
    if "\t" in text:
        return False
    tokens = space_tokens(text)
    if len(tokens) < 3:
        return False
    numeric = sum(_is_numeric_token(t) for t in tokens[1:])
    return numeric >= max(2, (2 * (len(tokens) - 1)) // 3)


def running_heads(lines: list[str]) -> set[str]:
    """Lines that repeat with only a page counter changing (〇〇市〇〇計画 12/30): e-book running heads."""
    keys = Counter(
        _PAGE_COUNTER.sub("", clean_text(line))
        for line in lines
        if len(line.strip()) <= MAX_HEADING + 10 and _PAGE_COUNTER.search(clean_text(line))
    )
    return {key for key, count in keys.items() if key and count >= 2}


def pipe_cells(raw: str) -> list[str]:
    """The cells of a pipe-table row: | 指標名 | 現状値 | 目標値 |."""
    return [clean_cell(c) for c in raw.strip().strip("|").split("|")]


def classify(lines: list[str]) -> list[Line]:
    out: list[Line] = []
    heads = running_heads(lines)
    for number, raw in enumerate(lines, start=1):
        raw = raw.rstrip("\r\n")
        stripped = raw.strip()
        text = clean_text(stripped)
        if not text or not re.search(r"[0-9A-Za-z" + _CJK + "]", text):
            kind = "sep" if re.fullmatch(r"[-\s|:]+", stripped or "x") else "blank"
            out.append(Line(number, number, raw, "blank" if not stripped else kind))
            continue
        if re.fullmatch(r"\d{1,3}", text) or (heads and _PAGE_COUNTER.sub("", text) in heads):
            out.append(Line(number, number, raw, "page"))
            continue
        if stripped.startswith("|") and stripped.count("|") >= 3:
            out.append(Line(number, number, raw, "pipe"))
            continue
        if "\t" in raw.strip(" "):
            cells = [c for c in raw.split("\t") if c.strip()]
            first = cells[0].strip() if cells else ""
            toc_entry = 2 <= len(cells) <= 3 and not re.fullmatch(r"[\d\s,.]+", cells[-2])
            if toc_entry and heading_kind(" ".join(cells[:-1])) and re.fullmatch(r"\d{1,3}", cells[-1].strip()):
                out.append(Line(number, number, raw, "toc"))  # a table-of-contents entry with its page
                continue
            kind = heading_kind(first)
            if raw.startswith(first) and kind in (LABEL, NUMBERED) and (
                _PROJECT.match(normalize(first)) or _MATERIAL.match(normalize(first))
            ):
                out.append(Line(number, number, " ".join(c.strip() for c in cells), "heading", kind))
            else:
                out.append(Line(number, number, raw, "tab"))
            continue
        if _is_space_row(stripped):
            out.append(Line(number, number, raw, "space"))
            continue
        head, body = (_WIDE_GAP.split(stripped, maxsplit=1) + [""])[:2]
        kind = heading_kind(head)
        if kind is not None and not stripped.startswith(("- ", "-\t")):
            out.append(Line(number, number, head, "heading", kind, body=body.strip()))
        else:
            out.append(Line(number, number, raw, "text"))
    return out


def _next_nonblank(lines: list[Line], i: int) -> int | None:
    for j in range(i + 1, len(lines)):
        if lines[j].kind not in ("blank", "page"):
            return j
    return None


def repair_breaks(lines: list[Line]) -> list[Line]:
    """Rejoin words the PDF broke across lines (バルーンフェスティバ / ル事業, 充 / 実)."""
    katakana = re.compile(r"[\u30a1-\u30fa\u30fc]")
    i = 0
    while i < len(lines):
        line = lines[i]
        j = _next_nonblank(lines, i)
        if line.kind in ("text", "heading") and j is not None and lines[j].kind == "text":
            left, right = line.raw.rstrip(), lines[j].raw.strip()
            split_word = (
                katakana.fullmatch(left[-1:] or " ")
                and katakana.fullmatch(right[:1] or " ")
                and len(right) <= 12
                and len(left) >= 15
            )
            fragment = j == i + 1 and len(right) <= 2 and not left.endswith(SENTENCE_END)
            if split_word or fragment:
                line.raw = join_fragments(left, right)
                line.end = lines[j].end
                del lines[i + 1 : j + 1]
                if line.kind == "heading":
                    line.heading = heading_kind(line.raw)
                    if line.heading is None:
                        line.kind = "text"
                continue
        i += 1
    return lines


def drop_table_of_contents(lines: list[Line]) -> list[Line]:
    """Remove a 目次 block: from the 目次 line to the separator or the first heading seen again."""
    for i, line in enumerate(lines):
        if line.kind == "text" and re.sub(r"\s", "", normalize(line.raw)) == "目次":
            first_heading = None
            for j in range(i + 1, len(lines)):
                if lines[j].kind == "sep":
                    return lines[:i] + lines[j + 1 :]
                key = clean_text(lines[j].raw)
                if lines[j].kind == "heading":
                    if first_heading is None:
                        first_heading = key
                    elif key == first_heading:
                        return lines[:i] + lines[j:]
            return lines
    return lines


def _leading_number(text: str) -> int:
    match = re.search(r"\d+", normalize(text))
    return int(match.group()) if match else -1


def demote_heading_runs(lines: list[Line]) -> list[Line]:
    """A run of same-kind headings with only blank lines between them is a list, not headings.

    A heading repeating an earlier one (a running head) neither counts toward a run nor breaks it.
    """
    seen: set[str] = set()
    run: list[int] = []

    def close_run() -> None:
        if len(run) >= RUN_DEMOTE:
            for k in run:
                lines[k].kind = "tab" if "\t" in lines[k].raw else "text"
                lines[k].heading = None
        run.clear()

    for i, line in enumerate(lines):
        if line.kind in ("blank", "page"):
            continue
        if line.kind != "heading" or line.body:
            close_run()
            continue
        title = clean_text(line.raw)
        if title in seen:
            continue
        seen.add(title)
        if run and (
            lines[run[0]].heading.name != line.heading.name
            or _leading_number(line.raw) <= _leading_number(lines[run[-1]].raw)  # numbering restarts
        ):
            close_run()
        run.append(i)
    close_run()
    return lines


def mark_captions(lines: list[Line]) -> list[Line]:
    """A short line right above a table names it (指標, 面積 （単位：㎢）): make it a heading."""
    for i, line in enumerate(lines):
        if line.kind != "text":
            continue
        text = clean_text(line.raw)
        j = _next_nonblank(lines, i)
        if (
            j is not None
            and lines[j].kind in ("tab", "space")
            and len(text) <= 24
            and not re.search(r"[0-9。、]", text)
            and not text.startswith(BULLETS)
            and not line.raw.strip().startswith(("-", *CIRCLED))
        ):
            line.kind, line.heading = "heading", LABEL
    return lines


def mark_space_headers(lines: list[Line]) -> list[Line]:
    """Up to two lines above a space-separated table with as many columns are its header."""
    for i, line in enumerate(lines):
        if line.kind != "space":
            continue
        previous = [k for k in range(i - 1, -1, -1) if lines[k].kind not in ("blank", "page")][:2]
        if previous and lines[previous[0]].kind == "space":
            continue
        width = len(space_tokens(line.raw))
        for k in previous:
            if lines[k].kind == "text" and len(space_tokens(lines[k].raw)) == width:
                lines[k].kind = "space_header"
            else:
                break
    return lines


# --------------------------------------------------------------------------- tables


def _has_digit(cells: list[str]) -> bool:
    return any(re.search(r"[0-9]", c) for c in cells)


def _looks_like_header(cells: list[str]) -> bool:
    """Column labels: at least two, short, and never sentences."""
    filled = [c for c in cells if c]
    return len(filled) >= 2 and all(len(c) <= 25 and not c.endswith("。") for c in filled)


def table_blocks(rows: list[tuple[int, list[str]]], table_no: int) -> list[Block]:
    """Turn table rows into blocks; each row carries its header labels (単位, 現状, 目標…)."""
    rows = [(n, cells) for n, cells in rows if any(cells)]
    blocks: list[Block] = []
    if not rows:
        return blocks
    width = max(len(cells) for _, cells in rows)
    rows = [(n, cells + [""] * (width - len(cells))) for n, cells in rows]

    if sum(1 for c in rows[0][1] if c) == 1 and len(rows) > 1 and rows[0][1][0]:
        blocks.append(Block("text", rows[0][1][0], rows[0][0], rows[0][0]))
        rows = rows[1:]

    header: list[str] | None = None
    follow_header: list[str] | None = None  # labels of a record's second line
    if len(rows) > 1 and _looks_like_header(rows[0][1]):
        header = rows[0][1][:]
        rows = rows[1:]
        second = rows[0][1] if rows else []
        if len(rows) > 1 and any(second) and not _has_digit(second) and all(len(c) <= 25 for c in second):
            if second[0]:
                group = ""
                for k, label in enumerate(header):
                    group = label or group
                    header[k] = f"{group} {second[k]}".strip() if second[k] and second[k] != group else group
            else:
                follow_header = second
            rows = rows[1:]
    if header is None:
        for n, cells in rows:
            text = " | ".join(c for c in cells if c)
            blocks.append(Block("row", text, n, n, tuple(("", c) for c in cells), table_no))  # keeps columns
        return blocks

    data = [cells for _, cells in rows if sum(1 for c in cells if c) > 1]
    # A grouping column (地域, No. of a policy) is filled once per group, left of the columns every
    # row fills; its empty cells repeat the value above.
    always = [k for k in range(width) if data and all(cells[k] for cells in data)]
    grouping = {
        k
        for k in range(max(always, default=-1))
        if data[0][k] and sum(1 for cells in data if not cells[k]) >= 0.25 * len(data)
    }
    previous: list[str] = [""] * width
    for n, cells in rows:
        filled = [c for c in cells if c]
        if len(filled) == 1 and cells[0]:
            blocks.append(Block("row", cells[0], n, n, (("", cells[0]),), table_no))
            continue
        if follow_header is not None and not cells[0] and blocks and blocks[-1].kind == "row":
            extra = _labelled(follow_header, cells)
            last = blocks[-1]
            last.cells = last.cells + extra
            last.text = _render(last.cells)
            last.end_line = n
            continue
        values = [cells[k] or (previous[k] if k in grouping else "") for k in range(width)]
        previous = values
        pairs = _labelled(header, values)
        blocks.append(Block("row", _render(pairs), n, n, pairs, table_no))
    return blocks


def _labelled(header: list[str], values: list[str]) -> tuple[tuple[str, str], ...]:
    """Pair values with labels; a column without a label belongs to the column before it."""
    pairs: list[list[str]] = []
    for label, value in zip(header, values, strict=False):
        if not label and pairs:
            if value:
                pairs[-1][1] = f"{pairs[-1][1]} {value}".strip()
            continue
        pairs.append([label, value])
    return tuple((label, value) for label, value in pairs if value or label)  # an empty labelled cell says "none"


def _render(pairs: tuple[tuple[str, str], ...]) -> str:
    return " / ".join(f"{label}: {value}" if label else value for label, value in pairs if value)


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
                       or bool(_ITEM_NUMBER.match(clean_text(stripped))))
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
        if self.table:
            self.table_no += 1
            for block in table_blocks(self.table, self.table_no):
                self.add(block)
        self.table = []

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


def parse_document(text: str, file: str, title: str) -> ParsedDocument:
    """Parse one document into sections; sections without content are left out."""
    lines = classify(text.splitlines())
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

    sections = list(builder.sections.values())
    drop_repeated_text(sections)
    return ParsedDocument(file, title, [s for s in sections if s.blocks or s.path])
