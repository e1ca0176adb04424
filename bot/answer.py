"""Compose answers in polite, phone-sized Japanese, each with its citations.

The records an answer is made of (Answer, Citation) and what every answer shares: citations of
passages and facts, and the plain "not in the plans" with the city's contact (bot.compose words the
answers themselves).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from itertools import groupby

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
              missing: list[str] | None = None, scope: list[str] | None = None, last_record: str = "",
              unheld: tuple[str, str] | None = None) -> Answer:
    """Say plainly that the plans do not cover it, and where to ask (intent "none": out of scope).

    `missing`: municipalities the question names whose plans are not in the corpus;
    `scope`: the municipalities whose plans were searched because the question named them;
    `last_record`: for a question about what is to come, the year of the latest record the plans hold;
    `unheld`: a year's value asked that the plans do not give, and what they say instead.
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
    elif unheld:
        body = (f"申し訳ありません。{unheld[0]}の数値は計画書には載っていません。計画書にあるのは次の数値です。\n"
                f"{unheld[1]}\n")
    elif scope:
        body = f"申し訳ありません。ご質問の内容は、{'・'.join(scope)}の計画書（{plans}）には見つかりませんでした。"
    else:
        body = f"申し訳ありません。ご質問の内容は、計画書（{plans}）には見つかりませんでした。"
    body += f"計画についてのお問い合わせは、{contact}へどうぞ。"
    detail = {"missing": missing or [], "scope": scope or [], "contact": contact}
    return Answer(question, body, "none", False, kind="none", records=[office] if office else [], detail=detail)


def office_line(office: Office) -> str:
    details = "、".join(x for x in (office.address, office.tel and f"TEL {office.tel}",
                                     office.fax and f"FAX {office.fax}") if x)
    return f"{office.name}（{details}）" if details else office.name
