"""Evidence selection: the sentences and table rows of the retrieved passages that answer the question.

Each unit (a sentence, a list item or a table row) scores the rarity-weighted question words it
shares, half of what its passage's headings share, its passage's retrieval score, and a bonus when
it carries an expression of the type asked for (a number with its counter for いくつ / 何人, a date
for いつ, a person's name for だれ…). Counting questions whose evidence is a list count its items.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from bot.question import COUNTED, Question
from bot.subject import ORDINAL, head_noun, numbered_words
from index.search import Hit
from index.tokenize import morphemes, tokenize

COUNTER = re.compile(  # a decimal point needs a digit after it: "4. 人と情報" is an item number, not 4人
    r"\d(?:[\d,]|\.\d)*\s*(?:人|名|件|回|団体|か所|箇所|カ所|ヶ所|会場|つ|個|地域|校|施設|%|年間|年|倍|km|キロ|㎢|平方キロ|g|t|基|世帯|事業|区域)"
)
MONEY = re.compile(r"\d[\d,.]*\s*(?:万|億|千)?\s*円")
DATE = re.compile(r"(?:令和|平成|昭和|(?:19|20)\d{2}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日|年度)")
DATE_LIKE = re.compile(r"\b[RHS]\s*\d{1,2}\s*\.\s*\d{1,2}\s*\.\s*\d{1,2}|\d{1,2}\s*世紀")  # H30. 4. 1, 11世紀: a time too
YEARS = re.compile(r"\d+\s*(?:か年|ヵ年|年間|年)(?!度|\d)")
DEFINES = re.compile(r"こと。?$|をいう|のこと|とは|仕組み。?$|組織。?$|場。?$")
LIST_ITEM = re.compile(r"^(?:\(\d+\)|\d+[.)]|[①-⑳]|[・●○◆■]|\S+: )")
ANNOUNCES = re.compile(r"次に掲げる|次の(?:とおり|ような|もの|事項)|以下の(?:とおり|ような|もの)")
SLOGAN = re.compile(r"[「『][^「」『』]{4,60}[」』]")
TITLE_LINE = re.compile(r"(?:\d{1,2}|[(（]\d{1,2}[)）])\s*[^\s。、:：/|]{2,28}")  # 2 圏域を形成する市町の名称
DIRECTION_SUFFIXES = "側部方面"
DIRECTION = re.compile(f"([東西南北])[{DIRECTION_SUFFIXES}]")  # 北側, 北部: one direction
FIGURE_CAPTION = re.compile(r"(?:図|表|イメージ)$")
NOMINALIZED = re.compile(r"([\u4e00-\u9fff][\u4e00-\u9fffぁ-ん]*[\u4e00-\u9fff])[いきしちにひみりぎじびえけせてねへめれげぜべ]")
ALIAS_SHARE = 0.5  # a word held only through a Sudachi synonym (天気 ~ 気候) counts half: the groups are broad
HEAD_MISSING = 0.7  # a unit without the noun the question ends on answers something else
QUOTED_SHARE = 0.5  # share of the question's word weight a unit earns for holding a phrase the question quotes
PLACE_SHARE = 0.3  # share of the question's word weight for a table row labelled with the municipality named
TOTAL_SHARE = 0.1  # and for its total row (平泉町 合計), which answers when no part (0~14歳) is asked
TOTAL_ROW = re.compile(r"(?:合計|総数|総計|(?<![\u4e00-\u9fff])計)$")  # the label ends on it: 平泉町 合計
TYPE_BONUS = 0.6  # share of the question's total word weight a unit earns for carrying the wanted type


@dataclass
class Unit:
    text: str
    rank: int  # rank of its passage among the hits
    position: int  # index among its passage's units
    score: float
    covered: float  # share of the question's word weight found in the unit and its headings
    held: int = 0  # how many of the question's words the unit and its headings hold
    has_head: bool = True  # the unit or its headings hold the noun the question ends on


def verb_stem(word: str) -> str:
    """The stem a noun made of a verb shares with the verb's other forms (見込み ~ 見込まれる), or ""."""
    m = NOMINALIZED.fullmatch(word)
    return m.group(1) if m else ""


def holds(word: str, text: str, tokens: set[str]) -> bool:
    """A unit holds a question word as a token, inside a longer word (毎年 in 毎年度: Sudachi cuts words
    its own way), as another form of the verb it is made of (見込み in 見込まれている), or as the same
    direction (北側 in 北部)."""
    if (m := DIRECTION.fullmatch(word)) and re.search(f"{m.group(1)}[{DIRECTION_SUFFIXES}]", text):
        return True  # 北側 ~ 北部: a direction said with another suffix
    return word in tokens or word in text or bool((stem := verb_stem(word)) and stem in text)


SECTION_NUMBER = re.compile(r"(?<![\d-])(\d{1,2})\s*-\s*(\d{1,2})(?![\d-])")  # 5-6: a numbered section of a plan
MUNICIPALITY_LEAD = re.compile(r"^([\u4e00-\u9fff]{1,5}[市町村])(?:の|は|が|\s)")
OTHER_PLACE = 0.3  # what a unit about another municipality than the one asked about keeps of its share
AMOUNT = re.compile(r"(\d[\d,]*)\s*(人|名|件|回|団体|か所|%)")


def holds_amount(text: str, number: str, counter: str) -> bool:
    """A unit states the amount a question gives (20人だった会場): `number` with its counter, or as the value
    of a column whose label has the counter (参加者数(人): 20)."""
    n = re.escape(number)
    return bool(re.search(rf"(?<![\d,.]){n}\s*{re.escape(counter)}", text)
                or re.search(rf"(?:^|/ )[^/:]*{re.escape(counter)}[^/:]*: {n}(?![\d,.])", text))


def row_label(text: str) -> str:
    """The first cell of a table row rendered `label: value / …`, "" for other units."""
    first = text.split(" / ")[0] if " / " in text else ""
    return first.split(": ", 1)[-1]


def place_share(label: str, columns: set[str], named: list[str], words: set[str]) -> float:
    """How well a table row fits the municipalities a question names (`words`: their tokens): one named →
    its rows (一関市 0~14歳, not 平泉町 0~14歳), its total row a little more (no part asked), or a table with
    its column (平泉町: 63.39); several named (一関市と平泉町を合わせると) → the total row of them all."""
    if not label or not named:
        return 0.0
    holds_place = bool(words & set(tokenize(label)))
    if len(named) == 1 and holds_place:
        return PLACE_SHARE + (TOTAL_SHARE if TOTAL_ROW.search(label) else 0.0)
    if len(named) == 1 and words & columns:
        return PLACE_SHARE
    if len(named) > 1 and not holds_place and TOTAL_ROW.search(label):
        return PLACE_SHARE
    return 0.0


def row_parts(text: str) -> tuple[str, str]:
    """A unit's own words and, for a table row rendered `label: value / …`, its column labels apart."""
    if not row_label(text):
        return text, ""
    cells = [cell.split(": ", 1) for cell in text.split(" / ")]
    return " ".join(c[-1] for c in cells), " ".join(c[0] for c in cells if len(c) == 2)


def units_of(text: str) -> list[str]:
    """Sentences, list items and table rows of a passage (rows and items end at line breaks)."""
    return [unit for unit, _ in units_in_context(text)]


def units_in_context(text: str) -> list[tuple[str, str]]:
    """Each unit with the sentences before it on its line: the topic a Japanese sentence leaves out
    (…組織のこと。町内では5つの地区で… — the second sentence is still about the 組織), or the numbered
    title line just above it."""
    parts = []
    title = ""
    for line in text.split("\n"):
        earlier = title  # a title line (2 圏域を形成する市町の名称) is the topic of the line under it
        for sentence in (s.strip() for s in re.split(r"(?<=[。！？])", line)):
            if sentence:
                parts.append((sentence, earlier))
                earlier += sentence
        title = line if TITLE_LINE.fullmatch(line.strip()) else ""
    return parts


def quoted_phrases(text: str) -> list[str]:
    """Phrases a question quotes (「市民主体」ってどういうこと): the plans' own words, to be found as written."""
    return [p.strip() for p in re.findall(r"[「『\"]([^」』\"]{2,30})[」』\"]", text) if p.strip()]


def carries(wants: str, text: str, asked: str = "") -> bool:
    """Whether a unit holds an expression of the answer type wanted (`asked`: the how-many question)."""
    if wants in ("count", "quantity", "indicator"):
        counted = COUNTED.search(asked)  # 何市町村 is answered by 1市4町2村: a number before one of its kanji
        return bool(COUNTER.search(text) or counted and re.search(rf"\d\s*[{re.escape(counted.group(1))}]", text))
    if wants in ("date", "period"):  # a bare 何年 asks a year or a length of years (任期は何年)
        return bool(DATE.search(text) or re.search(r"何年(?!度|に|から|まで)", asked) and YEARS.search(text))
    if wants == "definition":
        return bool(DEFINES.search(text))
    if wants == "person":
        return "氏名" in text or any(m.part_of_speech()[2] == "人名" for m in morphemes(text))
    if wants == "list":
        return bool(ANNOUNCES.search(text))
    if wants == "place":
        return bool(re.search(r"会場|場所|センター|館|支所|役場|公民館|ホール", text))
    return False


def select(question: Question, words: set[str], hits: list[Hit], weight: Callable[[str], float],
           extra: set[str] = frozenset(), aliases: dict[str, set[str]] | None = None,
           places: set[str] = frozenset()) -> list[Unit]:
    """Every unit of the hits, best first; `words` are the question's content words, `extra` words
    (the years it names) help choose among units without counting toward how much of it is covered;
    `aliases` are the plans' synonyms of question words they never write (a unit holding one holds the word);
    a table row labelled with a municipality the question names (`places`) is preferred
    (一関市の0~14歳 → the row 一関市 0~14歳, not 平泉町 0~14歳)."""
    aliases = aliases or {}
    head = head_noun(question.text)
    counted = m.group(1) if (m := COUNTED.search(question.text)) else ""
    asked_nth = int(m.group(1)) if (m := ORDINAL.search(question.text)) and m.group(1).isdigit() else 0
    numbered = numbered_words(question.text)  # 目標1: item 1 under a heading of 目標
    quoted = quoted_phrases(question.text)
    amounts = AMOUNT.findall(question.text)  # 20人だった会場: the rows of that value
    numbers = {f"{a}-{b}" for a, b in SECTION_NUMBER.findall(unicodedata.normalize("NFKC", question.text))}
    figures = question.wants in ("count", "quantity", "indicator") or bool(extra)  # a row × column question
    places_named = question.municipalities if figures else []
    total = sum(weight(w) for w in words) or 1.0
    out = []
    for rank, hit in enumerate(hits):
        headings = f"{hit.chunk.title} {hit.chunk.section}"
        heading = set(tokenize(headings))
        own_heading = hit.chunk.section.split(" › ")[-1]
        numbered_here = numbers and re.sub(r"\s", "", unicodedata.normalize("NFKC", own_heading)).startswith(tuple(numbers))
        context = sum(weight(w) for w in words & heading)
        distinguishing = words - set(tokenize(hit.chunk.title))  # the plan's own name says nothing within it
        ordinal = asked_nth or next((n for word, n in numbered if word in hit.chunk.section), 0)
        in_context = units_in_context(hit.chunk.text)
        leads = {m.group(1) for text, _ in in_context if (m := MUNICIPALITY_LEAD.match(text))}  # 一関市の役割, 平泉町の役割
        for position, (text, earlier) in enumerate(in_context):
            if FIGURE_CAPTION.search(text):
                continue
            values, labels = row_parts(text)  # a row's column labels are every row's: like headings, not its own
            tokens = set(tokenize(values))
            topic = (words & set(tokenize(earlier))) - tokens if earlier else set()  # the line's topic, carried over
            carried = sum(weight(w) for w in topic - heading)  # said just before: counts like a heading
            column_tokens = set(tokenize(labels))
            topic |= words & column_tokens - tokens
            own = {w for w in distinguishing if holds(w, values, tokens)}
            if counted in distinguishing and re.search(rf"\d\s*[{re.escape(counted)}]", text):
                own.add(counted)  # 1市4町2村 holds the 市町村 of 何市町村
            alike = {w for w in distinguishing - own if aliases.get(w, set()) & tokens}  # held through a synonym
            shared = sum(weight(w) for w in own) + ALIAS_SHARE * sum(weight(w) for w in alike)
            shared += sum(weight(w) for w in extra & (tokens | column_tokens))  # 2020年: a row's column
            covered = (sum(weight(w) for w in own | topic | (words & heading))
                       + ALIAS_SHARE * sum(weight(w) for w in alike)) / total
            wanted = carries(question.wants, text, question.text) or (ordinal and item_number(text) == ordinal)
            bonus = TYPE_BONUS * total if wanted and (shared or ordinal and context) else 0.0  # 1番目: under the heading asked
            if shared or context:  # of the rows that answer, the municipality's
                shared += place_share(row_label(text), column_tokens, places_named, places) * total
            if numbered_here or numbers and re.sub(r"\s", "", text).startswith(tuple(numbers)):
                shared += QUOTED_SHARE * total  # 5-6は何の施策: the section (or the line) numbered so
            about = MUNICIPALITY_LEAD.match(text)  # 平泉町の役割 …: a unit about one municipality of a joint plan
            if about and question.municipalities and not figures and len(leads) >= 2:
                score_factor = 1.0 if about.group(1) in question.municipalities else OTHER_PLACE
                shared = (shared + PLACE_SHARE * total) * score_factor
            if any(holds_amount(text, number, counter) for number, counter in amounts):
                shared += QUOTED_SHARE * total  # 20人だった会場: the row that says 20
            if any(phrase in text for phrase in quoted):
                shared += QUOTED_SHARE * total  # the question quotes the plan's own words: 「市民主体」
            if position == 0 and SLOGAN.fullmatch(text) and head and head in own_heading:
                shared += context  # 「風と緑がめぐる…」 right under 「町の将来像」: the heading's own value
            elif question.wants == "list" and head and head in own_heading:
                shared += 0.5 * context  # どんな役割がある: the section titled 〇〇の役割 lists them
            score = shared + 0.5 * (context + carried) + bonus + hit.score * total * 0.25
            out.append(Unit(text, rank, position, score, covered, len(own | topic | alike | (words & heading)),
                            not head or holds(head, text, tokens) or head in headings))
    if any(u.has_head for u in out):  # 圏域全体の面積は: what is asked is the 面積
        for u in out:
            u.score *= 1.0 if u.has_head else HEAD_MISSING
    out.sort(key=lambda u: -u.score)
    return out


def list_items(hit: Hit, around: int) -> list[str]:
    """The list items or table rows of a passage shaped like unit `around` (its siblings)."""
    parts = units_of(hit.chunk.text)
    if not (0 <= around < len(parts)) or not LIST_ITEM.match(parts[around]):
        return []
    shape = item_shape(parts[around])
    return [p for p in parts if item_shape(p) == shape]  # 1. … 2. … with sub-bullets between them still count


def announced_items(passages: list[Hit], hit: Hit, position: int) -> list[str]:
    """The items of the list a unit announces (次の4つの考え方で… ●… ●…), from the passages of its section
    in their order: the first list item after the unit sets the shape, every later item of that shape counts."""
    items: list[str] = []
    shape = ""
    for passage in sorted(passages, key=lambda h: h.chunk.start_line):
        if passage.chunk.start_line < hit.chunk.start_line:
            continue
        parts = units_of(passage.chunk.text)
        for part in parts[position + 1:] if passage.chunk.id == hit.chunk.id else parts:
            shape = shape or item_shape(part)
            if shape and item_shape(part) == shape:
                items.append(part)
    return items


def parent_item(hit: Hit, position: int, earlier: list[Hit] = ()) -> str:
    """The item a list item sits under: the nearest line before it numbered another way (4. … above ◆道路),
    looked for in its passage, then in the `earlier` passages of its section (a list cut into passages);
    "" when the unit is no list item or nothing above it is numbered another way."""
    parts = units_of(hit.chunk.text)
    shape = list_shape(parts[position]) if 0 <= position < len(parts) else ""
    if not shape:
        return ""
    before = [p for h in sorted(earlier, key=lambda h: h.chunk.start_line)
              if h.chunk.start_line < hit.chunk.start_line for p in units_of(h.chunk.text)]
    return next((p for p in reversed(before + parts[:position]) if list_shape(p) not in ("", shape)), "")


def siblings(hit: Hit, like: str) -> list[str]:
    """The units of a passage shaped like `like` (items of the same list in another passage)."""
    shape = item_shape(like)
    return [p for p in units_of(hit.chunk.text) if shape and item_shape(p) == shape]


def item_shape(text: str) -> str:
    """What kind of item a unit is: its numbering style, or the labels of its row."""
    m = LIST_ITEM.match(text)
    if not m:
        return ""
    if ": " in text:
        return "row:" + "/".join(part.split(": ")[0] for part in text.split(" / "))
    return re.sub(r"\d+", "N", m.group(0))


def list_shape(text: str) -> str:
    """The numbering style of a list item (1. / ◆ / (1)…); "" for a table row or a plain sentence."""
    shape = item_shape(text)
    return "" if shape.startswith("row:") else shape


def item_number(text: str) -> int:
    """The number a list item starts with (5. / (5) / ⑤), 0 when it has none."""
    m = re.match(r"^(?:[-■□◆◇●○・]\s*)?\(?(\d{1,2})[.)]?\s", text) or re.match(r"^(?:-\s*)?([①-⑳])", text)
    if not m:
        return 0
    return int(m.group(1)) if m.group(1).isascii() else ord(m.group(1)) - ord("①") + 1  # "④".isdigit() is true
