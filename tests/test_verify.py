"""The check of a generated answer: each claim must be in the evidence its sentence cites."""

from bot.verify import check

EVIDENCE = [
    "チーム会議の開催数 現状 125回（令和4年度） 目標 170回（令和10年度）",
    "藤沢市民センター 7月26日(水) 住民懇談会 参加者20人",
]


def test_a_faithful_answer_passes_with_every_claim_checked():
    verdict = check("The target for 「チーム会議の開催数」 is 170 in FY2028 [1]. "
                    "The meeting at 藤沢市民センター (Fujisawa) was on July 26 with 20 people [2].", EVIDENCE)
    assert verdict.passed, verdict.reasons
    assert verdict.claims >= 6


def test_era_years_in_the_evidence_support_western_years():
    assert check("「チーム会議の開催数」的目标是2028年度170次[1]。", EVIDENCE).passed


def test_an_invented_number_is_caught():
    verdict = check("The target for チーム会議の開催数 is 180 [1].", EVIDENCE)
    assert not verdict.passed and verdict.reasons == ["number 180"]


def test_a_wrong_date_is_caught():
    assert check("The meeting at 藤沢市民センター was on July 27 [2].", EVIDENCE).reasons == ["date July 27"]


def test_a_claim_must_be_in_the_evidence_its_sentence_cites():
    assert not check("The meeting had 20 people [1].", EVIDENCE).passed
    assert check("The meeting had 20 people [2].", EVIDENCE).passed


def test_citations_must_exist_and_be_there():
    assert check("The meeting was on July 26 [3].", EVIDENCE).reasons == ["citation [3] does not exist"]
    assert check("The meeting was on July 26.", EVIDENCE).reasons == ["no citation"]


def test_names_not_in_the_evidence_are_caught_in_japanese_and_in_latin_letters():
    assert not check("The meeting at 千厩市民センター was on July 26 [2].", EVIDENCE).passed
    assert not check("The meeting in Sendai was on July 26 [2].", EVIDENCE).passed
    assert check("The meeting in Fujisawa was on July 26 [2].", EVIDENCE).passed
