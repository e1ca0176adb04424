"""Plans in time: fiscal years, statuses on a given day, successors, and the check's warnings."""

from datetime import date

from index.timeline import (
    ENDED,
    IN_FORCE,
    NOT_YET,
    Plan,
    Timeline,
    announced_successor,
    ended_without_successor,
    fiscal_year,
)

OLD = Plan("old.txt", "旧構想", 2016, 2025, "総合計画 基本構想")
NEW = Plan("new.txt", "新構想", 2026, 2035, "総合計画 基本構想", supersedes="old.txt")


def test_the_fiscal_year_starts_in_april():
    assert fiscal_year(date(2026, 3, 31)) == 2025
    assert fiscal_year(date(2026, 4, 1)) == 2026


def test_status_follows_the_fiscal_year_of_the_day():
    assert OLD.status(date(2026, 3, 31)) == IN_FORCE
    assert OLD.status(date(2026, 4, 1)) == ENDED
    assert NEW.status(date(2025, 12, 1)) == NOT_YET
    assert Plan("x", "期間不明").status(date(2030, 1, 1)) == IN_FORCE


def test_a_successor_comes_from_the_corpus_or_from_the_manifest():
    assert Timeline([OLD, NEW]).successor("old.txt") == "新構想"
    named = Plan("old.txt", "旧構想", 2016, 2025, superseded_by="新構想（本文未収録）")
    assert Timeline([named]).successor("old.txt") == "新構想（本文未収録）"
    assert [p.title for p in Timeline([NEW, OLD]).editions("old.txt")] == ["旧構想", "新構想"]


def test_ended_plans_without_a_successor_in_the_corpus_are_warned_about():
    today = date(2026, 11, 23)
    [warning] = ended_without_successor([Plan("old.txt", "旧構想", 2016, 2025, superseded_by="新構想")], today)
    assert "old.txt" in warning and "2025年度" in warning and "新構想" in warning
    assert ended_without_successor([OLD, NEW], today) == []


def test_a_new_edition_added_with_only_its_title_and_period_replaces_the_old_one():
    old = Plan("old.txt", "白鷺町総合計画 基本構想", 2016, 2025, superseded_by="白鷺町総合計画 基本構想（2026年度～2035年度）")
    new = Plan("new.txt", "白鷺町総合計画 基本構想（2026～2035）", 2026, 2035)
    other = Plan("other.txt", "白鷺町環境基本計画", 2026, 2035)
    timeline = Timeline([old, new, other])
    assert timeline.successor_in_corpus("old.txt") == new
    assert timeline.newest_edition("old.txt") == new and timeline.newest_edition("other.txt") == other
    assert timeline.successor_in_corpus("new.txt") is None


def test_a_plan_names_its_next_edition_in_its_own_text():
    text = "次期計画\t第2期萩野岳村移住・定住促進計画(令和7年度~令和11年度)に引き継ぐ。"
    title = "萩野岳村移住・定住促進計画 成果指標（KPI）の進捗状況"
    assert announced_successor(title, text) == "第2期萩野岳村移住・定住促進計画(令和7年度~令和11年度)"
    assert announced_successor("第3次南谷市協働推進計画", "第2次南谷市協働推進計画を見直し、第4次南谷市協働推進計画へ") == "第4次南谷市協働推進計画"
    assert announced_successor("第3次南谷市協働推進計画", "第2次南谷市協働推進計画の成果と第4次南谷市総合計画") == ""
