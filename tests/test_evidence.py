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

    assert [item_number(t) for t in ("5. 水のまち", "(3) 森", "④ 川", "- ② 海", "■ 2. 産業", "まち")] == [5, 3, 4, 2, 2, 0]


def test_a_noun_made_of_a_verb_is_held_by_the_verbs_other_forms():
    text = "町の人口は減少を続け、2040年には8,200人になると見込まれている。\n人口の推移は次の表のとおり。"
    assert "8,200" in best("2040年の人口の見込みは？", {"人口", "見込み"}, hit(text))


def test_a_numbered_title_line_is_the_topic_of_the_line_under_it():
    text = "1 町の名称\n白鷺町\n2 町を構成する地区の名称\n浜地区及び森地区"
    units = select(analyse("白鷺町はどの地区で構成されてる？", ["白鷺町"], []), {"地区", "構成"}, [hit(text)], lambda w: 1.0)
    [value] = [u for u in units if u.text == "浜地区及び森地区"]
    [name] = [u for u in units if u.text == "白鷺町"]
    assert value.covered == 1.0 and name.covered == 0.0


def test_the_row_of_the_municipality_named_is_preferred_and_its_total_when_no_part_is_asked():
    rows = hit("年: 浜町 0~14歳 / 2020年: 900\n年: 浜町 合計 / 2020年: 7,000\n"
               "年: 森村 0~14歳 / 2020年: 400\n年: 森村 合計 / 2020年: 3,000\n年: 圏域合計 合計 / 2020年: 10,000")
    units = lambda q: select(analyse(q, ["浜町", "森村"], []), {"人口"}, [rows], lambda w: 1.0,  # noqa: E731
                             {"2020年", "2020"}, places={w for p in analyse(q, ["浜町", "森村"], []).municipalities for w in (p,)})
    assert units("森村の2020年の人口は何人？")[0].text.startswith("年: 森村 合計")
    assert units("浜町と森村を合わせた2020年の人口は何人？")[0].text.startswith("年: 圏域合計 合計")


def test_a_direction_is_held_whatever_its_suffix():
    text = "町の北部は山地に、南部は海に接している。\n町の面積は52.3平方キロメートルである。"
    assert best("町の北側はどこと接してる？", {"北側", "接する"}, hit(text)).startswith("町の北部")


def test_a_word_numbered_under_a_heading_of_that_word_asks_that_item():
    items = hit("1. 海のまち\n2. 森のまち\n3. 川のまち", "まちづくりの目標")
    assert best("まちづくりの目標2では何を目指してる？", {"町作り"}, items) == "2. 森のまち"


def test_a_row_holding_the_amount_a_question_gives_is_found_by_it():
    from bot.evidence import holds_amount

    assert holds_amount("No.: 17 / 会場: 日形市民センター / 参加者数(人): 20", "20", "人")
    assert holds_amount("参加者は20人でした。", "20", "人")
    assert not holds_amount("No.: 20 / 会場: 大原市民センター / 参加者数(人): 5", "20", "人")  # a row number
    assert not holds_amount("参加者は120人でした。", "20", "人")
