"""Features of (question, unit) pairs: measurements the ranker weighs, never decisions."""

from bot.features import _about_earlier, _edition, carries
from index.units import Unit


def unit(text: str, kind: str = "sentence", cells: list[tuple[str, str]] | None = None) -> Unit:
    return Unit(id=0, kind=kind, text=text, file="p.txt", title="P", section="S", start_line=1, end_line=1,
                cells=cells or [])


def test_a_unit_carries_the_type_asked_for():
    assert carries("date", unit("令和5年7月14日に開催しました。")) == 1.0
    assert carries("date", unit("協働を進めます。")) == 0.0
    assert carries("count", unit("会場は35か所です。"), "か所") == 1.0
    assert carries("count", unit("参加者は35人です。"), "か所") == 0.0
    assert carries("contact", unit("電話 0191-21-2111")) == 1.0
    assert carries("general", unit("何でも")) == 0.5
    assert carries("date", unit("実施年度: 毎年度(6月第1日曜日)")) == 1.0  # a month is a when
    assert carries("period", unit("平成 27 年度 | 公民館を市民センターに移行")) == 1.0  # いつから: a start
    assert carries("time", unit("令和6年3月8日(金) 14:00~15:30")) == 1.0
    assert carries("time", unit("7月11日(火)に開催")) == 0.0  # 何時まで: a day is no time of day


def test_a_unit_whose_answer_says_the_years_carries_a_when():
    project = unit("事業12 地域づくり計画の市政への反映 継続", "project")
    assert carries("period", project) == 0.0
    assert carries("period", project, said="6年度〜7年度は検討、8年度〜10年度は実施の計画です。") == 1.0


def test_a_counter_named_by_a_column_label_is_carried_by_its_number():
    assert carries("count", unit("本郷地区 農家数: 312", "cell", [("農家数", "312")]), "戸") == 0.0
    assert carries("count", unit("本郷地区 会場: 3", "cell", [("会場数(か所)", "3")]), "か所") == 1.0


def test_a_unit_given_once_in_brackets_is_carried_by_the_figures_under_it():
    returned = unit("運転免許自主返納者数(人、累計) 実績(令和7年): 71", "cell", [("実績(令和7年)", "71")])
    assert carries("amount", returned, "人") == 1.0
    assert carries("amount", returned, "件") == 0.0
    cost = unit("観光 事業費(千円): 186,000", "cell", [("事業費(千円)", "186,000")])
    assert carries("money", cost) == 1.0
    assert carries("money", unit("(9) 観光又はレクリエーション 事業主体: 町")) == 0.0
    counted = [("指標", "チーム会議の開催数"), ("単位", "回"), ("現状", "125")]
    assert carries("amount", unit("指標: チーム会議の開催数 / 単位: 回 / 現状: 125", "row", counted), "回") == 1.0
    only_unit = unit("1 チーム会議の開催数 単位: 回", "cell", [("単位", "回")])
    assert carries("amount", only_unit, "回") == 0.0  # the 単位 cell alone holds no figure


def test_a_section_about_the_previous_edition_is_told_apart():
    assert _edition("第2次霞ノ沢村地域公共交通計画") == 2
    assert _edition("一関市総合計画") == 0
    assert _about_earlier("3. 前計画(第1次計画)の評価", 2, "第2次交通計画")
    assert _about_earlier("4 第2次計画における課題", 3, "第3次協働推進計画")
    assert not _about_earlier("7. 評価指標(KPI)", 2, "第2次交通計画")
    assert not _about_earlier("第1章 計画の概要", 0, "前期基本計画")  # its own title is no earlier plan
    assert not _about_earlier("第3章 施策", 3, "第3次協働推進計画")


def test_a_figure_asked_as_a_target_is_told_from_a_projection_beside_it(engine):
    from bot.analysis import analyse
    from bot.features import INDEX, features
    from index.retrieve import Candidate

    aim = unit("2040年(令和22年)は人口94,000人程度を目標とする。")
    forecast = unit("推計によると、2040年には90,789人になるものと見込まれている。")
    a = analyse("2040年に圏域の人口どのくらいを目指してんの？", engine.lexicon)
    assert a.stances == ("target",)
    rows = features(a, [Candidate(aim), Candidate(forecast)], engine.context)
    assert [r[INDEX["stance_ok"]] for r in rows] == [1.0, 0.0]
    assert [r[INDEX["stance_other"]] for r in rows] == [0.0, 1.0]


def test_a_terms_definition_carries_who_takes_part():
    defined = unit("チーム会議: 地域協働体、市民活動センター、市などが定期的に開催する会議。", kind="term")
    assert carries("person", defined) == 1.0
    assert carries("person", unit("チーム会議の開催数 現状 125回")) == 0.0


def test_a_unit_said_in_words_is_the_one_the_tables_write_in_letters():
    area = unit("平泉町 面積(km2): 63.39", "cell", [("面積(km2)", "63.39")])
    assert carries("amount", area, "平方キロ") == 1.0
    assert carries("amount", unit("削減率は48%です。"), "パーセント") == 1.0
    assert carries("amount", unit("削減率は48%です。"), "キロ") == 0.0


def test_a_unit_holding_the_municipality_asked_and_a_verdict_when_one_is_asked_are_measured(engine):
    from bot.analysis import analyse
    from bot.features import INDEX, features
    from index.retrieve import Candidate

    town = unit("平泉町 合計 2020年 (R2年): 7,252", "cell", [("年 市町", "平泉町 合計"), ("2020年 (R2年)", "7,252")])
    area = unit("圏域の人口は、2020年の国勢調査では119,184人となった。")
    rows = features(analyse("平泉町の2020年の人口は？", engine.lexicon), [Candidate(town), Candidate(area)], engine.context)
    assert [r[INDEX["muni_written"]] for r in rows] == [1.0, 0.0]
    judged = unit("流雪溝の整備延長 目標値: 20.0km 実績: 18.4km 達成状況: 未達成")
    bare = unit("流雪溝の整備延長 現状 18.4km 目標 20.0km")
    rows = features(analyse("流雪溝の整備延長は目標いった？", engine.lexicon), [Candidate(judged), Candidate(bare)],
                    engine.context)
    assert [r[INDEX["verdict"]] for r in rows] == [1.0, 0.0]
