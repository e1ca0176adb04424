"""PDF plans into text with tables, read by geometry (pdfplumber), never in the order text was drawn.

Per page: fake-bold glyphs drawn twice are deduplicated; ruled tables become rows under their header
with merged cells filled; the rest is read line by line from the characters' positions — two
columns split at their gutter, a vertical page read right to left, wide gaps kept as column breaks,
letters spread over a box (均等割り付け) joined. Running heads and footers repeated across pages are
dropped; a printed page number goes into the page marker.
"""

from __future__ import annotations

import io
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

from index.convert import Conversion, NeedsText
from index.convert.grid import fill, table_lines
from index.convert.normalize import fold_glyphs
from index.pages import marker

MARGIN = 0.09  # the top and bottom share of a page where running heads and page numbers sit
WIDE_GAP = 2.0  # a gap of this many character widths separates columns of an unruled table
PRINTED = re.compile(r"^[-‐－―—–(（]?\s*(?:[PpＰｐ]\.?\s*)?([0-9０-９]{1,4}|[ivxlcIVXLC]{1,6})\s*[-‐－―—–)）]?$")
SCANNER = re.compile(r"scan|paper capture|\b(?:ocr|ricoh|canon|konica|minolta|xerox|fujifilm|sharp|epson|brother|"
                     r"kyocera)\b", re.I)  # ScanSnap, RICOH IM C3000, Adobe Paper Capture, ABBYY OCR…
MIN_CHARS_PER_PAGE = 40
_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff々〆ー]")


@dataclass
class _Item:
    """A line of text or a table on a page, with its box (top, x0, x1) for ordering."""

    top: float
    x0: float
    x1: float
    lines: list[str]
    bottom: float = 0.0
    table: bool = False
    last_top: float = 0.0  # where the last line of a joined paragraph sits
    last_x1: float = 0.0


@dataclass
class _Page:
    items: list[_Item] = field(default_factory=list)
    head: list[_Item] = field(default_factory=list)  # lines in the top band (running heads, page numbers)
    foot: list[_Item] = field(default_factory=list)  # lines in the bottom band
    tables: int = 0


# --------------------------------------------------------------------------- scanned PDFs


def scan_reasons(pdf) -> list[str]:
    """Why a PDF looks scanned (its text an image or an invisible OCR layer); empty for a born-digital one."""
    reasons = []
    meta = " ".join(str(pdf.metadata.get(k, "")) for k in ("Producer", "Creator"))
    if SCANNER.search(meta):
        reasons.append(f"作成ソフトがスキャナー・OCR です（{meta.strip()[:60]}）")
    pages = pdf.pages
    hidden = [_has_invisible_text(p) for p in pages]
    if any(hidden):
        reasons.append(f"{sum(hidden)} ページに見えない文字（OCR の透明テキスト）があります")
    # a page that is one image with (almost) no text of its own, or only the OCR layer over it; a designed
    # page with a full-bleed background and real text is not a scan
    imaged = sum(_covered_by_image(p) and (h or len(p.chars) < 100) for p, h in zip(pages, hidden, strict=True))
    if imaged >= max(1, len(pages) // 2):
        reasons.append(f"{imaged} / {len(pages)} ページがページ全体の画像です")
    text = "".join(c["text"] for p in pages for c in p.chars)
    if cid_share(text) > 0.01 or text.count("\ufffd") > 0.01 * max(len(text), 1):
        reasons.append("文字コードを読めない文字があります（(cid:…)）")
    per_page = len("".join(text.split())) / max(len(pages), 1)
    if per_page < MIN_CHARS_PER_PAGE:
        reasons.append(f"1 ページあたりの文字が少なすぎます（平均 {per_page:.0f} 字）")
    return list(dict.fromkeys(reasons))


def cid_share(text: str) -> float:
    """The share of a text that is unmapped glyphs ((cid:1234)): a font without a Unicode map."""
    unmapped = sum(len(m) for m in re.findall(r"\(cid:\d+\)", text))
    return unmapped / max(len(text), 1)


def _has_invisible_text(page) -> bool:
    """Text drawn in render mode 3 (neither filled nor stroked): the OCR layer over a scanned image."""
    from pdfminer.pdftypes import resolve1

    try:
        contents = resolve1(page.page_obj.contents)
        streams = contents if isinstance(contents, list) else [contents]
        data = b"".join(resolve1(s).get_data() for s in streams if s is not None)
    except Exception:  # an unreadable stream says nothing either way
        return False
    return bool(page.chars) and re.search(rb"(?<![\d.])3\s+Tr\b", data) is not None


def _covered_by_image(page) -> bool:
    area = float(page.width * page.height) or 1.0
    return any((float(i["x1"]) - float(i["x0"])) * (float(i["bottom"]) - float(i["top"])) >= 0.8 * area
               for i in page.images)


# --------------------------------------------------------------------------- lines from characters


def _size(chars: list[dict]) -> float:
    return statistics.median(float(c["size"]) for c in chars) if chars else 10.0


def _spread_runs(words: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """Runs of single kanji or kana spread evenly over a box (計　画　期　間, 所　　管: 均等割り付け) joined
    back into one word; words are (text, gap before it)."""
    out: list[tuple[str, float]] = []
    i = 0
    while i < len(words):
        j = i
        while j + 1 < len(words) and all(len(w) == 1 and _CJK.match(w) for w, _ in words[j : j + 2]):
            j += 1
        gaps = [g for _, g in words[i + 1 : j + 1]]
        if j > i and max(gaps) <= 1.35 * min(gaps) + 0.5:
            out.append(("".join(w for w, _ in words[i : j + 1]), words[i][1]))
        else:
            j = i
            out.append(words[i])
        i = j + 1
    return out


def _line_text(chars: list[dict], size: float) -> str:
    """One line's characters left to right: a wide gap is a tab (a column of an unruled table), a small
    one a space between Latin words or digits, nothing between Japanese characters set close."""
    words: list[tuple[str, float]] = []  # (word, gap before it)
    word, before, previous = "", 0.0, None
    for c in sorted(chars, key=lambda c: float(c["x0"])):
        ch = c["text"]
        if not ch.strip():
            continue
        if previous is not None:
            gap = float(c["x0"]) - float(previous["x1"])
            japanese = _CJK.match(previous["text"]) and _CJK.match(ch)
            if gap > (0.6 if japanese else 0.2) * size:
                words.append((word, before))
                word, before = "", gap
        word += ch
        previous = c
    words.append((word, before))
    text = ""
    for k, (w, gap) in enumerate(_spread_runs(words)):
        text += ("\t" if gap > WIDE_GAP * size else " ") + w if k else w
    return text


def _lines(chars: list[dict]) -> list[_Item]:
    """Characters clustered into horizontal lines by their tops."""
    from pdfplumber.utils import cluster_objects

    if not chars:
        return []
    size = _size(chars)
    out = []
    for group in cluster_objects(chars, lambda c: float(c["top"]), tolerance=max(1.5, 0.3 * size)):
        text = _line_text(group, size)
        if text.strip():
            out.append(_Item(min(float(c["top"]) for c in group), min(float(c["x0"]) for c in group),
                             max(float(c["x1"]) for c in group), [text],
                             bottom=max(float(c["bottom"]) for c in group)))
    return sorted(out, key=lambda i: (i.top, i.x0))


def _is_vertical(chars: list[dict]) -> bool:
    """A page set in vertical writing: most characters sit directly under another, few beside one."""
    if len(chars) < 20:
        return False
    size = _size(chars)
    by_x = Counter(round(float(c["x0"]) / (0.5 * size)) for c in chars)
    by_top = Counter(round(float(c["top"]) / (0.5 * size)) for c in chars)
    return len(by_x) * 3 < len(by_top) and max(by_x.values()) >= 6


def _vertical_lines(chars: list[dict]) -> list[str]:
    """Vertical writing: columns right to left, each read top to bottom."""
    from pdfplumber.utils import cluster_objects

    columns = cluster_objects(chars, lambda c: (float(c["x0"]) + float(c["x1"])) / 2, tolerance=0.4 * _size(chars))
    columns.sort(key=lambda col: -float(col[0]["x0"]))
    size = _size(chars)
    out = []
    for col in columns:
        text, previous = "", None
        for c in sorted(col, key=lambda c: float(c["top"])):
            if previous is not None and float(c["top"]) - float(previous["bottom"]) > 0.6 * size:
                text += " "  # a full-width space left blank in the column
            text += c["text"]
            previous = c
        out.append(text.strip())
    return out


# --------------------------------------------------------------------------- tables


def _table_rows(table) -> list[list[str]]:
    """A ruled table's rows, every merged cell's text in each grid position it covers."""
    texts = table.extract()
    rows = table.rows
    xs = sorted({round(float(c[0]), 1) for c in table.cells} | {round(float(c[2]), 1) for c in table.cells})
    grid: list[list[str | None]] = []
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    tops = [float(r.bbox[1]) for r in rows]
    for r, row in enumerate(rows):
        out: list[str | None] = [None] * (len(xs) - 1)
        for c, bbox in enumerate(row.cells):
            if bbox is None:
                continue
            k = _index(xs, float(bbox[0]))
            last = _index(xs, float(bbox[2])) - 1
            if 0 <= k < len(out):
                out[k] = texts[r][c] if c < len(texts[r]) else ""
                rows_spanned = sum(1 for t in tops[r:] if t < float(bbox[3]) - 1)
                spans[(r, k)] = (max(rows_spanned, 1), max(last - k + 1, 1))
        grid.append(out)
    return fill(grid, spans)


def _index(xs: list[float], x: float) -> int:
    return min(range(len(xs)), key=lambda i: abs(xs[i] - x))


def _inside(obj: dict, boxes: list[tuple]) -> bool:
    cx, cy = (float(obj["x0"]) + float(obj["x1"])) / 2, (float(obj["top"]) + float(obj["bottom"])) / 2
    return any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in boxes)


# --------------------------------------------------------------------------- pages


def _gutter(chars: list[dict], width: float) -> tuple[float, float] | None:
    """The empty band between two columns of text, if the body is set in two columns: few lines have a
    character in it, and on both sides lines are long (text, not the cells of a table)."""
    from pdfplumber.utils import cluster_objects

    if len(chars) < 60:
        return None
    size = _size(chars)
    lines = cluster_objects(chars, lambda c: float(c["top"]), tolerance=max(1.5, 0.3 * size))
    if len(lines) < 6:
        return None
    step = 2.0
    bins = [width * 0.3 + k * step for k in range(int(width * 0.4 / step))]
    crossing = [sum(1 for line in lines if any(float(c["x0"]) < x + step and float(c["x1"]) > x for c in line))
                for x in bins]
    quiet = [n <= max(1, 0.1 * len(lines)) for n in crossing]
    runs, start = [], None
    for k in range(len(bins) + 1):
        if k < len(bins) and quiet[k]:
            start = k if start is None else start
        elif start is not None:
            runs.append((start, k))
            start = None
    if not runs:
        return None
    a, b = max(runs, key=lambda r: r[1] - r[0])
    lo, hi = bins[a], bins[b - 1] + step
    left = [sum(1 for c in line if float(c["x1"]) <= lo + 1) for line in lines]
    right = [sum(1 for c in line if float(c["x0"]) >= hi - 1) for line in lines]
    sides = [[n for n in side if n] for side in (left, right)]
    long_enough = all(len(side) >= 3 and statistics.median(side) >= 8 for side in sides)
    return (lo, hi) if hi - lo >= 0.8 * size and long_enough else None


def _split_lines(chars: list[dict], gutter: tuple[float, float]) -> list[_Item]:
    """Lines of a two-column page: each side of the gutter on its own; a line with characters in the
    gutter (a heading across both columns) whole."""
    from pdfplumber.utils import cluster_objects

    lo, hi = gutter
    size = _size(chars)
    out: list[_Item] = []
    for group in cluster_objects(chars, lambda c: float(c["top"]), tolerance=max(1.5, 0.3 * size)):
        if any(float(c["x0"]) < hi - 1 and float(c["x1"]) > lo + 1 for c in group):
            out += _lines(group)
        else:
            out += _lines([c for c in group if float(c["x1"]) <= lo + 1])
            out += [_Item(i.top, max(i.x0, hi), i.x1, i.lines, i.bottom)
                    for i in _lines([c for c in group if float(c["x1"]) > lo + 1])]
    return out


def _ordered(items: list[_Item], gutter: tuple[float, float] | None) -> list[_Item]:
    """Reading order: top to bottom; on a two-column page the left column, then the right, between
    the items that span both."""
    items = sorted(items, key=lambda i: (i.top, i.x0))
    if gutter is None:
        return items
    lo, hi = gutter
    out, left, right = [], [], []
    for item in items:
        if item.x0 < lo - 1 and item.x1 > hi + 1:
            out += left + right + [item]
            left, right = [], []
        elif item.x1 <= hi:
            left.append(item)
        else:
            right.append(item)
    return out + left + right


def _read_page(page) -> _Page:
    page = page.dedupe_chars(tolerance=1.5)
    height, width = float(page.height), float(page.width)
    result = _Page()
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]
    for t in tables:
        lines = table_lines(_table_rows(t))
        if lines:
            result.tables += 1
            result.items.append(_Item(float(t.bbox[1]), float(t.bbox[0]), float(t.bbox[2]), lines,
                                      bottom=float(t.bbox[3]), table=True))
    chars = [c for c in page.chars if c["text"].strip() and not _inside(c, boxes)]
    for c in chars:
        c["text"] = fold_glyphs(c["text"])
    top = [c for c in chars if float(c["bottom"]) <= MARGIN * height]
    foot = [c for c in chars if float(c["top"]) >= (1 - MARGIN) * height]
    body = [c for c in chars if float(c["bottom"]) > MARGIN * height and float(c["top"]) < (1 - MARGIN) * height]
    result.head, result.foot = _lines(top), _lines(foot)
    if _is_vertical(body):
        right = max(float(c["x1"]) for c in body)
        result.items += [_Item(0.0, right - k, right - k, [line]) for k, line in enumerate(_vertical_lines(body)) if line]
        return result
    gutter = _gutter(body, width)
    lines = _split_lines(body, gutter) if gutter else _lines(body)
    items = _ordered(result.items + lines, gutter)
    result.items = _paragraphs(items)
    return result


def _paragraphs(items: list[_Item]) -> list[_Item]:
    """Lines wrapped by the width of their column joined into one line per paragraph (a line that reaches
    the column's right edge goes on in the next, set at the usual leading); a blank line where a
    paragraph or a table ends."""
    text = [i for i in items if not i.table and "\t" not in i.lines[0]]
    out: list[_Item] = []
    for item in items:
        previous = out[-1] if out else None
        if previous is not None and _continues(previous, item, text):
            previous.lines[-1] = _join(previous.lines[-1], item.lines[0])
            previous.bottom, previous.x1 = item.bottom, max(previous.x1, item.x1)
            previous.last_top, previous.last_x1 = item.top, item.x1
            continue
        rows = previous is not None and "\t" in item.lines[0] and "\t" in previous.lines[-1]  # an unruled table
        if previous is not None and not rows and (
                item.table or previous.table or item.top < previous.top  # the next column
                or item.top - previous.bottom > 0.9 * max(previous.bottom - previous.last_top, 8)):
            out.append(_Item(item.top, item.x0, item.x0, [""]))
        out.append(_Item(item.top, item.x0, item.x1, list(item.lines), item.bottom, item.table,
                         item.top, item.x1))
    return out


def _continues(previous: _Item, item: _Item, text: list[_Item]) -> bool:
    """Whether `item` is the next line of the paragraph `previous` ends with."""
    if previous.table or item.table or "\t" in previous.lines[-1] or "\t" in item.lines[0] or not previous.lines[-1]:
        return False
    height = max(item.bottom - item.top, 4.0)
    column = [i.x1 for i in text if abs(i.x0 - item.x0) < 3 * height]  # lines of the same column
    right = sorted(column)[int(0.9 * (len(column) - 1))] if column else item.x1
    return (0 <= item.top - previous.bottom <= 1.2 * height
            and previous.last_x1 >= right - 1.5 * height
            and abs(item.x0 - previous.x0) <= 1.5 * height
            and not previous.lines[-1].endswith(("。", "」", "：", ":")))


def _join(left: str, right: str) -> str:
    if left[-1:].isascii() and left[-1:].isalnum() and right[:1].isascii() and right[:1].isalnum():
        return f"{left} {right}"
    return left + right


def _mask(text: str) -> str:
    return re.sub(r"[0-9０-９]+", "#", re.sub(r"\s+", "", text))


def convert_pdf(data: bytes) -> Conversion:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        reasons = scan_reasons(pdf)
        if reasons:
            raise NeedsText("スキャンした画像の PDF のようです: " + "、".join(reasons)
                            + "。担当課から元の文書（Word・テキスト）をもらうか、OCR で文字にしてから登録してください")
        pages = [_read_page(p) for p in pdf.pages]
    repeated = Counter(_mask(line) for p in pages for item in p.head + p.foot for line in set(item.lines))
    heads = {k for k, n in repeated.items() if n >= 2 and n >= len(pages) / 3}
    out: list[str] = []
    for number, page in enumerate(pages, start=1):
        printed: str | None = None
        kept: dict[str, list[str]] = {"head": [], "foot": []}
        for where, items in (("head", page.head), ("foot", page.foot)):
            for item in items:
                text = " ".join(item.lines[0].split())
                alone = PRINTED.match(text)
                if alone:  # - 7 -, P.7, 7: the number printed on the page
                    printed = printed or alone.group(1).translate(_FULL_DIGITS)
                elif _mask(text) in heads:  # a running head or footer; one ending in a number gives the page
                    trailing = re.search(r"\s([0-9０-９]{1,4})$", text)
                    printed = printed or (trailing.group(1).translate(_FULL_DIGITS) if trailing else None)
                else:
                    kept[where] += item.lines
        out.append(marker(number, printed))
        out += kept["head"] + [line for item in page.items for line in item.lines] + kept["foot"]
        out.append("")
    text = "\n".join(_collapse_blank(out)).strip("\n") + "\n"
    return Conversion(text, pages=len(pages), tables=sum(p.tables for p in pages))


_FULL_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _collapse_blank(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if line == "" and (not out or out[-1] == ""):
            continue
        out.append(line.rstrip())
    return out
