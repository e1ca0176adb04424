"""Questions not in Japanese: English is read into the plans' Japanese, answered by the engine and
said in English; any other language is told, in that language, that answers come in Japanese or
English, with the city's contact (an optional generator, bot.generate, may answer it instead).
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from bot import english
from bot.answer import Answer, office_line
from bot.translate import Reading, Translator, place_stem
from index.facts import Facts
from index.timeline import ENDED, NOT_YET

if TYPE_CHECKING:
    from bot.engine import Engine

# An English question whose content words reached Japanese less than this is not about the plans:
# calibrated on en-dev (answered questions 0.67 or more, out-of-scope ones 0.50 or less).
UNDERSTOOD = 0.6
SUGGESTION_FORMS = ((re.compile(r"^(.+)とは？$"), "What is {0}?"), (re.compile(r"^(.+)の目標は？$"), "What is the target for {0}?"))


@lru_cache(maxsize=1)
def messages() -> dict:
    return tomllib.loads(Path(__file__).with_name("messages.toml").read_text(encoding="utf-8"))


def labels(language: str) -> dict[str, str]:
    """The words of the chat screens in the conversation's language: English for English, else Japanese."""
    return messages()["labels"]["en" if language == "en" else "ja"]


def status_label(status: str, language: str) -> str:
    """計画期間終了 / plan period ended for a plan not in force today; "" for one in force."""
    return labels(language).get({ENDED: "ended", NOT_YET: "not_yet"}.get(status, ""), "")


def unsupported(language: str, contact: str) -> str:
    """The short message for a language planbot does not answer in, with the contact."""
    table = messages()["unsupported"]
    return table.get(language, table["other"]).format(contact=contact)


def translator_for(facts: Facts, corpus_words: dict[str, str], owners: list[str], areas: list[str]) -> Translator:
    """The English reader for one index: the corpus's terms and every name its facts hold."""
    names = [*areas, *owners, *(m[:-1] for m in owners),
             *(o.name for o in facts.organisations), *(t.term for t in facts.terms),
             *(o.name for o in facts.offices), *(e.venue for e in facts.events if e.venue),
             *(place_stem(e.venue) for e in facts.events if e.venue)]
    return Translator(corpus_words, names, {t.term for t in facts.terms})


def contact_line(engine: Engine) -> str:
    office = engine.office
    if office:
        return english.contact(office)
    return english.named(engine.config.fallback_contact) or "the city office"


def answer_english(engine: Engine, text: str, mode: str) -> Answer:
    """Read into Japanese, answer with the engine, say it in English; the citations stay as they are."""
    reading = engine.translator.read(text)
    if reading.foreign:
        return declined(engine, text, reading, reading.foreign)
    if not reading.japanese or reading.understood < UNDERSTOOD:
        return declined(engine, text, reading)
    found = engine.ask(reading.japanese, mode)
    if not found.confident:
        return declined(engine, text, reading, [english.named(m) for m in found.detail.get("missing", [])])
    first = found.citations[0] if found.citations else None
    where = f"“{english.named(first.title)}”, section “{first.section}”" if first else "the plans"
    body = english.say(found, where)
    for c in {c.title: c for c in found.citations}.values():
        if c.status == ENDED:
            body += f"\nNote: the period of “{english.named(c.title)}” has ended; a newer plan may differ."
        elif c.status == NOT_YET:
            body += f"\nNote: “{english.named(c.title)}” is not yet in force."
    return Answer(text, body, found.intent, True, found.citations, english_suggestions(found.suggestions),
                  found.table, found.kind, found.records, {**found.detail, "japanese": reading.japanese}, "en")


def declined(engine: Engine, text: str, reading: Reading, missing: list[str] | None = None) -> Answer:
    body = english.not_found(contact_line(engine), engine.titles, missing or [])
    detail = {"japanese": reading.japanese, "unknown": reading.unknown, "missing": missing or []}
    return Answer(text, body, "none", False, kind="none", detail=detail, language="en")


def answer_other(engine: Engine, text: str, language: str) -> Answer:
    office = engine.office
    contact = office_line(office) if office else engine.config.fallback_contact or engine.config.home
    return Answer(text, unsupported(language, contact), "none", False, kind="unsupported", language=language)


def english_suggestions(japanese: list[str]) -> list[str]:
    """Follow-ups that read the same in English (What is 地域協働体?); others are left out."""
    out = []
    for s in japanese:
        for pattern, form in SUGGESTION_FORMS:
            m = pattern.match(s)
            if m:
                out.append(form.format(m.group(1)))
                break
    return out
