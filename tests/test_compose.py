"""Answers composed from the unit the ranker chose, and the operations a question asks of its table or list."""

import pytest

from bot.analysis import analyse
from bot.compose import compose
from bot.engine import Engine, build
from tests.conftest import write_corpus

PLAN = "\n".join([
    "# 南谷市まちづくり計画",
    "## 1 地区の協働体",
    "地区\t団体名\t設立\t指定管理",
    "東地区\t東まちづくり会\tH27.4.1\tR3.4.1~",
    "東地区\t東みらい塾\tH29.6.1\t",
    "西地区\t西みらい塾\tS61.1.11\tH30.4.1~",
    "北地区\t北ふるさと会\tH26.7.11\tH29.4.1~",
    "南地区\t南協働クラブ\tH30.1.10\tR2.4.1~",
    "中地区\t中協働の会\tH31.4.1\tR2.4.1~",
    "## 2 計画の目標",
    "次の3つを目標として掲げます。",
    "### 目標1 人づくり",
    "人を育てます。",
    "### 目標2 環境づくり",
    "場を整えます。",
    "### 目標3 仕組みづくり",
    "なお、仕組みは毎年見直します。",
    "## 3 よくある質問",
    "Q. 協働体の補助金はいつ申し込めますか？",
    "A. 補助金は毎年4月に受け付けます。",
    "申込書は市民センターにあります。",
    "Q. 協働体の相談窓口はどこですか？",
    "A. まちづくり推進課です。",
    "## 4 成果指標の実績",
    "指標\t実績 令和2年度\t実績 令和3年度\t実績 令和4年度\t達成状況",
    "バス利用者数\t51,200\t55,800\t60,400\t順調",
    "出生率\t1.39\t1.36\t1.33\t未達成",
    "相談件数\t74\t96\t131\t達成",
    "転出数\t388\t356\t301\t未達成",
    "## 5 まちづくりの考え方",
    "そこで、次の3つの考え方でまちづくりを進めます。",
    "●「郷土の宝」 地域の資源を生かそう",
    "豊かな自然と歴史と文化は市の宝です。" * 6,
    "●「市民主体」 共に考え行動しよう",
    "市民と行政がそれぞれの立場で役割を分け合い、互いに助け合いながらまちづくりを進めます。" * 3,
    "●「安全・安心」 支え合って暮らそう",
    "災害に強く、誰もが安心して暮らせるまちを、地域のつながりでつくります。" * 3,
    "## 6 施設の基本方針",
    "施設の管理に関する基本方針として、次の2つを掲げます。",
    "【方針1】施設総量の適正化",
    "・新たな施設は原則として建設しません。",
    "【方針2】長寿命化の推進",
    "・計画的に改修します。",
    "■ 数値目標",
    "●令和17年度までに、公共施設の延床面積を令和7年度比で12%縮減し、維持管理費の増加を抑える。",
    "●令和12年度までに、公共施設のLED照明導入率を100%にし、温室効果ガスの排出を減らす。",
    "●令和17年度までに、橋りょうの予防保全型管理への移行率を100%にし、更新費用を平準化する。",
    "●令和12年度までに、未利用となった市有地・建物の売却又は貸付を累計30件行い、財源を確保する。",
    "## 7 用語の解説",
    "協働体：地区の住民や団体が集まって地域の課題に取り組む組織のこと。",
    "## 8 策定の経過",
    "年月日\t内容\t会場",
    "令和5年5月24日\t第1回策定協議会\tまちづくりセンター",
    "令和5年8月30日\t第2回策定協議会\tまちづくりセンター",
    "令和5年10月18日\t第3回策定協議会\t東公民館",
    "令和5年12月1日\t意見募集の開始\t本庁舎",
    "## 9 住民懇談会の開催状況",
    "地域\t会場\t期日\t参加者数(人)",
    "東地区\t東公民館\t7月3日(月)\t20",
    "東地区\t東小学校\t7月4日(火)\t31",
    "西地区\t西公民館\t7月5日(水)\t45",
    "北地区\t北集会所\t7月6日(木)\t8",
    "## 10 地区別の連絡先",
    "地区\t協会支部\t協会 連絡先\t担当駐在所\t駐在所 電話番号",
    "東地区\t東支部\t0191-11-1001\t川原駐在所\t0191-11-0110",
    "西地区\t西支部\t0191-11-1002\t川原駐在所\t0191-11-0110",
    "北地区\t北支部\t0191-11-1003\t北山駐在所\t0191-11-0220",
    "## 11 健康づくりの成果指標",
    "指標\t現状値\t目標値",
    "むし歯のない3歳児の割合\t82.6%\t90.0%",
    "朝食を欠食する人の割合\t24.8%\t15.0%",
    "特定健診の受診率\t41.0%\t60.0%",
    "## 12 部門別の削減目標",
    "部門\t基準年度(2013年度)\t目標(2030年度)\t削減率(%)",
    "産業部門\t412.6\t239.3\t42",
    "家庭部門\t201.7\t68.6\t66",
    "運輸部門\t245.9\t152.5\t38",
    "その他\t500.0\t400.0\t20",
    "合計\t1360.2\t860.4\t37",
    "## 13 まちづくりの目標",
    "1. 地域資源を生かすまちづくり",
    "◆地域の特性を生かした産業を展開し、働く場をつくります。",
    "◆伝統芸能や文化を守り、にぎわいをつくります。",
    "2. 支え合う安全・安心のまちづくり",
    "◆災害に備え、地域で支え合います。",
    "3. 人を育むまちづくり",
    "◆学びを支え、子どもの育ちを応援します。",
])


@pytest.fixture(scope="module")
def city(tmp_path_factory, settings, embedder):
    corpus = write_corpus(tmp_path_factory.mktemp("compose") / "corpus", {"plan.md": ("南谷市まちづくり計画", PLAN)})
    own = settings.model_copy(update={"corpus_dir": corpus, "index_dir": corpus.parent / "index"})
    build(own, embedder=embedder, show_progress=False)
    return Engine(own, embedder)


def unit(city, text: str, kind: str = "row"):
    return next(u for u in city.units.units if u.kind == kind and text in u.text)


def answer(city, question: str, chosen):
    return compose(analyse(question, city.lexicon), chosen, city.units, 0.9).answer


def test_a_row_asked_for_one_column_says_that_cell_with_the_row(city):
    said = answer(city, "西みらい塾の設立はいつ？", unit(city, "西みらい塾"))
    assert "西みらい塾" in said and "設立は昭和61年1月11日です" in said


def test_rows_a_name_picks_are_all_listed(city):
    said = answer(city, "東地区の協働体は？", unit(city, "東まちづくり会"))
    assert "東まちづくり会" in said and "東みらい塾" in said and "西みらい塾" not in said


def test_counting_counts_the_named_rows_in_the_counter_asked(city):
    said = answer(city, "東地区の協働体はいくつ？", unit(city, "東まちづくり会"))
    assert "2つ" in said


def test_counted_rows_are_listed_by_what_tells_them_apart(city):
    said = answer(city, "東地区の協働体はいくつ？全部の名前も", unit(city, "東まちづくり会"))
    assert "2つ" in said and "東まちづくり会" in said and "東みらい塾" in said


def test_asked_where_it_stands_the_headings_above_it_are_named(city):
    said = answer(city, "仕組みの見直しはどの目標に入ってる？", unit(city, "仕組みは毎年見直します", "sentence"))
    first = said.split("\n")[0]
    assert "「目標3 仕組みづくり」" in first and first.count("仕組みづくり") == 1
    said = answer(city, "人を育てることは目標と施策のどこ？", unit(city, "人を育てます", "sentence"))
    assert "目標1 人づくり" in said.split("\n")[0]


def test_most_and_least_rank_the_rows_by_the_column_asked(city):
    said = answer(city, "一番古い協働体は？", unit(city, "東まちづくり会"))
    assert "西みらい塾" in said and "昭和61年1月11日" in said


def test_the_words_of_what_the_rows_are_do_not_pick_some_of_them(city):
    said = answer(city, "設立がいちばん古い協働体はどこ？", unit(city, "東まちづくり会"))
    assert "6件のうち" in said and "西みらい塾" in said


def test_rows_whose_named_column_is_empty_are_the_ones_not_doing_it(city):
    said = answer(city, "指定管理をしていない協働体は？", unit(city, "東まちづくり会"))
    assert "東みらい塾" in said and "西みらい塾" not in said


def test_a_sentence_announcing_a_list_brings_the_subsections(city):
    said = answer(city, "計画の目標を全部教えて", unit(city, "次の3つ", "sentence"))
    assert all(x in said for x in ("人づくり", "環境づくり", "仕組みづくり"))


def test_an_announced_list_explained_item_by_item_is_answered_with_every_item(city):
    said = answer(city, "まちづくりの考え方を全部挙げて", unit(city, "次の3つの考え方", "sentence"))
    assert all(x in said for x in ("「郷土の宝」", "「市民主体」", "「安全・安心」"))
    assert "役割を分け合い" not in said


def test_marked_lines_of_another_list_further_on_are_not_taken_for_the_announced_items(city):
    said = answer(city, "施設の基本方針を教えて", unit(city, "次の2つを掲げます", "sentence"))
    lines = said.split("\n")
    assert lines[lines.index("「施設の管理に関する基本方針として、次の2つを掲げます。") + 1] == "【方針1】施設総量の適正化"
    assert "【方針2】長寿命化の推進" in lines


def test_a_sentence_pointing_back_is_quoted_with_the_one_before(city):
    said = answer(city, "仕組みは見直す？", unit(city, "なお、", "sentence"))
    assert "なお、仕組みは毎年見直します" in said and "計画書の「目標3 仕組みづくり」" in said


def test_a_question_of_a_qa_page_is_quoted_with_its_answer_and_not_the_next_question(city):
    said = answer(city, "補助金の申込みはいつ？", unit(city, "Q. 協働体の補助金", "sentence"))
    assert "毎年4月に受け付けます" in said and "市民センターにあります" in said and "相談窓口" not in said


def test_a_heading_lists_what_it_holds(city):
    said = answer(city, "計画の目標は？", unit(city, "2 計画の目標", "heading"))
    assert "目標1 人づくり" in said and "目標3 仕組みづくり" in said


def test_the_most_attended_meeting_of_an_area_named_is_found_among_that_areas_meetings(city):
    chosen = next(u for u in city.units.units if u.kind == "event" and "7月3日" in u.text)
    said = answer(city, "東地区の懇談会でいちばん人が集まった会場は？", chosen)
    assert "東小学校" in said and "西公民館" not in said


def test_the_most_by_a_column_sums_the_rows_of_each_group_before_comparing(city):
    chosen = next(u for u in city.units.units if u.kind == "event" and "7月3日" in u.text)
    said = answer(city, "地域別でいちばん参加者が多かったのはどこ？", chosen)
    assert "「東地区」で51" in said and "東小学校" in said
    said = answer(city, "いちばん参加者が多かった会場は？", chosen)
    assert "西公民館" in said  # without 別, the single meeting


def test_a_column_asked_that_every_listed_row_shares_is_said_once(city):
    said = answer(city, "川原駐在所の電話番号は？", unit(city, "東支部"))
    assert "西支部" in said and "0191-11-0110" in said and "0191-11-0220" not in said


def test_how_much_a_named_indicators_measure_is_asks_its_figure_and_how_many_indicators_counts_them(city):
    chosen = unit(city, "むし歯のない3歳児の割合", "indicator")
    said = answer(city, "3歳児のむし歯ない子の割合って今いくつ？", chosen)
    assert "82.6%" in said and "24.8%" not in said
    said = answer(city, "健康づくりの指標はいくつ？", chosen)
    assert "3件" in said and "24.8%" in said


def test_the_year_a_named_rows_figure_was_lowest_is_read_along_the_row(city):
    said = answer(city, "バス利用者数がいちばん少なかったのはいつ？", unit(city, "出生率"))
    assert "令和2年度" in said and "51,200" in said


def test_rows_asked_for_by_a_word_some_of_them_hold_are_those_rows(city):
    said = answer(city, "未達成の指標はどれ？", unit(city, "出生率"))
    assert "出生率" in said and "転出数" in said and "相談件数" not in said


def test_how_many_times_counts_the_rows_and_not_the_ordinal_one_row_holds(city):
    said = answer(city, "策定協議会は何回開いた？", unit(city, "第1回策定協議会"))
    assert "3回" in said and "第3回策定協議会" in said


def test_a_status_asked_is_not_found_inside_another_status(city):
    said = answer(city, "達成した指標はいくつ？", unit(city, "出生率"))
    assert "1つ" in said and "全4件のうち" in said and "転出数" not in said


def test_a_heading_over_one_table_is_counted_by_its_rows(city):
    said = answer(city, "成果指標の実績はいくつある？", unit(city, "4 成果指標の実績", "heading"))
    assert "4つ" in said and "バス利用者数" in said and "転出数" in said


def test_a_word_of_the_plans_own_title_does_not_pick_rows(city):
    said = answer(city, "まちづくり計画の意見募集はどこでやった？", unit(city, "意見募集の開始"))
    assert "本庁舎" in said and "策定協議会" not in said


def test_the_adjective_after_the_superlative_says_most_or_least_not_a_word_of_the_measure(city):
    said = answer(city, "削減率がいちばん大きい部門は？", unit(city, "産業部門"))
    assert "家庭部門" in said and "66" in said  # 削減 holds 減, but 大きい asks the most


def test_totals_and_the_rest_are_never_the_most_of_a_table(city):
    said = answer(city, "基準年度でいちばん多い部門は？", unit(city, "家庭部門"))
    assert "「産業部門」" in said and "「合計」" not in said and "「その他」" not in said


def test_a_grouping_with_one_row_per_group_compares_the_rows_themselves(city):
    said = answer(city, "部門別の目標で削減率がいちばん大きいのは？", unit(city, "産業部門"))
    assert "家庭部門" in said and "合計すると" not in said


def test_the_earliest_or_latest_meeting_is_found_by_its_date(city):
    chosen = next(u for u in city.units.units if u.kind == "event" and "7月3日" in u.text)
    assert "北集会所" in answer(city, "懇談会の日程がいちばん遅かった会場は？", chosen)
    assert "東公民館" in answer(city, "懇談会でいちばん早く開かれた会場は？", chosen)


def test_a_sum_by_groups_adds_figures_not_dates(city):
    chosen = next(u for u in city.units.units if u.kind == "event" and "7月3日" in u.text)
    said = answer(city, "懇談会には地域別だと何人集まった？どこが一番多かった？", chosen)
    assert "参加者数(人)を合計" in said and "期日を合計" not in said


def test_a_heading_over_numbered_items_lists_the_items_without_what_explains_them(city):
    said = answer(city, "まちづくりの目標は？", unit(city, "13 まちづくりの目標", "heading"))
    assert "1. 地域資源を生かすまちづくり" in said and "3. 人を育むまちづくり" in said and "◆" not in said


def test_a_long_list_of_rows_sharing_their_first_cell_names_each_by_what_tells_it_apart():
    from bot.compose import distinct_name
    from index.units import Unit
    rows = [Unit(i, "row", "", "f", "t", "s", i, i, cells=[("地域", "一関"), ("団体名", f"会{i}")]) for i in range(10)]
    assert [distinct_name(r, rows) for r in rows[:2]] == ["会0", "会1"]


def test_a_year_a_table_of_figures_year_by_year_does_not_hold_is_not_in_the_plans(city):
    from bot.engine import year_not_held
    row = unit(city, "バス利用者数")
    assert year_not_held(analyse("令和6年度のバス利用者数は？", city.lexicon), row, row) == "令和6年度"
    assert year_not_held(analyse("令和3年度のバス利用者数は？", city.lexicon), row, row) == ""
