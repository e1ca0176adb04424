"""Excel sheets (openpyxl, saved values): one row a line, merged headers filled, each sheet a section."""

from __future__ import annotations

import datetime as dt
import io

from index.convert import Conversion
from index.convert.grid import cell_text, table_lines


def _value(cell) -> str:
    """A cell as the sheet shows it: whole numbers without .0, thousands separators and percentages kept."""
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "はい" if value else "いいえ"
    if isinstance(value, dt.datetime | dt.date):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, int | float):
        fmt = cell.number_format or ""
        if "%" in fmt:
            return f"{value * 100:.{_decimals(fmt)}f}%"
        number = int(value) if float(value).is_integer() else value
        return f"{number:,}" if "," in fmt and isinstance(number, int) else str(number)
    return cell_text(str(value))


def _decimals(fmt: str) -> int:
    head = fmt.split("%")[0]
    return len(head.split(".")[1]) if "." in head else 0


def _sheet_lines(sheet) -> tuple[list[str], int]:
    """Rows of one sheet: blocks of rows with two or more cells as tables, single cells as text."""
    grid = [[_value(c) for c in row] for row in sheet.iter_rows()]
    for merged in sheet.merged_cells.ranges:
        value = grid[merged.min_row - 1][merged.min_col - 1]
        for r in range(merged.min_row - 1, merged.max_row):
            for c in range(merged.min_col - 1, merged.max_col):
                grid[r][c] = grid[r][c] or value
    lines: list[str] = []
    block: list[list[str]] = []
    tables = 0

    def flush() -> None:
        nonlocal tables
        if block:
            tables += 1
            lines.extend(["", *table_lines(block), ""])
            block.clear()

    for row in grid:
        filled = [v for v in row if v]
        if len(set(filled)) >= 2:
            block.append(row)
            continue
        flush()
        if filled:
            lines.append(filled[0])  # a title merged across the sheet, or a note
    flush()
    return lines, tables


def convert_xlsx(data: bytes) -> Conversion:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data), data_only=True)
    lines: list[str] = []
    tables = 0
    for sheet in book.worksheets:
        if sheet.sheet_state != "visible":
            continue
        body, count = _sheet_lines(sheet)
        if any(body):
            lines += [f"# {cell_text(sheet.title)}", *body, ""]
            tables += count
    return Conversion("\n".join(lines).strip() + "\n", tables=tables)
