"""Facts read from the parsed plans, one module per kind, each driven by shapes and labels, not by one plan's text."""

from __future__ import annotations

from index.corpus import BotConfig, Document, municipalities
from index.extract.contacts import extract_offices
from index.extract.directory import extract_organisations
from index.extract.events import extract_events
from index.extract.indicators import extract_indicators
from index.extract.periods import extract_periods, fiscal_years
from index.extract.projects import extract_projects
from index.extract.targets import extract_targets
from index.extract.terms import extract_terms
from index.facts import Facts, Period, Source
from index.parse import ParsedDocument

KINDS = ("terms", "indicators", "targets", "organisations", "offices", "events", "projects", "periods")


def extract_facts(parsed: list[ParsedDocument], documents: list[Document] | None = None,
                  config: BotConfig | None = None) -> Facts:
    config = config or BotConfig()
    issuers = {d.file: "・".join(municipalities(d.issuer)) for d in documents or []}
    manifest = {d.file: (d.first_year, d.last_year) for d in documents or [] if d.first_year and d.last_year}
    facts = Facts()
    for doc in parsed:
        facts.terms += extract_terms(doc)
        facts.indicators += extract_indicators(doc)
        facts.targets += extract_targets(doc)
        facts.organisations += extract_organisations(doc, config.directory)
        facts.offices += extract_offices(doc, issuers.get(doc.file, ""))
        facts.events += extract_events(doc, config.directory.founded)
        facts.projects += extract_projects(doc)
        stated = extract_periods(doc, manifest.get(doc.file, (0, 0)))
        expected = manifest.get(doc.file)
        # the manifest's period wins over a sentence about another edition (第1次は平成22年度から…)
        facts.periods += [p for p in stated if not expected or (p.first_year, p.last_year) == expected]
    by_file = {d.file: d for d in documents or []}
    for indicator in facts.indicators:  # up or down, as the manifest says (per indicator, or per plan)
        if indicator.source.file in by_file:
            indicator.direction = by_file[indicator.source.file].direction_of(indicator.name)
    stated = {p.source.file for p in facts.periods}
    for d in documents or []:
        if d.period and d.file not in stated:  # the text lost it (a PDF that is mostly headings): the manifest's
            first, last = fiscal_years(d.period)
            facts.periods.append(Period(d.title, f"{d.title}の期間は{d.period}です。",
                                        Source(d.title, "(目録 documents.toml)", d.file, 1, 1), first, last))
    return facts


def facts_per_document(facts: Facts) -> dict[str, dict[str, int]]:
    """How many facts of each kind every document yielded (for the build summary and its warnings)."""
    out: dict[str, dict[str, int]] = {}
    for kind in KINDS:
        for item in getattr(facts, kind):
            counts = out.setdefault(item.source.file, dict.fromkeys(KINDS, 0))
            counts[kind] += 1
    return out
