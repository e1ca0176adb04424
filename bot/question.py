"""Question analysis: what kind of answer a question wants, what it is about, and what it names.

The answer types follow the interrogatives of Japanese (だれ, いつ, どこ, いくつ, 何人…), not the
phrasing of any test question; places, organisations, plans and municipalities are recognised
with the corpus's own vocabulary (areas and names from its tables, its plans' issuers) and with
Sudachi's proper-noun tags for municipalities the corpus does not have.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.variants import fold
from index.tokenize import morphemes

DEFINITION = re.compile(r"とは|って(?:なに|何(?![人名件回年日月か個歳割%])|なん(?![人名件回年日月か])|どんな|どういう)|ってなあに|意味|定義|どういう(?:こと|もの|意味)|なんのこと|何のこと|説明(?!会|資料|書)|何を(?:示|表|測|意味)")
COUNT = re.compile(r"いくつ|幾つ|何(?:か所|箇所|カ所|ヶ所|ケ所|つ|個|チーム)|数は|" + r"何(?![人名年月日時分秒歳割倍点回度故曜平キ番号])[\u4e00-\u9fff]")
COUNTED = re.compile(r"何([\u4e00-\u9fff]+|か所|つ|個)")  # what a how-many question counts: 何市町村 → 市町村
QUANTITY = re.compile(r"(?<!総)合計(?!特殊)|総数|総計|何人|何名|何%|何パーセント|どのくらい|どれくらい|どれだけ|どの程度|いくら|何キロ|何平方|何倍|何歳|何割|何点|何t|率は|何回|人数")
PERSON = re.compile(r"だれ|誰|どなた|氏名|委員長は|会長は")
PERIOD = re.compile(r"期間|いつまで|いつから|何年から|何年度から|何年度まで|何年まで|何年間|何年計画|目標年次|初年度")
DATE = re.compile(r"いつ|何日|何月|日付|日程|期日|開催日|日時|何年度|何年に|何年$|何年ですか|スケジュール")
PLACE = re.compile(r"どこ|場所|会場|どの地域|どちら")
CONTACT = re.compile(r"連絡先|電話|tel|fax|ファックス|ファクス|住所|問い?合わせ|担当(?:課|部署|部|係)?(?![\u4e00-\u9fff])|窓口|相談先")  # not 担当職員
INDICATOR = re.compile(r"目標|現状|指標|目指|実績|基準値")
LIST = re.compile(r"どんな|どれ|どういった|一覧|全部|すべて|全て|挙げ|教えて|何がある|何があり|ある\?|ありますか|主な")
YESNO = re.compile(r"(?:ますか|ですか|でしょうか|てる|ている|てます|ある|あるの|いるの|続いてる|まだ|もう|る)[?？]?$")
MUNICIPALITY_SUFFIX = ("市", "町", "村", "県", "府", "都")
WHERE_WRITTEN = re.compile(r"どこに(?:出て|載って|書いて|書かれて)|どの(?:ページ|章|節|部分)")  # 住民自治はどこに出てくる
WHICH_GROUP = re.compile(r"どの(?!くらい|ぐらい|程度|よう|へん|辺)[\u3041-\u3093\u30a1-\u30fa\u4e00-\u9fff]")  # 道路はどの分野: the item it sits under
NOW_WORDS = re.compile(r"今の|現在の|最新の|いまの")
PRICE = re.compile(r"いくら|何円|何万円")  # an amount of money is asked: only a figure in 円 answers it
FEE_NOUNS = {"料金", "運賃", "会費", "代金", "給料", "報酬"}
FEE_ASKED = re.compile(r"(?:は|って)(?:いくら|何円)?(?:ですか|なの|でしょうか)?[?？]?$")


@dataclass
class Question:
    text: str  # as asked, cleaned
    key: str  # folded and squashed, for matching names
    wants: str  # definition | count | quantity | person | period | date | place | contact | indicator | list | yesno | general
    municipalities: list[str] = field(default_factory=list)  # named and in the corpus
    foreign: list[str] = field(default_factory=list)  # named municipalities the corpus has no plan of
    price: bool = False  # いくら: an amount of money is asked


def answer_type(key: str) -> str:
    """The kind of answer wanted, from the question's interrogative; the first that fits wins."""
    for kind, pattern in (
        ("contact", CONTACT), ("person", PERSON), ("definition", DEFINITION), ("period", PERIOD),
        ("count", COUNT), ("quantity", QUANTITY), ("date", DATE), ("place", PLACE),
    ):
        if pattern.search(key):
            return kind
    if INDICATOR.search(key):
        return "indicator"
    if LIST.search(key):
        return "list"
    if YESNO.search(key):
        return "yesno"
    return "general"


COUNTERS = {  # the counter words of Japanese, each with the spellings people use for it
    "か所": ("か所", "箇所", "カ所", "ヶ所", "ケ所", "ヵ所"), "人": ("人", "名"), "件": ("件",), "回": ("回",),
    "団体": ("団体",), "%": ("%", "パーセント", "％"), "校": ("校",), "施設": ("施設",), "世帯": ("世帯",),
}
ASKED_COUNTER = re.compile(r"何\s*(" + "|".join(sorted({s for v in COUNTERS.values() for s in v}, key=len, reverse=True)) + ")")


def counter_of(text: str) -> str:
    """The counter a unit of measure or a how-many question uses (回/年 → 回, 何か所 → か所); "" when none."""
    m = ASKED_COUNTER.search(text)
    written = m.group(1) if m else text.strip().split("/")[0]
    return next((c for c, spellings in COUNTERS.items() if written in spellings), "")


def named_municipalities(text: str) -> list[str]:
    """Municipalities a question names by Sudachi's place-name tag plus 市/町/村 (仙台市, 北上市)."""
    found = []
    ms = list(morphemes(text))
    for a, b in zip(ms, ms[1:], strict=False):
        if a.part_of_speech()[1] == "固有名詞" and b.surface() in MUNICIPALITY_SUFFIX:
            found.append(a.surface() + b.surface())
    for m in ms:
        pos = m.part_of_speech()
        if pos[2] == "地名" and m.surface().endswith(MUNICIPALITY_SUFFIX) and len(m.surface()) >= 3:
            found.append(m.surface())
    return found


def analyse(text: str, owners: list[str], areas: list[str], home_regions: tuple[str, ...] = ()) -> Question:
    """Analyse a question against the corpus: `owners` are the municipalities whose plans it holds,
    `areas` the place names of its tables (a former town named 〇〇町 is an area, not another city)."""
    key = squash(text)
    folded_areas = {fold(a) for a in areas}  # 一関地域 is an area of the tables; 一関市 is the city
    mine = [o for o in owners if fold(o) in key or fold(o[:-1]) in key and len(o) >= 3 and fold(o[:-1]) not in folded_areas]
    foreign = []
    for name in named_municipalities(text):
        base = name[:-1]
        if any(fold(name) == fold(o) or fold(base) == fold(o[:-1]) for o in owners):
            continue
        if any(fold(base) == fold(a) for a in areas) or any(fold(name) in fold(r) for r in home_regions):
            continue
        foreign.append(name)
    return Question(text, key, answer_type(key), mine, foreign, asks_price(text, key))


def asks_price(text: str, key: str) -> bool:
    """いくら, or a fee named and asked for (拝観料は？, 新幹線の料金は？): only an amount in 円 answers it.
    A fee is a word ending in the suffix 料 (拝観料, not 資料) or a word for money paid (料金, 運賃…)."""
    if PRICE.search(key):
        return True
    asked = FEE_ASKED.search(text.strip())
    last = list(morphemes(text.strip()[: asked.start()]))[-1:] if asked else []
    return bool(last) and (last[0].normalized_form() in FEE_NOUNS
                           or last[0].surface() == "料" and last[0].part_of_speech()[0] == "接尾辞")


def squash(text: str) -> str:
    """Folded variants, NFKC, lower case, no white space or punctuation: 小野寺 健 = 小野寺健, 髙 = 高."""
    return re.sub(r"[\s?!、。「」『』()・:：]", "", fold(text).lower())
