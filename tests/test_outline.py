"""Answers from a plan's outline: a heading that names what is asked, answered by its subsections."""

from bot.outline import Outline
from index.chunk import Chunk

TITLE = "白鷺町子育て計画"


def chunk(number: int, section: str, text: str, line: int) -> Chunk:
    return Chunk(number, TITLE, "k.txt", section, line, line + 2, text)


CHUNKS = [
    chunk(0, "第2章 前計画の振り返り › 3 前計画の課題", "前計画には次の課題がありました。", 10),
    chunk(1, "第2章 前計画の振り返り › 3 前計画の課題 › (1) 保育士の不足", "保育士が足りない。", 12),
    chunk(2, "第2章 前計画の振り返り › 3 前計画の課題 › (2) 放課後の居場所", "居場所が足りない。", 15),
    chunk(3, "第3章 将来像", "「みんなで育てる白鷺っ子」を掲げ、町全体で子どもを見守る。" * 20, 20),
    chunk(4, "第3章 将来像 › (1) 家庭", "家庭の役割。", 30),
    chunk(5, "第3章 将来像 › (2) 地域", "地域の役割。", 33),
]


def weight(word: str) -> float:
    return 1.0


def test_a_heading_that_names_the_question_is_answered_by_its_subsections():
    answer = Outline(CHUNKS).answer("前計画の課題は何だった？", {"前", "計画", "課題"}, weight)
    assert answer is not None and answer.detail["items"] == ["(1) 保育士の不足", "(2) 放課後の居場所"]
    assert answer.citations[0].lines == (10, 17)


def test_a_section_that_answers_in_its_own_sentences_is_left_to_them():
    assert Outline(CHUNKS).answer("将来像は？", {"将来像"}, weight) is None


def test_a_heading_that_does_not_hold_the_question_gives_nothing():
    assert Outline(CHUNKS).answer("保育料はいくら？", {"保育料"}, weight) is None


POLICIES = [  # 第4章 holds no text of its own, nor do its 基本方針: only their subsections do
    chunk(0, "第4章 施策 › 基本方針1 子育ての人づくり › (1) 保育士の育成", "研修を開く。", 40),
    chunk(1, "第4章 施策 › 基本方針1 子育ての人づくり › (2) 見守りの担い手", "担い手を募る。", 43),
    chunk(2, "第4章 施策 › 基本方針２ 子育ての場づくり › (1) 居場所", "居場所を設ける。", 46),
    chunk(3, "第4章 施策 › 基本方針２ 子育ての場づくり › (2) 遊び場", "遊び場を設ける。", 49),
]


def test_a_heading_with_no_text_of_its_own_is_answered_by_its_subsections():
    answer = Outline(POLICIES).answer("子育ての人づくりでは何をするの？", {"子育て", "人作り"}, weight)
    assert answer is not None and answer.detail["items"] == ["(1) 保育士の育成", "(2) 見守りの担い手"]


def test_two_headings_naming_the_question_as_well_leave_it_to_the_evidence():
    places = [("第4章 施策 › 基本方針1 子育て支援", "保育"), ("第4章 施策 › 基本方針1 子育て支援", "見守り"),
              ("第5章 子育て支援", "相談"), ("第5章 子育て支援", "手当")]
    chunks = [chunk(i, f"{heading} › ({i % 2 + 1}) {name}", f"{name}。", 40 + 3 * i) for i, (heading, name) in enumerate(places)]
    assert Outline(chunks).answer("子育て支援は何をする？", {"子育て", "支援"}, weight) is None


def test_a_numbered_heading_is_answered_only_by_the_heading_with_that_number():
    answer = Outline(POLICIES).answer("基本方針2は何？", {"基本", "方針", "基本方針"}, weight)
    assert answer is not None and answer.detail["heading"] == "基本方針２ 子育ての場づくり"
