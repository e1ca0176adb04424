"""Table grids of any source format into tab-separated lines the parser reads as rows under a header."""

from __future__ import annotations

import re

from index.convert.normalize import fold_glyphs

_CJK = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff々〆ー"
_LINE_JOIN = re.compile(rf"(?<=[{_CJK}、。）」])\s*\n\s*(?=[{_CJK}（「])")


def cell_text(text: str | None) -> str:
    """A cell on one line: lines broken inside Japanese rejoined without a space, others with one."""
    text = fold_glyphs(text or "").strip()
    text = _LINE_JOIN.sub("", text)
    return re.sub(r"[^\S\u3000]+", " ", text.replace("\t", " ")).strip()  # a full-width space stays as printed


def fill(grid: list[list[str | None]], spans: dict[tuple[int, int], tuple[int, int]]) -> list[list[str]]:
    """Cells merged over rows or columns (spans: (row, col) → (rows, cols)) repeated into every position."""
    out = [[cell_text(c) for c in row] for row in grid]
    for (r, c), (rows, cols) in spans.items():
        for rr in range(r, min(r + rows, len(out))):
            for cc in range(c, min(c + cols, len(out[rr]))):
                if not out[rr][cc]:
                    out[rr][cc] = out[r][c]
    return out


def table_lines(rows: list[list[str]]) -> list[str]:
    """Tab-separated lines: empty rows dropped, empty grid columns and columns that only repeat their left
    neighbour (a cell merged across them) merged away."""
    rows = [[cell_text(c) for c in row] for row in rows]
    rows = [row for row in rows if any(row)]
    if not rows:
        return []
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    keep = []
    for k in range(width):
        column = [r[k] for r in rows]
        if not any(column):
            continue
        if keep and all(r[k] == r[keep[-1]] for r in rows):
            continue  # merged across: the same text under both grid columns
        keep.append(k)
    if len(keep) == 2 and _labels_and_values(rows, keep):
        return [f"{r[keep[0]]}：{r[keep[1]]}" if r[keep[0]] else r[keep[1]] for r in rows]
    return ["\t".join(r[k] for k in keep) for r in rows]


def _labels_and_values(rows: list[list[str]], keep: list[int]) -> bool:
    """Two columns of label and value (計画名 | 〇〇市第2次環境基本計画), not a table under a header row:
    the first row's value is no column label (it is long, or holds a figure or punctuation)."""
    first = rows[0][keep[1]]
    return len(rows) >= 2 and all(len(r[keep[0]]) <= 15 for r in rows) and (
        len(first) > 12 or bool(re.search(r"[0-9０-９、。]", first)))
