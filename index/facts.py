"""Facts extracted from the parsed plans at build time: terms, indicators, targets, organisations,
offices, events and projects, each with the place it was read from.

Extraction follows table headers (単位 / 現状 / 目標, 団体名 / 設立, 会場 / 期日…) and text
patterns (〜とは、…をいいます, TEL, 〒, 事業N …), never the values in today's documents, so a
revised plan of the same kinds yields its own facts.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields

from index.chunk import SECTION_SEPARATOR
from index.era import expand_short_date
from index.parse import Block, ParsedDocument, Section, heading_kind, normalize
from index.tokenize import reading


@dataclass
class Source:
    title: str
    section: str
    file: str
    start_line: int
    end_line: int


@dataclass
class Term:
    term: str
    definition: str  # "" when the plan only lists the term
    reading: str
    source: Source


@dataclass
class Indicator:
    name: str
    unit: str
    current: str
    current_label: str
    target: str
    target_label: str
    source: Source


@dataclass
class Target:
    """A numeric target stated in prose: 2028年(令和10年) 人口 107,400人程度."""

    subject: str
    year: str
    value: str
    source: Source


@dataclass
class Organisation:
    name: str
    area: str
    centre: str
    founded: str
    managed: str  # since when it manages its 市民センター, "" if it does not
    source: Source


@dataclass
class Office:
    name: str
    address: str
    tel: str
    fax: str
    source: Source


@dataclass
class Event:
    name: str
    date: str
    venue: str = ""
    area: str = ""
    participants: str = ""
    counted: str = ""  # what the number counts, from its column: 参加者 / 出席者
    content: str = ""
    source: Source | None = None


@dataclass
class Project:
    number: str
    name: str
    status: str  # 新規 / 継続 / 拡充
    content: str
    plan: list[tuple[str, str]]  # (year, 検討 / 実施 …) with → resolved
    source: Source


@dataclass
class Period:
    """A plan's period as its own 期間 section states it (本計画は、令和6年度から令和10年度までの5年間)."""

    plan: str
    text: str
    source: Source


@dataclass
class Facts:
    terms: list[Term] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    offices: list[Office] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)
    periods: list[Period] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Facts:
        kinds = {f.name: f.type for f in fields(cls)}
        records = {"terms": Term, "indicators": Indicator, "targets": Target, "organisations": Organisation,
                   "offices": Office, "events": Event, "projects": Project,
                   "periods": Period}
        out = cls()
        for name in kinds:
            for item in data.get(name, []):
                item = dict(item)
                if item.get("source"):
                    item["source"] = Source(**item["source"])
                if name == "projects":
                    item["plan"] = [tuple(p) for p in item["plan"]]
                getattr(out, name).append(records[name](**item))
        return out


# --------------------------------------------------------------------------- helpers

_NUMBERING = re.compile(r"^(?:\(\d+\)|\d+(?:-\d+)?\.?|[①-⑳]|第\d+)\s*")
_DATE = re.compile(
    r"(?:令和|平成|昭和)\s*(?:元|\d+)\s*年(?:\s*\d+\s*月(?:\s*\d+\s*日)?|\s*度)?[^/|]*?"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*日[^/|]*"
)


def strip_numbering(title: str) -> str:
    return _NUMBERING.sub("", normalize(title)).strip()


def source(doc: ParsedDocument, section: Section, start: int, end: int) -> Source:
    return Source(doc.title, SECTION_SEPARATOR.join(section.path) or "(冒頭)", doc.file, start, end)


def cells(block: Block) -> dict[str, str]:
    return {label: value for label, value in block.cells if label}


def find(row: dict[str, str], *keys: str) -> str:
    """The value of the first column whose label contains one of the keys."""
    for key in keys:
        for label, value in row.items():
            if key in label:
                return value
    return ""


def label_of(row: dict[str, str], key: str) -> str:
    return next((label for label in row if key in label), "")


def in_brackets(label: str) -> str:
    match = re.search(r"\(([^)]+)\)", normalize(label))
    return match.group(1).strip() if match else ""


def _rows(doc: ParsedDocument):
    for section in doc.sections:
        for block in section.blocks:
            if block.kind == "row":
                yield section, block


# --------------------------------------------------------------------------- extractors


def extract_terms(doc: ParsedDocument) -> list[Term]:
    """Glossary sections (用語の定義…), "Xとは、…をいいます" sentences, and bare term lists."""
    terms: dict[str, Term] = {}
    for section in doc.sections:
        if len(section.path) >= 2 and "用語" in section.path[-2] and section.blocks:
            term = strip_numbering(section.title)
            texts = [b for b in section.blocks if b.kind == "text"]
            definition = " ".join(b.text for b in texts if b is texts[0] or b.text.startswith("※"))
            terms[term] = Term(term, definition, reading(term),
                               source(doc, section, section.start_line, texts[-1].end_line if texts else section.end_line))
    for section in doc.sections:
        for block in section.blocks:
            for m in re.finditer(r"(?:^|。)「?([^、。「」]{2,20})」?とは、「?(.+?)」?(?:をいいます|のことです)。", block.text):
                term = m.group(1).strip()
                terms.setdefault(term, Term(term, m.group(2), reading(term),
                                            source(doc, section, block.start_line, block.end_line)))
    texts = [b for s in doc.sections for b in s.blocks if b.kind == "text"]
    term_like = [b for b in texts if _term_like(b.text)]
    if texts and len(term_like) >= 0.8 * len(texts):  # a document that is mostly a term list
        for section in doc.sections:
            for block in section.blocks:
                if block.kind == "text" and _term_like(block.text) and block.text not in terms:
                    terms[block.text] = Term(block.text, "", reading(block.text),
                                             source(doc, section, block.start_line, block.end_line))
    return list(terms.values())


def _term_like(text: str) -> bool:
    return (
        2 <= len(text) <= 25
        and not re.search(r"[。、:]", text)
        and not re.fullmatch(r"[\d\s.,\-()]+", text)
        and not text.startswith(("資料", "(単位", "http"))
        and heading_kind(text) is None
    )


def extract_indicators(doc: ParsedDocument) -> list[Indicator]:
    """Rows of tables whose header has 現状 and 目標 columns."""
    out = []
    for section, block in _rows(doc):
        row = cells(block)
        current_label, target_label = label_of(row, "現状"), label_of(row, "目標")
        if not (current_label and target_label):
            continue
        name_label = next(iter(row))
        out.append(Indicator(
            name=strip_numbering(row[name_label]),
            unit=find(row, "単位"),
            current=row[current_label],
            current_label=in_brackets(current_label),
            target=row[target_label],
            target_label=in_brackets(target_label),
            source=source(doc, section, block.start_line, block.end_line),
        ))
    return out


_YEAR = re.compile(r"(\d{4})\s*年(?:\s*\((?:令和|平成)\s*\d+\s*年\))?")
_VALUE = re.compile(r"(?:^|[、,はのを\s])([\u3040-\u30ff\u4e00-\u9fff]{1,8}?)([\d,]+(?:\.\d+)?\s*(?:人|%|件|回|万人))程度")


def extract_targets(doc: ParsedDocument) -> list[Target]:
    """Numeric targets in sentences that state them (…の目標は、人口107,400人程度…とする)."""
    out = []
    for section in doc.sections:
        for block in section.blocks:
            if block.kind != "text":
                continue
            for sentence in re.split(r"(?<=。)", block.text):
                if "目標" not in sentence and "目標" not in section.title:
                    continue
                years = list(_YEAR.finditer(sentence))
                for value in _VALUE.finditer(sentence):
                    before = [y for y in years if y.end() <= value.start()]
                    if before:
                        out.append(Target(value.group(1), re.sub(r"\s", "", before[-1].group(0)),
                                          value.group(2).replace(" ", "") + "程度",
                                          source(doc, section, block.start_line, block.end_line)))
    return out


def extract_organisations(doc: ParsedDocument) -> list[Organisation]:
    """Rows of tables with 団体名 and 設立 columns (the list of 地域協働体)."""
    out = []
    for section, block in _rows(doc):
        row = cells(block)
        name = find(row, "団体名")
        if not name or not label_of(row, "設立"):
            continue
        out.append(Organisation(
            name=name,
            area=row.get("地域", ""),
            centre=find(row, "エリア", "センター"),
            founded=find(row, "設立"),
            managed=find(row, "指定管理"),
            source=source(doc, section, block.start_line, block.end_line),
        ))
    return out


_TEL = re.compile(r"(?:TEL|Tel|電話|℡)\s*[:：]?\s*(\d{2,5}-\d{1,4}-\d{3,4}(?:\s*\(代\))?)")
_FAX = re.compile(r"FAX\s*[:：]?\s*(\d{2,5}-\d{1,4}-\d{3,4})")
_OFFICE_NAME = re.compile(r"^[^。、\d]{2,40}(?:課|部|室|係|局|センター)$")


def extract_offices(doc: ParsedDocument) -> list[Office]:
    """Contact blocks: an office name, a 〒 address, TEL and FAX in consecutive paragraphs."""
    out = []
    for section in doc.sections:
        blocks = section.blocks
        for i, block in enumerate(blocks):
            tel = _TEL.search(block.text)
            if not tel:
                continue
            window = blocks[max(0, i - 4) : i + 3]
            text = " ".join(b.text for b in window)
            name = next((b.text for b in reversed(blocks[max(0, i - 4) : i]) if _OFFICE_NAME.match(b.text)), "")
            address = re.search(r"(〒\s*[\d-]+\s*)?(岩手県[^\s/|]+)", text)
            fax = _FAX.search(text)
            out.append(Office(
                name=name,
                address=address.group(0).strip() if address else "",
                tel=tel.group(1),
                fax=fax.group(1) if fax else "",
                source=source(doc, section, window[0].start_line, window[-1].end_line),
            ))
    return out


def extract_events(doc: ParsedDocument) -> list[Event]:
    """Dated table rows (meetings, 住民懇談会, milestones) and stated periods (開催期間:…)."""
    out = []
    for section, block in _rows(doc):
        row = cells(block)
        values = [v for _, v in block.cells if v]
        date = find(row, "期日", "日時", "日付", "年月日") if row else ""
        if not date:
            date = next((v for v in values if _DATE.fullmatch(v.strip())), "")
        if not date or label_of(row, "設立"):
            continue
        name = find(row, "会議", "名称", "内容") if row else ""
        if not name:
            others = [v for v in values if v != date]
            name = others[0] if others and not row else strip_numbering(section.title)
        out.append(Event(
            name=name,
            date=date,
            venue=find(row, "会場", "場所"),
            area=row.get("地域", ""),
            participants=find(row, "参加者", "出席者"),
            counted=re.sub(r"数|\(.*?\)", "", label_of(row, "参加者") or label_of(row, "出席者")).strip(),
            content=find(row, "主な内容"),
            source=source(doc, section, block.start_line, block.end_line),
        ))
    for section in doc.sections:
        for block in section.blocks:
            m = re.search(r"(.+?)\s*(?:開催期間|実施期間|期間)\s*[:：]\s*(.+)$", block.text)
            if block.kind == "text" and m and _DATE.match(m.group(2)):
                out.append(Event(m.group(1).strip(), m.group(2).strip(),
                                 source=source(doc, section, block.start_line, block.end_line)))
    return out


_PROJECT = re.compile(r"^事業\s*(\d+)\s+(.+?)(?:\s+(新規|継続|拡充|重点|廃止))?$")


def extract_projects(doc: ParsedDocument) -> list[Project]:
    """事業N sections: status, content and the year-by-year plan (検討 / 実施 / →)."""
    out = []
    for section in doc.sections:
        m = _PROJECT.match(normalize(section.title))
        if not m:
            continue
        rows = [b for b in section.blocks if b.kind == "row"]
        content = ""
        plan: list[tuple[str, str]] = []
        for k, row in enumerate(rows):
            values = [v for _, v in row.cells]
            if values and values[0] == "内容":
                content = next((v for v in values[1:] if v and v != "実施年度"), "")
            years = [(i, v) for i, v in enumerate(values) if re.fullmatch(r"\d+年度", v)]
            if years and k + 1 < len(rows):
                steps = [v for _, v in rows[k + 1].cells]
                previous = ""
                for i, year in years:
                    step = steps[i] if i < len(steps) else ""
                    previous = previous if step in ("→", "") else step
                    plan.append((year, previous))
        out.append(Project(m.group(1), m.group(2), m.group(3) or "", content, plan,
                           source(doc, section, section.start_line, section.end_line)))
    return out


_SPAN = re.compile(r"(?:令和|平成|昭和|\d{4}\s*年)[^。]*?(?:から|~|〜|～)[^。]*?(?:まで|年度|年)")


def extract_periods(doc: ParsedDocument) -> list[Period]:
    """The first sentence with a from–to span in a section whose heading names a 期間."""
    out = []
    for section in doc.sections:
        if "期間" not in section.title:
            continue
        for block in section.blocks:
            sentence = next((s for s in re.split(r"(?<=。)", block.text) if _SPAN.search(s)), "")
            if sentence:
                out.append(Period(doc.title, sentence, source(doc, section, block.start_line, block.end_line)))
                break
    return out


def extract_facts(documents: list[ParsedDocument]) -> Facts:
    facts = Facts()
    for doc in documents:
        facts.terms += extract_terms(doc)
        facts.indicators += extract_indicators(doc)
        facts.targets += extract_targets(doc)
        facts.organisations += extract_organisations(doc)
        facts.offices += extract_offices(doc)
        facts.events += extract_events(doc)
        facts.projects += extract_projects(doc)
        facts.periods += extract_periods(doc)
    for org in facts.organisations:
        org.founded = expand_short_date(org.founded) if org.founded else ""
    return facts
