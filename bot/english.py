"""Answers said in English: the facts an answer states, with Japanese names as written and their
romanised reading, years in the Western calendar; a quote stays Japanese, framed by one English line.

No translation model: what is said in English is what the templates know (a figure, a date, a
name, a count); the plans' own sentences are quoted as written, with the citation.
"""

from __future__ import annotations

import re
import unicodedata

from bot.answer import LIST_LIMIT, Answer, shorten
from bot.romaji import romanise
from bot.templates import row_cells
from bot.translate import general_vocabulary
from index.era import MONTHS, SHORT_ERAS, date_key, expand_short_date, western

_ERA_FISCAL = re.compile(r"(令和|平成|昭和)\s*(元|\d{1,2})\s*年度")
_ERA_YEAR = re.compile(r"(令和|平成|昭和)\s*(元|\d{1,2})\s*年(?!度)")
_WESTERN_FISCAL = re.compile(r"((?:19|20)\d\d)\s*年度")
_MONTH_DAY = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")
_HAS_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def named(text: str) -> str:
    """A Japanese name as written, with its reading: 花泉 (Hanaizumi)."""
    text = text.strip()
    if not _HAS_JAPANESE.search(text):
        return text
    return f"{text} ({romanise(text)})"


def years(text: str) -> str:
    """Era years as Western ones: 令和10年度 → FY2028, 平成26年 → 2014, R4年度 → FY2022."""
    text = unicodedata.normalize("NFKC", text)
    text = _ERA_FISCAL.sub(lambda m: f"FY{western(m.group(1), m.group(2))}", text)
    text = _ERA_YEAR.sub(lambda m: f"{western(m.group(1), m.group(2))}", text)
    text = re.sub(r"\b([RHS])(\d{1,2})年度", lambda m: f"FY{western(SHORT_ERAS[m.group(1)], m.group(2))}", text)
    return _WESTERN_FISCAL.sub(lambda m: f"FY{m.group(1)}", text)


def date(text: str) -> str:
    """A date in English, the plan's own writing after it: July 26, 2023 (令和5年7月26日)."""
    written = expand_short_date(text)
    key = date_key(written)
    if key:
        y, m, d = key
        return f"{MONTHS[m - 1]} {d}, {y} ({text})"
    found = _MONTH_DAY.search(unicodedata.normalize("NFKC", written))
    if found and 1 <= int(found.group(2)) <= 12:
        y = f", {found.group(1)}" if found.group(1) else ""
        return f"{MONTHS[int(found.group(2)) - 1]} {int(found.group(3))}{y} ({text})"
    return years(text)


def figure(value: str, unit: str = "") -> str:
    """A figure with its unit in English: 170回 → 170 (回, times)."""
    if not value or value in ("—", "-", "―"):
        return "not stated"
    units = general_vocabulary()[2]
    shown = value if unit in value else f"{value}{unit}"
    for jp, en in units.items():
        if shown.endswith(jp) and re.search(r"\d", shown):
            return f"{shown} ({en})" if en not in ("%", "km²", "m") else shown
    return years(shown)


# --------------------------------------------------------------------------- fact answers


def say(answer: Answer, where: str) -> str:
    """The English text of an answer; `where` names the cited plan and section."""
    render = RENDERERS.get(answer.kind)
    if render is None or not answer.records:
        return evidence(answer, where)
    return render(answer)


def term(answer: Answer) -> str:
    t = answer.records[0]
    if not t.definition:
        return f"“{named(t.term)}” is a term used in {t.source.title}, section “{t.source.section}”; the plan gives no definition."
    return f"The plan defines “{named(t.term)}” as follows:\n「{shorten(t.definition, 260)}」"


def indicator(answer: Answer) -> str:
    """Each indicator's figures as the plan gives them, each with its year (a plan's 現状 is mostly
    measured before the plan began); the baseline too where the table has one. An indicator's name is
    a description, not a name to pronounce: it is written without a romanised reading."""
    lines = []
    for i in answer.records[:LIST_LIMIT]:
        baseline = f"baseline {figure(i.baseline, i.unit)} ({years(i.baseline_label)}), " if i.baseline else ""
        lines.append(f"• {i.name.replace(' ', '')}: {baseline}{figure(i.current, i.unit)} as of {years(i.current_label)}, "
                     f"target {figure(i.target, i.unit)} ({years(i.target_label)}).")
    head = f"{len(answer.records)} indicators:\n" if len(answer.records) > 3 else ""
    return head + "\n".join(lines)


def target(answer: Answer) -> str:
    return "\n".join(f"The target for {t.subject} in {years(t.year)} is {figure(years(t.value))}."
                     for t in answer.records)


def organisation(answer: Answer) -> str:
    orgs = answer.records
    if len(orgs) == 1:
        o = orgs[0]
        cells = "; ".join(f"{label}: {date(value) if date_key(expand_short_date(value)) else named(value)}"
                          for label, value in row_cells(o))
        line = f"{named(o.name)}" + (f" — {cells}" if cells else "")
        column = answer.detail.get("column")
        if column and not answer.detail.get("value"):
            return f"No: the “{column}” column for {o.name} is empty in the plan.\n{line}"
        if column:
            return f"Yes: “{column}” for {o.name} is {answer.detail['value']}.\n{line}"
        return line
    areas = {o.area for o in orgs}
    place = f" in {named(next(iter(areas)))}" if len(areas) == 1 and next(iter(areas)) else ""
    listed = "\n".join(f"• {named(o.name)}" + (f", founded {date(o.founded)}" if o.founded else "")
                       for o in orgs[:LIST_LIMIT])
    more = f"\n…and {len(orgs) - LIST_LIMIT} more" if len(orgs) > LIST_LIMIT else ""
    return f"The plan lists {len(orgs)} organizations{place}:\n{listed}{more}"


def lacking(answer: Answer) -> str:
    listed = "\n".join(f"• {named(o.name)}" for o in answer.records[:LIST_LIMIT])
    return (f"Of the {answer.detail['among']} organizations listed, {len(answer.records)} have nothing in the "
            f"“{answer.detail['column']}” column:\n{listed}")


def office(answer: Answer) -> str:
    return "The office in charge is " + contact(answer.records[0]) + "."


def contact(o) -> str:
    parts = [named(o.name)]
    if o.address:
        parts.append(f"address: {o.address}")
    if o.tel:
        parts.append(f"phone {o.tel}")
    if o.fax:
        parts.append(f"fax {o.fax}")
    return ", ".join(parts)


def event(answer: Answer) -> str:
    lines = []
    for e in answer.records[:5]:
        what = named(re.sub(r"(の)?開催状況(一覧)?$", "", e.name).strip())
        at = f" at {named(e.venue)}" if e.venue else ""
        people = f" ({e.participants} participants)" if e.participants.isdigit() else ""
        lines.append(f"• {what}{at}: {date(e.date)}{people}")
    more = f"\n…and {len(answer.records) - 5} more" if len(answer.records) > 5 else ""
    return "\n".join(lines) + more


def event_count(answer: Answer) -> str:
    listed = "\n".join(f"• {named(e.venue) if e.venue else named(e.name)}: {date(e.date)}" for e in answer.records[:5])
    return f"The plan records {len(answer.records)} of them ({named(answer.detail.get('label', ''))}):\n{listed}"


def total(answer: Answer) -> str:
    listed = ", ".join(f"{e.venue or e.name} {e.participants}" for e in answer.records[:8])
    return f"In total {answer.detail['amount']:,} people over {answer.detail['counted']} records ({listed})."


def extreme(answer: Answer) -> str:
    d = answer.detail
    return f"Of {d['among']} records, it is {named(d['name'])} ({d['label']}: {years(str(d['value']))})."


def project(answer: Answer) -> str:
    lines = []
    for p in answer.records[:LIST_LIMIT]:
        steps = ", ".join(f"{years(y)}: {s}" for y, s in p.plan)
        status = f" ({p.status})" if p.status else ""
        lines.append(f"• Project {p.number} “{named(p.name)}”{status}: {steps}")
    return "\n".join(lines)


def period(answer: Answer) -> str:
    p = answer.records[0]
    span = f"FY{p.first_year} to FY{p.last_year}" if p.first_year and p.last_year else years(p.text)
    return f"The period of {named(p.plan)} is {span}. The plan says:\n「{p.text}」"


def evidence(answer: Answer, where: str = "") -> str:
    if answer.kind == "outline":  # a heading's subsections, listed
        items = answer.detail["items"]
        listed = "\n".join(f"• {item}" for item in items[:LIST_LIMIT])
        return f"The plan lists {len(items)} items under “{answer.detail['heading']}”:\n{listed}"
    quote = answer.detail.get("quote") or answer.answer
    counted = answer.detail.get("counted")
    lead = f"The plan lists {counted} items in {where}:" if counted else f"The plans say this in {where}:"
    return f"{lead}\n{quote}"


RENDERERS = {
    "term": term, "indicator": indicator, "target": target, "organisation": organisation, "lacking": lacking, "office": office,
    "event": event, "event_count": event_count, "total": total, "extreme": extreme, "project": project,
    "period": period,
}


def not_found(contact_line: str, titles: list[str], missing: list[str]) -> str:
    """An honest English "not in the plans", with where to ask."""
    plans = ", ".join(f"“{t}”" for t in titles[:2]) + (" and others" if len(titles) > 2 else "")
    if missing:
        lead = f"Sorry, the plans of {', '.join(missing)} are not in this collection (it holds {plans})."
    else:
        lead = f"Sorry, I could not find this in the plans ({plans})."
    return f"{lead} For questions about the plans, please contact {contact_line}."
