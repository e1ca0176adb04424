"""Units: the smallest pieces of a plan an answer can stand on, each with its source location.

Every sentence, list item, heading, table row and table cell (with its row and column labels) is a
unit, and so is every fact the extractors read (a term, an indicator, a period, an event, an office,
a project, a numeric target). Retrieval and the ranker work on units; passages (chunks) stay for
context and for browsing.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import asdict, dataclass, field, replace

from index.chunk import SECTION_SEPARATOR, Chunk
from index.facts import Facts, with_unit
from index.sections import Block, ParsedDocument, Section
from index.source import Source
from index.text import BULLETS
from index.tokenize import morphemes

TEXT_KINDS = ("sentence", "item", "heading", "row", "cell")
FACT_KINDS = ("term", "indicator", "target", "period", "contact", "event", "project", "plan")
KINDS = TEXT_KINDS + FACT_KINDS
SENTENCE = re.compile(r"(?<=[。！？!?])(?![」』）)])")
ITEM_START = re.compile(r"^(?:\(\d{1,2}\)|（\d{1,2}）|\d{1,2}[.)](?!\d)|[①-⑳]|[" + "".join(BULLETS) + r"]|-\s)")
MAX_CHILDREN = 20  # a heading lists at most this many of its subsections
NUMBER_LABEL = re.compile(r"(?i)^(?:no\.?|番号|№)$")


@dataclass
class Unit:
    """One retrievable piece of a plan: what it says, what kind of piece it is, and where it stands."""

    id: int
    kind: str  # one of KINDS
    text: str  # what the unit says, as an answer quotes it
    file: str
    title: str  # document title
    section: str  # section path joined with " › "
    start_line: int
    end_line: int
    chunk: int = -1  # the passage it is part of (-1: none, e.g. a fact from the manifest)
    table: int = -1  # rows and cells: the table's number within its document
    row: int = -1  # cells: the id of their row unit; rows: their own id
    cells: list[tuple[str, str]] = field(default_factory=list)  # rows: (column label, value) pairs
    data: dict = field(default_factory=dict)  # facts: the record; headings: their subsections
    page: int | None = None  # PDF page of the unit's first line, for documents converted from PDF
    printed_page: str | None = None
    tags: list[str] = field(default_factory=list)  # what Sudachi sees in it: "person" (a personal name)

    @property
    def heading(self) -> str:
        return self.section.split(SECTION_SEPARATOR)[-1] if self.section else ""

    def search_text(self) -> str:
        """What the word and character indexes read: the unit with the heading it stands under."""
        return f"{self.heading}\n{self.text}" if self.heading and self.kind != "heading" else self.text

    def dense_text(self) -> str:
        """What the embedder reads: the unit with its heading, cut to a sentence-sized passage."""
        return self.search_text()[:240]

    @property
    def source(self) -> Source:
        return Source(self.title, self.section, self.file, self.start_line, self.end_line, self.page, self.printed_page)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Unit:
        data = dict(data)
        data["cells"] = [tuple(c) for c in data.get("cells", [])]
        return cls(**data)


def squash(text: str) -> str:
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", text))


class _LineMap:
    """Finds the source lines of a piece of a block's text from the squashed length of each line."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines

    def locate(self, block: Block, pieces: list[str]) -> list[tuple[int, int]]:
        """Line ranges of consecutive pieces of `block.text` (sentences), proportionally when text was changed."""
        rows = range(block.start_line, block.end_line + 1)
        lengths = [len(squash(re.sub(r"<[^>]+>", "", self.lines[n - 1]))) if 0 < n <= len(self.lines) else 0
                   for n in rows]
        total = sum(lengths) or 1
        whole = sum(len(squash(p)) for p in pieces) or 1
        ends, acc = [], 0
        for length in lengths:
            acc += length
            ends.append(acc * whole / total)
        out, offset = [], 0
        for piece in pieces:
            size = len(squash(piece))
            first = min(bisect_right(ends, offset), len(ends) - 1)
            last = min(bisect_right(ends, max(offset + size - 1, offset)), len(ends) - 1)
            out.append((rows[first], rows[last]))
            offset += size
        return out


def split_sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE.split(text) if s.strip()]


class _Builder:
    def __init__(self, doc: ParsedDocument, lines: list[str], chunks: list[Chunk]) -> None:
        self.doc = doc
        self.lines = _LineMap(lines)
        self.units: list[Unit] = []
        self.spans: dict[str, list[Chunk]] = {}
        for chunk in chunks:
            if chunk.file == doc.file:
                self.spans.setdefault(chunk.section, []).append(chunk)

    def chunk_of(self, section: str, line: int) -> int:
        spans = self.spans.get(section) or self.spans.get(section.rsplit(SECTION_SEPARATOR, 1)[0], [])
        for chunk in spans:
            if chunk.start_line <= line <= chunk.end_line:
                return chunk.id
        return spans[0].id if spans else -1

    def add(self, kind: str, text: str, section: str, start: int, end: int, **extra) -> Unit:
        page = self.doc.page_at(start)
        unit = Unit(len(self.units), kind, text, self.doc.file, self.doc.title, section, start, end,
                    chunk=self.chunk_of(section, start), page=page.page, printed_page=page.printed, **extra)
        self.units.append(unit)
        return unit

    def section(self, section: Section, children: list[Section]) -> None:
        path = SECTION_SEPARATOR.join(section.path)
        if section.title and (section.blocks or children):
            titles = [c.title for c in children][:MAX_CHILDREN]
            self.add("heading", section.title, path, section.start_line, section.start_line,
                     data={"children": titles} if titles else {})
        for block in section.blocks:
            if block.kind == "row":
                self.row(block, path)
            else:
                self.paragraph(block, path)

    def paragraph(self, block: Block, path: str) -> None:
        kind = "item" if ITEM_START.match(block.text) else "sentence"
        pieces = split_sentences(block.text) if kind == "sentence" else [block.text]
        for piece, (start, end) in zip(pieces, self.lines.locate(block, pieces), strict=True):
            if not _bare(piece) or _bare(piece) != _bare(self.doc.title):  # a cover's or a header's title line says nothing
                self.add(kind, piece, path, start, end)

    def row(self, block: Block, path: str) -> None:
        cells = [(label, value) for label, value in block.cells if value]
        row = self.add("row", block.text, path, block.start_line, block.end_line, table=block.table, cells=cells)
        row.row = row.id
        labelled = [(label, value) for label, value in cells if label and not NUMBER_LABEL.match(label.strip())]
        if len(labelled) < 2:
            return
        name = labelled[0][1]
        for label, value in labelled[1:]:
            self.add("cell", f"{name} {label}: {value}", path, block.start_line, block.end_line,
                     table=block.table, row=row.id, cells=[labelled[0], (label, value)])


def _bare(text: str) -> str:
    return re.sub(r"[\s()（）「」『』]", "", unicodedata.normalize("NFKC", text))


def _children(doc: ParsedDocument) -> dict[tuple[str, ...], list[Section]]:
    paths = {s.path for s in doc.sections}
    out: dict[tuple[str, ...], list[Section]] = {}
    for s in doc.sections:
        parent = next((s.path[:k] for k in range(len(s.path) - 1, 0, -1) if s.path[:k] in paths), None)
        if parent is not None:
            out.setdefault(parent, []).append(s)
    return out


def text_units(doc: ParsedDocument, lines: list[str], chunks: list[Chunk], first_id: int = 0) -> list[Unit]:
    """The sentences, items, headings, rows and cells of one parsed document, in document order."""
    builder = _Builder(doc, lines, chunks)
    children = _children(doc)
    for section in doc.sections:
        builder.section(section, children.get(section.path, []))
    for unit in builder.units:
        unit.id += first_id
        if unit.row >= 0:
            unit.row += first_id
    return builder.units


def _fact_text(kind: str, record) -> str:
    """A plain line saying the fact, for the indexes (answers are worded by the answering side)."""
    if kind == "term":
        return f"{record.term}: {record.definition}" if record.definition else record.term
    if kind == "indicator":
        return record.name + "".join(f" {stance} {with_unit(value, record.unit)}" + (f"（{label}）" if label else "")
                        for stance, value, label in (("現状", record.current, record.current_label),
                                                     ("目標", record.target, record.target_label))) + (
            f" 達成状況 {record.status}" if record.status else "")  # 目標いった？ finds the row that says so
    if kind == "target":
        return f"{record.subject} {record.year} 目標 {record.value}"
    if kind == "period":
        return f"{record.plan} 計画期間 {record.text}"
    if kind == "contact":
        return " ".join(x for x in (record.name, record.address, f"TEL {record.tel}" if record.tel else "",
                                    f"FAX {record.fax}" if record.fax else "") if x)
    if kind == "event":
        return " ".join(x for x in (record.name, record.area, record.venue, record.date,
                                    f"{record.counted or '参加者'} {record.participants}" if record.participants else "",
                                    record.content) if x)
    plan = "、".join(f"{year} {step}" for year, step in record.plan)
    return f"事業{record.number} {record.name} {record.status} {record.content} {plan}".strip()


FACT_SOURCES = (("term", "terms"), ("indicator", "indicators"), ("target", "targets"), ("period", "periods"),
                ("contact", "offices"), ("event", "events"), ("project", "projects"))


def fact_units(facts: Facts, chunks: list[Chunk], first_id: int = 0) -> list[Unit]:
    """Every extracted fact as a typed unit, its record kept in `data` for the answer's wording."""
    by_place: dict[tuple[str, str], list[Chunk]] = {}
    for chunk in chunks:
        by_place.setdefault((chunk.file, chunk.section), []).append(chunk)
    out: list[Unit] = []
    for kind, name in FACT_SOURCES:
        for record in getattr(facts, name):
            source = record.source
            if source is None:
                continue
            near = by_place.get((source.file, source.section), [])
            chunk = next((c.id for c in near if c.start_line <= source.start_line <= c.end_line),
                         near[0].id if near else -1)
            out.append(Unit(first_id + len(out), kind, _fact_text(kind, record), source.file, source.title,
                            source.section, source.start_line, source.end_line, chunk=chunk, data=asdict(record),
                            page=source.page, printed_page=source.printed_page))
    return out


def plan_units(documents: list[dict], first_id: int = 0) -> list[Unit]:
    """Each plan as the manifest describes it (title, issuer, period, publication): who made a plan and when
    it was published are the manifest's word, cited as such."""
    out = []
    for d in documents:
        said = "、".join(f"{label}: {d[k]}" for k, label in (("issuer", "策定"), ("period", "計画期間"),
                                                            ("published", "発行")) if d.get(k))
        out.append(Unit(first_id + len(out), "plan", f"{d['title']} {said}", d["file"], d["title"],
                        "(目録 documents.toml)", 1, 1, data={k: d.get(k, "") for k in
                                                         ("title", "issuer", "period", "published", "url")}))
    return out


def person_tags(units: list[Unit]) -> None:
    """Tag units that hold a personal name (Sudachi's 人名), so a だれ question needs one to be answered."""
    for unit in units:
        if unit.kind in ("row", "sentence", "item", "cell") and any(
                m.part_of_speech()[2] == "人名" for m in morphemes(unit.text)):
            unit.tags.append("person")


def _without_project_tables(units: list[Unit], projects: set[tuple[str, str]]) -> list[Unit]:
    """A 事業 section's table (内容 / 6年度… / 検討 → 実施) is its project unit's to say: its bare rows, a line
    of year labels among them, are no answers of their own. Ids are renumbered, rows' ids with them."""
    kept = [u for u in units if not (u.kind in ("row", "cell") and (u.file, u.section) in projects)]
    new_id = {u.id: k for k, u in enumerate(kept)}
    return [replace(u, id=k, row=new_id.get(u.row, -1)) for k, u in enumerate(kept)]


def build_units(parsed: list[ParsedDocument], texts: dict[str, str], chunks: list[Chunk], facts: Facts,
                documents: list[dict] | None = None) -> list[Unit]:
    """All units of a corpus: each document's text units, then the facts, then the plans themselves."""
    units: list[Unit] = []
    for doc in parsed:
        units += text_units(doc, texts.get(doc.file, "").split("\n"), chunks, first_id=len(units))
    person_tags(units)
    units = _without_project_tables(units, {(p.source.file, p.source.section) for p in facts.projects})
    units += fact_units(facts, chunks, first_id=len(units))
    return units + plan_units(documents or [], first_id=len(units))
