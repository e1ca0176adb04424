"""Glossary terms in the common formats, and bare term lists.

Recognised: subsections of a 用語 section (番号付きの見出し + 説明), `◆用語` lines followed by their
explanation, `用語：説明` lines and 用語 / 解説 tables (inside a 用語 section), "Xとは、…をいいます"
sentences anywhere, Latin abbreviations spelled out in brackets, and a document that is mostly a list of terms.
"""

from __future__ import annotations

import re
import unicodedata

from index.extract.common import cells, find, label_of, rows, source, strip_numbering, texts
from index.facts import Term
from index.parse import BULLETS, ParsedDocument, Section, heading_kind
from index.tokenize import reading

GLOSSARY = "用語"
EXPLANATION = ("解説", "説明", "意味", "定義", "内容")
_DEFINED = re.compile(r"(?:^|。)「?([^、。「」]{2,20})」?とは、「?(.+?)」?(?:をいいます|のことです|のことをいいます)。")
GLOSSARY_TITLE = re.compile(r"[【\[<〈]?(?:用語(?:解説|の解説|説明|の説明|集)?)[】\]>〉]?")
EXPLAINS = re.compile(r"(?:こと|もの|指標|制度|事業|組織|仕組み|人々|方法)?[。.]$|こと$")
_BRACKETED = re.compile(r"^[〔\[［【]([^〕\]］】]{2,25})[〕\]］】]\s*(.{8,})$")  # 〔通いの場〕高齢者が歩いて…
_FOOTNOTE = re.compile(r"^※\s*(\d{1,2})\s*([^:：。、]{2,25})\s*[:：]\s*(.{8,}。)$")  # ※1 民生委員：…人。
_ASKED = re.compile(r"^Q\s*[.．:：]?\s*(.{2,25}?)\s*(?:とは|って(?:何|なに))\s*(?:ですか)?[?？]?$")  # Q. 協働事業とは?
_ANSWERED = re.compile(r"^A\s*[.．:：]?\s*(.{8,})$")
_COLON = re.compile(r"^([^:：。、]{2,25})\s*[:：]\s*(.{8,})$")
_NOTE_EXPLAINS = re.compile(r"(?:こと|もの|指標|制度|事業|組織|仕組み|人々|方法|団体|施設|取組|考え方)"
                            r"(?:です|でした|をいいます|を指します|をいう)?。$")
_READING = re.compile(r"^(.+?)\s*[（(][ぁ-んァ-ヶー・\s]{2,}[）)]$")  # 共食（きょうしょく）: the term and its reading
_NOTE = re.compile(r"^※\s*\d{0,2}\s*([^:：。、「」]{2,25}?)\s*(?:[:：]\s*|とは、)(.{8,}。)$")  # ※ 見守り隊：…のこと。


def in_glossary(section: Section) -> bool:
    return any(GLOSSARY in title for title in section.path)


def _add(terms: dict[str, Term], term: str, definition: str, src) -> None:
    term = term.strip()
    if m := _READING.match(term):
        term = m.group(1)
    if 2 <= len(term) <= 30 and term not in terms:
        terms[term] = Term(term, definition.strip(), reading(term), src)


def glossary_subsections(doc: ParsedDocument, terms: dict[str, Term]) -> None:
    """(3) 地域協働体 / 一定の区域において…: a numbered subsection under a 用語 heading."""
    for section in doc.sections:
        if len(section.path) >= 2 and GLOSSARY in section.path[-2] and section.blocks:
            body = [b for b in section.blocks if b.kind == "text"]
            definition = " ".join(b.text for b in body if b is body[0] or b.text.startswith("※"))
            end = body[-1].end_line if body else section.end_line
            _add(terms, strip_numbering(section.title), definition, source(doc, section, section.start_line, end))


def glossary_lines(doc: ParsedDocument, terms: dict[str, Term]) -> None:
    """◆用語 + its explanation on the next paragraph, or 用語：説明 / 〔用語〕説明 on one line, inside a 用語 section
    or after a plain 用語解説 line (there a 用語：説明 line must read as an explanation)."""
    for section in doc.sections:
        blocks = [b for b in section.blocks if b.kind == "text"]
        titled = [i for i, b in enumerate(blocks) if GLOSSARY_TITLE.fullmatch(b.text)]  # 用語解説 as a plain line
        if not in_glossary(section) and not titled:
            continue
        start = 0 if in_glossary(section) else titled[0] + 1
        for i, block in enumerate(blocks[start:], start):
            colon = _COLON.match(block.text) or _BRACKETED.match(block.text)
            explains = colon and EXPLAINS.search(colon.group(2))  # an explanation, not 問い合わせ先：〇〇課
            if explains:
                _add(terms, strip_numbering(colon.group(1)), colon.group(2),
                     source(doc, section, block.start_line, block.end_line))
            elif block.text.startswith(BULLETS) and len(block.text) <= 30 and i + 1 < len(blocks):
                after = blocks[i + 1]
                if not after.text.startswith(BULLETS):
                    _add(terms, strip_numbering(block.text), after.text,
                         source(doc, section, block.start_line, after.end_line))


def glossary_tables(doc: ParsedDocument, terms: dict[str, Term]) -> None:
    """Rows of a table with a 用語 column and an explanation column."""
    for section, block in rows(doc):
        row = cells(block)
        term_label = label_of(row, GLOSSARY)
        explanation = find(row, *EXPLANATION)
        if term_label and explanation:
            _add(terms, strip_numbering(row[term_label]), explanation, source(doc, section, block.start_line, block.end_line))


def defined_in_sentences(doc: ParsedDocument, terms: dict[str, Term]) -> None:
    for section, block in texts(doc):
        for m in _DEFINED.finditer(block.text):
            _add(terms, m.group(1), m.group(2), source(doc, section, block.start_line, block.end_line))


def footnotes(doc: ParsedDocument, terms: dict[str, Term]) -> None:
    """※1 民生委員：説明 — a footnote explaining a word the text marks with the same ※1 (民生委員※1との連携)."""
    marked = " ".join([*(b.text for _, b in texts(doc)), *(s.title for s in doc.sections)])
    for section, block in texts(doc):
        m = _FOOTNOTE.match(block.text)
        if m and re.search(rf"{re.escape(m.group(2).strip())}\s*※\s*{m.group(1)}(?!\d)", marked):
            _add(terms, m.group(2), m.group(3), source(doc, section, block.start_line, block.end_line))


def notes(doc: ParsedDocument, terms: dict[str, Term]) -> None:
    """※ 見守り隊：地域の高齢者を見守るボランティアのことです。 — a note explaining a word, marked in the text
    or not, anywhere in the plan (only when it reads as an explanation)."""
    for section, block in texts(doc):
        m = _NOTE.match(block.text)
        if m and _NOTE_EXPLAINS.search(m.group(2)):
            _add(terms, strip_numbering(m.group(1)), m.group(2), source(doc, section, block.start_line, block.end_line))


_LONG_THEN_SHORT = re.compile(r"([^\s、。,，・「」『』()（）]{3,30}?)\s*[(（]\s*([A-Z][A-Za-z&]{1,9})\s*[)）]")
_SHORT_THEN_LONG = re.compile(r"(?<![A-Za-z0-9])([A-Z][A-Za-z&]{1,9})\s*[(（]\s*([^()（）、。]{3,30})\s*[)）]")
_NUMERAL = re.compile(r"[IVXL]+")  # Ⅲ（早期措置段階）: a stage numbered, not abbreviated
_LEADING_PARTICLE = re.compile(r"^(?:及び|および|並びに|や|と|の|を|に|が|は|で|も)")
_WORDS = re.compile(r"[\u4e00-\u9fff]")  # a long form holds kanji (a katakana-only bracket is a reading)


def abbreviations(doc: ParsedDocument, terms: dict[str, Term]) -> None:
    """持続可能な開発目標（SDGs） / KPI（重要業績評価指標）: a Latin abbreviation spelled out where the text first
    uses it; asked as a term (DXって何), it is answered by its long form."""
    for section, block in texts(doc):
        text = unicodedata.normalize("NFKC", block.text)
        found = [(m.group(2), _LEADING_PARTICLE.sub("", m.group(1))) for m in _LONG_THEN_SHORT.finditer(text)]
        found += [(m.group(1), m.group(2).strip()) for m in _SHORT_THEN_LONG.finditer(text)]
        for short, long in found:
            if _WORDS.search(long) and not re.search(r"\d", long) and not _NUMERAL.fullmatch(short):
                _add(terms, short, f"{long}の略称です。", source(doc, section, block.start_line, block.end_line))


def questions_answered(doc: ParsedDocument, terms: dict[str, Term]) -> None:
    """Q. 協働事業とは? / A. …事業のことです。 — a question-and-answer page explaining a word."""
    for section in doc.sections:
        blocks = [b for b in section.blocks if b.kind == "text"]
        for block, after in zip(blocks, blocks[1:], strict=False):
            asked, answered = _ASKED.match(block.text), _ANSWERED.match(after.text)
            if asked and answered:
                _add(terms, asked.group(1), answered.group(1), source(doc, section, block.start_line, after.end_line))


def term_lists(doc: ParsedDocument, terms: dict[str, Term]) -> None:
    """A document that is mostly short term lines (its explanations lost in extraction): the terms alone."""
    blocks = list(texts(doc))
    term_like = [(s, b) for s, b in blocks if _term_like(b.text)]
    if blocks and len(term_like) >= 0.8 * len(blocks):
        for section, block in term_like:
            _add(terms, block.text, "", source(doc, section, block.start_line, block.end_line))


def _term_like(text: str) -> bool:
    return (
        2 <= len(text) <= 25
        and not re.search(r"[。、:]", text)
        and not re.fullmatch(r"[\d\s.,\-()]+", text)
        and not text.startswith(("資料", "(単位", "http"))
        and heading_kind(text) is None
    )


def extract_terms(doc: ParsedDocument) -> list[Term]:
    terms: dict[str, Term] = {}
    for step in (glossary_subsections, glossary_lines, glossary_tables, footnotes, notes, questions_answered,
                 defined_in_sentences, abbreviations, term_lists):
        step(doc, terms)
    return list(terms.values())
