"""Which plans a question is about: those of the municipalities it names, and whether the plan it asks
of a municipality is one that municipality has at all. Owners come from each document's issuer."""

from __future__ import annotations

import re

PLAN_KIND = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa]{1,8}(?:計画|構想|ビジョン|プラン|戦略)")  # 総合計画, 共生ビジョン


def files_of(named: list[str], owners_of: dict[str, list[str]], home: str) -> set[str] | None:
    """The documents of the municipalities a question names (None: all documents). The home
    municipality and its partners in a joint plan (平泉町 in the 定住自立圏) narrow nothing: the home
    plans speak of them too."""
    partners = {m for owners in owners_of.values() if home in owners for m in owners}
    if not named or set(named) <= partners | {home}:
        return None
    return {f for f, owners in owners_of.items() if set(owners) & set(named)}


def plans_missing(text: str, named: list[str], titles: dict[str, str], owners_of: dict[str, list[str]],
                  home: str) -> list[str]:
    """A plan asked of a municipality by a kind only others' plans have (平泉町の総合計画: 平泉町 shares only
    the 共生ビジョン, 総合計画 is 一関市's), as 「平泉町の総合計画」; [] otherwise. `titles`: file → title."""
    missing = []
    for place in (m for m in named if m != home):
        theirs = [t.replace(" ", "") for f, t in titles.items() if place in owners_of.get(f, [])]
        others = [t.replace(" ", "") for f, t in titles.items() if place not in owners_of.get(f, [])]
        for kind in re.findall(rf"{re.escape(place)}の?({PLAN_KIND.pattern})", text):
            if any(kind in t for t in others) and not any(kind in t for t in theirs):
                missing.append(f"{place}の{kind}")
    return missing
