"""Which plan a question is about in time, and what an answer must say about a plan's status.

「今の」「現在の」「最新の」 ask for the plan in force, 「前の」「旧」「以前の」「昔の」 for the edition it replaced,
「最初の〇〇計画」 for the series' first edition,
a year with 計画 for the plan in force that year; a comparison (変わった / 違い) for every edition;
a series named with no time for its newest edition.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from bot.lexicon import key as squash
from index.era import ERAS, date_key, to_era, years_in
from index.timeline import ENDED, IN_FORCE, NOT_YET, Plan, Timeline, fiscal_label, fiscal_year
from index.tokenize import tokenize

NOW = re.compile(r"今の|現在の|最新の|いまの|現行の?")
PAST = re.compile(r"(?<![名午直事手建])前の|旧(?![^\s、。？?]{1,6}?[市町村])|以前の|前回の|ひとつ前|昔の|かつての")
FIRST = re.compile(r"(?:最初|初めて|はじめて|初代)の?[^、。？?]{0,8}?(?:計画|構想|ビジョン|プラン|戦略)")
COMPARE = re.compile(r"変わ|違い|違う|比べ|比較|から変更|前回と")
PLAN_WORD = re.compile(r"計画|構想|ビジョン|プラン|戦略")
UPCOMING = re.compile(r"(?<![\u4e00-\u9fff\d])次(?:回|は|の(?!よう|とおり|\d|うち|どれ|中|なか))|今度の|今度は|来年|来月|来週|これからの予定|予定(?:は|です|して|されて|ですか|？|\?|$)|今年度?の")
ORDINAL = re.compile(r"第\s*([0-9０-９一二三四五六七八九十]+)\s*([次期版])")
KANJI_DIGITS = str.maketrans("一二三四五六七八九", "123456789")
TERM_OF_OFFICE = re.compile(r"任期\s*[:：]?\s*[^～~〜\n]{0,24}[～~〜]\s*((?:令和|平成)\s*[\d元]+\s*年\s*\d+\s*月\s*\d+\s*日|\d{4}\s*年\s*\d+\s*月\s*\d+\s*日)")
_YEAR = re.compile(r"(令和|平成|昭和)\s*(元|\d{1,2})\s*年|((?:19|20)\d{2})\s*年")


@dataclass
class Selection:
    files: set[str] | None  # the documents to answer from (None: no restriction)
    lead: str = ""  # said before the answer (no plan of the series in force…)


def question_year(text: str) -> int:
    m = _YEAR.search(text)
    if not m:
        return 0
    if m.group(3):
        return int(m.group(3))
    return ERAS[m.group(1)] + (1 if m.group(2) == "元" else int(m.group(2)))


def named_series(text: str, timeline: Timeline) -> list[Plan]:
    """Plans whose series the question names (two or more words of the series name)."""
    words = set(tokenize(text))
    return [p for p in timeline.plans.values() if p.series and len(words & set(tokenize(p.series))) >= 2]


def select(text: str, timeline: Timeline, today: date, files: set[str] | None) -> Selection:
    """Narrow the documents by the time the question speaks of; the lead explains a fallback."""
    pool = [p for p in timeline.plans.values() if files is None or p.file in files]
    named = [p for p in named_series(text, timeline) if p in pool]
    newest_editions = [n for p in named if (n := timeline.newest_edition(p.file)) and (files is None or n.file in files)]
    series = list(dict.fromkeys([*named, *newest_editions]))  # a new edition added without its series name still counts
    key = squash(text)
    if NOW.search(key):
        candidates = series or pool
        current = [p for p in candidates if p.status(today) not in (ENDED, NOT_YET)]
        if current:
            return Selection({p.file for p in current})
        if series:
            newest = max(series, key=lambda p: p.last_year)
            return Selection({newest.file}, lead=(
                f"現在計画期間中の「{newest.series}」は、計画書として収録されていません。"
                f"収録されている最新の「{newest.title}」（{newest.period_label}）には次のように書かれています。\n"))
    if FIRST.search(key) and len(series) > 1:
        return Selection({min(series, key=lambda p: p.first_year).file})
    if PAST.search(key):
        replaced = [p for p in (series or pool) if timeline.successor_in_corpus(p.file)]
        if replaced:
            return Selection({p.file for p in replaced})
    year = question_year(text)
    if year and PLAN_WORD.search(key):
        then = [p for p in (series or pool) if p.in_force_in(year)]
        if then:
            return Selection({p.file for p in then})
    latest = {p.file for p in newest_editions}
    if latest and latest != {p.file for p in series}:  # 基本構想では…: the newest edition, unless an older one is asked for
        return Selection(latest)
    return Selection(files)


def status_notice(file: str, timeline: Timeline, today: date, first: bool = True) -> str:
    """A plain sentence when a cited plan is not in force today (ended, or not started yet)."""
    plan = timeline.plans.get(file)
    if plan is None:
        return ""
    which = "この計画" if first else f"「{plan.title}」"
    status = plan.status(today)
    if status == ENDED:
        successor = timeline.successor(file)
        after = f"後継の計画：{successor}" if successor else "後継の計画は計画書に収録されていません"
        return f"（{which}の期間は{fiscal_label(plan.last_year)}で終了しています。{after}）"
    if status == NOT_YET:
        return f"（{which}は{fiscal_label(plan.first_year)}から始まる計画です）"
    return ""


def in_force_notice(file: str, timeline: Timeline, today: date) -> str:
    """For a plan in force, asked whether it still is: said plainly with today's fiscal year."""
    plan = timeline.plans.get(file)
    if plan is None or plan.status(today) != IN_FORCE or not plan.last_year:
        return ""
    return f"\n{fiscal_label(fiscal_year(today))}現在、計画期間中です（{fiscal_label(plan.last_year)}まで）。"


def notices(files: list[str], timeline: Timeline, today: date) -> list[str]:
    """One notice per distinct cited plan not in force; the first citation's speaks of "this plan"."""
    out = []
    for i, file in enumerate(dict.fromkeys(files)):
        notice = status_notice(file, timeline, today, first=i == 0 and file == files[0])
        if notice:
            out.append(notice)
    return out


def compares_editions(text: str) -> bool:
    return bool(COMPARE.search(squash(text)))


def topic(text: str) -> str:
    """What is compared, without the comparison: 将来像は前の計画から変わった？ → 将来像は？"""
    bare = re.sub(r"(?:は|が|って)?(?:前の|以前の|旧|前回の?)?(?:計画|構想|版)?(?:から|と)?(?:どう|どのように)?(?:変わ|違|比べ|比較).*$",
                  "", text)
    return (bare or text).rstrip("？?、 ") + "は？"


def pair(file: str, timeline: Timeline) -> list[Plan]:
    """The cited edition and the one it replaced (or the one that replaced it), newest first."""
    plan = timeline.plans.get(file)
    if plan is None:
        return []
    newer = timeline.successor_in_corpus(file)
    if newer:
        return [newer, plan]
    older = timeline.plans.get(plan.supersedes)
    return [plan, older] if older else []


def asks_upcoming(text: str) -> bool:
    """次回の懇談会はいつ: a question about what is still to come."""
    return bool(UPCOMING.search(squash(text)))


def only_past(text: str, today: date) -> str:
    """The latest year an answer names when every year it names is past (a record, not a schedule); "" otherwise."""
    years = [y for y in years_in(text) if y]
    return f"{max(years)}年（{to_era(max(years))}年）" if years and max(years) < today.year else ""


def expired_term(text: str, today: date) -> str:
    """A member list whose term of office (任期：令和5年5月1日～令和7年4月30日) has ended: said, since the
    people in it may no longer serve; "" otherwise."""
    m = TERM_OF_OFFICE.search(text)
    ends = date_key(m.group(1)) if m else None
    if not ends or ends >= (today.year, today.month, today.day):
        return ""
    until = "".join(m.group(1).split())
    return f"（この名簿の任期は{until}までです。現在の委員とは異なる場合があります）"


def _ordinal(number: str) -> int:
    """第三次 and 第3次 alike; 十 alone is 10."""
    number = unicodedata.normalize("NFKC", number)
    if number == "十":
        return 10
    return int(number.replace("十", "").translate(KANJI_DIGITS) or 0) + (10 if "十" in number[:1] else 0)


def missing_edition(text: str, keys: dict[str, list[str]], timeline: Timeline) -> str:
    """An edition asked by its ordinal (第3期〇〇戦略) later than any of its series in the corpus: the words
    naming it, to decline by name; "" when the question names no ordinal before a plan or the corpus holds it.
    `keys`: each plan the question names, by file, with the names it is called by."""
    plain = unicodedata.normalize("NFKC", text)
    for m in ORDINAL.finditer(plain):
        after = squash(plain[m.end():m.end() + 40])
        named = [f for f, ks in keys.items() if any(after.find(k) in range(0, 12) for k in ks)]
        if not named:
            continue
        asked = _ordinal(m.group(1))
        held = {_ordinal(o.group(1)) for f in named for e in timeline.editions(f)
                for o in ORDINAL.finditer(unicodedata.normalize("NFKC", e.title))}
        if held and asked > max(held):  # an earlier edition is often reviewed in its successor: only a later one
            end = min((after.find(k) + len(k) for f in named for k in keys[f] if 0 <= after.find(k) < 12), default=0)
            stop = m.end()
            while len(squash(plain[m.end():stop])) < end and stop < len(plain):
                stop += 1
            return plain[m.start():stop]  # as the question writes it
    return ""


PLAN_KIND = re.compile(r"(?:計画|構想|ビジョン|プラン|戦略|指針)$")
NEXT = re.compile(r"(?<![第\d一二三四五六七八九十])(?:次の|次期|つぎの)([^\s、。,?？!！]{0,12}?(?:計画|構想|ビジョン|プラン|戦略|指針))")


def next_missing(text: str, keys: dict[str, list[str]], timeline: Timeline) -> str:
    """The next edition of the plan a question names (次の雪対策計画, 次期総合戦略) when the corpus holds no
    successor of its newest edition: the words naming it, to decline by name; "" otherwise."""
    m = NEXT.search(unicodedata.normalize("NFKC", text))
    if not m or not keys or not PLAN_KIND.sub("", m.group(1)):
        return ""  # 2006年の総合計画の次の計画: the one after a plan named, which the corpus may hold
    newest = {e.file for f in keys for e in timeline.editions(f)[-1:]}
    return "" if any(timeline.successor_in_corpus(f) for f in newest) else m.group(0)
