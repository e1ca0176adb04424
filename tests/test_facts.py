"""Facts come out of the plans by their table headers and text patterns, with their sources."""

import pytest

from index.build import parse_corpus
from index.corpus import load_corpus
from index.facts import (
    Facts,
    extract_events,
    extract_facts,
    extract_indicators,
    extract_offices,
    extract_organisations,
    extract_periods,
    extract_projects,
    extract_targets,
    extract_terms,
)
from index.parse import parse_document
from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def facts():
    parsed, _ = parse_corpus(load_corpus(CORPUS))
    return extract_facts(parsed)


def test_glossary_terms_have_their_definition_and_source(facts):
    term = next(t for t in facts.terms if t.term == "地域協働体")
    assert term.definition.startswith("一定の区域(市民センターの管轄区域)において")
    assert term.reading == "チイキキョウドウタイ"
    assert term.source.title == "第3次一関市協働推進計画"
    assert term.source.section.endswith("4 用語の定義 › (3) 地域協働体")
    assert (term.source.start_line, term.source.end_line) == (93, 95)


def test_listed_terms_of_the_later_basic_plan_keep_their_section(facts):
    term = next(t for t in facts.terms if t.term == "デマンド型乗合タクシー")
    assert term.definition == ""
    assert term.source.section.endswith("2-3 公共交通")


def test_indicators_have_values_and_year_labels(facts):
    assert len(facts.indicators) == 9
    team = next(i for i in facts.indicators if i.name == "チーム会議の開催数")
    assert (team.unit, team.current, team.current_label, team.target, team.target_label) == (
        "回", "125", "令和4年度", "170", "令和10年度")


def test_population_and_ageing_targets_are_read_from_prose(facts):
    found = {(t.year, t.subject): t.value for t in facts.targets}
    assert found[("2028年(令和10年)", "高齢化率")] == "39.5%程度"
    assert found[("2028年(令和10年)", "人口")] == "107,400人程度"
    assert found[("2040年(令和22年)", "人口")] == "94,000人程度"


def test_organisations_carry_area_centre_founding_and_management(facts):
    assert len(facts.organisations) == 33
    oimatsu = next(o for o in facts.organisations if o.centre == "老松")
    assert (oimatsu.name, oimatsu.area, oimatsu.founded) == ("老松みどりの郷協議会", "花泉", "平成26年6月29日")
    assert oimatsu.managed == "H31. 4. 1~"
    assert next(o for o in facts.organisations if o.name == "摺沢振興会").managed == ""


def test_the_office_has_address_phone_and_fax(facts):
    [office] = facts.offices
    assert office.name == "一関市まちづくり推進部まちづくり推進課"
    assert office.address == "〒021-01 岩手県一関市竹山町7番2号"
    assert office.tel.startswith("0191-21-2111") and office.fax == "0191-21-2164"


def test_meetings_and_resident_meetings_are_dated_events(facts):
    fujisawa = next(e for e in facts.events if e.venue == "藤沢市民センター")
    assert (fujisawa.date, fujisawa.area, fujisawa.participants) == ("7月26日(水)", "藤沢", "20")
    fifth = next(e for e in facts.events if "第5回" in e.name)
    assert fifth.date.startswith("令和6年3月8日") and fifth.participants == "8人" and fifth.counted == "出席者"
    assert any(e.name == "市民センター指定管理者制度の導入開始" and e.date == "平成 28 年度" for e in facts.events)


def test_projects_have_status_and_a_resolved_year_plan(facts):
    assert len(facts.projects) == 19
    project = next(p for p in facts.projects if p.number == "12")
    assert project.status == "継続"
    assert project.plan == [("6年度", "検討"), ("7年度", "検討"), ("8年度", "実施"), ("9年度", "実施"), ("10年度", "実施")]


def test_plan_periods_come_from_period_sections(facts):
    period = next(p for p in facts.periods if p.plan == "第3次一関市協働推進計画")
    assert "令和6年度から令和10年度までの5年間" in period.text


def test_facts_survive_a_round_trip_through_json(facts):
    assert Facts.from_dict(facts.to_dict()) == facts


# --- hand-made documents of the same shapes: a revised plan yields its own facts

REVISED = "\n".join([
    "第1章 基本的事項",
    "",
    "1 計画の期間",
    "",
    "本計画は、令和11年度から令和15年度までの5年間とします。",
    "",
    "2 用語の定義",
    "",
    "(1) 地域運営組織",
    "",
    "地域の課題を住民が話し合って解決する組織。",
    "",
    "第2章 取組",
    "",
    "事業1\t見守り活動の推進\t新規\t\t\t",
    "内容\t○高齢者世帯の見守りを行います。\t実施年度\t\t\t",
    "\t\t11年度\t12年度\t13年度",
    "\t\t検討\t実施\t→",
    "",
    "指標",
    "",
    "指標\t\t単位\t現状 (令和9年度)\t目標 (令和15年度)",
    "1\t見守り訪問件数\t件\t120\t300",
    "",
    "資料1 団体一覧",
    "",
    "地域\tNo.\t市民センターエリア\t団体名\t設立年月日\t指定管理",
    "北部\t1\t上町\t上町みらい会\tR2. 5. 1\tR4. 4. 1~",
    "\t2\t下町\t下町の会\tR3. 6. 1\t",
    "",
    "資料2 会議の経過",
    "",
    "No.\t日時\t会議等名\t出席者数",
    "1\t令和10年6月1日(木)\t第1回検討会議\t12人",
    "",
    "お問い合わせ",
    "",
    "北部市役所 地域づくり課",
    "",
    "〒000-0000 岩手県北部市本町1番1号",
    "",
    "TEL 0000-11-2222",
    "",
    "2035年(令和17年)の目標は、人口50,000人程度とする。",
])


@pytest.fixture(scope="module")
def revised():
    return parse_document(REVISED, "revised.md", "北部市地域運営計画")


def test_extractors_work_on_a_revised_plan_of_the_same_shape(revised):
    [term] = [t for t in extract_terms(revised) if t.definition]
    assert (term.term, term.definition) == ("地域運営組織", "地域の課題を住民が話し合って解決する組織。")
    [indicator] = extract_indicators(revised)
    assert (indicator.name, indicator.current, indicator.target, indicator.target_label) == (
        "見守り訪問件数", "120", "300", "令和15年度")
    orgs = extract_organisations(revised)
    assert [(o.area, o.name, o.managed) for o in orgs] == [("北部", "上町みらい会", "R4. 4. 1~"), ("北部", "下町の会", "")]
    [event] = [e for e in extract_events(revised) if e.name == "第1回検討会議"]
    assert event.date == "令和10年6月1日(木)"
    [project] = extract_projects(revised)
    assert (project.name, project.status, project.plan) == (
        "見守り活動の推進", "新規", [("11年度", "検討"), ("12年度", "実施"), ("13年度", "実施")])
    [office] = extract_offices(revised)
    assert (office.name, office.tel) == ("北部市役所 地域づくり課", "0000-11-2222")
    [period] = extract_periods(revised)
    assert "令和11年度から令和15年度まで" in period.text
    [target] = extract_targets(revised)
    assert (target.year, target.subject, target.value) == ("2035年(令和17年)", "人口", "50,000人程度")


def test_prose_targets_need_a_year_and_a_target_sentence():
    doc = parse_document("第1章 将来\n\n2030年には人口90,000人程度と見込まれる。\n", "a.txt", "A")
    assert extract_targets(doc) == []
