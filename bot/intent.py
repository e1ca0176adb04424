"""What kind of answer a question wants: term, contact, indicator, schedule or general.

Plain rules over the normalised question, checked in order; each rule names the words it
looks for so a wrong guess is easy to explain. Out of scope is decided later, from how well
the plans cover the question (see bot.engine).
"""

from __future__ import annotations

import re

from bot.match import FactFinder, squash

TERM = re.compile(r"とは|って(?:なに|何|なん)|意味|定義|用語|どういう(?:こと|もの)")
CONTACT = re.compile(r"連絡先|電話|tel|fax|ファックス|住所|問い?合わせ|担当|窓口|相談先")
MEASURE = re.compile(r"数|率|人口|件|回|値|者|度|額|量|アクセス")
INDICATOR = re.compile(r"目標|現状|指標|目指")
SCHEDULE = re.compile(r"いつ|日程|期日|開催日|日時|期間|何年度|何月|スケジュール|始ま|初年度|予定|実施年度")


def detect_intent(question: str, finder: FactFinder | None = None) -> str:
    q = squash(question)
    if TERM.search(q):
        return "term"
    if CONTACT.search(q):
        return "contact"
    if finder and finder.organisations(question) and (
        finder.names_organisation(question, finder.organisations(question))
    ):
        return "contact"  # 花泉の協働体は？ / モリウシ希望ネット花泉の設立日 — an organisation by place or name
    if INDICATOR.search(q) and MEASURE.search(q):
        return "indicator"
    if SCHEDULE.search(q):
        return "schedule"
    return "general"
