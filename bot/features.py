"""Features of a (question, candidate unit) pair, for the learned ranker.

Each feature is a measurement, not a decision: how strongly each index found the unit, how much of the
question's words (weighted by rarity) the unit and its headings hold, whether it holds the head noun,
the names and the quoted phrase, whether it carries the type of answer asked for (a date for いつ, an
amount with the asked counter for 何人…), what kind of unit it is, and its plan's status today. The
ranker (bot.ranker) learns how much each counts from labelled questions.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field

from bot.analysis import STANCES, TYPES, Analysis
from bot.lexicon import Lexicon, key
from index.era import years_in
from index.retrieve import Candidate
from index.timeline import EDITION
from index.units import KINDS, Unit

DATE = re.compile(r"(?:令和|平成|昭和)\s*(?:元|\d{1,2})\s*年|(?:19|20)\d{2}\s*年|\d{1,2}\s*月|毎年|毎月|"
                  r"\b[RHS]\s*\d{1,2}\s*[./]\s*\d{1,2}|\d{4}\s*[./]\s*\d{1,2}\s*[./]\s*\d{1,2}")
SPAN = re.compile(r"(?:年度?|月|日)(?:\s*[(（][^)）]{1,3}[)）])?\s*(?:から|～|~|〜|―|－|-)\s*(?:令和|平成|昭和|\d)|"
                  r"\d+\s*(?:か|カ|ヵ|ケ)?年間")
CLOCK = re.compile(r"\d{1,2}\s*[:：]\s*\d{2}|\d{1,2}\s*時(?!代|点|期)")  # 14:00, 9時: a time of day
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
COUNTED = re.compile(r"\d[\d,]*(?:\.\d+)?\s*(人|名|件|回|団体|か所|箇所|カ所|ヶ所|%|校|施設|世帯|年|地域|地区|会場|つ|個|事業|項目|km|㎢|ha|m|円|倍|歳|割)")
MONEY = re.compile(r"\d[\d,.]*\s*(?:万|億|千)?\s*円")
PHONE = re.compile(r"\d{2,5}\s*[-‐ー(（]\s*\d{1,4}\s*[-‐ー)）]\s*\d{3,4}|TEL|電話|〒\s*\d{3}")
PERSON_LABEL = re.compile(r"氏名|名前|委員|会長|代表")
PLACE = re.compile(r"会場|センター|館|ホール|公民館|市役所|庁舎|場所|所在地|地区|地域|〒")
DEFINES = re.compile(r"とは|をいう|のこと|ことです|ことをいう|を指す|を意味")
REASON = re.compile(r"ため|から|目的|背景|理由|により|によって")
METHOD = re.compile(r"により|によって|通じて|ながら|取り組|推進|実施|進め|図り|図る|支援")
ANNOUNCES = re.compile(r"次の|以下の|次に掲げる|\d+\s*つの|[:：]$")
EARLIER = re.compile(r"前(?:期|回|次)?(?:の)?計画|旧計画|前期|第\s*(\d+)\s*[次期]")
ACHIEVED = re.compile(r"達成|届い|届く|届か|いった|行った|クリア|超え|上回|下回|順調|うまくいって")  # whether a target is met
VERDICT = re.compile(r"達成|順調|概ね|おおむね|遅れ|横ばい|改善|悪化|[abcds]評価|評価[:：]?[abcds]")  # a table's own verdict
COUNTER_ALIASES = {"名": "人", "箇所": "か所", "カ所": "か所", "ヶ所": "か所", "個": "つ", "パーセント": "%",
                   "平方キロメートル": "km", "平方キロ": "km", "キロメートル": "km", "キロ": "km", "ヘクタール": "ha",
                   "メートル": "m"}  # a unit said in words is the one the tables write in letters (㎢ reads km2)


def bracketed_unit(unit: str) -> re.Pattern[str]:
    """A unit a table gives once in brackets for its figures (重傷者数(人、累計), 事業費(千円))."""
    return re.compile(rf"[(（]\s*(?:{unit})\s*(?:[、,/][^()（）]*)?[)）]")


def unit_column(unit: Unit, wanted: str) -> bool:
    """A row whose 単位 column names the unit its figures are counted in (単位: 人)."""
    return unit.kind == "row" and any("単位" in label and wanted in value for label, value in unit.cells)


def carries(wants: str, unit: Unit, counter: str = "", said: str = "") -> float:
    """Whether a unit, or the answer composed from it (`said`: a project's years, a row's headers), visibly
    holds the kind of answer asked for (1), or the question asks no type (0.5)."""
    text = unicodedata.normalize("NFKC", f"{unit.text}\n{said}" if said else unit.text)
    labels = " ".join(label for label, _ in unit.cells)
    if wants == "time":
        return float(bool(CLOCK.search(text)))
    if wants in ("date",):
        return float(bool(DATE.search(text)) or unit.kind in ("event", "period"))
    if wants == "period":
        return float(bool(SPAN.search(text) or DATE.search(text)) or unit.kind == "period")  # いつから: a start
    if wants in ("count", "amount"):
        if counter:
            wanted = COUNTER_ALIASES.get(counter, counter)
            found = {COUNTER_ALIASES.get(c, c) for c in COUNTED.findall(text)}
            stated = wanted in labels or bool(bracketed_unit(wanted).search(text)) or unit_column(unit, wanted)
            return float(wanted in found or stated and bool(NUMBER.search(text)))
        return float(bool(NUMBER.search(text)))
    if wants == "money":
        return float(bool(MONEY.search(text)) or bool(bracketed_unit(r"(?:千|万|百万|億)?円").search(f"{text} {labels}"))
                     and bool(NUMBER.search(text)))
    if wants == "contact":
        return float(bool(PHONE.search(text)) or unit.kind == "contact")
    if wants == "person":  # a term's definition says who takes part (チーム会議って誰がやるの)
        return float("person" in unit.tags or unit.kind in ("plan", "term") or bool(PERSON_LABEL.search(labels)))
    if wants == "place":
        return float(bool(PLACE.search(text + " " + labels)) or bool(unit.data.get("venue")))
    if wants == "definition":
        return float(unit.kind == "term" or bool(DEFINES.search(text)))
    if wants == "reason":
        return float(bool(REASON.search(text)))
    if wants == "method":
        return float(bool(METHOD.search(text)))
    if wants == "list":
        return float(unit.kind in ("heading", "item", "row") or bool(ANNOUNCES.search(text)))
    return 0.5


@dataclass
class Context:
    """What features need beyond the pair: the lexicon, each unit's tokens, headings' tokens, plan status."""

    lexicon: Lexicon
    tokens: list[list[str]]
    section_tokens: dict[str, set[str]]
    status: dict[str, str]  # file → in_force / ended / not_yet_started (today)
    superseded: set[str]  # files whose newer edition is in the corpus
    owners_of: dict[str, list[str]]
    group_size: dict[int, int] = field(default_factory=dict)  # unit id → rows of its table / facts of its series


RETRIEVAL = ("words", "words_rr", "grams", "grams_rr", "dense", "dense_gap", "dense_rr", "dense_top", "words_raw",
             "grams_raw")
LEXICAL = ("cov_text", "cov_ctx", "cov_all", "cov_missing", "head_text", "head_ctx", "names", "names_none",
           "quoted", "years", "plan_named", "plan_other", "muni_named", "muni_other", "foreign_plan")
TYPE = ("type_ok", "has_number", "has_date", "has_span", "short", "length", "children", "ended", "superseded", "announces")
FLAGS = ("superlative", "negated", "now", "q_names", "q_plans", "q_words", "q_years", "q_counter", "multi", "q_total")
NAMES = (RETRIEVAL + LEXICAL + TYPE + FLAGS + ("heading_is_head", "term_named", "name_in_heading", "name_parts",
                                               "foreign_missing", "which_above", "quote_heading", "head_written",
                                               "head_in_any", "nouns_written", "numbered_heading", "muni_mismatch",
                                               "earlier_edition", "says_title", "plan_asked", "stance_ok", "stance_other", "group",
                                               "muni_written", "verdict")
         + tuple(f"kind_{k}" for k in KINDS) + tuple(f"wants_{w}" for w in TYPES))
INDEX = {name: i for i, name in enumerate(NAMES)}


def _coverage(weights: dict[str, float], tokens: set[str], text: str) -> float:
    total = sum(weights.values()) or 1.0
    return sum(w for word, w in weights.items() if word in tokens or (len(word) > 1 and word in text)) / total


def _edition(title: str) -> int:
    """A plan's edition number from its title (第3次… → 3; 0 when it has none)."""
    m = EDITION.search(unicodedata.normalize("NFKC", title))
    return int(m.group(1)) if m else 0


def _bare(text: str) -> str:
    return re.sub(r"[()（）\s]", "", text)


def _about_earlier(section: str, edition: int, title: str = "") -> bool:
    """Whether a section path speaks of a plan before this one (前計画の評価, 第1次計画の成果 in a 第2次 plan);
    the plan's own title (前期基本計画) is not an earlier plan."""
    own = unicodedata.normalize("NFKC", title)
    path = unicodedata.normalize("NFKC", section)
    for m in EARLIER.finditer(path.replace(own, "") if own else path):
        if m.group(0) in own:
            continue
        if m.group(1) is None or 0 < int(m.group(1)) < edition:
            return True
    return False


def features(a: Analysis, candidates: list[Candidate], ctx: Context) -> list[list[float]]:
    """One feature vector per candidate, in NAMES order."""
    weights = {w: ctx.lexicon.weight(w) for w in dict.fromkeys(a.words) if not w.isdigit()}
    head = key(a.head) if a.head else ""
    names = [key(n.text) for n in a.names]
    parts = list(a.parts)
    asked_munis = [key(m) for m in a.municipalities]
    other_munis = [key(m) for m in ctx.lexicon.owners if key(m) not in asked_munis]
    foreign = [key(f) for f in a.foreign]
    plan_files = {p.file for p in a.plans}
    edition_of = {p.file: (_edition(p.title), p.title) for p in ctx.lexicon.plans}
    plan_keys = {p.file: set(p.keys) | {key(p.title)} for p in ctx.lexicon.plans}
    titles_bare = {_bare(k) for keys in plan_keys.values() for k in keys}  # a line that is only a plan's name
    about_plan = bool(plan_files) and (not head or any(head in plan_keys.get(f, set()) for f in plan_files))
    asks_earlier = bool(EARLIER.search(unicodedata.normalize("NFKC", a.text)))
    best_dense = max((c.dense for c in candidates), default=0.0)
    head_written = float(bool(head) and ctx.lexicon.writes(a.head))
    head_in_any = float(bool(head) and any(head in key(c.unit.text + c.unit.section) for c in candidates))
    compounds = [w for w in a.nouns if len(w) >= 2]
    nouns_written = sum(ctx.lexicon.writes(w) for w in compounds) / len(compounds) if compounds else 1.0
    achieved_asked = bool(ACHIEVED.search(a.key))
    rows = []
    for c in candidates:
        u = c.unit
        text = key(u.text + " " + " ".join(v for _, v in u.cells))
        ctx_text = key(u.section)
        tokens = set(ctx.tokens[u.id]) if u.id < len(ctx.tokens) else set()
        section_tokens = ctx.section_tokens.get(u.section, set())
        f: dict[str, float] = {}
        put = f.__setitem__
        put("words", c.words)
        put("words_rr", 1 / c.words_rank)
        put("grams", c.grams)
        put("grams_rr", 1 / c.grams_rank)
        put("dense", c.dense)
        put("dense_gap", c.dense_gap)
        put("dense_rr", 1 / c.dense_rank)
        put("dense_top", best_dense)
        put("words_raw", math.log1p(c.words_raw))
        put("grams_raw", math.log1p(c.grams_raw) / 3)
        cov_text = _coverage(weights, tokens, text)
        cov_ctx = _coverage(weights, section_tokens, ctx_text)
        cov_all = _coverage(weights, tokens | section_tokens, text + ctx_text)
        put("cov_text", cov_text)
        put("cov_ctx", cov_ctx)
        put("cov_all", cov_all)
        put("cov_missing", sum(1 for w in weights if not ctx.lexicon.knows(w)) / (len(weights) or 1))
        put("head_text", bool(head) and head in text)
        put("head_ctx", bool(head) and head in ctx_text)
        put("names", sum(1 for n in names if n in text) / len(names) if names else 0.0)
        put("names_none", bool(names) and not any(n in text or n in ctx_text for n in names))
        put("quoted", any(key(q) in text for q in a.quoted))
        put("years", bool(a.years) and bool(set(a.years) & set(years_in(u.text))))
        put("plan_named", u.file in plan_files)
        put("plan_other", bool(plan_files) and u.file not in plan_files)
        owners = ctx.owners_of.get(u.file, [])
        put("muni_named", bool(set(a.municipalities) & set(owners)))
        put("muni_other", bool(a.municipalities) and not set(a.municipalities) & set(owners))
        put("foreign_plan", ctx.lexicon.home not in owners if ctx.lexicon.home and owners else 0.0)
        ok = carries(a.wants, u, a.counter)
        put("type_ok", ok)
        put("has_number", bool(NUMBER.search(u.text)))
        put("has_date", bool(DATE.search(u.text)))
        put("has_span", bool(SPAN.search(unicodedata.normalize("NFKC", u.text))))  # いつからいつまで: two ends
        put("short", len(u.text) < 12)
        put("length", math.log1p(len(u.text)) / 6)
        put("children", math.log1p(len(u.data.get("children", []))) if u.kind == "heading" else 0.0)
        put("ended", ctx.status.get(u.file) == "ended")
        put("superseded", u.file in ctx.superseded)
        put("announces", bool(ANNOUNCES.search(u.text)))
        put("superlative", bool(a.superlative))
        put("negated", a.negated)
        put("q_names", min(len(names), 3) / 3)
        put("q_plans", bool(plan_files))
        put("q_words", min(len(weights), 10) / 10)
        put(f"kind_{u.kind}", 1)
        put(f"wants_{a.wants}", 1)
        put("now", a.now)
        put("q_years", bool(a.years))
        put("q_counter", bool(a.counter))
        put("q_total", a.total)  # 延べ何人: the answer is a sum over the unit's series, not the unit
        leaf = key(u.heading)
        put("heading_is_head", bool(head) and head in leaf and len(leaf) <= len(head) + 8)
        term = key(u.data.get("term", "")) if u.kind == "term" else ""
        put("term_named", bool(term) and (term == head or term in names or any(term in n for n in names)))
        put("name_in_heading", any(n in leaf for n in names))
        put("name_parts", sum(1 for p in parts if p in text) / len(parts) if parts else 0.0)
        put("foreign_missing", bool(foreign) and not any(f in text for f in foreign))
        put("which_above", bool(a.which) and key(a.which) in ctx_text)
        put("quote_heading", any(key(q) in ctx_text for q in a.quoted))
        put("multi", a.multi)
        put("head_written", head_written)
        put("head_in_any", head_in_any)
        put("nouns_written", nouns_written)
        put("muni_written", any(m in text or m[:-1] in text for m in asked_munis))  # 平泉町 合計, not the 圏域's sentence
        put("verdict", achieved_asked and bool(VERDICT.search(text)))  # 目標いった？: a row that says 未達成
        put("muni_mismatch", bool(asked_munis) and not any(m in text for m in asked_munis)
            and any(m in text for m in other_munis))  # 一関市の役割 asked, 平泉町の役割 read
        put("earlier_edition", not asks_earlier and _about_earlier(u.section, *edition_of.get(u.file, (0, ""))))
        put("says_title", _bare(key(u.text)) in titles_bare)
        put("plan_asked", about_plan and u.kind in ("plan", "period") and u.file in plan_files)  # 〇〇計画は誰が作った
        held = {s for s, pattern in STANCES.items() if pattern.search(text + key(" ".join(lb for lb, _ in u.cells)))}
        put("stance_ok", bool(held & set(a.stances)))  # 目指してる: a target, not the projection beside it
        put("stance_other", bool(a.stances) and bool(held) and not held & set(a.stances))
        put("group", math.log1p(ctx.group_size.get(u.id, 0)) / 3)  # rows a most / how many / list runs over
        put("numbered_heading", any(re.match(rf"^\D{{0,8}}{re.escape(n.replace(' ', ''))}(?!\d)", leaf)
                                    for n in a.numbers))
        x = [0.0] * len(NAMES)
        for name, value in f.items():
            x[INDEX[name]] = float(value)
        rows.append(x)
    return rows
