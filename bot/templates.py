"""Answers from extracted facts: short, polite Japanese templates, each with the citation of its source."""

from __future__ import annotations

import re
import unicodedata
from itertools import groupby

from bot.answer import ANSWER_CHARS, LIST_LIMIT, Answer, citations_for, cite_sources, office_line, shorten
from index.era import expand_short_date
from index.facts import Event, Indicator, Office, Organisation, Period, Project, Target, Term
from index.facts import with_unit as figure_with_unit


def _made(answer: Answer, kind: str, records: list, **detail) -> Answer:
    """The answer with the facts it states, so it can be said again in another language."""
    answer.kind, answer.records, answer.detail = kind, list(records), detail
    return answer


def period_answer(question: str, period: Period, intent: str) -> Answer:
    length = period.last_year - period.first_year + 1 if period.first_year and period.last_year else 0
    said = re.search(rf"(?<!\d){length}\s*(?:か|カ|ヵ|ケ)?年", unicodedata.normalize("NFKC", period.text))
    years = f"（{length}年間）" if length and not said else ""  # 何年間: said even when the text gives only the years
    body = f"「{period.plan}」の期間について、計画書には「{period.text}」とあります{years}。"
    return _made(Answer(question, body, intent, True, [cite_sources([period.source], period.text)]), "period", [period])


def term_answer(question: str, term: Term, intent: str) -> Answer:
    if term.definition:
        body = f"「{term.term}」とは、{shorten(term.definition, ANSWER_CHARS - 20)}"
    else:
        body = (f"「{term.term}」は、{term.source.title}の「{term.source.section}」に出てくる用語です。"
                "計画書の本文から取り出せた定義の文章はありません。")
    return _made(Answer(question, body, intent, True, [cite_sources([term.source], term.definition or term.term)]),
                 "term", [term])


def with_unit(value: str, unit: str) -> str:
    """The figure with its unit; a blank or a dash is 記載なし."""
    if not value or value in ("—", "-", "―"):
        return "記載なし"
    return figure_with_unit(value, unit)


def dated_figure(value: str, unit: str, label: str) -> str:
    """125回（令和4年度）; a blank or a dash is 記載なし, never a unit after a dash."""
    return f"{with_unit(value, unit)}（{label}）" if label else with_unit(value, unit)


def indicator_figures(ind: Indicator) -> str:
    """The figures as the plan gives them: the baseline where the table has one beside a later figure,
    the 現状 figure, and the target; never a share of a baseline read as progress."""
    parts = [f"基準値{dated_figure(ind.baseline, ind.unit, ind.baseline_label)}"] if ind.baseline else []
    parts.append(f"現状{dated_figure(ind.current, ind.unit, ind.current_label)}")
    parts.append(f"目標{dated_figure(ind.target, ind.unit, ind.target_label)}")
    return "、".join(parts) + (f"（{ind.status}）" if ind.status else "")


def indicator_answer(question: str, indicators: list[Indicator], intent: str) -> Answer:
    lines = [f"{ind.name.replace(' ', '')}は、{indicator_figures(ind)}です。" for ind in indicators[:3]]
    snippet = lambda i: f"{i.name} 現状 {i.current} 目標 {i.target}"  # noqa: E731
    return _made(Answer(question, "\n".join(lines), intent, True, citations_for(indicators[:3], snippet),
                        table=indicator_rows(indicators[:3])), "indicator", indicators[:3])


def indicator_rows(indicators: list[Indicator]) -> list[tuple[str, str]]:
    return [(i.name.replace(" ", ""), indicator_figures(i).replace("、目標", " → 目標")) for i in indicators]


def indicator_list_answer(word: str, indicators: list[Indicator], of_plan: bool = False) -> Answer:
    """Every indicator whose name contains the word (the staff shortcut 指標 <語>), or every one of a plan."""
    if not indicators:
        return Answer(word, f"「{word}」を含む成果指標は見つかりませんでした。", "indicator", False)
    body = f"「{word}」を含む成果指標は{len(indicators)}件です。"
    if of_plan:
        rows = "\n".join(f"・{name}：{value}" for name, value in indicator_rows(indicators[:LIST_LIMIT]))
        body = f"「{word}」の成果指標は{len(indicators)}件です。\n{rows}"
    snippet = lambda i: f"{i.name} 現状 {i.current} 目標 {i.target}"  # noqa: E731
    return _made(Answer(word, body, "indicator", True, citations_for(indicators, snippet), table=indicator_rows(indicators)),
                 "indicator", indicators)


def target_answer(question: str, targets: list[Target], intent: str) -> Answer:
    lines = [f"{t.year}の{t.subject}の目標は、{t.value}です。" for t in targets[:4]]
    return _made(Answer(question, "\n".join(lines), intent, True,
                        citations_for(targets[:4], lambda t: f"{t.year} {t.subject} {t.value}")), "target", targets[:4])


def row_cells(org: Organisation) -> list[tuple[str, str]]:
    """A directory row's labelled cells, without its running number and its own name."""
    return [(label, value) for label, value in org.cells
            if label and value and value != org.name and not re.fullmatch(r"(?i)no\.?|番号", label.strip())]


def _row_text(org: Organisation) -> str:
    """A directory row as its table states it, labels included, short dates written out."""
    pairs = [(label, expand_short_date(value)) for label, value in row_cells(org)]
    if not pairs:  # a row read without its labels
        pairs = [(k, v) for k, v in (("地域", org.area), ("エリア", org.centre), ("設立", org.founded),
                                     ("状況", expand_short_date(org.managed))) if v]
    return "、".join(f"{label}：{value}" for label, value in pairs if value != org.name)


def _named(org: Organisation) -> str:
    details = _row_text(org)
    return f"{org.name}（{details}）" if details else org.name


def organisation_answer(question: str, orgs: list[Organisation], intent: str,
                        asked: tuple[str, str] | None = None, office: Office | None = None,
                        yes_no: bool = True) -> Answer:
    """The organisations found; of one, the column a question `asked` about, from its cell (with the
    yes / no a `yes_no` question wants); asked for their contact, which the plans do not list, the `office`."""
    if len(orgs) == 1:
        o = orgs[0]
        body = f"「{_named(o)}」"
        if asked and not asked[1]:
            body = f"{'いいえ、' if yes_no else ''}{o.name}の「{asked[0]}」の欄は空欄で、記載がありません。\n{body}"
        elif asked:
            body = f"{'はい、' if yes_no else ''}{o.name}の「{asked[0]}」は{expand_short_date(asked[1])}です。\n{body}"
    else:
        place = orgs[0].area if len({o.area for o in orgs}) == 1 else ""
        short = len(orgs) > 5  # a long list keeps to names and founding dates, to fit a phone screen
        listed = "\n".join(f"・{o.name}（設立 {o.founded}）" if short else f"・{_named(o)}" for o in orgs[:LIST_LIMIT])
        more = f"\nほか{len(orgs) - LIST_LIMIT}件" if len(orgs) > LIST_LIMIT else ""
        body = f"{place + 'の' if place else ''}該当する団体は次の{len(orgs)}件です。\n{listed}{more}"
    if office:
        body += f"\n計画書には団体の連絡先の記載がありません。お問い合わせは{office_line(office)}へどうぞ。"
    column = {"column": asked[0], "value": asked[1]} if len(orgs) == 1 and asked else {}
    return _made(Answer(question, shorten(body, 700), intent, True, citations_for(orgs, lambda o: o.name)),
                 "organisation", orgs, **column)


def lacking_answer(question: str, label: str, orgs: list[Organisation], among: int) -> Answer:
    """The organisations whose column `label` is empty, out of how many rows."""
    listed = "\n".join(f"・{o.name}（{o.area}）" for o in orgs[:LIST_LIMIT])
    more = f"\nほか{len(orgs) - LIST_LIMIT}件" if len(orgs) > LIST_LIMIT else ""
    body = f"{among}団体のうち、「{label}」の欄が空欄の団体は次の{len(orgs)}件です。\n{listed}{more}"
    return _made(Answer(question, body, "contact", True, citations_for(orgs, lambda o: o.name)),
                 "lacking", orgs, column=label, among=among)


def _row_name(row) -> str:
    return getattr(row, "venue", "") or getattr(row, "name", "")


def extreme_answer(question: str, row, label: str, value: str, among: int, intent: str) -> Answer:
    """The row with the most / least of a column, said with the value and out of how many rows."""
    shown = expand_short_date(value) if label in ("設立", "日付") else value
    unit = "人" if label not in ("設立", "日付") and shown.isdigit() else ""
    area = getattr(row, "area", "")
    where = f"（{area}）" if area and area not in _row_name(row) else ""  # which 地区 the venue serves
    body = f"{among}件のうち、「{_row_name(row)}」{where}です（{label}：{shown}{unit}）。"
    return _made(Answer(question, body, intent, True, citations_for([row], lambda r: f"{_row_name(r)} {value}")),
                 "extreme", [row], name=_row_name(row), label=label, value=f"{shown}{unit}", among=among)


def total_answer(question: str, events: list[Event], amount: int, counted: int, intent: str) -> Answer:
    """A total over a table's rows, showing what was added up."""
    listed = "、".join(f"{e.venue or _event_label(e)} {e.participants}" for e in events[:8])
    more = f" ほか{len(events) - 8}件" if len(events) > 8 else ""
    areas = {e.area for e in events}
    where = f"{areas.pop()}の" if len(areas) == 1 and events[0].area else ""
    body = f"{where}{counted}件の合計で{amount:,}人です（{listed}{more}）。"
    return _made(Answer(question, body, intent, True, citations_for(events[:8], lambda e: f"{e.venue} {e.participants}")),
                 "total", events, amount=amount, counted=counted)


def event_count_answer(question: str, events: list[Event], intent: str, counter: str = "件") -> Answer:
    """How many dated records match (住民懇談会 → 35 会場), in the counter asked (何回 → 35回), listing the first few."""
    listed = "\n".join(f"・{e.venue or _event_label(e)}（{e.date}）" for e in events[:5])
    more = f"\nほか{len(events) - 5}件" if len(events) > 5 else ""
    body = f"計画書の記録では{len(events)}{counter}です（{_event_label(events[0])}）。\n{listed}{more}"
    return _made(Answer(question, body, intent, True, citations_for(events[:5], lambda e: f"{e.name} {e.date}")),
                 "event_count", events, label=_event_label(events[0]))




def office_answer(question: str, office: Office, intent: str) -> Answer:
    body = f"担当は{office_line(office)}です。"
    return _made(Answer(question, body, intent, True, [cite_sources([office.source], office_line(office))]),
                 "office", [office])


def _event_label(event: Event) -> str:
    return re.sub(r"(の)?開催状況(一覧)?$", "", event.name).strip()


def event_answer(question: str, events: list[Event], intent: str) -> Answer:
    lines = []
    for e in events[:5]:
        people = f"{e.participants}人" if e.participants.isdigit() else e.participants
        count = f"（{e.counted or '参加者'}{people}）" if people and people not in ("—", "-") else ""
        if e.venue:
            line = f"{e.venue}での{_event_label(e)}は、{e.date}に開催されました{count}。"
        else:
            line = f"「{_event_label(e)}」は{e.date}です{count}。"
        if e.content:
            line += f"内容：{e.content.lstrip('・')}"
        lines.append(line)
    more = f"\nほか{len(events) - 5}件あります。" if len(events) > 5 else ""
    return _made(Answer(question, "\n".join(lines) + more, intent, True,
                        citations_for(events[:5], lambda e: f"{e.name} {e.date}")), "event", events)


def plan_summary(plan: list[tuple[str, str]]) -> str:
    """[(6年度, 検討), (7年度, 実施), …] → 6年度は検討、7年度〜10年度は実施."""
    parts = []
    for step, group in groupby(plan, key=lambda p: p[1]):
        years = [y for y, _ in group]
        span = years[0] if len(years) == 1 else f"{years[0]}〜{years[-1]}"
        parts.append(f"{span}は{step or '記載なし'}")
    return "、".join(parts)


def project_answer(question: str, projects: list[Project], intent: str) -> Answer:
    if len(projects) == 1:
        p = projects[0]
        status = f"（{p.status}）" if p.status else ""
        body = f"事業{p.number}「{p.name}」{status}は、{plan_summary(p.plan)}の計画です。"
        if p.content:
            body += f"\n内容：{shorten(p.content.lstrip('○'), 120)}"
    else:
        statuses = {p.status for p in projects}
        which = f"{statuses.pop()}の事業" if len(statuses) == 1 and projects[0].status else "事業"
        listed = "\n".join(f"・事業{p.number}「{p.name}」：{plan_summary(p.plan)}" for p in projects[:LIST_LIMIT])
        more = f"\n（ほか{len(projects) - LIST_LIMIT}件）" if len(projects) > LIST_LIMIT else ""
        titles = {p.source.title for p in projects}
        whose = f"「{titles.pop()}」の" if len(titles) == 1 else ""
        body = f"{whose}{which}は次の{len(projects)}件です。\n{listed}{more}"
    return _made(Answer(question, shorten(body, ANSWER_CHARS + 200), intent, True,
                        citations_for(projects[:LIST_LIMIT], lambda p: f"事業{p.number} {p.name}")), "project", projects)
