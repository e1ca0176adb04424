"""Japanese era years ↔ Western years, and the short dates of the plans (H26.6.29)."""

from __future__ import annotations

import re
import unicodedata

ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # for dates said in English
SHORT_ERAS = {"R": "令和", "H": "平成", "S": "昭和"}

_ERA_YEAR = re.compile(r"(令和|平成|昭和)\s*(元|\d{1,2})\s*年")
_WESTERN_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_SHORT_DATE = re.compile(r"\b([RHS])\s*(\d{1,2})\s*\.\s*(\d{1,2})\s*\.\s*(\d{1,2})\b")


def western(era: str, year: str) -> int:
    return ERAS[era] + (1 if year == "元" else int(year))


def to_era(year: int) -> str:
    """2024 → 令和6; the newest era that had begun by then."""
    for era, offset in ERAS.items():
        if year > offset:
            number = year - offset
            return f"{era}{'元' if number == 1 else number}"
    return str(year)


def expand_short_date(text: str) -> str:
    """H26.6.29 → 平成26年6月29日 (the tables of the plans write dates this way)."""

    def replace(m: re.Match) -> str:
        return f"{SHORT_ERAS[m.group(1)]}{m.group(2)}年{m.group(3)}月{m.group(4)}日"

    return _SHORT_DATE.sub(replace, unicodedata.normalize("NFKC", text))


def year_variants(text: str) -> set[str]:
    """Both spellings of every year in the text: 令和6年 ↔ 2024年."""
    text = unicodedata.normalize("NFKC", text)
    out = set()
    for m in _ERA_YEAR.finditer(text):
        year = western(m.group(1), m.group(2))
        out |= {f"{m.group(1)}{m.group(2)}年", f"{year}年"}
    for m in _WESTERN_YEAR.finditer(text):
        year = int(m.group(1))
        out |= {f"{year}年", f"{to_era(year)}年"}
    return out


_ANY_YEAR = re.compile(r"(令和|平成|昭和)\s*(元|\d{1,2})\s*年|((?:19|20)\d{2})\s*年|(?<![A-Za-z])([RHS])\s*(\d{1,2})\s*年")


def years_in(text: str) -> list[int]:
    """Every year named in the text, as Western years: 令和6年度～2028年度 → [2024, 2028]; R6年度, as staff
    write it, is 令和6年度."""
    out = []
    for m in _ANY_YEAR.finditer(unicodedata.normalize("NFKC", text)):
        if m.group(4):
            out.append(western(SHORT_ERAS[m.group(4)], m.group(5)))
        else:
            out.append(int(m.group(3)) if m.group(3) else western(m.group(1), m.group(2)))
    return out


_FULL_DATE = re.compile(r"(令和|平成|昭和)\s*(元|\d{1,2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def date_key(text: str) -> tuple[int, int, int] | None:
    """A sortable (year, month, day) of the first full date in the text (H26.6.29 and 平成26年6月29日 alike)."""
    m = _FULL_DATE.search(expand_short_date(text))
    if not m:
        return None
    if m.group(5):
        return int(m.group(5)), int(m.group(6)), int(m.group(7))
    return western(m.group(1), m.group(2)), int(m.group(3)), int(m.group(4))
