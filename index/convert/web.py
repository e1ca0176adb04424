"""A city's web page (selectolax, the Lexbor HTML5 parser): the page's own content in the parser's layouts.

Site furniture — header, navigation and menus, breadcrumbs, sidebars, share and copy buttons,
footers, scripts — is dropped; headings become `#` lines, list items `- ` lines, definition lists
`用語：説明`, and tables rows under their header with cells spanning rows or columns filled.
"""

from __future__ import annotations

import re

from index.convert import Conversion
from index.convert.grid import cell_text, fill, table_lines

FURNITURE = ", ".join([
    "script", "style", "noscript", "template", "iframe", "svg", "button", "input", "select", "textarea",
    "header", "nav", "footer", "aside", "[role=navigation]", "[role=banner]", "[role=contentinfo]",
    "[role=search]", "[aria-hidden=true]", "[hidden]",
    *(f"[{attr}*={word} i]" for attr in ("class", "id")
      for word in ("breadcrumb", "topicpath", "pankuzu", "globalnav", "gnav", "menu", "sidebar", "sidenav",
                   "share", "sns", "pagetop", "page-top", "skip", "copied", "tooltip")),
])
CONTENT = ("main", "[role=main]", "article", "#main", "#content", "#contents", ".main", ".content")
BLOCKS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
          "table", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "address", "hr", "br", "form"}


def _has_blocks(node) -> bool:
    return any(child.tag in BLOCKS for child in node.iter(include_text=False))


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.tables = 0

    def text(self, line: str) -> None:
        line = cell_text(line)
        if line:
            self.lines.append(line)

    def inline(self, node) -> list[str]:
        """An element's lines: its text, broken where it has <br>."""
        parts = re.split(r"<br\s*/?>", node.html or "", flags=re.I)
        return [t for t in (cell_text(_strip_tags(p)) for p in parts) if t]

    def walk(self, node) -> None:
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                self.text(child.text(deep=False))
            elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                title = cell_text(child.text())
                if title:
                    self.lines += ["", "#" * int(tag[1]) + " " + title]
            elif tag in ("ul", "ol"):
                self.items(child, numbered=tag == "ol")
            elif tag == "table":
                self.table(child)
            elif tag == "dl":
                self.definitions(child)
            elif tag == "hr":
                self.lines.append("")
            elif tag in BLOCKS and not _has_blocks(child):
                self.lines += self.inline(child)
            else:
                self.walk(child)

    def items(self, node, numbered: bool) -> None:
        count = 0
        for item in node.iter(include_text=False):
            if item.tag != "li":
                continue
            count += 1
            nested = [n for n in item.iter(include_text=False) if n.tag in ("ul", "ol")]
            for n in nested:
                n.remove()
            text = cell_text(item.text())
            if text:
                self.lines.append(f"- {count}. {text}" if numbered else f"- {text}")
            for n in nested:
                self.items(n, numbered=n.tag == "ol")

    def definitions(self, node) -> None:
        term = ""
        for child in node.css("dt, dd"):
            if child.tag == "dt":
                term = cell_text(child.text())
            elif term:
                self.lines.append(f"{term}：{cell_text(child.text())}")
                term = ""
            else:
                self.text(child.text())

    def table(self, node) -> None:
        grid: list[list[str | None]] = []
        spans: dict[tuple[int, int], tuple[int, int]] = {}
        taken: set[tuple[int, int]] = set()
        for r, row in enumerate(node.css("tr")):
            grid.append([])
            c = 0
            for cell in row.iter(include_text=False):
                if cell.tag not in ("td", "th"):
                    continue
                while (r, c) in taken:
                    c += 1
                rows, cols = _span(cell, "rowspan"), _span(cell, "colspan")
                for rr in range(r, r + rows):
                    for cc in range(c, c + cols):
                        taken.add((rr, cc))
                spans[(r, c)] = (rows, cols)
                _put(grid[r], c, cell.text())
                c += cols
        width = max((len(row) for row in grid), default=0)
        grid = [row + [None] * (width - len(row)) for row in grid]
        rows = [[c or "" for c in row] for row in fill(grid, spans)]
        lines = table_lines(rows)
        if lines:
            self.tables += 1
            self.lines += ["", *lines, ""]


def _strip_tags(html: str) -> str:
    from selectolax.lexbor import LexborHTMLParser

    body = LexborHTMLParser(f"<div>{html}</div>").css_first("div")
    return body.text() if body is not None else ""


def _span(cell, name: str) -> int:
    try:
        return max(1, min(int(cell.attributes.get(name) or 1), 50))
    except ValueError:
        return 1


def _put(row: list[str | None], k: int, text: str) -> None:
    while len(row) <= k:
        row.append(None)
    row[k] = text


def convert_html(data: bytes) -> Conversion:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(data)
    for node in tree.css(FURNITURE):
        node.decompose()
    root = next((n for n in (tree.css_first(s) for s in CONTENT) if n is not None), None) or tree.body
    writer = _Writer()
    if root is not None:
        writer.walk(root)
    lines: list[str] = []
    for line in writer.lines:
        if line or (lines and lines[-1]):
            lines.append(line)
    return Conversion("\n".join(lines).strip() + "\n", tables=writer.tables)
