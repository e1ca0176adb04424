"""English answers from facts: names as written with their reading, Western years, figures with units."""

from bot.answer import Answer
from bot.english import date, named, say, years
from index.facts import Event, Indicator, Office, Organisation, Source

SOURCE = Source("plan.md", "桜台市まちづくり計画", "第2章 › 指標", 10, 12)


def test_japanese_names_keep_their_writing_and_gain_a_reading():
    assert named("桜台") == "桜台 (Sakuradai)"
    assert named("Fujisawa") == "Fujisawa"


def test_era_years_become_western_years_and_fiscal_years():
    assert years("令和10年度") == "FY2028"
    assert years("平成26年") == "2014"
    assert years("R4年度") == "FY2022"


def test_dates_are_written_in_english_with_the_plan_writing_beside():
    assert date("H26.6.29") == "June 29, 2014 (H26.6.29)"
    assert date("7月26日(水)") == "July 26 (7月26日(水))"


def test_an_indicator_is_its_figure_and_target_with_their_years_without_a_romanised_reading():
    found = Indicator("清掃活動の参加者数", "人", "320", "令和5年度", "400", "令和10年度", SOURCE)
    answer = Answer("q", "…", "indicator", True, kind="indicator", records=[found])
    text = say(answer, "")
    assert "清掃活動の参加者数" in text
    assert "320人 (people) as of FY2023" in text and "Seiso" not in text
    assert "target 400人 (people) (FY2028)" in text


def test_organisations_are_listed_with_their_count_and_founding_dates():
    orgs = [Organisation(name, "桜台", "", founded, "", SOURCE) for name, founded in
            (("桜台地区協議会", "H27.4.1"), ("みどり野振興会", "R2.10.5"))]
    text = say(Answer("q", "…", "contact", True, kind="organisation", records=orgs), "")
    assert text.startswith("The plan lists 2 organizations in 桜台 (Sakuradai):")
    assert "みどり野振興会" in text and "October 5, 2020" in text


def test_an_office_answer_gives_address_phone_and_fax():
    office = Office("桜台市企画課", "桜台市中央1-1", "0120-00-0000", "0120-00-0001", SOURCE)
    text = say(Answer("q", "…", "contact", True, kind="office", records=[office]), "")
    assert "address: 桜台市中央1-1" in text and "phone 0120-00-0000" in text and "fax 0120-00-0001" in text


def test_an_event_says_where_when_and_how_many_came():
    event = Event("住民懇談会", "令和5年7月26日", venue="桜台公民館", participants="31")
    text = say(Answer("q", "…", "schedule", True, kind="event", records=[event]), "")
    assert "at 桜台公民館" in text and "July 26, 2023" in text and "31 participants" in text


def test_a_quoted_passage_is_framed_by_one_english_line_and_kept_in_japanese():
    answer = Answer("q", "計画書には…", "general", True, kind="evidence", detail={"quote": "「市民と行政が協力します。」"})
    text = say(answer, "“桜台市まちづくり計画”, section “第1章”")
    assert text == "The plans say this in “桜台市まちづくり計画”, section “第1章”:\n「市民と行政が協力します。」"


def test_an_outline_answer_is_listed_in_english(engine):
    answer = engine.ask("What were the challenges of the second plan?")
    assert answer.answer.startswith("The plan lists 6 items") and "後継者不足" in answer.answer
