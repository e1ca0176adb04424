"""Web pages saved as text: HTML block elements rewritten, line for line, into the plain layouts the
parser reads (headings as `#`, table rows as tab-separated cells, list items, `用語：説明` glossaries).

Line numbers stay those of the source file, so citations still point at the page as it was saved.
"""

from __future__ import annotations

import html
import re

BLOCK = re.compile(r"^\s*<(?:h[1-6]|p|tr|li|dt|dd|table|thead|tbody|ul|ol|dl|div|section)\b", re.I)
HEADING = re.compile(r"<h([1-6])\b[^>]*>(.*?)</h\1\s*>", re.I)
CELL = re.compile(r"<t[hd]\b[^>]*>(.*?)</t[hd]\s*>", re.I)
TERM = re.compile(r"<dt\b[^>]*>(.*?)</dt\s*>\s*<dd\b[^>]*>(.*?)</dd\s*>", re.I)
ITEM = re.compile(r"<li\b[^>]*>(.*?)(?:</li\s*>|$)", re.I)
TAG = re.compile(r"<[^>]+>")
MIN_BLOCK_LINES = 3  # fewer lines opening with a block element: HTML fragments in a text, left as they are


def is_web_page(lines: list[str]) -> bool:
    return sum(bool(BLOCK.match(line)) for line in lines) >= MIN_BLOCK_LINES


def _text(fragment: str) -> str:
    return html.unescape(TAG.sub(" ", re.sub(r"<br\s*/?>", " ", fragment, flags=re.I))).strip()


def html_as_lines(lines: list[str]) -> list[str]:
    """The page's lines in the parser's plain layouts; a text that is not a web page comes back unchanged."""
    if not is_web_page(lines):
        return lines
    out, numbered, counter = [], False, 0
    for line in lines:
        if re.search(r"<ol\b", line, re.I):
            numbered, counter = True, 0
        elif re.search(r"<ul\b", line, re.I):
            numbered = False
        if heading := HEADING.search(line):
            out.append("#" * int(heading.group(1)) + " " + _text(heading.group(2)))
        elif len(cells := CELL.findall(line)) >= 2:
            out.append("\t".join(_text(c) for c in cells))
        elif term := TERM.search(line):
            out.append(f"{_text(term.group(1))}：{_text(term.group(2))}")
        elif item := ITEM.search(line):
            counter += 1
            out.append(f"- {counter}. {_text(item.group(1))}" if numbered else f"- {_text(item.group(1))}")  # items, not headings
        else:
            out.append(_text(line) if "<" in line else line)
    return out
