"""Evidence selection: which sentence or row of the retrieved passages answers the question."""

from bot.evidence import carries, select
from bot.question import analyse
from index.chunk import Chunk
from index.search import Hit


def hit(text: str, section: str = "1 概要", score: float = 1.0) -> Hit:
    return Hit(Chunk(0, "白鷺町総合計画", "plan.txt", section, 1, 10, text), score)


def best(question: str, words: set[str], *hits: Hit) -> str:
    units = select(analyse(question, ["白鷺町"], []), words, list(hits), lambda w: 1.0)
    return units[0].text


def test_the_unit_holding_the_noun_the_question_ends_on_wins_over_one_with_more_of_its_other_words():
    text = "町全体で子育てを支えるため、町全体の協力体制をつくる。\n町の総面積は52.3平方キロメートルである。"
    assert "52.3" in best("町全体の面積は？", {"町", "全体", "町全体", "面積"}, hit(text))


def test_a_word_written_inside_a_longer_one_counts_as_held():
    text = "計画は毎年度、所要の見直しを行う。\n計画の名称は白鷺町総合計画とする。"
    assert "毎年度" in best("計画は毎年見直すの？", {"毎年", "見直し"}, hit(text))


def test_a_how_many_question_is_answered_by_a_number_before_its_counted_noun():
    assert carries("count", "平成17年に1市4町2村が合併した。", "何市町村が合併した？")
    assert not carries("count", "合併前の市町村では連携してきた。", "何市町村が合併した？")


def test_the_noun_the_question_ends_on_may_be_held_by_the_headings():
    area = hit("52.3平方キロメートル。", "3 町全体の面積")
    other = hit("町全体で子育てを支えるため、町全体の協力体制をつくる。", "1 経過")
    assert best("町全体の面積は？", {"町", "全体", "町全体", "面積"}, other, area) == "52.3平方キロメートル。"


def test_a_bare_how_many_years_is_answered_by_a_length_of_years():
    assert carries("date", "委員の任期は、2年とする。", "委員の任期は何年？")
    assert not carries("date", "委員の任期は、2年とする。", "委員はいつ委嘱する？")


def test_a_quoted_line_right_under_the_heading_the_question_names_is_its_value():
    slogan = hit("「海と森がつながるまち」\nこの将来像には、町を海と森がつなぐ願いが込められている。", "2 町の将来像")
    assert best("白鷺町の将来像は？", {"将来像", "将来", "像"}, slogan) == "「海と森がつながるまち」"


def test_an_item_number_is_not_a_count():
    assert not carries("count", "4. 人と情報が行き交うまち", "目標はいくつ？")
    assert carries("count", "参加者は4人でした。", "何人来た？")


def test_the_nth_item_asked_for_is_the_one_numbered_n():
    items = hit("1. 海のまち\n2. 森のまち\n3. 川のまち", "目標")
    assert best("目標の2番目は？", {"まち"}, items) == "2. 森のまち"


def test_a_sentence_keeps_the_topic_its_line_set_before_it():
    line = hit("地域運営組織:住民が地域の課題を解決する組織のこと。町内では5つの地区で設立されています。")
    [second] = [u for u in select(analyse("地域運営組織はいくつの地区にある？", ["白鷺町"], []),
                                  {"地域運営", "運営組織", "地区"}, [line], lambda w: 1.0) if u.text.startswith("町内")]
    assert second.covered == 1.0


def test_item_numbers_in_every_numbering_style():
    from bot.evidence import item_number

    assert [item_number(t) for t in ("5. 水のまち", "(3) 森", "④ 川", "- ② 海", "まち")] == [5, 3, 4, 2, 0]
