"""An answer from the unit the ranker chose: a fact in its template, a table row or cell with its labels,
a sentence quoted with what it announces, a heading with what it holds — and, when the question counts,
lists or asks for the most or least, that operation over the rows or items the unit belongs to.

Operations work on the shapes of the plans (a table's rows and labelled columns, a list's items, a
heading's subsections), never on one plan's words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace

from bot import templates
from bot.analysis import Analysis
from bot.answer import LIST_LIMIT, Answer, Citation, shorten
from bot.features import COUNTER_ALIASES
from bot.lexicon import key
from index.era import date_key, expand_short_date
from index.facts import Event, Indicator, Office, Period, Project, Target, Term
from index.source import Source
from index.tables import TOTAL
from index.units import SECTION_SEPARATOR, Unit

QUOTE_CHARS = 220  # a quote grows by the sentences after it up to this length
SNIPPET_CHARS = 160
MONTH_DAY = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*日")
NUMBER = re.compile(r"[▲△-]?\d[\d,]*(?:\.\d+)?")
RECORDS = {"term": Term, "indicator": Indicator, "target": Target, "period": Period, "contact": Office,
           "event": Event, "project": Project}
INTENTS = {"term": "term", "contact": "contact", "indicator": "indicator", "target": "indicator",
           "event": "schedule", "period": "schedule", "project": "schedule", "plan": "general"}
WANTED_INTENT = {"definition": "term", "contact": "contact", "place": "contact", "date": "schedule", "time": "schedule",
                 "period": "schedule", "amount": "indicator"}


def record_of(unit: Unit):
    """The fact record a typed unit holds (its Source rebuilt)."""
    data = dict(unit.data)
    if data.get("source"):
        data["source"] = Source(**data["source"])
    if unit.kind == "project":
        data["plan"] = [tuple(p) for p in data.get("plan", [])]
    return RECORDS[unit.kind](**data)


@dataclass
class Units:
    """The units of a loaded index with the groups operations need: a table's rows, a section's units."""

    units: list[Unit]
    rows: dict[tuple[str, int], list[Unit]] = field(default_factory=dict)
    sections: dict[tuple[str, str], list[Unit]] = field(default_factory=dict)
    facts: dict[tuple[str, str, str], list[Unit]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for u in self.units:
            if u.kind == "row":
                self.rows.setdefault((u.file, u.table), []).append(u)
            if u.kind in ("sentence", "item", "row", "heading"):
                self.sections.setdefault((u.file, u.section), []).append(u)
            if u.kind in RECORDS:
                self.facts.setdefault((u.kind, u.file, u.section), []).append(u)

    def table_of(self, unit: Unit) -> list[Unit]:
        return self.rows.get((unit.file, unit.table), []) if unit.table >= 0 else []

    def row_of(self, unit: Unit) -> Unit:
        return self.units[unit.row] if unit.kind == "cell" and 0 <= unit.row < len(self.units) else unit

    def following(self, unit: Unit) -> list[Unit]:
        """The units after this one in its section, in order."""
        same = self.sections.get((unit.file, unit.section), [])
        return [u for u in same if u.start_line >= unit.start_line and u.id > unit.id]

    def row_at(self, unit: Unit) -> Unit | None:
        """The table row a fact was read from (a meeting's row of the 開催状況 table)."""
        return next((r for rows in self.rows.values() for r in rows
                     if r.file == unit.file and r.start_line <= unit.start_line <= r.end_line), None)

    def facts_beside(self, unit: Unit) -> list[Unit]:
        """Facts of the unit's kind read from the same section (the indicators of one table)."""
        return self.facts.get((unit.kind, unit.file, unit.section), [unit])


def cite_unit(unit: Unit, score: float, snippet: str = "") -> Citation:
    return Citation(unit.title, unit.section, unit.file, (unit.start_line, unit.end_line),
                    shorten(snippet or unit.text, SNIPPET_CHARS), round(float(score), 4),
                    page=unit.page, printed_page=unit.printed_page)


def cite_units(units: list[Unit], score: float) -> list[Citation]:
    """One citation per section the units come from, spanning their lines."""
    out: dict[tuple[str, str], Citation] = {}
    for u in units:
        c = out.get((u.file, u.section))
        if c is None:
            out[(u.file, u.section)] = cite_unit(u, score)
        else:
            c.lines = (min(c.lines[0], u.start_line), max(c.lines[1], u.end_line))
    return list(out.values())


def intent_of(a: Analysis, unit: Unit) -> str:
    return INTENTS.get(unit.kind) or WANTED_INTENT.get(a.wants, "general")


# --------------------------------------------------------------------------- table operations


def row_name(row: Unit) -> str:
    """What a row is about: its first labelled cell that is not a running number (lists of many rows
    name each row so; a short list shows what tells its rows apart)."""
    for label, value in row.cells:
        if value and not re.fullmatch(r"(?i)no\.?|番号|№", label.strip()) and not NUMBER.fullmatch(value.strip()) \
                and not EMPTY.fullmatch(value.strip()):
            return value
    return row.cells[0][1] if row.cells else row.text


def value_of(text: str) -> float | None:
    """A cell's value as a number to sort by: a figure, or a date as yyyymmdd."""
    when = date_key(expand_short_date(text))
    if when:
        return when[0] * 10000 + when[1] * 100 + when[2]
    m = NUMBER.search(unicodedata.normalize("NFKC", text).replace(",", ""))
    return float(m.group(0).replace("▲", "-").replace("△", "-")) if m else None


def question_words(a: Analysis) -> list[str]:
    """The question's nouns of two characters or more, longest first: the most specific picks rows first."""
    return sorted({key(w) for w in a.nouns if len(w) >= 2}, key=len, reverse=True)


def row_alone(rows: list[Unit], words: list[str]) -> list[Unit]:
    """The one row a word of the question names, if a word names exactly one."""
    return next((held for w in words if len(held := [r for r in rows if w in key(row_text(r))]) == 1), [])


def rows_named(rows: list[Unit], a: Analysis) -> list[Unit]:
    """The rows that hold a name the question gives (花泉の…, or 東山 inside 東山市民センター); for a question
    after several rows (どこ, どれ, いくつ), those holding a word of it that tells rows apart (土曜日, 未達成)."""
    words = question_words(a)
    for names in ([key(n.text) for n in a.names], a.parts):
        held = [r for r in rows if any(n in key(" ".join(v for _, v in r.cells)) for n in names)]
        exact = [r for r in held if any(key(v) in names for _, v in r.cells)]
        held = exact if 0 < len(exact) < len(held) and a.wants in ("list", "count") else held  # 達成, not 未達成
        if held:
            return row_alone(held, words) or held  # ふるさと納税 among the rows 達成 names: that row
    if a.wants not in ("list", "count", "place"):
        return []
    named = [key(n.text) for n in a.names]
    whole = key(f"{rows[0].title} {rows[0].heading}") if rows else ""
    for word in words:
        if any(word in n and word != n for n in named) or word in whole:
            continue  # 地域 of 地域協働体, 図書 of the 図書館 plan: a word of what the rows are, not of some of them
        held = [r for r in rows if word in key(" ".join(v for _, v in r.cells))]
        if 2 <= len(held) < len(rows):
            return held
    return []


def matching_rows(rows: list[Unit], a: Analysis) -> list[Unit]:
    """The rows the question names; all rows when it names none of them."""
    return rows_named(rows, a) or rows


def asked_column(row: Unit, a: Analysis, skip: str = "") -> tuple[str, str] | None:
    """The cell whose column label the question's words name (設立 → 設立年月日: 平成17年…)."""
    words = {w for w in a.nouns if len(w) >= 2 or not w.isascii()}
    best, score = None, 0
    for label, value in row.cells:
        if not label or label == skip:
            continue
        shared = sum(len(w) for w in words if w in key(label) or key(label) in w)
        if shared > score:
            best, score = (label, value), shared
    return best


def sort_column(rows: list[Unit], a: Analysis, figures: bool = False) -> str:
    """The column a most / least question ranks by: one of figures or dates (only figures when they are to be
    added up), named by the question if it can, else by its counter (何人 → 参加者数(人))."""
    labels = [label for label, _ in rows[0].cells]
    sortable = [lb for lb in labels if lb and sum(value_of(v) is not None and not (figures and is_date(v))
                                                  for r in rows for x, v in r.cells if x == lb)
                >= 0.6 * len(rows) and not re.fullmatch(r"(?i)no\.?|番号|№", lb.strip())]
    if not sortable:
        return ""
    named = [lb for lb in sortable if a.measure and (key(a.measure) in key(lb) or key(re.sub(r"[(（].*", "", lb)) in key(a.measure))] or [
        lb for lb in sortable if any(w in key(lb) or key(lb) in w for w in a.nouns if len(w) >= 2)] or [
        lb for lb in sortable if a.counter and COUNTER_ALIASES.get(a.counter, a.counter) in unicodedata.normalize("NFKC", lb)]
    if not named and AGE.search(a.key):  # いちばん古くからある / 早くできた: ranked by a date
        named = [lb for lb in sortable if all(date_key(expand_short_date(cell(r, lb))) for r in rows if cell(r, lb))]
    return (named or sortable)[0]


RESIDUAL = re.compile(r"その他\S{0,10}")  # the rest of a table's categories (その他, その他の疾患)


def is_total(row: Unit) -> bool:
    """A row that adds up others (合計, 小計) or gathers the rest (その他): never the most or least of them."""
    return any(TOTAL.search(re.sub(r"\s", "", v)) or RESIDUAL.fullmatch(v.strip()) for _, v in row.cells)


def is_date(text: str) -> bool:
    return bool(date_key(expand_short_date(text)) or MONTH_DAY.search(unicodedata.normalize("NFKC", text)))


def cell(row: Unit, label: str) -> str:
    return next((v for lb, v in row.cells if lb == label), "")


AGE = re.compile(r"古[いくかけ]|早[いくかけ]|新し|遅[いくかけ]|最初|最近|最後|最新|最古")  # a superlative of time
YEAR_LABEL = re.compile(r"(?:令和|平成|昭和|R|H)\s*(?:\d{1,2}|元)\s*年|(?:19|20)\d{2}\s*年")


def year_series(row: Unit) -> list[tuple[str, str]]:
    """A row's figures year by year (実績値 令和2年度 … 令和6年度): its cells whose labels name a year, of the
    group with most of them; none when fewer than three."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for label, value in row.cells:
        if (m := YEAR_LABEL.search(label)) and value_of(value) is not None and not date_key(expand_short_date(value)):
            groups.setdefault(label[: m.start()].strip(), []).append((label, value))
    series = max(groups.values(), key=len, default=[])
    return series if len(series) >= 3 else []


def extreme_in_row(a: Analysis, row: Unit, score: float) -> Answer | None:
    """The year a row's figure was highest or lowest (利用者がいちばん少なかったのはいつ), when the question
    names that row or asks when."""
    series = year_series(row)
    if not series:
        return None
    label, value = (max if a.superlative == "most" else min)(series, key=lambda x: value_of(x[1]) or 0.0)
    word = "最も多い" if a.superlative == "most" else "最も少ない"
    body = f"{row_name(row)}が{word}のは「{label}」の{value}です（{len(series)}年分のうち）。\n（{row_text(row)}）"
    return Answer(a.text, body, intent_of(a, row), True, [cite_unit(row, score)], kind="table",
                  detail={"operation": "superlative", "column": label, "among": len(series)})


def grouped_extreme(a: Analysis, rows: list[Unit], score: float) -> Answer | None:
    """地域別でいちばん多い: the rows summed by the column the question groups by, then the group with the most
    or least; rows that are themselves totals (小計, 合計) or hold no group are left out."""
    by = next((label for label, _ in rows[0].cells if a.by in label), "") if rows else ""
    column = sort_column(rows, a, figures=True) if by else ""
    if not column or column == by:
        return None
    groups: dict[str, list[Unit]] = {}
    for row in rows:
        if cell(row, by) and value_of(cell(row, column)) is not None and not is_total(row):
            groups.setdefault(cell(row, by), []).append(row)
    if len(groups) < 2 or all(len(members) < 2 for members in groups.values()):
        return None  # 部門別の目標: one row per 部門, nothing to add up
    sums = {name: sum(value_of(cell(r, column)) or 0.0 for r in members) for name, members in groups.items()}
    pick = (max if a.superlative == "most" else min)(sums, key=lambda name: sums[name])
    total = f"{sums[pick]:,.0f}" if float(sums[pick]).is_integer() else f"{sums[pick]:,.2f}"
    body = (f"{by}ごとに{column}を合計すると、{'最も多い' if a.superlative == 'most' else '最も少ない'}のは"
            f"「{pick}」で{total}です（{len(groups[pick])}件の合計、{len(groups)}{by}のうち）。\n"
            + "\n".join(f"・{distinct_text(r, groups[pick])}" for r in groups[pick][:LIST_LIMIT]))
    return Answer(a.text, body, intent_of(a, rows[0]), True, cite_units(groups[pick], score), kind="table",
                  detail={"operation": "superlative", "by": by, "column": column, "among": len(groups)})


def superlative(a: Analysis, unit: Unit, units: Units, score: float) -> Answer | None:
    table = units.table_of(units.row_of(unit))
    if a.by and (found := grouped_extreme(a, table, score)):
        return found
    alone = row_alone(table, question_words(a))
    if (alone or a.wants in ("date", "period")) and (found := extreme_in_row(a, (alone or [units.row_of(unit)])[0], score)):
        return found
    rows = matching_rows(table, a)
    column = sort_column(rows, a) if len(rows) >= 2 else ""
    if not column:
        return None
    ranked = [r for r in rows if value_of(cell(r, column)) is not None and not is_total(r)]
    if not ranked:
        return None
    pick = (max if a.superlative == "most" else min)(ranked, key=lambda r: value_of(cell(r, column)))
    ties = [r for r in ranked if value_of(cell(r, column)) == value_of(cell(pick, column))]
    body = (f"{len(ranked)}件のうち、{'最も多い' if a.superlative == 'most' else '最も少ない'}"
            if not date_key(expand_short_date(cell(pick, column))) else
            f"{len(ranked)}件のうち、{'最も新しい' if a.superlative == 'most' else '最も古い'}")
    body += f"のは「{'」「'.join(row_name(r) for r in ties)}」です（{column}：{expand_short_date(cell(pick, column))}）。"
    asked = asked_column(pick, a, skip=column)
    if asked and asked[1] != row_name(pick):
        body += f"\n{row_name(pick)}の{asked[0]}は{expand_short_date(asked[1])}です。"
    body += "\n" + row_text(pick)
    return Answer(a.text, body, intent_of(a, unit), True, cite_units(ties, score), kind="table",
                  detail={"operation": "superlative", "column": column, "among": len(ranked)})


def row_text(row: Unit) -> str:
    return "、".join(f"{label}：{expand_short_date(value)}" if label else value for label, value in row.cells if value)


EMPTY = re.compile(r"^(?:|[-—―－ー‐]|なし|無し|未定|未|×)$")


def empty_rows(a: Analysis, unit: Unit, units: Units, score: float) -> Answer | None:
    """Rows whose column the question names are empty (指定管理をまだ受けていない…)."""
    rows = units.table_of(units.row_of(unit))
    labels = {label for r in rows for label, _ in r.cells if label}
    words = [w for w in a.nouns if len(w) >= 2]
    named = [lb for lb in labels if any(w in key(lb) for w in words)]
    if not rows or not named:
        return None
    column = max(named, key=lambda lb: sum(len(w) for w in words if w in key(lb)))
    lacking = [r for r in rows if EMPTY.match(cell(r, column).strip())]
    if not lacking or len(lacking) == len(rows):
        return None
    listed = "\n".join(f"・{row_text(r)}" if len(lacking) <= 5 else f"・{row_name(r)}" for r in lacking[:LIST_LIMIT])
    body = f"{len(rows)}件のうち、「{column}」の欄が空欄なのは次の{len(lacking)}件です。\n{listed}"
    return Answer(a.text, body, intent_of(a, unit), True, cite_units(lacking, score), kind="table",
                  detail={"operation": "empty", "column": column, "among": len(rows), "counted": len(lacking)})


def listing(rows: list[Unit]) -> str:
    """Rows as list lines: a short list says what tells its rows apart, a long one names each row."""
    return "\n".join(f"・{distinct_text(r, rows)}" if len(rows) <= 8 else f"・{distinct_name(r, rows)}" for r in rows[:LIST_LIMIT])


def distinct_name(row: Unit, rows: list[Unit]) -> str:
    """What names a row among the listed ones: its name, unless every listed row shares it (地域: 一関 when 一関's
    rows are listed); then its first cell that tells it apart."""
    name = row_name(row)
    if any(row_name(r) != name for r in rows):
        return name
    apart = replace(row, cells=[(lb, v) for lb, v in row.cells if any(cell(r, lb) != v for r in rows)])
    return row_name(apart) if apart.cells else name


def count_rows(a: Analysis, unit: Unit, units: Units, score: float) -> Answer:
    table = units.table_of(units.row_of(unit))
    rows = matching_rows(table, a)
    listed = listing(rows)
    more = f"\nほか{len(rows) - LIST_LIMIT}件" if len(rows) > LIST_LIMIT else ""
    among = f"（全{len(table)}件のうち）" if len(rows) < len(table) else ""
    body = f"計画書の表「{unit.heading}」では{len(rows)}{a.counted_as}です{among}。\n{listed}{more}"
    return Answer(a.text, body, intent_of(a, unit), True, cite_units(rows, score), kind="table",
                  detail={"operation": "count", "counted": len(rows)})


def distinct_text(row: Unit, rows: list[Unit]) -> str:
    """A row as one line of a list: its cells without the columns every listed row shares (地域: 花泉) and
    without running numbers."""
    shared = {label for label, value in row.cells if all(cell(r, label) == value for r in rows)}
    cells = [(label, value) for label, value in row.cells if value and label not in shared
             and not re.fullmatch(r"(?i)no\.?|番号|№", label.strip())]
    return "、".join(f"{label}：{expand_short_date(value)}" if label else value for label, value in cells) or row_name(row)


def shared_asked(a: Analysis, rows: list[Unit]) -> str:
    """The column asked when every listed row holds the same value in it (two 地区 served by one 駐在所,
    asked its phone): said once, since the list lines leave out what all rows share."""
    asked = asked_column(rows[0], a)
    if not asked or not asked[1] or any(cell(r, asked[0]) != asked[1] for r in rows):
        return ""
    return f"{asked[0]}はいずれも{expand_short_date(asked[1])}です。\n"


def list_rows(a: Analysis, unit: Unit, units: Units, score: float) -> Answer:
    rows = matching_rows(units.table_of(units.row_of(unit)), a)
    if len(rows) == 1:
        return one_row(a, rows[0], score)
    listed = listing(rows)
    more = f"\nほか{len(rows) - LIST_LIMIT}件" if len(rows) > LIST_LIMIT else ""
    body = f"計画書の表「{unit.heading}」で該当するのは次の{len(rows)}件です。\n{shared_asked(a, rows)}{listed}{more}"
    return Answer(a.text, body, intent_of(a, unit), True, cite_units(rows, score), kind="table",
                  detail={"operation": "list", "counted": len(rows)})


def one_row(a: Analysis, row: Unit, score: float, chosen: Unit | None = None) -> Answer:
    asked = (chosen.cells[-1] if chosen is not None and chosen.kind == "cell" else None) or asked_column(row, a)
    body = ""
    if asked and asked[1] and asked[1] != row_name(row):
        body = f"{row_name(row)}の{asked[0]}は{expand_short_date(asked[1])}です。\n"
    body += f"（{row_text(row)}）" if body else row_text(row)
    return Answer(a.text, body, intent_of(a, row), True, [cite_unit(row, score)], kind="table",
                  detail={"column": asked[0], "value": asked[1]} if asked else {})


# --------------------------------------------------------------------------- text


ASKED = re.compile(r"^(?:Q|Ｑ|問)\s*\d*\s*[.．:：、)）]|[？?]$")
CONNECTIVE = re.compile(r"^(?:なお|また|さらに|ただし|そのため|このため|これにより|これらの|この|その|そして|しかし)[、,]?")


def preceding(unit: Unit, units: Units) -> Unit | None:
    """The sentence before one that begins by pointing back to it (なお、/ そのため / この…)."""
    if unit.kind != "sentence" or not CONNECTIVE.match(unit.text):
        return None
    same = units.sections.get((unit.file, unit.section), [])
    before = [u for u in same if u.id < unit.id and u.kind == "sentence" and u.end_line >= unit.start_line - 1]
    return before[-1] if before else None


def lead_for(a: Analysis, unit: Unit) -> str:
    """The lead of a quote, naming the heading it stands under — or, asked どの〇〇, the heading above that is one."""
    parts = [p for p in section_path(unit) if p]
    if a.which:
        above = [p for p in parts[:-1] if key(a.which) in key(p)]
        if above:
            return f"計画書の「{above[-1]}」の中の「{parts[-1]}」には次のように書かれています。"
    if parts and len(parts[-1]) <= 40:
        return f"計画書の「{parts[-1]}」には次のように書かれています。"
    return "計画書には次のように書かれています。"


MARKED = re.compile(r"^\s*(?:[●○◆◇■□◎]|[①-⑳]|[(（]\d{1,2}[)）]|\d{1,2}\s*[.．](?!\d))")  # the marks that open list items


def mark_kind(mark: str) -> str:
    """What kind of mark opens an item: ① and ② are one kind, (1) and (2), 1. and 2. another."""
    mark = mark.strip()
    return "①" if re.match(r"[①-⑳]", mark) else re.sub(r"\d+", "0", unicodedata.normalize("NFKC", mark))


def marked_items(unit: Unit, units: Units, whole: bool = False) -> list[Unit]:
    """The marked lines after an announcing sentence when its list is written item by item with text between
    them (●「市民主体」… then a paragraph): the items alone, so the whole list fits in the answer."""
    after = units.following(unit)
    if not after or not (first := MARKED.match(after[0].text)):
        return []  # the list must begin right after what announces it
    mark = mark_kind(first.group(0))
    items = []
    for u in after:
        opened = MARKED.match(u.text)
        if u.kind == "heading" or opened and mark_kind(opened.group(0)) != mark and not whole:
            break  # a heading or another kind of mark (■ after ●) ends the list; a section's own list has inner ones
        if opened and mark_kind(opened.group(0)) == mark:
            items.append(u)
    told = re.search(r"(\d+)\s*つ", unicodedata.normalize("NFKC", unit.text))
    if len(items) < 2 or told and int(told.group(1)) != len(items) or len(items) == len(after) and not whole:
        return []
    return items[:LIST_LIMIT]


def quote(a: Analysis, unit: Unit, units: Units, score: float) -> Answer:
    """The sentence or item, with the sentences or items after it that continue it, under its heading."""
    before = preceding(unit, units)
    chosen = [before, unit] if before else [unit]
    size = len(unit.text)
    asked = bool(ASKED.search(unit.text.strip()))  # a Q. line of a Q&A page: its answer follows
    announces = bool(re.search(r"次の|以下の|次に掲げる|\d+\s*つの|[:：]$", unit.text)) or len(unit.text) < 25 or asked
    for nxt in units.following(unit):
        if nxt.kind == "heading" or size + len(nxt.text) > QUOTE_CHARS * (2 if announces else 1):
            break
        if ASKED.search(nxt.text.strip()):  # the next question of a Q&A page
            break
        if nxt.start_line > chosen[-1].end_line + 2 and not announces:
            break
        chosen.append(nxt)
        size += len(nxt.text)
    if announces and (items := marked_items(unit, units)) and size + sum(len(u.text) for u in items) > QUOTE_CHARS:
        chosen = [*chosen[:1 + (before is not None)], *items]  # 次の4つの考え方 ●… each explained at length
    text = "\n".join(u.text for u in chosen)
    if announces and len(chosen) == 1 + (before is not None):  # 次の5つを…: the list is the subsections
        heading = next((u for u in units.sections.get((unit.file, unit.section), []) if u.kind == "heading"), None)
        children = heading.data.get("children", []) if heading else []
        text += "".join(f"\n・{c}" for c in children[:LIST_LIMIT])
    body = f"{lead_for(a, unit)}\n「{shorten(text, QUOTE_CHARS * 2)}」"
    return Answer(a.text, body, intent_of(a, unit), True, cite_units(chosen, score), kind="evidence",
                  detail={"quote": text})


def table_under(unit: Unit, units: Units) -> Unit | None:
    """The first row of the one table a heading's own text holds (a sheet, a section that is its table)."""
    rows = [u for u in units.following(unit) if u.kind == "row"]
    return rows[0] if rows and all(r.table == rows[0].table for r in rows) else None


def heading_answer(a: Analysis, unit: Unit, units: Units, score: float) -> Answer:
    children = unit.data.get("children", [])
    if not children and (a.wants in ("count", "list") or a.superlative) and (row := table_under(unit, units)):
        return _compose(a, row, units, score)  # KPIはいくつ → the sheet's table, counted
    if not children and (items := marked_items(unit, units, whole=True)):  # 1. … ◆… 2. …: the section's numbered items
        children = [u.text for u in items]
    if not children:
        after = units.following(unit)
        if after:
            return quote(a, after[0], units, score)
        return quote(a, unit, units, score)
    listed = "\n".join(f"・{c}" for c in children[:LIST_LIMIT])
    more = f"\nほか{len(children) - LIST_LIMIT}件" if len(children) > LIST_LIMIT else ""
    count = f"{len(children)}項目" if a.wants == "count" else "次のとおり"
    body = f"計画書の「{unit.text}」は{count}です。\n{listed}{more}"
    return Answer(a.text, body, intent_of(a, unit), True, [cite_unit(unit, score)], kind="heading",
                  detail={"items": children, "heading": unit.text, "counted": len(children)})


# --------------------------------------------------------------------------- facts


def those_named(a: Analysis, group: list[Unit]) -> list[Unit]:
    """Of a group of facts, those with a field the question names exactly (新規の事業 → status 新規); all if none."""
    words = {key(w) for w in a.nouns if len(w) >= 2}
    named = [u for u in group if any(isinstance(v, str) and key(v) in words for v in u.data.values())]
    return named or group


def named_alone(a: Analysis, unit: Unit, units: Units) -> bool:
    """The question names this fact and no other of its group (宿泊者数って目標いった？ is not 成果指標はいくつ)."""
    names = {key(n.text) for n in a.names}
    return [u.id for u in units.facts_beside(unit) if key(u.data.get("name", "")) in names] == [unit.id]


def measured(a: Analysis, unit: Unit) -> bool:
    """An indicator whose own name holds the question's head noun (むし歯のない子の割合って今いくつ): いくつ asks its
    figure, not how many indicators there are."""
    head = key(a.head) if a.head else ""
    return unit.kind == "indicator" and len(head) >= 2 and head in key(unit.data.get("name", ""))


def fact_answer(a: Analysis, unit: Unit, units: Units, score: float) -> Answer:
    record = record_of(unit)
    intent = intent_of(a, unit)
    many = a.wants in ("list", "count") and not named_alone(a, unit, units) and not measured(a, unit) \
        or bool(a.superlative)
    if unit.kind == "term":
        answer = templates.term_answer(a.text, record, intent)
    elif unit.kind == "indicator":
        group = [record_of(u) for u in those_named(a, units.facts_beside(unit))] if many else [record]
        answer = (templates.indicator_list_answer(unit.heading or "成果指標", group, of_plan=True) if many and len(group) > 1
                  else templates.indicator_answer(a.text, [record], intent))
    elif unit.kind == "target":
        answer = templates.target_answer(a.text, [record], intent)
    elif unit.kind == "period":
        answer = templates.period_answer(a.text, record, intent)
    elif unit.kind == "contact":
        answer = templates.office_answer(a.text, record, intent)
    elif unit.kind == "event":
        events = [record_of(u) for u in units.facts_beside(unit) if u.data.get("name") == unit.data.get("name")]
        named = [e for e in events if any(key(n.text) in key(f"{e.area}{e.venue}") for n in a.names)]
        if a.superlative and a.by and (row := units.row_at(unit)) and (found := grouped_extreme(a, units.table_of(row), score)):
            answer = found
        elif a.superlative and events:
            answer = event_extreme(a, named or events, intent) or templates.event_answer(a.text, [record], intent)
        elif a.counts and len(named or events) > 1:
            answer = templates.event_count_answer(a.text, named or events, intent, a.counter or "件")
        elif a.wants == "amount" and len(named or events) > 1 and (a.total or not named) and (
                found := event_total(a, named or events, intent)):
            answer = found
        else:
            answer = templates.event_answer(a.text, named or [record], intent)
    else:
        group = [record_of(u) for u in those_named(a, units.facts_beside(unit))] if many else [record]
        answer = templates.project_answer(a.text, group, intent)
    for c in answer.citations:
        c.score = round(float(score), 4)
        c.page, c.printed_page = unit.page, unit.printed_page
    return answer


def event_total(a: Analysis, events: list[Event], intent: str) -> Answer | None:
    """How many took part in a series of meetings (延べ何人 / 住民懇談会って何人きた): the sum over its records,
    showing what was added up; an amount asked of a series, not one meeting named, asks its total."""
    counted = [e for e in events if value_of(e.participants) is not None]
    if len(counted) < 2:
        return None
    amount = sum(value_of(e.participants) or 0 for e in counted)
    return templates.total_answer(a.text, counted, round(amount), len(counted), intent)


def held_on(event: Event, fiscal: bool) -> tuple[int, ...] | None:
    """When a meeting was held, to sort by: its full date, or its month and day within one (fiscal) year."""
    if when := date_key(expand_short_date(event.date)):
        return when
    if not (m := MONTH_DAY.search(unicodedata.normalize("NFKC", event.date))):
        return None
    month = int(m.group(1))
    return (1 if fiscal and month <= 3 else 0, month, int(m.group(2)))


def event_extreme(a: Analysis, events: list[Event], intent: str) -> Answer | None:
    """The meeting with the most or fewest taking part, or, asked the earliest or latest (いちばん遅かった), by
    its date."""
    if AGE.search(a.key):
        months = {int(m.group(1)) for e in events if (m := MONTH_DAY.search(unicodedata.normalize("NFKC", e.date)))}
        fiscal = any(m <= 3 for m in months) and any(m >= 4 for m in months)
        dated = [e for e in events if held_on(e, fiscal)]
        if len(dated) >= 2:
            pick = (max if a.superlative == "most" else min)(dated, key=lambda e: held_on(e, fiscal))
            return templates.extreme_answer(a.text, pick, "日付", pick.date, len(dated), intent)
    counted = [e for e in events if value_of(e.participants) is not None]
    if len(counted) < 2:
        return None
    pick = (max if a.superlative == "most" else min)(counted, key=lambda e: value_of(e.participants))
    return templates.extreme_answer(a.text, pick, pick.counted or "参加者", pick.participants, len(counted), intent)


# --------------------------------------------------------------------------- entry


def compose(a: Analysis, unit: Unit, units: Units, score: float) -> Answer:
    """The answer the unit gives to the question, with the operation the question asks for; asked where it
    stands (どの基本方針, 基本方針と施策は), it first names the headings above the unit."""
    answer = _compose(a, unit, units, score)
    if (where := placement(a, unit)) and key(where) not in key(answer.answer):
        answer.answer = f"「{where}」の中にあります。\n{answer.answer}"
    return answer


LEVEL_LABEL = re.compile(r"^(\D{2,8}?)\s*\d")  # 基本方針2 / 政策分野1: a heading level's own name


def placement(a: Analysis, unit: Unit) -> str:
    """The headings above a unit, from the first level the question names (by its label, 基本方針 of 基本方針2,
    or as its どの〇〇) down to the heading the unit stands under; empty when the question names none."""
    parts = [p for p in section_path(unit) if p]
    if parts and (unit.kind == "heading" or key(unit.text).startswith(key(parts[-1])[:12])):
        parts = parts[:-1]  # the unit's own title
    asked = key(a.text)
    for i, part in enumerate(parts):
        label = LEVEL_LABEL.match(unicodedata.normalize("NFKC", part))
        if label and len(key(label.group(1))) >= 2 and key(label.group(1)) in asked:
            return " › ".join(parts[i:])
    if a.which:
        named = [i for i, part in enumerate(parts) if key(a.which) in key(part)]
        if named:
            return " › ".join(parts[named[-1]:])
    return ""


def plan_answer(a: Analysis, unit: Unit, score: float) -> Answer:
    """A plan as the manifest describes it: who made it, its period, when it was published."""
    d = unit.data
    said = "、".join(f"{label}：{d[k]}" for k, label in (("period", "計画期間"), ("published", "発行")) if d.get(k))
    body = f"「{d['title']}」は{d.get('issuer') or '（策定者の記載なし）'}が策定した計画です"
    body += f"（{said}）。" if said else "。"
    body += "（計画書の目録による）"
    return Answer(a.text, body, intent_of(a, unit), True, [cite_unit(unit, score, body)], kind="plan",
                  detail={"issuer": d.get("issuer", ""), "period": d.get("period", "")})


def _compose(a: Analysis, unit: Unit, units: Units, score: float) -> Answer:
    if unit.kind == "plan":
        return plan_answer(a, unit, score)
    if unit.kind in RECORDS:
        return fact_answer(a, unit, units, score)
    if unit.kind in ("row", "cell"):
        row = units.row_of(unit)
        if a.superlative and (found := superlative(a, unit, units, score)):
            return found
        if a.negated and (found := empty_rows(a, unit, units, score)):
            return found
        if a.counts and not carries_count(unit, a):
            return count_rows(a, unit, units, score)
        named = rows_named(units.table_of(row), a)
        if a.wants == "list" or (len(named) > 1 and row in named and a.wants not in ("count", "amount", "date")):
            return list_rows(a, unit, units, score)  # 花泉の協働体は: every row of 花泉
        return one_row(a, row, score, unit)
    if unit.kind == "heading":
        return heading_answer(a, unit, units, score)
    return quote(a, unit, units, score)


def carries_count(unit: Unit, a: Analysis) -> bool:
    """A row that states the count asked (団体数: 33) answers by itself; otherwise its table's rows are counted."""
    return bool(a.counter) and any(NUMBER.search(v) and (a.counter in label or re.search(rf"(?<![第\d])\d+\s*{re.escape(a.counter)}", v))
                                   for label, v in unit.cells)


def section_path(unit: Unit) -> list[str]:
    return unit.section.split(SECTION_SEPARATOR)
