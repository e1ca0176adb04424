"""What a question is about: its subject words, its head noun, and the words that only ask.

Japanese puts the head of a noun phrase last (地域協働体の**役割**); an interrogative that stands for the
answer follows what is asked (要綱は**いつ**から施行), one that qualifies a noun precedes it (**どんな**事業).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from index.tokenize import morphemes, tokenize

# Words that say what kind of answer is wanted, not what it is about.
ASKING_WORDS = {
    "目標", "現状", "値", "目標値", "現状値", "数値", "指標", "いつ", "日程", "期日", "日時", "開催日", "期間",
    "何", "年度", "令和", "平成", "昭和", "予定", "目指す", "意味", "定義", "用語", "とは", "実施", "開催",
    "設立", "日", "教える", "ください", "全部", "一覧", "名前", "どこ", "誰", "だれ", "方", "説明", "願い", "御",
    "旧", "以前", "前回", "昔", "最新", "現行",  # which edition is meant: chosen from the timeline, not matched in text
    "一番", "最も",  # which row of a ranking is meant (一番多かった): said by the figures, not by the words
}
INTERROGATIVE_COUNTER = re.compile(r"何\s*(?:人|名|件|回|個|つ|か所|箇所|会場|団体|%|割)|いくつ|幾つ|(?:どんな|どの|どういう)\s*(?:人|方)")
# Interrogatives that stand for the answer (いつ, 何人…); not those that qualify the noun after them (どんな事業).
INTERROGATIVE = re.compile(r"いつ(?!の)|どこ(?!の)|だれ(?!の)|誰(?!の)|何(?!の)|なに(?!の)|なん(?!の)|いくつ(?!の)|いくら(?!の)|どれ|どう(?!いう|いった)")
ORDINAL = re.compile(r"(\d+|何)\s*(?:番目|つ目|個目)")  # 5番目: which item of a list
NUMBERED = re.compile(r"([\u4e00-\u9fff\u30a1-\u30faー]{2,})\s*(\d{1,2})(?![\d年月日人件回%])")  # 目標5, 基本方針2
SCOPE = re.compile(r"(?:では|で|には|に)\s*$")  # 東山地域では…: a place or time the question is within
QUALIFYING = re.compile(r"(?:いくつ|いくら|何|なん|どこ|いつ|だれ|誰)の|どんな|どういう|どういった")


FORMAL_NOUNS = {"為", "事", "物", "訳", "筈", "様"}  # ため, こと, もの… (Sudachi's normalized forms): grammar


def numbered_words(text: str) -> list[tuple[str, int]]:
    """The words a question numbers (目標5 → ("目標", 5)): a heading so numbered, or item 5 under 目標."""
    return [(word, int(number)) for word, number in NUMBERED.findall(unicodedata.normalize("NFKC", text))]


def subject_words(text: str) -> set[str]:
    """What a question is about, for weighing evidence: its nouns and noun pairs, no asking words."""
    asking = tuple(ASKING_WORDS)
    text = INTERROGATIVE_COUNTER.sub(" ", ORDINAL.sub(" ", text))
    single = set(tokenize(text, bigrams=False, nouns_only=True))
    return {
        t for t in tokenize(text, nouns_only=True)
        if not (re.search(r"\d", t) or t == "年" or t in ASKING_WORDS or t in FORMAL_NOUNS
                or (t not in single and (t.startswith(asking) or t.endswith(asking))))  # a pair built on 何, 日…
    }


PASSED_OVER = {  # never the head: counts, time words, places in general, and formal nouns (どんなもの, どんな項目)
    "数", "年", "今", "現在", "いま", "年間", "程度", "くらい", "ぐらい", "会場", "場所", "ところ", "所", "箇所", "人", "方",
    "項目", *FORMAL_NOUNS,
}


@lru_cache(maxsize=1024)  # asked of one question by several fact kinds and the evidence
def head_noun(text: str) -> str:
    """The noun a question's subject ends on — Japanese puts the head last (地域協働体の役割はいくつ → 役割);
    asking words (目標, 現状…), numbers, counts (件数, 回数) and words like 今 are passed over. "" when there is none."""
    text = ORDINAL.sub(" ", text)  # 分野別計画の1番目: the list, not 番目
    qualified = QUALIFYING.search(text)  # いくつの役割が…: the noun the interrogative qualifies
    if qualified and (after := _nouns(text[qualified.end():])):
        return after[0]
    subject, *rest = INTERROGATIVE.split(text, maxsplit=1)  # 要綱はいつから施行: the head comes before the interrogative
    if rest and SCOPE.search(subject) and (after := _nouns(rest[0])):
        return after[0]  # 東山地域では何か所で懇談会を…: 東山地域 is where, the 懇談会 are what is counted
    nouns = _nouns(subject if subject.strip() else text)
    return nouns[-1] if nouns else ""


def _nouns(text: str) -> list[str]:
    """The nouns that can say what is asked: asking words (目標, 現状…), numbers, counts (件数, 回数 count the
    answer, not what is counted) and words like 今 left out."""
    out = []
    ms = list(morphemes(INTERROGATIVE_COUNTER.sub(" ", text)))
    for m, after in zip(ms, [*ms[1:], None], strict=True):
        form = m.normalized_form()
        if m.part_of_speech()[0] == "動詞" and after is not None and after.part_of_speech()[:2] == ("接尾辞", "名詞的"):
            out.append(m.surface() + after.surface())  # 考え方: a verb made a noun by its suffix
            continue
        if m.part_of_speech()[0] != "名詞" or re.search(r"\d", form) or form in PASSED_OVER or form.endswith("数"):
            continue
        if form in ASKING_WORDS or form.startswith(tuple(ASKING_WORDS)):
            continue
        out.append(form)
    return out


def content_tokens(text: str) -> set[str]:
    """The words that say what a question is about: no asking words, no numbers, nor pairs built on them."""
    asking = tuple(ASKING_WORDS)
    single = set(tokenize(text, bigrams=False))
    return {
        t for t in tokenize(text)
        if not (t.isdigit() or t in ASKING_WORDS or (t not in single and (t.startswith(asking) or t.endswith(asking))))
    }  # a word that merely starts like an asking word stays (日形 is a place, not 日)
