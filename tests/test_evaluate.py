"""The CI's safety net: a suite under its floor, or a kind of variant losing too much, fails `planbot eval --ci`."""

from pathlib import Path

from bot.evaluate import Report, Suite, SuiteResult, Tally, evaluate, failures, has_facts, variant_allowances


def result(name: str, right: int, of: int) -> SuiteResult:
    return SuiteResult(name, Report("hybrid", {}, Tally(questions=of, with_facts=of, answer_ok=right)))


def test_a_suite_under_its_floor_fails_and_one_above_passes():
    suites = [Suite("dev", [], floor=80.0), Suite("holdout", [], floor=70.0)]
    problems = failures([result("dev", 79, 100), result("holdout", 71, 100)], suites, {}, 2.0)
    assert len(problems) == 1 and problems[0].startswith("dev:")


def test_a_suite_answering_more_of_its_out_of_scope_questions_than_its_ceiling_fails():
    suites = [Suite("oos", [], ooscope_max=10.0)]
    answered = SuiteResult("oos", Report("hybrid", {}, Tally(questions=20), no_answer_tp=17, no_answer_fn=3))
    declined = SuiteResult("oos", Report("hybrid", {}, Tally(questions=20), no_answer_tp=19, no_answer_fn=1))
    assert failures([answered], suites, {}, 2.0)[0].startswith("oos: 範囲外")
    assert failures([declined], suites, {}, 2.0) == []


def test_a_variant_may_lose_its_allowance_and_no_more(tmp_path: Path):
    suites_toml = tmp_path / "suites.toml"
    suites_toml.write_text('[variant_loss]\nhiragana = 5.0\n', encoding="utf-8")
    allowed = variant_allowances(suites_toml)
    scores = {"polite": (100, 80, 77), "hiragana": (100, 80, 76), "chatty": (100, 80, 79)}
    problems = failures([], [], scores, 2.0, allowed)
    assert [p.split(":")[0] for p in problems] == ["言い換え polite"]
    assert failures([], [], {"hiragana": (100, 80, 74)}, 2.0, allowed)


def test_a_declined_answer_never_counts_as_holding_the_fact_even_when_its_contact_names_it(engine):
    question = {"q": "火星への移住の補助金はいくら？", "intent": "general", "facts": [["一関市"]]}
    answer = engine.ask(question["q"])
    assert not answer.confident and "一関市" in answer.answer
    assert evaluate(engine, [question]).overall.answer_ok == 0


def test_a_fact_written_as_the_plans_short_date_is_found_in_an_answer_that_writes_the_date_out():
    said = "設立年月日：昭和61年1月11日、指定管理：令和4年4月1日~"
    assert has_facts(said, [["S61. 1. 11"], ["R4.4.1"]])
    assert not has_facts(said, [["R4. 4. 2"]])
