"""Facts come out of the real plans by their table headers and text patterns, with their sources.

Corpus tier: these tests pin today's documents (counts, line numbers); a revised plan may change
them, while tests/test_extract.py states the same behaviour on small plans written in the test.
"""

import pytest

from index.build import parse_corpus
from index.corpus import load_config, load_corpus
from index.extract import extract_facts
from index.facts import Facts
from tests.conftest import CORPUS

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def facts():
    documents = load_corpus(CORPUS)
    parsed, _ = parse_corpus(documents)
    return extract_facts(parsed, documents, load_config(CORPUS))


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
