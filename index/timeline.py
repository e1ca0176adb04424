"""Plans over time: Japanese fiscal years, whether a plan is in force on a day, and what replaced it."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from index.era import to_era

IN_FORCE, ENDED, NOT_YET = "in_force", "ended", "not_yet_started"
STATUS_LABELS = {IN_FORCE: "計画期間中", ENDED: "計画期間終了", NOT_YET: "計画期間前"}


def fiscal_year(day: date) -> int:
    """Japanese fiscal year (April to March): 2026-03-31 is FY2025, 2026-04-01 FY2026."""
    return day.year if day.month >= 4 else day.year - 1


def fiscal_label(year: int) -> str:
    """2025 → 2025年度（令和7年度）."""
    return f"{year}年度（{to_era(year)}年度）"


@dataclass(frozen=True)
class Plan:
    """A document as a plan in time: its fiscal years, its series and the editions around it."""

    file: str
    title: str
    first_year: int = 0  # 0: unknown
    last_year: int = 0
    series: str = ""
    supersedes: str = ""  # file of the edition it replaces
    superseded_by: str = ""  # title of a successor whose text is not in the corpus
    url: str = ""

    def status(self, today: date) -> str:
        """in_force / ended / not_yet_started on that day; in_force when the period is unknown."""
        year = fiscal_year(today)
        if self.last_year and year > self.last_year:
            return ENDED
        if self.first_year and year < self.first_year:
            return NOT_YET
        return IN_FORCE

    def in_force_in(self, year: int) -> bool:
        return bool(self.first_year and self.last_year) and self.first_year <= year <= self.last_year

    @property
    def period_label(self) -> str:
        if not (self.first_year and self.last_year):
            return ""
        return f"{fiscal_label(self.first_year)}～{fiscal_label(self.last_year)}"


def _bare_title(title: str) -> str:
    """A title without spaces or a bracketed period: 一関市総合計画 基本構想（2026年度～2035年度） → 一関市総合計画基本構想."""
    return re.sub(r"[（(][^）)]*[）)]|\s", "", title)


EDITION = re.compile(r"第\s*(\d{1,2})\s*[次期版]")
PLAN_KINDS = "計画|構想|ビジョン|プラン|戦略|指針|方針|概要"  # the words a plan's name ends in


def announced_successor(title: str, text: str) -> str:
    """The next edition a plan's own text names (第2期〇〇計画(令和7年度~令和11年度)に引き継ぐ): the edition after
    the title's (第2 when the title has no number) under a name the title holds; "" when the text names none."""
    title = unicodedata.normalize("NFKC", title)
    own = EDITION.search(title)
    after = int(own.group(1)) + 1 if own else 2
    bare = _bare_title(EDITION.sub("", title))
    named = re.compile(rf"第\s*{after}\s*[次期]\s*([^\s、。,「」『』()（）]{{2,40}}?(?:{PLAN_KINDS}))(\s*[(（][^()（）]{{4,30}}[)）])?")
    return next((m.group(0).strip() for m in named.finditer(unicodedata.normalize("NFKC", text)) if m.group(1) in bare), "")


def _follows(newer: Plan, older: Plan) -> bool:
    """`newer` starts after `older` ends and is the same plan by series, title or announced successor."""
    if not (newer.first_year and older.last_year and newer.first_year > older.last_year):
        return False
    announced = _bare_title(older.superseded_by)
    return bool(newer.series and newer.series == older.series) or _bare_title(newer.title) in (
        _bare_title(older.title), announced) or bool(announced) and _bare_title(newer.title).startswith(announced)


class Timeline:
    """The plans of a corpus with their editions; statuses are asked with a day, never stored."""

    def __init__(self, plans: list[Plan]) -> None:
        self.plans = {p.file: p for p in plans}

    def successor(self, file: str) -> str:
        """The title of what replaced a plan: an edition in the corpus, else what the manifest names."""
        newer = self.successor_in_corpus(file)
        if newer:
            return newer.title
        plan = self.plans.get(file)
        return plan.superseded_by if plan else ""

    def successor_in_corpus(self, file: str) -> Plan | None:
        """The edition that replaced a plan: named by `supersedes`, or a later plan of the same series,
        title or announced successor title (a new edition added with only its file and period)."""
        older = self.plans.get(file)
        if older is None:
            return None
        named = [p for p in self.plans.values() if p.supersedes == file]
        later = sorted((p for p in self.plans.values() if p is not older and _follows(p, older)), key=lambda p: p.first_year)
        return (named or later or [None])[0]

    def newest_edition(self, file: str) -> Plan | None:
        """The last of a plan's successors in the corpus (the plan itself when none replaced it)."""
        plan, seen = self.plans.get(file), set()
        while plan is not None and plan.file not in seen and (newer := self.successor_in_corpus(plan.file)):
            seen.add(plan.file)
            plan = newer
        return plan

    def editions(self, file: str) -> list[Plan]:
        """Every edition of the plan's series, oldest first (the plan alone when it has no series)."""
        plan = self.plans.get(file)
        if plan is None:
            return []
        if not plan.series:
            return [plan]
        return sorted((p for p in self.plans.values() if p.series == plan.series), key=lambda p: p.first_year)

    def status(self, file: str, today: date) -> str:
        plan = self.plans.get(file)
        return plan.status(today) if plan else IN_FORCE


def ended_without_successor(plans: list[Plan], today: date) -> list[str]:
    """Warnings for every plan whose period has ended and whose successor's text is not in the corpus."""
    timeline = Timeline(plans)
    out = []
    for plan in plans:
        if plan.status(today) != ENDED or timeline.successor_in_corpus(plan.file):
            continue
        known = f"（後継として「{plan.superseded_by}」が登録されていますが、本文はまだありません）" if plan.superseded_by else ""
        out.append(f"{plan.file}: 「{plan.title}」の計画期間は{fiscal_label(plan.last_year)}で終了しており、"
                   f"後継の計画がコーパスにありません{known}")
    return out
