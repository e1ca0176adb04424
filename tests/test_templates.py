"""Each answer template: polite, short, with the fact's numbers and a citation of its source."""

from bot import templates as compose
from index.facts import Event, Indicator, Office, Organisation, Period, Project, Source, Target, Term

SRC = Source("テスト計画", "第1章 › 指標", "plan.md", 10, 12)


def test_term_with_a_definition():
    a = compose.term_answer("協働とは？", Term("協働", "市民と行政が協力すること。", "キョウドウ", SRC), "term")
    assert a.answer == "「協働」とは、市民と行政が協力すること。"
    assert a.confident and a.citations[0].lines == (10, 12) and a.citations[0].title == "テスト計画"


def test_a_listed_term_says_where_it_appears():
    a = compose.term_answer("タクシー", Term("デマンド型乗合タクシー", "", "", SRC), "general")
    assert "「第1章 › 指標」に出てくる用語です" in a.answer


def test_indicator_gives_current_and_target_with_units_and_years():
    ind = Indicator("集会所の利用者数", "人", "1,200", "令和7年度", "1,500", "令和12年度", SRC)
    a = compose.indicator_answer("利用者数の目標は？", [ind], "indicator")
    assert a.answer == "集会所の利用者数は、現状1,200人（令和7年度）、目標1,500人（令和12年度）です。"


def test_an_indicator_without_a_current_value_says_so():
    ind = Indicator("認知度", "%", "—", "令和4年度", "90", "令和10年度", SRC)
    assert "現状記載なし" in compose.indicator_answer("認知度", [ind], "indicator").answer


def test_targets():
    a = compose.target_answer("q", [Target("人口", "2028年(令和10年)", "107,400人程度", SRC)], "indicator")
    assert a.answer == "2028年(令和10年)の人口の目標は、107,400人程度です。"


def test_a_list_of_organisations_lists_them_all():
    orgs = [Organisation(f"団体{i}", "北部", f"地区{i}", "平成27年3月22日", "", SRC) for i in range(7)]
    a = compose.organisation_answer("北部の協働体は？", orgs, "contact")
    assert a.answer.startswith("北部の該当する団体は次の7件です。")
    assert all(f"団体{i}" in a.answer for i in range(7))
    assert len(a.citations) == 1


ROW = [("地域", "花泉"), ("No.", "15"), ("市民センターエリア", "老松"), ("団体名", "老松みどりの郷協議会"),
       ("設立年月日", "H26. 6. 29"), ("指定管理状況", "H31. 4. 1~")]


def test_one_organisation_is_its_row_with_labels_and_dates_written_out():
    org = Organisation("老松みどりの郷協議会", "花泉", "老松", "平成26年6月29日", "H31. 4. 1~", SRC, ROW)
    a = compose.organisation_answer("老松の協働体は？", [org], "contact")
    assert a.answer == ("「老松みどりの郷協議会（地域：花泉、市民センターエリア：老松、"
                        "設立年月日：平成26年6月29日、指定管理状況：平成31年4月1日~）」")


def test_a_yes_no_question_on_a_column_answers_from_the_cell():
    empty = [(label, "" if label == "指定管理状況" else value) for label, value in ROW]
    org = Organisation("老松みどりの郷協議会", "花泉", "老松", "平成26年6月29日", "", SRC, empty)
    no = compose.organisation_answer("老松みどりの郷協議会は指定管理をしていますか", [org], "contact", ("指定管理状況", ""))
    assert no.answer.startswith("いいえ、老松みどりの郷協議会の「指定管理状況」の欄は空欄")
    org.cells = ROW
    yes = compose.organisation_answer("老松みどりの郷協議会は指定管理をしていますか", [org], "contact",
                                      ("指定管理状況", "平成31年4月1日~"))
    assert yes.answer.startswith("はい、老松みどりの郷協議会の「指定管理状況」は平成31年4月1日~です。")


def test_office_contact():
    office = Office("まちづくり推進課", "〒021-01 岩手県一関市竹山町7番2号", "0191-21-2111", "0191-21-2164", SRC)
    a = compose.office_answer("担当は？", office, "contact")
    assert "TEL 0191-21-2111" in a.answer and "FAX 0191-21-2164" in a.answer and "竹山町7番2号" in a.answer


def test_events_with_and_without_a_venue():
    at = Event("住民懇談会の開催状況", "7月26日(水)", "藤沢市民センター", "藤沢", "20", "参加者", "", SRC)
    meeting = Event("第5回推進会議", "令和6年3月8日(金)", participants="8人", counted="出席者", source=SRC)
    assert compose.event_answer("q", [at], "schedule").answer == (
        "藤沢市民センターでの住民懇談会は、7月26日(水)に開催されました（参加者20人）。")
    assert compose.event_answer("q", [meeting], "schedule").answer == "「第5回推進会議」は令和6年3月8日(金)です（出席者8人）。"


def test_project_plan_is_summarised_by_year_ranges():
    plan = [("6年度", "検討"), ("7年度", "実施"), ("8年度", "実施")]
    a = compose.project_answer("q", [Project("4", "地域運営への参画の促進", "新規", "", plan, SRC)], "schedule")
    assert a.answer == "事業4「地域運営への参画の促進」（新規）は、6年度は検討、7年度〜8年度は実施の計画です。"


def test_period_quotes_the_plan():
    a = compose.period_answer("q", Period("テスト計画", "本計画は、令和6年度から令和10年度までの5年間とします。", SRC), "schedule")
    assert "令和6年度から令和10年度" in a.answer and a.citations[0].file == "plan.md"


def test_answers_fit_a_phone_screen():
    orgs = [Organisation(f"とても長い名前の地域づくり協議会{i}", "北部", f"地区{i}", "平成27年3月22日", "", SRC)
            for i in range(30)]
    a = compose.organisation_answer("q", orgs, "contact")
    assert "ほか18件" in a.answer and len(a.answer) < 600
