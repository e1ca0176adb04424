"""The things one question asks, each as a question of its own: several asking sentences (何年度まで？途中で
見直すの？), several interrogatives in one sentence (いつ、どこで / 何会場で延べ何人), and two noun phrases
joined by と before one predicate (多かった会場と少なかった会場はどこ). Read from Japanese grammar alone.

Each ask comes with a topic: words that name what the question is about, for an ask that names nothing of its
own (the plan of 共生ビジョンの計画期間と、取組の数 for 取組の数).
"""

from __future__ import annotations

import re
import unicodedata

from bot.analysis import CONNECTIVE, INTERROGATIVE, REQUEST, SENTENCE_END, TOPIC
from index.tokenize import morphemes

ASKING_END = re.compile(r"(?:も|もお願い(?:します)?|も教えて(?:ください)?|も知りたい(?:です)?)[?？。!！]*$")  # 延べ人数も
ELLIPTIC_END = re.compile(r"のは[?？。!！]*$")  # 平泉町のは: the same thing asked of another
WH = re.compile(r"^(?:何|なに|なん|いつ|どこ|だれ|誰|どなた|いくつ|幾つ|いくら|どれ|どちら)")  # 何か is something, not what
GROUP_TAIL = {"頃", "ごろ", "くらい", "ぐらい", "位", "ほど", "程度"}  # いつ頃, 何人くらい: still the same interrogative
SEPARATORS = {"で", "、", ",", "と", "や", "か", "に", "は"}  # 何会場で延べ何人: between two asked things
EACH = re.compile(r"[、,]?\s*(?:それぞれ|各々|おのおの)(?:の)?")
RELATION = re.compile(r"違い|ちがい|関係|比べ|比較|差|共通|同じ|どっち|どちら")  # 〇〇と△△の違い: one thing asked of both
CLAUSE_END = {"、", ",", "て", "で"}  # a clause ends here: 何人で、/ 何人参加して
JAPANESE = "\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff"
SPOKEN_END = re.compile(rf"{SENTENCE_END.pattern}|(?<=[{JAPANESE}])[ \u3000]+(?=[{JAPANESE}])")  # なに　登録したら: typed on a phone, a space ends a sentence
CLAUSE_CHARS = 16  # at most this much between the interrogatives of two clauses
BETWEEN_CHARS = 4  # at most this much between two interrogatives that ask two things (で延べ, 、)


def asks(text: str) -> list[tuple[str, str]]:
    """(ask, topic) for each thing the question asks; the question itself alone when it asks one thing."""
    preface, topic, sentences = sentences_asked(text)
    out: list[tuple[str, str]] = []
    for k, sentence in enumerate(sentences):
        out += [(ask, own or preface + (topic if k else "")) for ask, own in in_sentence(sentence)]
    return out if len(out) >= 2 else [(text, "")]


def asking(sentence: str) -> bool:
    """A sentence that asks: an interrogative, a closing 「？」, an added 〜も(教えて) or a request (教えてください)."""
    return bool(INTERROGATIVE.search(sentence) or re.search(r"[?？]$", sentence) or ASKING_END.search(sentence)
                or REQUEST.search(sentence) or ELLIPTIC_END.search(sentence))


def sentences_asked(text: str) -> tuple[str, str, list[str]]:
    """Several sentences that each ask something (a later one may only add 延べ人数も), what is said before them
    (強靱化計画について電話で聞きたい。どこの課？番号は？: the preface every ask is read with), and the first
    asking sentence's topic (住民懇談会って) for a later one that names nothing of its own."""
    sentences = [t.strip() for t in SPOKEN_END.split(text) if t.strip()]
    first = next((k for k, t in enumerate(sentences) if asking(t)), len(sentences))
    said, sentences = sentences[:first], sentences[first:]
    if len(sentences) < 2 or not all(asking(t) for t in sentences):
        return "", "", [text]
    topic = topic_of(sentences[0])
    later = [ASKING_END.sub("は？", CONNECTIVE.sub("", t)) for t in sentences[1:]]
    return "".join(t if t[-1] in "。.!！" else f"{t}。" for t in said), topic, [sentences[0], *later]


def topic_of(sentence: str) -> str:
    """What the first asking sentence is about (住民懇談会って): its topic when that names a thing, else the noun
    phrase it opens with (第3次の協働の計画、案に…出せたのは: a clause is no topic, 第3次の協働の計画 is)."""
    topic = TOPIC.match(sentence)
    if topic and not any(w.part_of_speech()[0] in PREDICATES for w in morphemes(topic.group(0))):
        return topic.group(0)
    lead = []
    for m in morphemes(sentence):
        pos = m.part_of_speech()
        if not (pos[0] in ("名詞", "接頭辞", "接尾辞") or (pos[0] == "助詞" and m.surface() == "の" and lead)):
            break
        lead.append(m.surface())
    while lead and lead[-1] == "の":
        lead.pop()
    phrase = "".join(lead)
    return f"{phrase}の" if len(phrase) >= 2 and phrase != sentence else ""


PREDICATES = ("動詞", "形容詞", "助動詞")


def in_sentence(sentence: str) -> list[tuple[str, str]]:
    """One sentence's asks: one per interrogative when two stand side by side, else one per noun phrase of
    〇〇と(、)△△ before the predicate, else the sentence."""
    ms = [(m.surface(), m.part_of_speech()) for m in morphemes(sentence)]
    return by_interrogatives(ms) or by_coordination(ms) or [(sentence, "")]


def by_interrogatives(ms: list[tuple[str, tuple[str, ...]]]) -> list[tuple[str, str]]:
    """いつ、どこで / いつ頃で何人 / 何会場で延べ何人: the words before the first are shared; what stands between
    two (延べ) goes with the second."""
    groups = []
    i = 0
    while i < len(ms):
        surface, pos = ms[i]
        if WH.match(surface) and not surface.startswith("何か") and pos[0] in ("名詞", "代名詞", "副詞"):
            end = i + 1
            while end < len(ms) and (ms[end][1][0] == "接尾辞" or ms[end][0] in GROUP_TAIL
                                     or (surface == "何" and end == i + 1 and ms[end][1][0] == "名詞")):
                end += 1
            groups.append((i, end))
            i = end
        else:
            i += 1
    kept = groups[:1]
    clauses = []  # the kept interrogatives that begin a clause of their own (何人で、目標は何人)
    for start, end in groups[1:]:
        between = ms[kept[-1][1]:start]
        side_by_side = len("".join(s for s, _ in between)) <= BETWEEN_CHARS and not any(
            p[0] in ("動詞", "形容詞") or p[0] == "助詞" and s not in SEPARATORS for s, p in between)
        clause = NOT_A_CLAUSE if side_by_side else clause_kind(between)
        if not side_by_side and clause == NOT_A_CLAUSE:
            break
        kept.append((start, end))
        clauses.append(clause)
    if len(kept) < 2:
        return []
    stem = text_of(ms[:kept[0][0]])
    comma = max((k + 1 for k in range(kept[0][0]) if ms[k][0] in ("、", ",")), default=0)
    out = []
    for n, (start, end) in enumerate(kept):
        lead = ms[kept[n - 1][1]:start] if n else []
        kind = clauses[n - 1] if n else NOT_A_CLAUSE
        if kind != NOT_A_CLAUSE:
            lead = lead[next(k for k, (s, _) in enumerate(lead) if s in CLAUSE_END) + 1:]
        while lead and lead[0][0] in SEPARATORS:
            lead = lead[1:]
        rest = ms[end:] if n == len(kept) - 1 else []
        shared = text_of(ms[:comma]) if kind == OWN_SUBJECT else stem  # its own subject: only what precedes
        topic = TOPIC.match(stem).group(0) if kind == OWN_SUBJECT and not comma and TOPIC.match(stem) else ""
        out.append((shared + text_of(lead) + text_of(ms[start:end]) + text_of(rest), topic))
    return out


NOT_A_CLAUSE, SHARED_SUBJECT, OWN_SUBJECT = 0, 1, 2


def clause_kind(between: list[tuple[str, tuple[str, ...]]]) -> int:
    """NOT_A_CLAUSE unless what stands between two interrogatives ends the first clause (で、/ して); then
    OWN_SUBJECT when a second clause with a subject of its own begins (推計だと何人で、目標は何人), else
    SHARED_SUBJECT (何人参加して何会場)."""
    ends = [k for k, (s, _) in enumerate(between) if s in CLAUSE_END]
    if not ends or len("".join(s for s, _ in between)) > CLAUSE_CHARS:
        return NOT_A_CLAUSE
    after = between[ends[0] + 1:]
    if any(s in ("は", "って", "が") and p[0] == "助詞" for s, p in after):
        return OWN_SUBJECT
    return NOT_A_CLAUSE if any(p[0] in ("動詞", "形容詞") for _, p in after) else SHARED_SUBJECT


def by_coordination(ms: list[tuple[str, tuple[str, ...]]]) -> list[tuple[str, str]]:
    """〇〇の計画期間と、△△の数 / 多かった会場と少なかった会場は: two noun phrases before one predicate. Bare
    names joined by と (一関と平泉の人口) are one thing asked, so each side must be a phrase or と be followed by 、."""
    if RELATION.search(text_of(ms)):
        return []
    for j, (surface, pos) in enumerate(ms):
        if surface != "と" or pos[0] != "助詞" or j == 0 or ms[j - 1][1][0] not in ("名詞", "接尾辞"):
            continue
        start = max((k + 1 for k in range(j) if ms[k][0] in ("、", ",") or (ms[k][0] in ("は", "って") and ms[k][1][0] == "助詞")),
                    default=0)
        right = j + 1 + (1 if j + 1 < len(ms) and ms[j + 1][0] in ("、", ",") else 0)
        end = next((k for k in range(right, len(ms)) if ms[k][0] in ("、", ",", "は", "って", "とは", "を", "も", "?", "？")
                    or WH.match(ms[k][0]) or EACH.fullmatch(ms[k][0]) or ms[k][1][0] == "動詞"), len(ms))
        while end > right and ms[end - 1][0] == "で":  # 展望人口でそれぞれいくつ
            end -= 1
        nouns_from = j
        while nouns_from > start and ms[nouns_from - 1][1][0] in ("名詞", "接尾辞", "接頭辞"):
            nouns_from -= 1
        if right == j + 1 and attribute(ms[right:end]) and attribute(ms[nouns_from:j]):
            start = nouns_from  # 住民懇談会の開催期間と延べ参加者数: the two things asked of the 住民懇談会
        left_side, right_side = ms[start:j], ms[right:end]
        if not left_side or not right_side or ms[end - 1][1][0] not in ("名詞", "接尾辞"):
            continue
        prefix, rest = text_of(ms[:start]), text_of(ms[end:])
        each = bool(EACH.search(rest))
        shared = shared_after_name(right_side) if each and not phrase(left_side) else []
        if shared:
            left_side = left_side + shared  # 第1次と第2次の計画、それぞれ: the 計画 of each
        elif right == j + 1 and not (phrase(left_side) and phrase(right_side)) and not (
                attribute(left_side) and attribute(right_side)):
            continue
        tail = EACH.sub("", rest)
        tail = tail if not tail or tail[0] in "はっをも?？" else ("は" if tail[0] != "で" else "") + tail
        left = text_of(left_side)
        topic = left[: left.rindex("の") + 1] if "の" in left[:-1] and not shared else ""
        if not topic and not shared and not prefix:  # 住民懇談会で…多かった会場と少なかった会場: of the 住民懇談会
            topic = topic_of(left)
        return [(prefix + left + tail, ""), (prefix + text_of(right_side) + tail, topic)]
    return []


def shared_after_name(ms: list[tuple[str, tuple[str, ...]]]) -> list[tuple[str, tuple[str, ...]]]:
    """What follows the name a phrase starts with (第2次の計画 → の計画): said of both names joined by と."""
    k = 0
    while k < len(ms) and ms[k][1][0] in ("名詞", "接尾辞", "接頭辞"):
        k += 1
    return ms[k:] if 0 < k < len(ms) and ms[k][0] == "の" else []


def attribute(ms: list[tuple[str, tuple[str, ...]]]) -> bool:
    """A compound of common nouns (開催期間, 延べ参加者数): a thing asked of something, not a name like 平泉."""
    return bool(ms) and all(p[0] in ("名詞", "接尾辞", "接頭辞") and p[1] not in ("固有名詞", "数詞") for _, p in ms)


def phrase(ms: list[tuple[str, tuple[str, ...]]]) -> bool:
    """A noun phrase, not a bare name: it holds の, a verb or an adjective."""
    return any(s == "の" or p[0] in ("動詞", "形容詞", "形状詞") for s, p in ms)


def text_of(ms: list[tuple[str, tuple[str, ...]]]) -> str:
    return unicodedata.normalize("NFKC", "".join(s for s, _ in ms))
