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

from bot.evidence import (
    COUNTER,
    MUNICIPALITY_LEAD,
    TITLE_LINE,
    Unit,
    announced_items,
    item_number,
    item_shape,
    list_items,
    list_shape,
    parent_item,
    siblings,
    units_of,
)
from bot.question import WHERE_WRITTEN, WHICH_GROUP, Question
from bot.subject import ORDINAL, head_noun, numbered_words
from index.facts import Office, Source
from index.search import Hit
from index.timeline import IN_FORCE, STATUS_LABELS
from index.tokenize import tokenize

SNIPPET_CHARS = 160
ANSWER_CHARS = 300
LIST_LIMIT = 12
QUOTE_CHARS = 200
HEADING_CHARS = 40  # a longer "heading" is a line the parser could not split, not a title to name
ANNOUNCES_ITEMS = re.compile(r"次の|以下の|次に掲げる|(\d+)つの")  # 5つの役割: then five items follow
NEXT_ARTICLE = re.compile(r"^(?:\(\S{1,8}\)\s*)?第\s*\d+\s")
ANNOUNCES_LIST = re.compile(r"次の|次に|次のとおり|以下の|\d+つの|^[^。]{1,30}$")


@dataclass
class Citation:
    title: str
    section: str
    file: str
    lines: tuple[int, int]
    snippet: str
    score: float
    status: str = "in_force"  # the plan's status today: in_force / ended / not_yet_started
    page: int | None = None  # the PDF page (1-based) the cited text is on, for documents converted from PDF
    printed_page: str | None = None  # the page number printed on that page (冊子 7ページ), when the page shows one
    url: str = ""  # where the city publishes the document (the manifest's url); a link adds #page=N

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
    kind: str = ""  # what the answer was made from: a fact kind (term, indicator…), evidence, none
    records: list = field(default_factory=list)  # the facts it states, for answers in other languages
    detail: dict = field(default_factory=dict)  # what a template computed (a total, the column asked…)
    language: str = "ja"

    def to_dict(self) -> dict:
        data = asdict(self)
        data.pop("records")
        for c in data["citations"]:
            c["lines"] = list(c["lines"])
        data["table"] = [list(row) for row in data["table"]]
        return data


# --------------------------------------------------------------------------- citations


def cite(hit: Hit, question: str) -> Citation:
    c = hit.chunk
    return Citation(c.title, c.section, c.file, (c.start_line, c.end_line),
                    best_sentences(c.text, question, SNIPPET_CHARS), round(float(hit.score), 4),
                    page=c.page, printed_page=c.printed_page)


def cite_sources(sources: list[Source], snippet: str) -> Citation:
    """One citation for facts read from one section (a list of rows cites their line span)."""
    first = sources[0]
    lines = (min(s.start_line for s in sources), max(s.end_line for s in sources))
    return Citation(first.title, first.section, first.file, lines, shorten(snippet, SNIPPET_CHARS), 1.0,
                    page=first.page, printed_page=first.printed_page)


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


def no_answer(question: str, office: Office | None, titles: list[str], fallback: str = "",
              missing: list[str] | None = None, scope: list[str] | None = None, last_record: str = "") -> Answer:
    """Say plainly that the plans do not cover it, and where to ask (intent "none": out of scope).

    `missing`: municipalities the question names whose plans are not in the corpus;
    `scope`: the municipalities whose plans were searched because the question named them;
    `last_record`: for a question about what is to come, the year of the latest record the plans hold.
    """
    plans = "、".join(f"「{t}」" for t in titles[:2]) + ("など" if len(titles) > 2 else "")
    contact = office_line(office) if office else (fallback or "市役所")
    if missing:
        names = "・".join(missing)
        body = (f"申し訳ありません。{names}の計画書は収録していないため、お答えできません"
                f"（収録しているのは{plans}です）。")
    elif last_record:
        body = (f"申し訳ありません。今後の予定は計画書には書かれていません"
                f"（計画書にあるのは{last_record}までの記録です）。")
    elif scope:
        body = f"申し訳ありません。ご質問の内容は、{'・'.join(scope)}の計画書（{plans}）には見つかりませんでした。"
    else:
        body = f"申し訳ありません。ご質問の内容は、計画書（{plans}）には見つかりませんでした。"
    body += f"計画についてのお問い合わせは、{contact}へどうぞ。"
    detail = {"missing": missing or [], "scope": scope or [], "contact": contact}
    return Answer(question, body, "none", False, kind="none", records=[office] if office else [], detail=detail)


def evidence_answer(question: str, q: Question, hits: list[Hit], units: list[Unit], intent: str,
                    section_of: Callable[[Hit], list[Hit]] | None = None) -> Answer:
    """Quote the evidence: the best unit with what belongs to it (its list, or near-equal units).

    A counting question whose best evidence is an item of a list, with no number of its own,
    is answered by counting the list; a list question brings the whole list (`section_of`: every
    passage of a section, so a list cut into several passages is gathered whole).
    """
    best = units[0]
    hit = hits[best.rank]
    section = section_of(hit) if section_of else []
    parent = parent_item(hit, best.position, section) if WHICH_GROUP.search(question) else ""
    if parent:
        quote = f"「{best.text}」は「{parent}」に含まれています。"
        return Answer(question, f"計画書によると、{quote}", intent, True, [cite(h, question) for h in hits],
                      kind="evidence", detail={"quote": quote, "counted": 0})
    head = head_noun(question)
    one_item = ORDINAL.search(question) or any(word in hit.chunk.section for word, _ in numbered_words(question))
    items = [] if one_item else list_items(hit, best.position)  # 5番目は / 目標1は: that item, not the list
    titled = head and head in hit.chunk.section.split(" › ")[-1]  # 計画の推進には: the list under 【計画の推進】
    if head and not titled and [head in i for i in items].count(True) == 1 and head in best.text:
        items = []  # 体験プログラムにはどんなもの: the one item that names it, with what is written under it
    if items and q.wants in ("list", "indicator") and section_of:  # まちづくりの目標を教えて: the section's
        items = _top_level(section_of(hit), items)  # own items (1. 2. 3.), not the sub-items of one of them
    if items:  # a long list is cut into several passages of one section: gather its items from each
        shape_of = items[0]
        same = section_of(hit) if section_of else [h for h in hits if (h.chunk.file, h.chunk.section) ==
                                                    (hit.chunk.file, hit.chunk.section)]
        for other in sorted((h for h in same if h.chunk.id != hit.chunk.id), key=lambda h: h.chunk.start_line):
            items += [i for i in siblings(other, shape_of) if i not in items]
        items.sort(key=lambda i: _item_number(i))
    if q.wants == "list" and section_of and (not items or head not in best.text):
        items = _announced(head, units, hits, section_of) or items  # 5つの役割を… says what the list is of
    lead = _heading_lead(hit.chunk.section, question)
    if WHERE_WRITTEN.search(question):  # where in the plans, said first: the plan, its section, the item above
        above = parent_item(hit, best.position, section)
        lead = f"「{hit.chunk.title}」の「{hit.chunk.section}{' › ' + above if above else ''}」に次のように書かれています。"
    quoted_ranks: list[int] = []
    if q.wants == "count" and len(items) >= 2 and not COUNTER.search(best.text):
        lead = f"計画書の該当する一覧は{len(items)}件です。"
        quote = "\n".join(_bullet(i) for i in items[:LIST_LIMIT])
    elif q.wants in ("list", "count", "indicator") and len(items) >= 2:
        quote = "\n".join(_bullet(i) for i in items[:LIST_LIMIT])
    else:
        parts = units_after(hit, best.position)
        chosen = [best.text, *parts]
        for other in units[1:] if not parts else []:  # a list brought along is the answer; nothing more
            if len("".join(chosen)) + len(other.text) > QUOTE_CHARS:
                break
            same_plan = hits[other.rank].chunk.file == hit.chunk.file  # one plan's words, never two editions mixed
            if other.score >= 0.6 * best.score and other.text not in chosen and same_plan:
                chosen.append(other.text)
                quoted_ranks.append(other.rank)
        theirs = [u.text for u in units if u.rank == best.rank and u.text not in chosen and (m := MUNICIPALITY_LEAD.match(u.text))
                  and m.group(1) in q.municipalities][:1]  # 一関市がやることは: the city's own part of a joint plan
        quote = "「" + shorten(" ".join(chosen), QUOTE_CHARS + 60) + "」" + "".join(f"\n「{shorten(t, QUOTE_CHARS)}」" for t in theirs)
    first = list(dict.fromkeys([best.rank, *quoted_ranks]))  # every passage quoted is cited first
    ordered = [hits[i] for i in first] + [h for i, h in enumerate(hits) if i not in first]
    detail = {"quote": quote, "counted": len(items) if lead.startswith("計画書の該当") else 0}
    return Answer(question, f"{lead}\n{quote}", intent, True, [cite(h, question) for h in ordered],
                  kind="evidence", detail=detail)


def _heading_lead(section: str, question: str = "") -> str:
    """The lead of a quote, naming the heading it stands under (事業10 …, 4 郷土の恵み…): which item of
    the plan the words belong to is often what was asked (何番, どの事業); asked どの基本方針, the heading
    above that names one (基本方針2 … › 指標)."""
    parts = [p.strip() for p in section.split(" › ")]
    group = WHICH_GROUP.search(question)
    noun = re.match(r"[\u4e00-\u9fff\u30a1-\u30fa]+", question[group.end() - 1:]) if group else None
    asked = noun.group(0) if noun else ""  # どの基本方針 → 基本方針 (どのあたり names none)
    above = next((i for i in range(len(parts) - 1, -1, -1) if asked and asked in parts[i]), len(parts) - 1)
    named = " › ".join(parts[above:]) if above < len(parts) - 1 else parts[-1]
    if not parts[-1] or len(parts[-1]) > HEADING_CHARS:
        return "計画書には次のように書かれています。"
    return f"計画書の「{named}」には次のように書かれています。"


def _top_level(passages: list[Hit], items: list[str]) -> list[str]:
    """The items of the section's first list level when `items` are of a lower one (◆ under 1. 2. 3.)."""
    ordered = sorted(passages, key=lambda h: h.chunk.start_line)
    first = next((u for h in ordered for u in units_of(h.chunk.text) if list_shape(u)), "")
    if not first or not list_shape(items[0]) or list_shape(first) == list_shape(items[0]):
        return items  # already the first level, or table rows (a table is no sub-list)
    return [u for h in ordered for u in siblings(h, first)]


def _bullet(item: str) -> str:
    """One line of a listed answer; an item with its own mark (●, ◆…) keeps it."""
    return item if re.match(r"[・●○◆■◇□]", item) else f"・{item}"


def _announced(head: str, units: list[Unit], hits: list[Hit], section_of: Callable[[Hit], list[Hit]]) -> list[str]:
    """The list a sentence naming what is asked announces (次の4つの考え方で…, 5つの役割を…), gathered whole:
    from the strong units, or from the rest of the best passages' sections (a list cut from its lead-in)."""
    strong = [(hits[u.rank], u.position, u.text) for u in units[:8] if u.score >= 0.6 * units[0].score]
    nearby = [(other, i, text) for rank in dict.fromkeys(u.rank for u in units[:3])
              for other in section_of(hits[rank]) for i, text in enumerate(units_of(other.chunk.text))]
    for hit, position, text in [*strong, *nearby]:
        announces = ANNOUNCES_ITEMS.search(text)
        if head and head in text and announces:
            items = announced_items(section_of(hit), hit, position)
            told = int(announces.group(1) or 0)
            if len(items) >= 2 and told in (0, len(items)):
                return items
    return []


def _item_number(item: str) -> int:
    """Where an item stands in its list: its number (1. / (2) / ③), else after the numbered ones."""
    number = item_number(re.sub(r"^[^:/]{1,12}:\s*", "", item))  # a row's first cell: 区分: ④…
    return number or 10_000


def units_after(hit: Hit, position: int) -> list[str]:
    """A unit that announces a list (次の…, a short heading line) brings the list along."""
    from bot.evidence import units_of

    parts = units_of(hit.chunk.text)
    if not ANNOUNCES_LIST.search(parts[position]):
        return []
    out, size = [], 0
    shape = item_shape(parts[position])
    for part in parts[position + 1 :]:
        if size + len(part) > QUOTE_CHARS or (out and NEXT_ARTICLE.match(part)) or (shape and item_shape(part) == shape):
            break  # a list ends where the next article (第4 …) or the next item like the announcing one begins
        if shape and out and (list_shape(part) or TITLE_LINE.fullmatch(part)):
            break  # what is written under an item (1) ends at the next numbered line, of any level
        out.append(part)
        size += len(part)
    while out and re.fullmatch(r"[(（][^)）]{1,8}[)）]", out[-1]):
        out.pop()  # the caption of the next article, not part of the list
    return out


def office_line(office: Office) -> str:
    details = "、".join(x for x in (office.address, office.tel and f"TEL {office.tel}",
                                     office.fax and f"FAX {office.fax}") if x)
    return f"{office.name}（{details}）" if details else office.name
