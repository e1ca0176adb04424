"""Compose answers in polite, phone-sized Japanese, each with its citations.

A matched fact gives a templated answer; otherwise the answer quotes the sentences of the best
passage that matter to the question; when the plans do not cover a question the answer says so
and gives the city's contact instead of a citation that pretends to answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from itertools import groupby

from bot.evidence import COUNTER, Unit, list_items
from bot.question import Question
from index.era import expand_short_date
from index.facts import Event, Indicator, Office, Organisation, Period, Project, Source, Target, Term
from index.search import Hit
from index.timeline import IN_FORCE, STATUS_LABELS
from index.tokenize import tokenize

SNIPPET_CHARS = 160
ANSWER_CHARS = 300
LIST_LIMIT = 12
QUOTE_CHARS = 200
FIGURE_CAPTION = re.compile(r"(?:図|表|イメージ)$")
ANNOUNCES_LIST = re.compile(r"次の|次のとおり|以下の|\d+つの|^[^。]{1,30}$")


@dataclass
class Citation:
    title: str
    section: str
    file: str
    lines: tuple[int, int]
    snippet: str
    score: float
    status: str = "in_force"  # the plan's status today: in_force / ended / not_yet_started

    @property
    def status_label(self) -> str:
        """計画期間終了 / 計画期間前 for a plan not in force today; "" for one in force."""
        return "" if self.status == IN_FORCE else STATUS_LABELS.get(self.status, "")


@dataclass
class Answer:
    question: str
    answer: str
    intent: str
    confident: bool
    citations: list[Citation] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    table: list[tuple[str, str]] = field(default_factory=list)  # (name, value) rows, e.g. indicators

    def to_dict(self) -> dict:
        data = asdict(self)
        for c in data["citations"]:
            c["lines"] = list(c["lines"])
        data["table"] = [list(row) for row in data["table"]]
        return data


# --------------------------------------------------------------------------- citations


def cite(hit: Hit, question: str) -> Citation:
    c = hit.chunk
    return Citation(c.title, c.section, c.file, (c.start_line, c.end_line),
                    best_sentences(c.text, question, SNIPPET_CHARS), round(float(hit.score), 4))


def cite_sources(sources: list[Source], snippet: str) -> Citation:
    """One citation for facts read from one section (a list of rows cites their line span)."""
    first = sources[0]
    lines = (min(s.start_line for s in sources), max(s.end_line for s in sources))
    return Citation(first.title, first.section, first.file, lines, shorten(snippet, SNIPPET_CHARS), 1.0)


def citations_for(items: list, snippet_of) -> list[Citation]:
    """Facts grouped by the section they come from, one citation per section, in order."""
    out = []
    for _, group in groupby(items, key=lambda f: (f.source.file, f.source.section)):
        group = list(group)
        out.append(cite_sources([f.source for f in group], " ".join(snippet_of(f) for f in group)))
    return out


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------- passages


def sentences(text: str) -> list[str]:
    """Sentences and table rows of a passage (rows and list items end at line breaks)."""
    parts = []
    for line in text.split("\n"):
        parts.extend(s.strip() for s in re.split(r"(?<=[。！？])", line) if s.strip())
    return parts


def best_sentences(text: str, question: str, limit: int) -> str:
    """The sentences sharing most words with the question, in passage order, within `limit` characters."""
    wanted = set(tokenize(question))
    candidates = sentences(text)
    scored = sorted(range(len(candidates)), key=lambda i: (-len(wanted & set(tokenize(candidates[i]))), i))
    chosen: list[int] = []
    size = 0
    for i in scored:
        if chosen and size + len(candidates[i]) > limit:
            continue
        chosen.append(i)
        size += len(candidates[i])
        if size >= limit:
            break
    return shorten(" ".join(candidates[i] for i in sorted(chosen)), limit)


def select_quote(question: str, hits: list[Hit], weight: Callable[[str], float]) -> tuple[int, str]:
    """The passage and the sentences in it that answer the question best.

    A sentence scores the rarity-weighted words it shares with the question, plus half of what
    its passage's title and heading share (a heading says what the sentences under it are about),
    plus the passage's retrieval score. The quote keeps the best sentence and those of its passage
    that match nearly as well.
    """
    wanted = set(tokenize(question))
    best = (-1.0, 0, 0)
    scored: dict[int, list[float]] = {}
    for rank, hit in enumerate(hits):
        context = 0.5 * sum(weight(t) for t in wanted & set(tokenize(f"{hit.chunk.title} {hit.chunk.section}")))
        own = [0.0 if FIGURE_CAPTION.search(s) else sum(weight(t) for t in wanted & set(tokenize(s)))
               for s in sentences(hit.chunk.text)]
        scored[rank] = own
        for i, score in enumerate(own):
            total = score + context + hit.score
            if total > best[0]:
                best = (total, rank, i)
    _, rank, first = best
    own = scored[rank]
    parts = sentences(hits[rank].chunk.text)
    keep = [i for i, s in enumerate(own) if i == first or (own[first] > 0 and s >= 0.6 * own[first])]
    if ANNOUNCES_LIST.search(parts[first]):  # 次の5つを…掲げます / a heading: what follows is the answer
        keep += range(first + 1, len(parts))
    quote, size = [], 0
    for i in sorted(keep, key=lambda i: (i != first, i)):
        if quote and size + len(parts[i]) > QUOTE_CHARS:
            continue
        quote.append(i)
        size += len(parts[i])
    return rank, " ".join(parts[i] for i in sorted(quote))


def passage_answer(question: str, hits: list[Hit], intent: str, weight: Callable[[str], float]) -> Answer:
    """Quote the sentences of the retrieved passages that answer the question."""
    rank, quote = select_quote(question, hits, weight)
    ordered = [hits[rank], *(h for i, h in enumerate(hits) if i != rank)]
    body = f"計画書には次のように書かれています。\n「{shorten(quote, QUOTE_CHARS + 40)}」"
    return Answer(question, body, intent, True, [cite(h, question) for h in ordered])


def period_answer(question: str, period: Period, intent: str) -> Answer:
    body = f"「{period.plan}」の期間について、計画書には「{period.text}」とあります。"
    return Answer(question, body, intent, True, [cite_sources([period.source], period.text)])


def no_answer(question: str, office: Office | None, titles: list[str], fallback: str = "",
              missing: list[str] | None = None, scope: list[str] | None = None) -> Answer:
    """Say plainly that the plans do not cover it, and where to ask (intent "none": out of scope).

    `missing`: municipalities the question names whose plans are not in the corpus;
    `scope`: the municipalities whose plans were searched because the question named them.
    """
    plans = "、".join(f"「{t}」" for t in titles[:2]) + ("など" if len(titles) > 2 else "")
    contact = office_line(office) if office else (fallback or "市役所")
    if missing:
        names = "・".join(missing)
        body = (f"申し訳ありません。{names}の計画書は収録していないため、お答えできません"
                f"（収録しているのは{plans}です）。")
    elif scope:
        body = f"申し訳ありません。ご質問の内容は、{'・'.join(scope)}の計画書（{plans}）には見つかりませんでした。"
    else:
        body = f"申し訳ありません。ご質問の内容は、計画書（{plans}）には見つかりませんでした。"
    body += f"計画についてのお問い合わせは、{contact}へどうぞ。"
    return Answer(question, body, "none", False)


def evidence_answer(question: str, q: Question, hits: list[Hit], units: list[Unit], intent: str) -> Answer:
    """Quote the evidence: the best unit with what belongs to it (its list, or near-equal units).

    A counting question whose best evidence is an item of a list, with no number of its own,
    is answered by counting the list; a list question brings the whole list.
    """
    best = units[0]
    hit = hits[best.rank]
    items = list_items(hit, best.position)
    lead = "計画書には次のように書かれています。"
    if q.wants == "count" and len(items) >= 2 and not COUNTER.search(best.text):
        lead = f"計画書の該当する一覧は{len(items)}件です。"
        quote = "\n".join(f"・{i}" for i in items[:LIST_LIMIT])
    elif q.wants in ("list", "count") and len(items) >= 2:
        quote = "\n".join(f"・{i}" for i in items[:LIST_LIMIT])
    else:
        parts = units_after(hit, best.position)
        chosen = [best.text, *parts]
        for other in units[1:]:
            if len("".join(chosen)) + len(other.text) > QUOTE_CHARS:
                break
            if other.score >= 0.6 * best.score and other.text not in chosen:
                chosen.append(other.text)
        quote = "「" + shorten(" ".join(chosen), QUOTE_CHARS + 60) + "」"
    ordered = [hit, *(h for i, h in enumerate(hits) if i != best.rank)]
    return Answer(question, f"{lead}\n{quote}", intent, True, [cite(h, question) for h in ordered])


def units_after(hit: Hit, position: int) -> list[str]:
    """A unit that announces a list (次の…, a short heading line) brings the list along."""
    from bot.evidence import units_of

    parts = units_of(hit.chunk.text)
    if not ANNOUNCES_LIST.search(parts[position]):
        return []
    out, size = [], 0
    for part in parts[position + 1 :]:
        if size + len(part) > QUOTE_CHARS:
            break
        out.append(part)
        size += len(part)
    return out


# --------------------------------------------------------------------------- facts


def term_answer(question: str, term: Term, intent: str) -> Answer:
    if term.definition:
        body = f"「{term.term}」とは、{shorten(term.definition, ANSWER_CHARS - 20)}"
    else:
        body = (f"「{term.term}」は、{term.source.title}の「{term.source.section}」に出てくる用語です。"
                "計画書の本文から取り出せた定義の文章はありません。")
    return Answer(question, body, intent, True, [cite_sources([term.source], term.definition or term.term)])


def with_unit(value: str, unit: str) -> str:
    if not value or value in ("—", "-", "―"):
        return "記載なし"
    return f"{value}{unit}" if unit and unit not in value else value


def indicator_answer(question: str, indicators: list[Indicator], intent: str) -> Answer:
    lines = []
    for ind in indicators[:3]:
        current = with_unit(ind.current, ind.unit)
        target = with_unit(ind.target, ind.unit)
        lines.append(
            f"{ind.name.replace(' ', '')}は、現状{current}（{ind.current_label}）、"
            f"目標{target}（{ind.target_label}）です。"
        )
    snippet = lambda i: f"{i.name} 現状 {i.current} 目標 {i.target}"  # noqa: E731
    return Answer(question, "\n".join(lines), intent, True, citations_for(indicators[:3], snippet),
                  table=indicator_rows(indicators[:3]))


def indicator_rows(indicators: list[Indicator]) -> list[tuple[str, str]]:
    return [(i.name.replace(" ", ""), f"現状 {with_unit(i.current, i.unit)}（{i.current_label}）→ "
             f"目標 {with_unit(i.target, i.unit)}（{i.target_label}）") for i in indicators]


def indicator_list_answer(word: str, indicators: list[Indicator]) -> Answer:
    """Every indicator whose name contains the word (the staff shortcut 指標 <語>)."""
    if not indicators:
        return Answer(word, f"「{word}」を含む成果指標は見つかりませんでした。", "indicator", False)
    body = f"「{word}」を含む成果指標は{len(indicators)}件です。"
    snippet = lambda i: f"{i.name} 現状 {i.current} 目標 {i.target}"  # noqa: E731
    return Answer(word, body, "indicator", True, citations_for(indicators, snippet), table=indicator_rows(indicators))


def target_answer(question: str, targets: list[Target], intent: str) -> Answer:
    lines = [f"{t.year}の{t.subject}の目標は、{t.value}です。" for t in targets[:4]]
    return Answer(question, "\n".join(lines), intent, True,
                  citations_for(targets[:4], lambda t: f"{t.year} {t.subject} {t.value}"))


def _row_text(org: Organisation) -> str:
    """A directory row as its table states it, labels included, short dates written out."""
    pairs = [(label, expand_short_date(value)) for label, value in org.cells
             if label and value and not re.fullmatch(r"(?i)no\.?|番号", label.strip())]
    if not pairs:  # a row read without its labels
        pairs = [(k, v) for k, v in (("地域", org.area), ("エリア", org.centre), ("設立", org.founded),
                                     ("指定", expand_short_date(org.managed))) if v]
    return "、".join(f"{label}：{value}" for label, value in pairs if value != org.name)


def _named(org: Organisation) -> str:
    details = _row_text(org)
    return f"{org.name}（{details}）" if details else org.name


def _column_asked(question: str, org: Organisation) -> tuple[str, str] | None:
    """The row's column the question names (…の指定管理をしていますか → 指定管理状況) with its value."""
    words = set(tokenize(question))
    for label, _ in org.cells:
        if label and words & set(tokenize(label)) and label not in (org.name,):
            value = next((v for lab, v in org.cells if lab == label), "")
            return label, value
    return None


def organisation_answer(question: str, orgs: list[Organisation], intent: str, wants: str = "") -> Answer:
    if len(orgs) == 1:
        o = orgs[0]
        body = f"「{_named(o)}」"
        asked = _column_asked(question, o) if wants == "yesno" else None
        if asked and not asked[1]:
            body = f"いいえ、{o.name}の「{asked[0]}」の欄は空欄で、記載がありません（指定などはしていません）。\n{body}"
        elif asked:
            body = f"はい、{o.name}の「{asked[0]}」は{expand_short_date(asked[1])}です。\n{body}"
    else:
        place = orgs[0].area if len({o.area for o in orgs}) == 1 else ""
        short = len(orgs) > 5  # a long list keeps to names and founding dates, to fit a phone screen
        listed = "\n".join(f"・{o.name}（設立 {o.founded}）" if short else f"・{_named(o)}" for o in orgs[:LIST_LIMIT])
        more = f"\nほか{len(orgs) - LIST_LIMIT}件" if len(orgs) > LIST_LIMIT else ""
        body = f"{place + 'の' if place else ''}該当する団体は次の{len(orgs)}件です。\n{listed}{more}"
    return Answer(question, shorten(body, 700), intent, True, citations_for(orgs, lambda o: o.name))


def _row_name(row) -> str:
    return getattr(row, "venue", "") or getattr(row, "name", "")


def extreme_answer(question: str, row, label: str, value: str, among: int, intent: str) -> Answer:
    """The row with the most / least of a column, said with the value and out of how many rows."""
    shown = expand_short_date(value) if label in ("設立", "日付") else value
    unit = "人" if label not in ("設立", "日付") and shown.isdigit() else ""
    body = f"{among}件のうち、「{_row_name(row)}」です（{label}：{shown}{unit}）。"
    return Answer(question, body, intent, True, citations_for([row], lambda r: f"{_row_name(r)} {value}"))


def total_answer(question: str, events: list[Event], amount: int, counted: int, intent: str) -> Answer:
    """A total over a table's rows, showing what was added up."""
    listed = "、".join(f"{e.venue or _event_label(e)} {e.participants}" for e in events[:8])
    more = f" ほか{len(events) - 8}件" if len(events) > 8 else ""
    body = f"{counted}件の合計で{amount:,}人です（{listed}{more}）。"
    return Answer(question, body, intent, True, citations_for(events[:8], lambda e: f"{e.venue} {e.participants}"))


def event_count_answer(question: str, events: list[Event], intent: str) -> Answer:
    """How many dated records match (住民懇談会 → 35 会場), listing the first few."""
    listed = "\n".join(f"・{e.venue or _event_label(e)}（{e.date}）" for e in events[:5])
    more = f"\nほか{len(events) - 5}件" if len(events) > 5 else ""
    body = f"計画書の記録では{len(events)}件です（{_event_label(events[0])}）。\n{listed}{more}"
    return Answer(question, body, intent, True, citations_for(events[:5], lambda e: f"{e.name} {e.date}"))


def office_line(office: Office) -> str:
    details = "、".join(x for x in (office.address, office.tel and f"TEL {office.tel}",
                                     office.fax and f"FAX {office.fax}") if x)
    return f"{office.name}（{details}）" if details else office.name


def office_answer(question: str, office: Office, intent: str) -> Answer:
    body = f"担当は{office_line(office)}です。"
    return Answer(question, body, intent, True, [cite_sources([office.source], office_line(office))])


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
    return Answer(question, "\n".join(lines) + more, intent, True,
                  citations_for(events[:5], lambda e: f"{e.name} {e.date}"))


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
        status = projects[0].status
        listed = "\n".join(f"・事業{p.number}「{p.name}」：{plan_summary(p.plan)}" for p in projects[:LIST_LIMIT])
        body = f"{status}の事業は次の{len(projects)}件です。\n{listed}"
    return Answer(question, shorten(body, ANSWER_CHARS + 200), intent, True,
                  citations_for(projects[:LIST_LIMIT], lambda p: f"事業{p.number} {p.name}"))
