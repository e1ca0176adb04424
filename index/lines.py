"""Line classification: each source line is a heading, text, a table row, a page number, a separator…

and the passes that fix what PDF extraction did to them (broken words, tables of contents, lists
that look like headings, table captions and headers).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from index.headings import (
    _ITEM_NUMBER,
    _MATERIAL,
    _PAGE_COUNTER,
    _PROJECT,
    _WIDE_GAP,
    LABEL,
    NUMBERED,
    PAREN,
    HeadingKind,
    heading_kind,
)
from index.pages import read_marker
from index.tables import wrapped_piece
from index.text import (
    _CJK,
    BOX_BARS,
    BULLETS,
    CIRCLED,
    MAX_HEADING,
    RUN_DEMOTE,
    SENTENCE_END,
    clean_cell,
    clean_text,
    join_fragments,
    join_spaced_digits,
    normalize,
)

# --------------------------------------------------------------------------- line classification

_DOTTED = re.compile(r"^\S.{1,60}?\s*(?:[.・･·]\s*){4,}\s*\d{1,4}$")  # 第1章 計画の概要 ……… 1
_LEADERS = re.compile(r"(?:[.・･·…‥]\s*){8,}")  # a contents line of several entries: 1 位置づけ ・・・ 3 2 期間 ・・・ 3
_INLINE_HEADING = re.compile(r"(第\s*\d{1,2}\s*[章部節]|(?<![\d,.])\d{1,2}(?:-\d{1,2})?)\s+"
                             r"([^\s\d。、,.:()][^\s。、]{1,29})(?=\s|$)")
_DEBRIS_ITEM = re.compile(
    r"copied!?|コピーしました|URLをコピー|(?:この)?ページの(?:先頭|トップ|上)へ(?:戻る)?|ページトップ(?:へ(?:戻る)?)?|"
    r"page\s*top|本文へ(?:スキップ|移動)?|印刷(?:する|用ページ(?:を表示)?)|前のページへ戻る|"
    r"(?:LINE|Facebook|X|Twitter)で(?:送る|シェア|共有|ポスト)|ツイート|シェアする|"
    r"ページ番号\s*[:：]?\s*\d+|(?:最終)?更新日\s*[:：]?\s*[\d年月日/.\s]+", re.I)
_BREADCRUMB = re.compile(r"^(?:ホーム|トップ(?:ページ)?|TOP|HOME)\s*[>＞»›](?:[^>＞»›]{1,30}[>＞»›]){0,8}[^>＞»›]{0,40}$", re.I)
_INLINE_LIST = re.compile(r"^(?:\d{1,2}[.)]|\(\d{1,2}\))\s*\S+\s+(?:\d{1,2}[.)]|\(\d{1,2}\))\s*\S")


@dataclass
class Line:
    start: int
    end: int
    raw: str
    kind: str  # blank | page | sep | heading | tab | space | text
    heading: HeadingKind | None = None
    body: str = ""  # text after a wide gap on a heading line ("１ 名称      一関・平泉定住自立圏")
    page: int | None = None  # the PDF page the line is on (converted PDFs), set from the page markers
    printed_page: str | None = None


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


GAP = re.compile(r"\s{2,}|\t")
MIN_GAP_ROWS = 3  # a table whose columns are kept apart by wide gaps has at least a header and two rows
MAX_GAP_CELL = 40


def _gap_cells(line: str) -> list[str]:
    cells = [c for c in GAP.split(normalize(line).strip()) if c]
    return cells if all(len(c) <= MAX_GAP_CELL for c in cells) else []


def _columns(line: str) -> list[int]:
    """Where each gap-separated cell of a line begins, in display columns (a full-width letter is two)."""
    starts, col, gap = [], 0, 2
    for ch in line.replace("\t", "    "):
        if ch in " \u3000":
            gap += 1
        else:
            if gap >= 2:
                starts.append(col)
            gap = 0
        col += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return starts


def _continuation(lines: list[str], cells: list[list[str]], k: int) -> str:
    """A wrapped cell's second line inside a gap-aligned table (（総合福祉センター内） under 所在地), written as a
    row holding only that cell in the column it stands under; empty if line k is none."""
    line = lines[k]
    if len(cells[k]) != 1 or k == 0 or len(cells[k - 1]) < 2 or len(line) - len(line.lstrip()) < 8 \
            or not wrapped_piece(cells[k][0]):  # (3) 生活困窮者…: a new item of that column, not a wrapped one
        return ""
    after = next((c for c in cells[k + 1:k + 2]), None)
    if after is not None and len(after) < 2 and lines[k + 1].strip():
        return ""
    above, at = _columns(lines[k - 1]), _columns(line)[0]
    if len(above) != len(cells[k - 1]):
        return ""
    column = min(range(len(above)), key=lambda i: abs(above[i] - at))
    if column == 0:
        return ""
    return "\t".join(cells[k][0] if i == column else "" for i in range(len(above)))


def wide_gap_rows(lines: list[str]) -> list[str]:
    """Runs of lines whose columns are kept apart by wide gaps (年月日    会議等    内容) written as
    tab-separated rows, so cells with a space inside (大和田 誠) stay whole; line for line. A cell wrapped onto
    a line of its own stays in its column."""
    out = list(lines)
    cells = [[] if "\t" in line else _gap_cells(line) for line in lines]
    i = 0
    while i < len(lines):
        j, wrapped = i, {}
        while j < len(lines) and (len(cells[j]) >= 2 or (j > i and (cont := _continuation(lines, cells, j)))):
            if len(cells[j]) < 2:
                wrapped[j] = cont
            j += 1
        widths = [len(cells[k]) for k in range(i, j) if k not in wrapped]
        if len(widths) >= MIN_GAP_ROWS and max(widths) >= 3 and widths.count(max(widths)) >= len(widths) / 2:
            for k in range(i, j):
                out[k] = wrapped.get(k) or "\t".join(cells[k])
        i = max(j, i + 1)
    return out


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


def _bars(line: str) -> int:
    return line.translate(BOX_BARS).count("|")


def bare_pipe_rows(lines: list[str]) -> set[int]:
    """Rows of a pipe table written without outer bars (地区｜会場｜開催日): two or more bars, as many as
    the line above or below has (0-based indexes)."""
    counts = [_bars(line) for line in lines]
    return {i for i, n in enumerate(counts) if n >= 2 and (
        (i > 0 and counts[i - 1] == n) or (i + 1 < len(counts) and counts[i + 1] == n))}


def is_debris(text: str) -> bool:
    """Site and page furniture that came along with a saved page or a copied text: copied!, ページの先頭へ,
    更新日, breadcrumbs (ホーム > くらし > …)."""
    return bool(_BREADCRUMB.match(text)) or not _DEBRIS_ITEM.sub("", text).strip(" |/・")


def inline_headings(text: str) -> list[str]:
    """A long line holding headings inside it (a whole chapter on one line: 第1章 概要 1 趣旨 本計画は…。
    2 期間 …) cut before each: a 第N章 anywhere after a space, a numbered title after a sentence's end or
    right after another heading."""
    if len(text) <= 2 * MAX_HEADING:
        return [text]
    pieces: list[str] = []
    pos, last_end = 0, -1
    for m in _INLINE_HEADING.finditer(text):
        start = m.start()
        spaced = start == 0 or text[start - 1] in " \u3000"
        chapter = m.group(1).startswith("第")
        after_sentence = start == 0 or text[:start].rstrip().endswith(SENTENCE_END)
        after_heading = last_end >= 0 and not text[last_end:start].strip()
        if not spaced or not (chapter or after_sentence or after_heading):
            continue
        if text[pos:start].strip():
            pieces.append(text[pos:start].strip())
        pieces.append(m.group(0).strip())
        pos = last_end = m.end()
    if text[pos:].strip():
        pieces.append(text[pos:].strip())
    return pieces if len(pieces) > 1 else [text]


def classify(lines: list[str]) -> list[Line]:
    out: list[Line] = []
    heads = running_heads(lines)
    bare = bare_pipe_rows(lines)
    for number, raw in enumerate(lines, start=1):
        if read_marker(raw):
            out.append(Line(number, number, raw, "page"))  # <!-- page 11 printed 7 -->: where, not what
            continue
        raw = join_spaced_digits(raw.rstrip("\r\n").translate(BOX_BARS))
        stripped = raw.strip()
        text = clean_text(stripped)
        if not text or not re.search(r"[0-9A-Za-z" + _CJK + "]", text):
            kind = "sep" if re.fullmatch(r"[-\s|:]+", stripped or "x") else "blank"
            out.append(Line(number, number, raw, "blank" if not stripped else kind))
            continue
        if re.fullmatch(r"[-‐―—]?\s*\d{1,3}\s*[-‐―—]?", text) or (heads and _PAGE_COUNTER.sub("", text) in heads) \
                or is_debris(text):
            out.append(Line(number, number, raw, "page"))  # page numbers, running heads, site furniture
            continue
        if _DOTTED.match(text) or sum(len(m) for m in _LEADERS.findall(text)) >= 0.3 * len(text):
            out.append(Line(number, number, raw, "toc"))  # 第1章 計画の概要 ……… 1: a contents page
            continue
        if (stripped.startswith("|") and stripped.count("|") >= 3) or number - 1 in bare:
            out.append(Line(number, number, raw, "pipe"))
            continue
        if "\t" in raw.strip(" "):
            cells = [c for c in raw.split("\t") if c.strip()]
            first = cells[0].strip() if cells else ""
            blank_inside = any(not c.strip() for c in raw.strip().split("\t")[1:-1])  # a grouping cell left blank
            toc_entry = 2 <= len(cells) <= 3 and not re.fullmatch(r"[\d\s,.]+", cells[-2]) and not blank_inside
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
        pieces = inline_headings(stripped)
        out += [_text_or_heading(number, raw if len(pieces) == 1 else piece, piece) for piece in pieces]
    return out


def _text_or_heading(number: int, raw: str, stripped: str) -> Line:
    text = clean_text(stripped)
    head, body = (_WIDE_GAP.split(stripped, maxsplit=1) + [""])[:2]
    kind = heading_kind(head)
    if kind in (NUMBERED, PAREN) and (_ITEM_NUMBER.match(normalize(body.strip())) or _INLINE_LIST.match(text)):
        kind = None  # １．対等の原則　　２．相互理解の原則…: a list written on one line, not a heading
    if kind is not None and not stripped.startswith(("- ", "-\t")):
        return Line(number, number, head, "heading", kind, body=body.strip())
    return Line(number, number, raw, "text")


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
            following = _next_nonblank(lines, i)
            if following is not None and lines[following].kind == "toc":
                line.kind = "toc"  # its entries (dotted leaders) are dropped one by one
                return lines
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
