"""One analysed question, made once: every later stage reads this record, never the raw string.

The question is cut by Sudachi once. From the morphemes come the content words and their pairs (for
BM25, with the plans' synonyms of words the plans never write), the character grams of its reading
(for hiragana and typos), the head noun, and the names the corpus knows. The expected answer type
follows the interrogatives of Japanese (だれ, いつ, どこ, いくつ, 何人, いくら…) — one taxonomy, the
same for every plan; years, negation, 以外, superlatives and quoted phrases are read alongside.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from bot.lexicon import Lexicon, Name, PlanName
from bot.lexicon import key as name_key
from index.era import years_in
from index.tokenize import content_tokens, grams_of, morphemes, tokenize

COUNTERS = ("(?:人|名|件|回|か所|箇所|カ所|ヶ所|団体|%|校|施設|世帯|年|地域|地区|会場|つ|個|事業|項目|パーセント|"
            "平方キロメートル|平方キロ|キロメートル|キロ|ヘクタール|メートル)")  # 何 + a counter asks how many
# The answer types, each with the interrogatives and asking words that call for it; the first that fits wins.
ANSWER_TYPES: tuple[tuple[str, re.Pattern], ...] = (
    ("contact", re.compile(r"連絡先|電話|tel|fax|ファックス|ファクス|住所|問い?合わせ|窓口|相談先|担当(?:課|部署|部|係|は|って|の(?:課|部署)|どこ)|何番(?!目)|"
                           r"(?:どこ|どちら)の(?:課|部署|係)|(?:どの|何)(?:課|部署|係)")),
    ("definition", re.compile(rf"とは(?=[?？、。!！\s]|$|何|なに|なん|どう|どんな|いう|言う)|って(?:なに|何(?!{COUNTERS}|[日月歳割時])|なん(?![人名件回年日月かじにがめパ])|どんな|どういう)|ってなあに|意味|定義|どういう(?:こと|もの|意味)|なんのこと|何のこと")),
    ("person", re.compile(r"だれ|誰|どなた|氏名|何という人|委員長|会長は|市長は")),
    ("money", re.compile(r"いくら|何円|何万円|費用|金額|予算|料金|運賃|手数料|使用料|利用料|参加費|会費|負担額|補助額")),
    ("period", re.compile(r"期間|いつまで|いつから|何年から|何年度から|何年度まで|何年まで|何年間|何か年|目標年次|計画年度")),
    ("count", re.compile(r"いくつ|幾つ|何(?:か所|箇所|カ所|ヶ所|ケ所|つ|個|団体|件|地域|地区|会場|校|施設|市町|市町村|チーム|項目|分野|事業)|(?<!人)数(?:は|って|を|$|[?？])|件数|団体数")),
    ("amount", re.compile(r"何人|何名|なんにん|なんめい|何%|何パーセント|なんパーセント|どのくらい|どれくらい|どれだけ|どの程度|何キロ|何平方|何倍|何歳|何割|何点|何回|人数|割合|率は|人口|目標値|現状値|数値")),
    ("time", re.compile(r"何時|なんじ|開館時間|営業時間|利用時間|受付時間|時間帯|開館日|休館日|定休日")),
    ("date", re.compile(r"いつ|何日|何月|なんにち|なんがつ|日付|日程|期日|開催日|日時|何年度|何年に|何年$|何年\?|スケジュール|何曜")),
    ("place", re.compile(r"どこ|場所|会場|どの地域|どの地区|どちら")),
    ("reason", re.compile(r"なぜ|何故|どうして|理由|なんで(?!す)|目的|背景|ねらい|狙い")),
    ("method", re.compile(r"どうやって|どのように|どうすれば|方法|やり方|手続|仕方|どう(?:する|し|進め)")),
    ("list", re.compile(r"どんな|どれ|どういった|一覧|全部|すべて|全て|挙げ|何がある|何があり|何をする|何をして|何に取り組|主な|種類|内容|教えて")),
    ("yesno", re.compile(r"(?:ますか|ですか|でしょうか|てる|ている|てます|ある|あるの|いるの|るの|る)[?？]?$")),
)
COUNTER = re.compile(rf"何\s*({COUNTERS})")
BY = re.compile(r"(?<![個特区差選判識格性])([^\s、。,のでをはがと]{1,4})別(?=[でにのはだ、,]|$)")  # 地域別で: grouped by
SUPERLATIVE = re.compile(r"(最も|もっとも|一番|いちばん|最大|最小|最多|最少|最高|最低|最古|最新|トップ)")
LESS = re.compile(r"少な|小さ|低[いかく]|古[いかく]|短[いかく]|狭[いかく]|早[いかく]|最小|最少|最低|最古|最初|減")
MORE = re.compile(r"多[いかく]|大き|高[いかく]|長[いかく]|広[いかく]|新し|遅[いかく]|増|最大|最多|最高|最新|最後")
EDITION_BEFORE = re.compile(r"(第\d+[次期])の?$")  # 第3次協働推進計画: the edition of the plan named
SAID_AFTER = 8  # the adjective of a superlative follows it within this many characters (いちばん大きい)
INTERROGATIVE = re.compile(r"何|なに|なん|いつ|どこ|だれ|誰|どなた|いくつ|幾つ|いくら|どの|どう|なぜ|どれ|どんな")
NEGATION = re.compile(r"(?:て|で)(?:い)?ない|ません|なかった|じゃない|未(?![来満明])[\u4e00-\u9fff]|無い|なし")
EXCEPT = re.compile(r"([^\s、。]{1,12})以外")
QUOTED = re.compile(r"[「『\"]([^」』\"]{2,40})[」』\"]")
TIME_CUES = {"period": "date", "time": "date"}  # いつからいつまで asks one thing: a span is two dates
ASKED_WORDS = re.compile(r"何[\u4e00-\u9fff]|いつ|どこ|だれ|誰|いくつ|いくら|どれ")  # 何年で何人: two things asked
WHICH = re.compile(r"どの([\u4e00-\u9fff\u30a1-\u30faー]{2,8})")  # どの基本方針: the heading above that is one
MORE_ASKED = re.compile(r"それと|それから|あと[、,]|また[、,]|それぞれ|も教えて|も知りたい|と[、,]?(?:いつ|どこ|何|誰|だれ)")
PLAN_NOUN = re.compile(r"(?:計画|構想|ビジョン|プラン|戦略|指針)$")
NOW = re.compile(r"今の|現在の?|最新の|いまの|現行の?|今も|まだ|今年|今年度")
# What a figure asked for is: the plan's aim, a projection of what happens without it, or the value measured.
STANCES = {"target": re.compile(r"目標|目指|めざ"), "projection": re.compile(r"推計|見込|見通し|予測|このまま"),
           "actual": re.compile(r"現状|実績|実際|現在の|直近")}
TOTAL = re.compile(r"延べ|のべ|合計|全部で|全体で|合わせて|あわせて|総数|トータル|累計|計何")
ASKING_NOUNS = {
    "何", "事", "物", "為", "方", "所", "様", "訳", "時", "いつ", "どこ", "誰", "だれ", "どれ", "いくつ", "いくら",
    "意味", "定義", "とは", "教える", "下さる", "ください", "知る", "聞く", "分かる", "一番", "最も", "全部", "一覧",
    "値", "数値", "数字",  # 2040年の値: a measure word names nothing the plans are about
    "いちばん", "もっとも",
}


def direction(key: str) -> str:
    """most / least: the adjective right after the superlative word (削減率がいちばん大きい: most, though 減 is
    said), else any word of less in the question; "" when nothing is superlative."""
    m = SUPERLATIVE.search(key)
    if not m:
        return ""
    near = key[m.start(): m.end() + SAID_AFTER]
    more, less = MORE.search(near), LESS.search(near)
    if more or less:
        return "most" if more and (not less or more.start() < less.start()) else "least"
    return "least" if LESS.search(key) else "most"


def measure(ms: list[Morpheme]) -> str:
    """The noun a superlative compares by: the compound right before it, joined by one particle at most
    (削減率がいちばん大きい → 削減率)."""
    at = next((i for i, m in enumerate(ms) if SUPERLATIVE.fullmatch(m.surface) or m.surface in ("いちばん", "一番")), -1)
    before = [(i, w) for i, w in compounds(ms[:at]) if w not in ASKING_NOUNS] if at > 0 else []
    if not before:
        return ""
    start, word = before[-1]
    end, joined = start, ""
    while end < at and joined != word:
        joined += ms[end].surface
        end += 1
    between = ms[end:at]
    return word if len(between) <= 1 and all(m.pos[0] == "助詞" for m in between) else ""


@dataclass(frozen=True)
class Morpheme:
    surface: str
    normalized: str
    reading: str
    pos: tuple[str, ...]


@dataclass
class Analysis:
    """What a question asks and names. Made by `analyse`; read by retrieval, the ranker and the composer."""

    text: str
    morphemes: list[Morpheme]
    words: list[str]  # content words and adjacent pairs (normalised forms): what BM25 reads
    nouns: list[str]  # content nouns, no asking words: what the question is about
    head: str  # the noun the subject ends on (地域協働体の役割は → 役割)
    wants: str  # one of TYPES
    counter: str = ""  # 人 for 何人, 回 for 何回…
    years: list[int] = field(default_factory=list)
    negated: bool = False
    excluding: list[str] = field(default_factory=list)  # 〇〇以外
    superlative: str = ""  # "most" | "least" | ""
    by: str = ""  # 地域別で: what a most / least groups the rows by before comparing them
    measure: str = ""  # the noun a most / least compares by (削減率がいちばん大きい → 削減率)
    quoted: list[str] = field(default_factory=list)
    names: list[Name] = field(default_factory=list)  # corpus names held (places, terms, organisations)
    plans: list[PlanName] = field(default_factory=list)  # plans named
    municipalities: list[str] = field(default_factory=list)  # named, with plans in the corpus
    foreign: list[str] = field(default_factory=list)  # named, with no plan in the corpus
    spelled: str = ""  # the text with hiragana read as the plans write it, without the municipality named (what
    # the dense index is asked)
    respelled: str = ""  # the whole text with hiragana read as the plans write it (what scope and parts read)
    now: bool = False  # asks about today (今の, まだ, 今年度)
    grams: list[str] = field(default_factory=list)
    reading: str = ""
    synonyms: list[str] = field(default_factory=list)  # the plans' words for question words they never write
    which: str = ""  # the noun of どの〇〇 (どの基本方針): what the answer's heading above should be
    multi: bool = False  # asks more than one thing (何年で何人？ / それと…)
    unknown_plans: list[str] = field(default_factory=list)  # plans named that the corpus does not hold
    parts: list[str] = field(default_factory=list)  # shorter corpus names inside the names held (東山 in 東山市民センター)
    scope_words: list[str] = field(default_factory=list)  # words that only name the plan or municipality asked about
    numbers: list[str] = field(default_factory=list)  # section numbers asked by (5-6, 目標3 → 3)
    total: bool = False  # asks a sum over records (延べ, 合計, 全部で)
    stances: tuple[str, ...] = ()  # a target, a projection and / or a measured value asked (STANCES)

    @property
    def key(self) -> str:
        return re.sub(r"\s", "", unicodedata.normalize("NFKC", self.text)).lower()

    @property
    def search_words(self) -> list[str]:
        return self.words + self.synonyms

    @property
    def counts(self) -> bool:
        """Whether the answer is how many records there are: a count asked, or 何回 (the records are the times)."""
        return self.wants == "count" or self.counter == "回"

    @property
    def counted_as(self) -> str:
        """The counter an answer to a how-many question uses: the one asked (何団体 → 団体), つ for いくつ."""
        return self.counter or ("つ" if re.search(r"いくつ|幾つ|何個", self.key) else "件")


TYPES = tuple(t for t, _ in ANSWER_TYPES) + ("general",)
NAMED_TYPES = ("contact", "period", "date", "place", "reason", "method")  # a noun naming what is asked (理由, 日程)


def answer_type(key: str, tail: str) -> str:
    """The type the question's predicate asks for (`tail`: from its head noun on); outside the predicate
    only an interrogative counts (何人が参加した会場は → place, not amount: the 会場 is asked), or, when
    nothing asks, a noun naming what is wanted."""
    found = [(kind, m.start()) for kind, pattern in ANSWER_TYPES if (m := pattern.search(tail))]
    if found:
        kind, at = found[0]
        named = [k for k, start in found[1:] if start < at and k in NAMED_TYPES]
        return named[0] if kind == "definition" and named else kind  # 理由って何: the reason, not a definition
    head_part = key[: len(key) - len(tail)] if tail and key.endswith(tail) else key
    for kind, pattern in ANSWER_TYPES:
        if any(INTERROGATIVE.search(m.group(0)) for m in pattern.finditer(head_part)):
            return kind
    named = [kind for kind, pattern in ANSWER_TYPES if kind in NAMED_TYPES
             and any(not key.startswith("の", m.end()) for m in pattern.finditer(key))]  # 会場の協働体: the 協働体
    return named[0] if named else "general"  # 住所、郵便番号から: no predicate asks, a noun names what is wanted


NOUN_PARTS = ("名詞", "接尾辞", "接頭辞")


def compounds(ms: list[Morpheme]) -> list[tuple[int, str]]:
    """Runs of nouns (with their prefixes and suffixes) as one word each, with the index they start at."""
    out: list[tuple[int, str]] = []
    start, word, parts = -1, "", set()
    for i, m in enumerate([*ms, Morpheme("", "", "", ("補助記号",))]):
        counted = i > 0 and (ms[i - 1].pos[1] == "数詞" or re.search(r"\d$", ms[i - 1].surface)) and "助数詞" in "".join(m.pos[1:3])
        if m.pos[0] in NOUN_PARTS and m.pos[1] != "数詞" and not re.search(r"\d", m.surface) and not counted:
            start = i if not word else start
            word += m.surface
            parts.add(m.pos[0])
        elif word:
            if parts - {"接頭辞", "接尾辞"}:  # お of お願い, 年 of 2040年: an affix without its noun names nothing
                out.append((start, word))
            word, parts = "", set()
    return out


def head_noun(ms: list[Morpheme]) -> tuple[str, int]:
    """The compound noun the subject ends on — the last one before the first asking particle (は/って/とは)
    or interrogative — and where it starts: 一番参加者が少なかった会場の協働体は → 協働体."""
    stop = len(ms)
    for i, m in enumerate(ms):
        if m.pos[0] == "代名詞" or m.surface in ("いつ", "どこ", "いくつ", "いくら") or (m.surface in ("は", "って", "とは") and i > 0):
            stop = i
            break
    before = [(i, w) for i, w in compounds(ms) if i < stop and w not in ASKING_NOUNS]
    if not before:
        return "", stop
    return before[-1][1], before[-1][0]


SECTION_NUMBER = re.compile(r"(?<![\d.,])(\d{1,2}(?:\s*[-－‐]\s*\d{1,2})?)(?![\d.,%年月日人件回])")
SENTENCE_END = re.compile(r"(?<=[?？。!！])")
CONNECTIVE = re.compile(r"^(?:それと|それから|あと|また|ちなみに|で)[、,]?\s*")
REQUEST = re.compile(r"教えて|おしえて|お願い|知りたい|ください|下さい")  # a sentence that asks without a question word
TOPIC = re.compile(r"^.{2,40}?(?:って|とは|では|は)")  # what the first sentence is about: 住民懇談会って


def focus(text: str) -> str:
    """The sentence that asks: the last one with an interrogative or a question mark (a chatty message puts
    its question after the story); the whole text when it is one sentence."""
    sentences = [s for s in SENTENCE_END.split(text) if s.strip()]
    if len(sentences) <= 1:
        return text
    asking = [s for s in sentences if INTERROGATIVE.search(s) or REQUEST.search(s) or re.search(r"[？?]", s)]
    return (asking or sentences)[-1] if len(asking) <= 1 else "".join(asking)


PREFACE = re.compile(r"^(?:[^。？?！!、,]{2,40}?(?:けど|けれど(?:も)?|んですが|のですが|ですが|んだが)"
                     r"|すみません|すいません|ごめんなさい|申し訳(?:ありません|ございません|ない)(?:が|けど)?)[、,]\s*")


def without_preface(text: str, words: list[str], nouns: list[str], names: list[Name],
                    held: list[tuple[str, Name]] = ()) -> tuple[list[str], list[str], str]:
    """A clause said before the question (ちょっと聞きたいんだけど、/ 花泉に住んでるんだけど、) is no content but
    for the names it gives: its other words leave the words and nouns, and the dense index is asked the rest."""
    m = PREFACE.match(text)
    if not m or not text[m.end():].strip():
        return words, nouns, text
    given = [n.text for n in names if n.text in m.group(0)] + [n.text for part, n in held if part in m.group(0)]
    kept = {w for t in [*given, text[m.end():]] for w in content_tokens(list(morphemes(t)))}
    said = set(content_tokens(list(morphemes(m.group(0))))) - kept
    return ([w for w in words if w not in said], [w for w in nouns if w not in said] or nouns,
            " ".join([*given, text[m.end():]]))


def without_scope(text: str, municipalities: list[str]) -> str:
    """The question as the character and dense indexes are asked it: the home municipality named is scope,
    not content (一関市の協働体 is not about the 一関 area), so it is left out with its particle; a partner
    named (汐見町の人口) stays, since it picks a row of a joint plan."""
    for name in sorted(municipalities, key=len, reverse=True):
        text = re.sub(re.escape(name) + r"(?:の|では|で|は|が|に|って)?", "", text)
    return text.strip() or text


def names_held(ms: list[Morpheme], names: list[Name], lexicon: Lexicon) -> list[tuple[str, Name]]:
    """Names a place or person's name stands for when the plans write it only inside them (長坂 for the
    団体 whose name holds it): a resident names where they live, the plans the organisation there."""
    found = [n.text for n in names]
    held: list[tuple[str, Name]] = []
    for m in ms:
        if m.pos[1] == "固有名詞" and not any(m.surface in f for f in found):
            held += [(m.surface, n) for n in lexicon.names_holding(m.surface)
                     if n not in names and all(n is not h for _, h in held)]
    return held


def analyse(text: str, lexicon: Lexicon) -> Analysis:
    """The one analysis of a question (Japanese, already cleaned) against a corpus's lexicon. Hiragana typed
    for the plans' words is read as the plans write them; the record keeps the text as typed."""
    typed, text = text, lexicon.respell(text)
    raw = list(morphemes(text))
    ms = [Morpheme(m.surface(), m.normalized_form(), m.reading_form(), tuple(m.part_of_speech())) for m in raw]
    key = re.sub(r"\s", "", unicodedata.normalize("NFKC", text)).lower()
    chatter = {m.normalized_form() for m in raw if m.part_of_speech()[0] not in ("名詞", "接尾辞")
               and not lexicon.knows(m.normalized_form())}  # すみません, ちょっと: conversation, not content
    words = [w for w in content_tokens(raw) if w not in chatter
             and not (not lexicon.knows(w) and any(c in w for c in chatter))]
    nouns = [w for w in content_tokens(raw, bigrams=False, nouns_only=True)
             if w not in ASKING_NOUNS and not re.search(r"\d", w)]
    spoken = [(m.surface, m.reading) for m in ms if m.pos[0] not in ("補助記号", "空白")]
    reading = "".join(r for _, r in spoken)
    asked = focus(text)
    asked_ms = ms if asked == text else [Morpheme(m.surface(), m.normalized_form(), m.reading_form(),
                                                  tuple(m.part_of_speech())) for m in morphemes(asked)]
    asked_key = re.sub(r"\s", "", unicodedata.normalize("NFKC", asked)).lower()
    head, at = head_noun(asked_ms)
    tail = re.sub(r"\s", "", unicodedata.normalize("NFKC", "".join(m.surface for m in asked_ms[at:]))).lower()
    wants = answer_type(asked_key, tail)
    cues = {kind for kind, pattern in ANSWER_TYPES[:-1] if any(INTERROGATIVE.search(m.group(0))
                                                                for m in pattern.finditer(asked_key))}
    names = [n for n in lexicon.names_in(text, spoken) if n.kind != "municipality"]  # those are scope
    held = names_held(ms, names, lexicon)
    names += [n for _, n in held]
    counter = (m.group(1) if (m := COUNTER.search(key)) else "")
    superlative = direction(key)
    mine, foreign = lexicon.municipalities_in(text)
    if head and any(name_key(head) in (name_key(o), name_key(o[:-1])) for o in mine):  # 瑞穂野市って…何％減らす目標: the 目標
        head = next((w for _, w in reversed(compounds(asked_ms[at + 1:])) if w not in ASKING_NOUNS), head)
    words, nouns, searched = without_preface(text, words, nouns, names, held)
    searched = without_scope(searched, [m for m in mine if m == lexicon.home])
    plans = lexicon.plans_in(text, spoken)
    matched = max((len(k) for p in plans for k in p.keys if k in key), default=0)
    shortened = [w for _, w in compounds(ms) if PLAN_NOUN.search(w) and not lexicon.writes(w) and len(w) > matched]
    plans = [p for w in shortened for p in lexicon.plans_like(w)] or plans  # 環境計画 for 環境基本計画; 水道ビジョン over ビジョン
    said_plans = [m.group(1) + k for p in plans for k in p.keys if k in key for m in [EDITION_BEFORE.search(key[:key.index(k)])]
                  if m] + [k for p in plans for k in p.keys if k in key]  # 第3次 of 第3次協働推進計画 names the plan too
    named = {w for k in said_plans for w in content_tokens(list(morphemes(k)))}
    named |= {w for m in mine for w in content_tokens(list(morphemes(m)))}
    if named and [w for w in words if w not in named]:  # 共生ビジョンの子育て支援: the plan is scope, not content
        words = [w for w in words if w not in named and not any(w.startswith(x) and w[len(x):] in named for x in named)]
        nouns = [w for w in nouns if w not in named] or nouns
    synonyms = []
    for m in raw:  # a word the plans never write, said with one of theirs of the same Sudachi synonym group
        if m.part_of_speech()[0] == "名詞" and not lexicon.knows(m.normalized_form()):
            synonyms += lexicon.synonyms_of(m) + [w for x in lexicon.expansions(m.surface()) for w in tokenize(x)]
    return Analysis(
        text=typed, spelled=searched, respelled=text, morphemes=ms, words=words, nouns=nouns, head=head, wants=wants, counter=counter,
        years=[y for y in years_in(text) if y], negated=bool(NEGATION.search(PREFACE.sub("", key))),
        excluding=EXCEPT.findall(key), superlative=superlative, quoted=QUOTED.findall(typed),
        by=(m.group(1) if superlative and (m := BY.search(key)) else ""), measure=measure(ms) if superlative else "",
        names=names, plans=plans, municipalities=mine, foreign=foreign, now=bool(NOW.search(key)),
        grams=grams_of(list(morphemes(searched)) if searched != text else raw), reading=reading, synonyms=synonyms,
        which=(m.group(1) if (m := WHICH.search(key)) else ""), multi=len({TIME_CUES.get(c, c) for c in cues}) >= 2 or len(set(ASKED_WORDS.findall(asked_key))) >= 2 or bool(MORE_ASKED.search(key)),
        unknown_plans=[w for w in shortened if len(w) >= 4 and not plans],
        parts=lexicon.parts_of(names), scope_words=sorted(named),
        numbers=SECTION_NUMBER.findall(key), total=bool(TOTAL.search(key)),
        stances=tuple(s for s, pattern in STANCES.items() if pattern.search(key)),
    )
