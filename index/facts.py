"""The records of facts read from the plans at build time, each with the place it was read from.

The extractors live in `index.extract`, one module per kind; this module only holds the records
and their (de)serialisation, so the answering side can use facts without the parsing code.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields

from index.source import Source

__all__ = ["Source", "Term", "Indicator", "Target", "Organisation", "Office", "Event", "Project", "Period", "Facts"]


@dataclass
class Term:
    term: str
    definition: str  # "" when the plan only lists the term
    reading: str
    source: Source


@dataclass
class Indicator:
    """An indicator row: `current` is the plan's latest figure (its 現状 or 実績 column), `baseline` a
    基準値 column where the table gives one beside a later figure (progress starts there),
    `direction` whether the target is reached by rising or falling ("up" / "down", from the
    manifest; "" when it says nothing)."""

    name: str
    unit: str
    current: str
    current_label: str
    target: str
    target_label: str
    source: Source
    baseline: str = ""
    baseline_label: str = ""
    direction: str = ""
    status: str = ""  # the table's own verdict (達成状況 / 評価: 達成, 順調, 未達成) where it gives one


@dataclass
class Target:
    """A numeric target stated in prose: 2028年(令和10年) 人口 107,400人程度."""

    subject: str
    year: str
    value: str
    source: Source


@dataclass
class Organisation:
    """A row of a directory table (団体名 / 地域 / 設立…); which columns mean what comes from the corpus manifest."""

    name: str
    area: str
    centre: str
    founded: str
    managed: str  # the value of the manifest's `managed` column ("" when empty)
    source: Source
    cells: list[tuple[str, str]] = field(default_factory=list)  # every (label, value) of the row


@dataclass
class Office:
    name: str
    address: str
    tel: str
    fax: str
    source: Source
    issuer: str = ""  # the municipality of the plan it was read from


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
    first_year: int = 0  # first and last fiscal year (Western), 0 when the text does not say
    last_year: int = 0


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
                if name == "organisations":
                    item["cells"] = [tuple(c) for c in item.get("cells", [])]
                getattr(out, name).append(records[name](**item))
        return out


BOUND = re.compile(r"(?:以下|以上|未満|超|程度|前後|以内)\s*$")  # 3以下: a bound on the figure, not its unit


def with_unit(value: str, unit: str) -> str:
    """A figure with its unit, as the plan would write it: not twice (162ha), not after a bound (3以下)."""
    return f"{value}{unit}" if unit and unit not in value and not BOUND.search(value) else value
