"""The language a question is written in: the writing system first, then lingua for Latin script.

Japanese is told from Chinese by kana and by what Chinese alone writes (simplified characters,
的/是/吗…), since a bare Japanese term (地域協働体) looks like Chinese to a statistical detector.
A chat platform's profile language breaks ties for short Latin-script text ("ok", "hello").
"""

from __future__ import annotations

import re
from functools import lru_cache

KANA = re.compile(r"[\u3040-\u30ff\uff66-\uff9f]")
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")
DEVANAGARI = re.compile(r"[\u0900-\u097f]")
THAI = re.compile(r"[\u0e00-\u0e7f]")
LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]+")
CHINESE_ONLY = re.compile(r"[的是吗呢么们这那哪怎谁还没给让说请问吧]|什么|多少")
# The Latin-script languages told apart; the rest of the world's are rare among the plans' readers.
LATIN_LANGUAGES = {"ENGLISH": "en", "VIETNAMESE": "vi", "TAGALOG": "tl", "PORTUGUESE": "pt", "SPANISH": "es",
                   "INDONESIAN": "id", "FRENCH": "fr", "GERMAN": "de"}
SURE = 0.5  # below this confidence, a profile hint or English wins for Latin-script text


def detect(text: str, hint: str | None = None) -> str:
    """An ISO 639-1 code: ja, en, zh, ko, vi, tl, pt, ne, th… ("ja" for empty or unclear text)."""
    if KANA.search(text):
        return "ja"
    if HANGUL.search(text):
        return "ko"
    if DEVANAGARI.search(text):
        return "ne"  # Nepali, not Hindi, is the Devanagari language of Japan's residents
    if THAI.search(text):
        return "th"
    latin = " ".join(LATIN.findall(text))
    if HAN.search(text) and len(latin) < 3:
        return "zh" if _is_chinese(text) else "ja"
    if not latin:
        return _short(hint) or "ja"
    language, confidence = _latin(latin)
    if confidence >= SURE:
        return language
    return _short(hint) if _short(hint) in LATIN_LANGUAGES.values() else "en"


def _is_chinese(text: str) -> bool:
    """Han-only text is Chinese when it writes what Japanese does not (simplified forms, Chinese particles)."""
    if CHINESE_ONLY.search(text):
        return True
    try:
        text.encode("cp932")
    except UnicodeEncodeError:
        return True  # a character outside Japanese's character set: 标, 划…
    return False


def _short(hint: str | None) -> str:
    """A platform's language tag (en-US, zh-Hant, pt-BR) as its two-letter code."""
    return (hint or "").split("-")[0].split("_")[0].lower()


def _latin(text: str) -> tuple[str, float]:
    values = _detector().compute_language_confidence_values(text)
    best = values[0]
    return LATIN_LANGUAGES.get(best.language.name, "en"), best.value


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in LATIN_LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*languages).with_preloaded_language_models().build()


def warm_up() -> None:
    """Load the language models now (about 2 s), not on the first foreign question."""
    _detector()
