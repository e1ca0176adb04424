"""Table rows into blocks that carry their header labels (単位, 現状, 目標…), grouping columns filled down."""

from __future__ import annotations

import re

from index.sections import Block
from index.text import BULLETS

# --------------------------------------------------------------------------- tables


def _has_digit(cells: list[str]) -> bool:
    return any(re.search(r"[0-9]", c) for c in cells)


NUMBER = re.compile(r"[▲△-]?\s*[\d,.]+\s*%?")


def _has_number(cells: list[str]) -> bool:
    return any(NUMBER.fullmatch(c) for c in cells if c)


def _is_label_row(cells: list[str]) -> bool:
    """A header's second line: labels with no plain number among them ((H27年度), R2比 are labels)."""
    return not _has_number(cells) and all(len(c) <= 12 for c in cells)


ITEM_START = re.compile(r"[(（]?\d{1,2}[)）.．]|[①-⑳〇]|[A-ZＡ-Ｚ]\s*[:：]")  # (3) / ① / B : — bullets are BULLETS


def wrapped_piece(text: str) -> bool:
    """Whether a lone cell under a row reads as the rest of a cell above ((令和3年度), （総合福祉センター内）), not as
    an entry of its own (B : …。, (3) 生活困窮者…)."""
    return len(text) <= 20 and not text.endswith("。") and not ITEM_START.match(text) and not text.startswith(BULLETS)


def _same_figures(row: list[str], other: list[str]) -> bool:
    """Whether two rows write a figure the same way in one column (0193-52-3110 and 0193-56-2241): rows of
    the same table body, not a header's second line ((H27年度) over 12.3)."""
    shape = re.compile(r"\d+")
    return any(a and b and re.search(r"\d", a) and shape.sub("9", a) == shape.sub("9", b)
               for a, b in zip(row, other, strict=False))


def looks_like_header(cells: list[str]) -> bool:
    """Column labels: at least two, short, never sentences and never a bare figure (29.6% is a value)."""
    filled = [c for c in cells if c]
    return len(filled) >= 2 and all(len(c) <= 25 and not c.endswith("。") for c in filled) and not _has_number(filled)


def header_only(rows: list[tuple[int, list[str]]]) -> bool:
    """One to three rows of column labels and nothing under them: the header of rows that follow elsewhere."""
    return len(rows) <= 3 and looks_like_header(rows[0][1]) and all(
        looks_like_header(cells) or _is_label_row(cells) for _, cells in rows[1:])


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
    if len(rows) > 1 and looks_like_header(rows[0][1]):
        header = rows[0][1][:]
        rows = [(n, cells) for n, cells in rows[1:] if cells != header]  # repeated atop the next page
        second = rows[0][1] if rows else []
        label_line = len(rows) > 1 and (  # data rows hold numbers; labels may too: (H27年度), R2比
            not _has_digit(second) and _has_digit(rows[1][1])
            or _is_label_row(second) and _has_number(rows[1][1]) and not _same_figures(second, rows[1][1])
            or looks_like_header(second) and sum(1 for a, b in zip(second, header, strict=False) if a and a == b) >= 2)
        # (a cell merged over both header lines is written in each: No. under No.)
        if label_line and any(second) and all(len(c) <= 25 for c in second):
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
            filled = [k for k, c in enumerate(cells) if c]
            if len(filled) == 1 and filled[0] > 0 and wrapped_piece(cells[filled[0]]) and blocks \
                    and blocks[-1].kind == "row" and blocks[-1].table == table_no:
                last, k = blocks[-1], filled[0]  # a wrapped cell's second line: part of the row above
                last.cells = tuple((lb, f"{v}{cells[k]}" if i == k else v) for i, (lb, v) in enumerate(last.cells))
                last.text = " | ".join(v for _, v in last.cells if v)
                last.end_line = n
                continue
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
        if len(filled) == 1 and not cells[0] and wrapped_piece(filled[0]) and follow_header is None and blocks \
                and blocks[-1].kind == "row" and any(previous):  # a wrapped cell's second line: part of the row above
            k = next(i for i, c in enumerate(cells) if c)
            previous = [f"{v}{cells[k]}" if i == k else v for i, v in enumerate(previous)]
            last = blocks[-1]
            last.cells = _labelled(header, previous)
            last.text = _render(last.cells)
            last.end_line = n
            continue
        if follow_header is not None and not cells[0] and blocks and blocks[-1].kind == "row":
            extra = _labelled(follow_header, cells)
            last = blocks[-1]
            last.cells = last.cells + extra
            last.text = _render(last.cells)
            last.end_line = n
            continue
        total = next((k for k, c in enumerate(cells) if TOTAL.search(re.sub(r"\s", "", c))), width)
        values = [cells[k] or (previous[k] if k in grouping and k < total else "") for k in range(width)]
        previous = values
        pairs = _labelled(header, values)
        blocks.append(Block("row", _render(pairs), n, n, pairs, table_no))
    return blocks


TOTAL = re.compile(r"合計|小計|総計|総数|^計$")  # a total left of a grouping column totals its groups: it takes none


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


def _first_value(block: Block) -> str:
    return block.cells[0][1] if block.cells else ""


def name_row_groups(blocks: list[Block], look_ahead: int = 8) -> list[Block]:
    """A table whose row labels repeat in groups (0~14歳 … 合計, 0~14歳 … 合計) lost the label of each group
    when the PDF's rotated first column came out after it (一関市 / 平泉町 / 圏域合計 as lines of their own):
    give each group its label, in order, and drop those lines."""
    out = list(blocks)
    i = 0
    while i < len(out):
        if out[i].kind != "row":
            i += 1
            continue
        j = i
        while j < len(out) and out[j].kind == "row" and out[j].table == out[i].table:
            j += 1
        rows = out[i:j]
        labels = [_first_value(b) for b in rows]
        named = [k for k, label in enumerate(labels) if label and not re.search(r"\d%|^[\d,.▲△\s]+$", label)]
        repeated = next((labels[k] for k in named if labels.count(labels[k]) >= 2), "")
        starts = [k for k in named if labels[k] == repeated]
        after = [b for b in out[j:j + look_ahead] if b.kind == "text"]
        lines = [b for b in after if _is_group_label(b.text) and b.text not in labels]
        once = [b for b in lines if sum(1 for other in lines if other.text == b.text) == 1]
        if len(starts) >= 2 and len(starts) - 1 <= len(once) <= len(starts):
            bounds = [*starts, len(rows)]  # the rows above the first group (a second header line) keep theirs
            for group, block in enumerate(once):
                for k in range(bounds[group], bounds[group + 1]):
                    if k in named:  # not the rows of figures only (37.52% …)
                        row = rows[k]
                        row.cells = ((row.cells[0][0], f"{block.text} {labels[k]}"), *row.cells[1:])
                        row.text = _render(row.cells)
            dropped = {id(b) for b in once}
            out = [b for b in out if id(b) not in dropped]
        i = j
    return out


def _is_group_label(text: str) -> bool:
    """A line that can only be a label: short, no digits, no punctuation."""
    return 2 <= len(text) <= 10 and not re.search(r"[0-9０-９。、:：()（）「」 ]", text)
