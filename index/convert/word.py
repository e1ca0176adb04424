"""Word plans (python-docx): headings by style as `#` lines, list items, tables with merged cells filled."""

from __future__ import annotations

import io
import re

from index.convert import Conversion
from index.convert.grid import cell_text, table_lines

_HEADING = re.compile(r"^(?:Heading|見出し)\s*(\d)$")


def _paragraph_line(paragraph) -> str:
    text = cell_text(paragraph.text)
    if not text:
        return ""
    style = paragraph.style.name if paragraph.style is not None else ""
    if style == "Title":
        return f"# {text}"
    level = _HEADING.match(style)
    if level:
        return "#" * min(int(level.group(1)) + 1, 6) + " " + text  # the title is the only `#`
    if style.startswith(("List", "リスト")):
        return f"- {text}"
    return text


def _table_rows(table) -> list[list[str]]:
    """A table's grid; python-docx gives a merged cell in every position it covers (across and down)."""
    return [[cell.text for cell in row.cells] for row in table.rows]


def convert_docx(data: bytes) -> Conversion:
    from docx import Document

    document = Document(io.BytesIO(data))
    lines: list[str] = []
    tables = 0
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            rows = table_lines(_table_rows(block))
            if rows:
                tables += 1
                lines += ["", *rows, ""]
        else:
            line = _paragraph_line(block)
            if line:
                lines.append(line)
    return Conversion("\n".join(lines).strip() + "\n", tables=tables)
