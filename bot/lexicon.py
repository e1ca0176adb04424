"""The corpus's own vocabulary, for reading questions: the names its tables, facts and manifest hold
(places, organisations, terms, venues, plans, municipalities), each also by its reading, and how rare
each word is. Built once per loaded index, from the index alone.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property

from bot.variants import fold
from index.corpus import municipalities
from index.timeline import PLAN_KINDS
from index.tokenize import katakana, morphemes, tokenize
from index.units import Unit

NAME_CHARS = (2, 16)  # a cell value of this length, not a figure or a sentence, is a name
FIGURE = re.compile(r"^[\d\s,.%▲△-]+[^\s]{0,3}$|^[RHS令平昭]\s*\d|\d+\s*[./年月日]\s*\d")
SENTENCE_MARK = re.compile(r"[。、:：/|]")
ORDINAL_PREFIX = re.compile(r"^第\s*\d+\s*[次期]")
BRACKETED = re.compile(r"[（(][^）)]*[）)]")
PLAN_KIND = re.compile(f"(?:{PLAN_KINDS})$")
UP_TO_KIND = re.compile(f"^.*(?:{PLAN_KINDS})")  # 水道事業ビジョン2035 → 水道事業ビジョン
SURE_READING = 4  # a word of the plans read over this many kana is taken even where Sudachi read grammar
READING_MIN = 3  # a name is found by its reading only when the reading has this many kana
HOLDERS_MAX = 3  # a proper noun inside more corpus names than this picks none of them
HIRAGANA_RUN = re.compile(r"[ぁ-ゖー]{3,}")
WRITTEN_KANA = 5  # a run of kana this long that the plans write as it is (くおんのりあい号) is their word, not a reading
KANJI = re.compile(r"[\u4e00-\u9fff]")
DIGIT = re.compile(r"\d")
AREA_SUFFIX = re.compile(r"(?:地区|地域)$")
KANA_AFTER = 4  # kana written after a word (づくり) looked up, at most
KANJI_THEN_KANA = re.compile(rf"([\u4e00-\u9fff]{{1,6}})([ぁ-ゖ]{{2,{KANA_AFTER}}})")
PARTICLE_AFTER = re.compile(r"^(?:って|から|まで|より|など|です|でし|ます|じゃ|だ|の|は|が|を|に|で|と|も|へ|や|か|ね|よ|な|ー)")
COMPOUND_CHAR = r"[\u4e00-\u9fff\u30a0-\u30ffー・]"
COMPOUND_RUN = re.compile(f"{COMPOUND_CHAR}{{3,24}}")
ABBREVIATION = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u30a1-\u30faー]{3,6}")  # 社協, パブコメ: how shortened words look
EXPANSIONS = 2  # compounds a shortened word is read as, at most
ASKING_READINGS = {"イクツ", "イクラ", "ドコ", "ドノ", "ドレ", "ドウ", "ナニ", "ナン", "ダレ", "イツ", "ドチラ", "ドナタ"}


def key(text: str) -> str:
    """How names are compared: variants folded, NFKC, lower case, no spaces or punctuation."""
    return re.sub(r"[\s?？!！、。「」『』()（）・:：]", "", fold(text).lower())


def spans(part: str, words: list[tuple[str, str]]) -> list[str]:
    """The written spans of the question whose words' readings (surface, reading) spell `part` exactly:
    whole words only, so 総合計画 (ソウゴウ|ケイカク) holds no ゴウケイ."""
    out = []
    for i in range(len(words)):
        read = ""
        for j in range(i, len(words)):
            read += words[j][1]
            if read == part:
                out.append("".join(w for w, _ in words[i:j + 1]))
            if len(read) >= len(part) or not part.startswith(read):
                break
    return out


def _find_all(part: str, text: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(part), text)]


def reading_key(text: str) -> str:
    """A text's reading in katakana (kana typed as such; kanji read by Sudachi)."""
    return "".join(m.reading_form() for m in morphemes(text) if m.part_of_speech()[0] not in ("補助記号", "空白"))


@dataclass
class Name:
    """A name the corpus uses, with what it names."""

    text: str
    kind: str  # place (a table cell or venue), term, organisation, plan, municipality
    files: set[str] = field(default_factory=set)


@dataclass
class PlanName:
    file: str
    title: str
    keys: list[str]  # the title and the shorter names it is called by, keyed


def plan_keys(title: str, extra: list[str], owners: list[str]) -> list[str]:
    """A plan's names: its title and aliases, and each without municipality names, edition numbers and
    brackets, then shortened from the front word by word while what is left still names a plan kind."""
    out: list[str] = []
    for name in [title, *extra]:
        bare = BRACKETED.sub("", name)
        for owner in sorted(owners, key=len, reverse=True):
            bare = bare.replace(owner, "").replace(owner[:-1] + "・", "")
        bare = ORDINAL_PREFIX.sub("", bare.strip())
        parts = re.split(r"[\s・]+", bare) + [bare]
        for part in parts + [m.group(0) for p in parts if (m := UP_TO_KIND.match(p)) and m.group(0) != p]:
            words = [m.surface() for m in morphemes(part)]
            for cut in range(len(words)):
                tail = "".join(words[cut:])
                if len(tail) >= 4 and PLAN_KIND.search(tail):
                    out.append(key(tail))
        out.append(key(name))
    return list(dict.fromkeys(k for k in out if k))


class Lexicon:
    """Names, plans, municipalities and word rarity of one index."""

    def __init__(self, units: list[Unit], documents: list[dict], home: str, unit_frequency: dict,
                 synonyms: dict[str, list[int]] | None = None) -> None:
        self.home = home
        self.group_words: dict[int, set[str]] = {}  # Sudachi synonym group → the plans' words in it
        for word, groups in (synonyms or {}).items():
            for group in groups:
                self.group_words.setdefault(group, set()).add(word)
        self.owners_of = {d["file"]: municipalities(d.get("issuer", "")) for d in documents}
        self.owners = list(dict.fromkeys(m for ms in self.owners_of.values() for m in ms))
        self.names: dict[str, Name] = {}
        for unit in units:
            for text, kind in _names_of(unit):
                name = self.names.setdefault(key(text), Name(text, kind))
                name.files.add(unit.file)
        for k, name in list(self.names.items()):  # 西山地区 is also called 西山
            stem = AREA_SUFFIX.sub("", k)
            if name.kind == "place" and stem != k and len(stem) >= NAME_CHARS[0] and stem not in self.names:
                self.names[stem] = Name(stem, "place", set(name.files))
        for owner in self.owners:
            self.names[key(owner)] = Name(owner, "municipality", {f for f, o in self.owners_of.items() if owner in o})
        by_key = {}
        for d in documents:
            aliases = [*d.get("aliases", []), d.get("series", "")]
            by_key[d["file"]] = PlanName(d["file"], d["title"],
                                         plan_keys(d["title"], [a for a in aliases if a], self.owners))
        self.plans = list(by_key.values())
        self.readings: dict[str, list[str]] = {}
        for k, name in self.names.items():
            r = reading_key(name.text)
            if len(r) >= READING_MIN and name.kind != "municipality":
                self.readings.setdefault(r, []).append(k)
        self.plan_readings = {reading_key(k): p for p in self.plans for k in p.keys if len(k) >= 4}
        self.text = "\n".join(key(u.text) for u in units)  # every unit's words, to find a phrase the plans write
        self.word_units = unit_frequency.get("words", {})
        self.unit_count = unit_frequency.get("chunks", 1)
        self.spellings: dict[str, str] = {}  # reading → the plans' most frequent word read so (コウツウ → 交通)
        for word, _ in sorted(self.word_units.items(), key=lambda item: item[1]):
            if KANJI.search(word) and word in self.text and len(r := reading_key(word)) >= READING_MIN \
                    and r not in ASKING_READINGS and not DIGIT.search(word):  # only words the plans write as
                # such (町作り: they write まちづくり); nobody types 2年 as にねん
                self.spellings[r] = word
        self.short_spellings = {r: w for w, _ in sorted(self.word_units.items(), key=lambda item: item[1])
                                if KANJI.search(w) and w in self.text and len(r := reading_key(w)) == 2
                                and not DIGIT.search(w)}
        self.longest_spelling = max(map(len, self.spellings), default=0)
        self.kana_after: set[str] = set()  # 地域+づくり: kana the plans write right after a word
        for m in KANJI_THEN_KANA.finditer(self.text):
            word, kana = m.group(1), katakana(m.group(2))
            self.kana_after.update(f"{word[k:]}{kana[:j]}" for k in range(len(word)) for j in range(2, len(kana) + 1))

    # --------------------------------------------------------------------- kana typed for the plans' words

    def respell(self, text: str) -> str:
        """Hiragana typed for the plans' kanji words written as the plans write them (こうきょうこうつうのもくひょう
        → 公共交通の目標), segmenting each run of hiragana into the plans' words by reading; kana the plans
        read no word of (particles, endings), and a long run the plans write in kana themselves, stay as typed."""
        if not HIRAGANA_RUN.search(text):
            return text
        fixed = [False] * len(text)  # kana Sudachi reads as grammar: auxiliaries, and する / いる before endings
        ms = list(morphemes(text))
        for k, m in enumerate(ms):
            pos = m.part_of_speech()
            after = ms[k + 1].part_of_speech()[0] if k + 1 < len(ms) else ""
            if pos[0] == "助動詞" or (pos[0] == "動詞" and pos[1] == "非自立可能" and after in ("助詞", "助動詞")):
                fixed[m.begin():m.end()] = [True] * (m.end() - m.begin())
        return HIRAGANA_RUN.sub(lambda m: m.group(0) if self.written_here(text, m.start(), m.end())
                                else self._spell_run(m.group(0), fixed[m.start():m.end()]), text)

    def written_here(self, text: str, start: int, end: int) -> bool:
        """Whether the plans write this run of kana themselves: a long run as it is (くおんのりあい), or a run
        with the characters beside it (長坂みらい塾 is a name, not 長坂未来塾)."""
        run = text[start:end]
        beside = [text[max(0, start - 2):end], text[start:end + 2]]
        return (len(run) >= WRITTEN_KANA and self.writes(run)) or any(
            len(b) > len(run) and not HIRAGANA_RUN.fullmatch(b) and self.writes(b) for b in beside)

    def _spell_run(self, run: str, fixed: list[bool] | None = None) -> str:
        """The run cut into the plans' words and kana left as typed, fewest kana left first; a word is followed
        by the run's end, a particle or another word (じょせいきん is not じょ世紀ん), and a two-kana word
        only continues another (交付 + 金)."""
        kana = katakana(run)
        n = len(kana)
        # at each position, the best way there ending in a word and the best not:
        # (kana left as typed, two-kana words, pieces, text) — fewest first, a two-kana word being weak evidence
        best: list[dict[bool, tuple[int, int, int, list[str]]]] = [{} for _ in range(n + 1)]
        best[0][False] = (0, 0, 0, [])
        for i in range(n):
            for after_word, (left, shorts, pieces, out) in list(best[i].items()):
                particle = PARTICLE_AFTER.search(run[i:]) if after_word else None
                options = ([(i + len(particle.group(0)), left, particle.group(0), False)] if particle  # 計画 + に
                           else [] if after_word else [(i + 1, left + 1, run[i], False)])
                if after_word:  # 地域 + づくり, as the plans write it
                    options += [(j, left, run[i:j], False) for j in range(i + 2, min(n, i + KANA_AFTER) + 1)
                                if f"{out[-1]}{kana[i:j]}" in self.kana_after]
                for j in range(i + (2 if after_word else READING_MIN), min(n, i + self.longest_spelling) + 1):
                    if fixed and any(fixed[i:j]) and j - i < SURE_READING:
                        continue  # して, そう: grammar as Sudachi reads it, unless a long word of the plans reads so
                    word = self.spellings.get(kana[i:j]) or (self.short_spellings.get(kana[i:j]) if after_word else None)
                    if word:
                        options.append((j, left, word, True))
                for j, still, piece, is_word in options:
                    state = (still, shorts + (is_word and j - i == 2), pieces + 1, out + [piece])
                    if is_word not in best[j] or state[:3] < best[j][is_word][:3]:
                        best[j][is_word] = state
        ends = sorted(best[n].values(), key=lambda b: b[:3])
        return "".join(ends[0][3]) if ends else run

    # --------------------------------------------------------------------- rarity

    def weight(self, word: str) -> float:
        """Inverse document frequency over units; a word the plans never write weighs most."""
        return math.log((self.unit_count + 1) / (self.word_units.get(word, 0) + 0.5))

    def knows(self, word: str) -> bool:
        return bool(self.word_units.get(word))

    def writes(self, phrase: str) -> bool:
        """The plans write this phrase somewhere (spacing and width forgiven)."""
        return key(phrase) in self.text

    def parts_of(self, names: list[Name]) -> list[str]:
        """Corpus names inside the names a question holds (東山 in 東山市民センター), for rows keyed by the shorter."""
        held = [key(n.text) for n in names]
        return [n for n in self.names if len(n) >= 2 and any(n != h and n in h for h in held)]

    def names_holding(self, word: str) -> list[Name]:
        """The few corpus names a proper noun the plans write only inside them stands for (長坂 → the
        organisation or row cell whose name holds it); none when the word is a name itself or too common."""
        k = key(word)
        if len(k) < 2 or k in self.names:
            return []
        holders = [n for n_key, n in self.names.items() if k in n_key and n.kind in ("place", "organisation")]
        return holders if len(holders) <= HOLDERS_MAX else []

    def expansions(self, word: str) -> list[str]:
        """The plans' compounds a shortened word stands for: its characters in order within one run of kanji or
        katakana, from where the word's first character begins it to the end of the morpheme its last
        character is in, both on Sudachi's word boundaries (社協 → 社会福祉協議会, パブコメ → パブリックコメント);
        the most frequent few."""
        w = key(word)
        if not ABBREVIATION.fullmatch(w) or self.writes(w) or self.knows(word):
            return []
        found: dict[str, int] = {}
        pattern = re.compile("".join(f"{re.escape(c)}{COMPOUND_CHAR}*?" for c in w[:-1]) + re.escape(w[-1]))
        for run in (r for r in self.compound_runs if w[0] in r):
            bounds = list(itertools.accumulate(len(m.surface()) for m in morphemes(run)))
            for start in [0, *bounds]:
                if (m := pattern.match(run, start)) and len(m.group(0)) > len(w):
                    end = next((e for e in bounds if e >= m.end()), len(run))
                    found[run[start:end]] = found.get(run[start:end], 0) + 1
        return sorted(found, key=lambda f: (-found[f], len(f)))[:EXPANSIONS]

    @cached_property
    def compound_runs(self) -> list[str]:
        """The runs of kanji and katakana in the plans' text: where a shortened word's compound is written."""
        return sorted(set(COMPOUND_RUN.findall(self.text)))

    def synonyms_of(self, morpheme) -> list[str]:
        """The plans' words in the morpheme's Sudachi synonym groups (児童 → 子ども), for a word they never write."""
        found = {w for g in morpheme.synonym_group_ids() for w in self.group_words.get(g, ())}
        return sorted(found - {morpheme.normalized_form()})

    # --------------------------------------------------------------------- names in a question

    def names_in(self, text: str, words: list[tuple[str, str]]) -> list[Name]:
        """The corpus names a question holds, written or read (はないずみ → 花泉, 曽慶 → 曾慶); none inside a longer
        one found. Written, a name begins where a word of the question does (総合計画 holds no 合計); read, it
        spans whole words not written as the plans write them (公民館 is not 洪民)."""
        k = key(text)
        starts = set(itertools.accumulate((len(key(w)) for w, _ in words), initial=0))
        written = {n: [i for i in _find_all(n, k) if i in starts] for n in self.names if len(n) >= NAME_CHARS[0]}
        written = {n: at for n, at in written.items() if at}
        kana = katakana(unicodedata.normalize("NFKC", text))
        read = set()
        for r, names in self.readings.items():
            if r in kana or (len(r) >= 4 and any(key(s) not in self.text for s in spans(r, words))):
                read.update(names)

        def covered(n: str, i: int) -> bool:  # 一関 at the start of 一関市, not in 一関市の一関地域's second
            return any(len(o) > len(n) and any(j <= i and i + len(n) <= j + len(o) for j in at)
                       for o, at in written.items())

        found = {n for n, at in written.items() if not all(covered(n, i) for i in at)}
        found |= {n for n in read - set(written) if not any(n != o and n in o for o in found | read)}
        return [self.names[n] for n in sorted(found, key=len, reverse=True)]

    def plans_in(self, text: str, words: list[tuple[str, str]]) -> list[PlanName]:
        """The plans a question names by title, short title, alias or reading, most specific first."""
        k = key(text)
        kana = katakana(unicodedata.normalize("NFKC", text))
        hits: dict[str, tuple[int, PlanName]] = {}
        for plan in self.plans:
            best = max((len(pk) for pk in plan.keys if pk in k), default=0)
            if best:
                hits[plan.file] = (best, plan)
        for r, plan in self.plan_readings.items():
            if plan.file not in hits and (r in kana or spans(r, words)):
                hits[plan.file] = (len(r) // 2, plan)
        if not hits:
            return []
        longest = max(n for n, _ in hits.values())
        return [p for n, p in hits.values() if n == longest]

    def plans_like(self, word: str) -> list[PlanName]:
        """Plans a shortened name stands for: its letters in order in a plan's name that ends as it does
        (環境計画 → 環境基本計画, 教振計画 → 教育振興基本計画)."""
        w = key(word)

        def within(name: str) -> bool:
            at = 0
            for ch in w:
                at = name.find(ch, at) + 1
                if not at:
                    return False
            return name.endswith(w[-2:])

        return [p for p in self.plans if len(w) >= 4 and any(within(k) for k in p.keys)]

    def municipalities_in(self, text: str) -> tuple[list[str], list[str]]:
        """Municipalities named: those whose plans the corpus holds, and others (仙台市), by Sudachi's tags."""
        k = key(text)
        areas = {key(n.text) for n in self.names.values() if n.kind == "place"}
        mine = [o for o in self.owners if key(o) in k or (len(o) >= 3 and key(o[:-1]) in k and not any(
            key(o[:-1]) in a.replace(key(o), "") for a in areas))]  # 瑞穂野 for 瑞穂野市, unless an area is called so (一関地域)
        foreign = []
        ms = list(morphemes(text))
        for i, (a, b) in enumerate(zip(ms, [*ms[1:], None], strict=True)):
            name = ""
            if b is not None and a.part_of_speech()[1] == "固有名詞" and b.surface() in ("市", "町", "村", "県"):
                name = a.surface() + b.surface()
            elif a.part_of_speech()[2] == "地名" and a.surface().endswith(("市", "町", "村", "県")) and len(a.surface()) >= 3:
                name = a.surface()
            elif a.part_of_speech()[2] == "地名" and a.surface().endswith(("市", "町", "村")) and i > 0:
                before = [m.surface() for m in ms[max(0, i - 2):i]]  # 青葉|沢町, 霧|ヶ|沢町: Sudachi cut the name
                while before and not (ms[i - len(before)].part_of_speech()[0] == "名詞" and not re.search(r"\d", before[0])):
                    before = before[1:]
                name = "".join(before) + a.surface() if before and all(
                    m.part_of_speech()[0] == "名詞" or m.surface() in ("ヶ", "ケ", "ノ") for m in ms[i - len(before):i]) else ""
            if not name or any(key(name) == key(o) or key(name[:-1]) == key(o[:-1]) for o in self.owners):
                continue
            if any(key(name) in key(o) for o in mine):
                continue  # 稲見町 read inside 奥稲見町, a town whose plans the corpus holds
            if key(name[:-1]) in areas or key(name) in areas or key(name) in self.names:
                continue  # a former town the tables name as an area (花泉町) is one of ours
            foreign.append(name)
        return mine, list(dict.fromkeys(foreign))

    def words_of(self, text: str) -> list[str]:
        return tokenize(text)


def _names_of(unit: Unit) -> list[tuple[str, str]]:
    """The names a unit holds: a row's short non-figure cells, a term, an event's venue and area, an office."""
    data = unit.data
    if unit.kind == "row":
        return [(v, "place") for _, v in unit.cells if _is_name(v)]
    if unit.kind == "term":
        return [(data.get("term", ""), "term")] if _is_name(data.get("term", "")) else []
    if unit.kind == "event":
        return [(data[f], "place") for f in ("venue", "area") if _is_name(data.get(f, ""))]
    if unit.kind == "contact":
        return [(data.get("name", ""), "organisation")] if _is_name(data.get("name", "")) else []
    return []


def _is_name(text: str) -> bool:
    text = text.strip()
    return (NAME_CHARS[0] <= len(text) <= NAME_CHARS[1] and not FIGURE.search(text)
            and not SENTENCE_MARK.search(text) and not text.isascii())
