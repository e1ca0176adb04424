"""Directory tables (団体名 / 地域 / 設立…): which columns mean what comes from the manifest's `[bot.directory]`."""

from __future__ import annotations

from index.corpus import DirectoryColumns
from index.era import expand_short_date
from index.extract.common import cells, find, label_of, rows, source
from index.facts import Organisation
from index.parse import ParsedDocument


def extract_organisations(doc: ParsedDocument, columns: DirectoryColumns) -> list[Organisation]:
    out = []
    for section, block in rows(doc):
        row = cells(block)
        name = find(row, *columns.name)
        if not name or not label_of(row, *columns.founded):
            continue
        founded = find(row, *columns.founded)
        out.append(Organisation(
            name=name,
            area=find(row, *columns.area) if columns.area else "",
            centre=find(row, *columns.centre) if columns.centre else "",
            founded=expand_short_date(founded) if founded else "",
            managed=find(row, *columns.managed) if columns.managed else "",
            source=source(doc, section, block.start_line, block.end_line),
            cells=list(block.cells),
        ))
    return out
