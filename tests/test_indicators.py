"""Progress is reckoned only where a baseline stands beside a later figure, in the indicator's direction;
the manifest says the direction, per plan or per indicator, and a wrong value is a clear error."""

import pytest

from bot.indicators import achieved, direction, progress
from index.corpus import CorpusError, load_corpus
from index.facts import Indicator, Source

SOURCE = Source("計画", "指標", "p.md", 1, 1)


def indicator(baseline: str, target: str, measured: str = "", way: str = "") -> Indicator:
    """A row with only `baseline` as its 現状, or with a later `measured` figure beside its 基準値."""
    if not measured:
        return Indicator("指標", "件", baseline, "令和4年度", target, "令和10年度", SOURCE, direction=way)
    return Indicator("指標", "件", measured, "令和7年度", target, "令和10年度", SOURCE, baseline, "令和4年度", way)


def test_a_baseline_alone_is_no_progress():
    assert progress(indicator("125", "170")) is None  # 125 was measured before the plan began


def test_progress_is_the_way_from_the_baseline_to_the_target():
    assert progress(indicator("100", "200", "150")) == 0.5
    assert progress(indicator("100", "200", "90")) == 0.0  # went the wrong way
    assert achieved(indicator("100", "200", "230")) and progress(indicator("100", "200", "230")) == 1.0


def test_a_rate_to_bring_down_counts_as_progress_only_when_it_falls():
    assert direction(indicator("40%", "30%")) == "down"  # read from the figures when the manifest is silent
    assert progress(indicator("40%", "30%", "35%")) == 0.5
    assert progress(indicator("40%", "30%", "45%")) == 0.0 and not achieved(indicator("40%", "30%", "45%"))


def test_the_manifests_direction_decides_a_level_to_hold_and_a_contradiction_shows_nothing():
    assert achieved(indicator("50", "50", "45", "down")) and not achieved(indicator("50", "50", "45", "up"))
    assert progress(indicator("50", "50", "45")) is None  # neither said nor readable
    assert progress(indicator("1,000", "800", "900", "up")) is None  # "up" toward a lower target: say nothing


def manifest(tmp_path, extra: str):
    (tmp_path / "a.md").write_text("# 計画\n本文です。\n", encoding="utf-8")
    (tmp_path / "documents.toml").write_text(f'[[document]]\nfile = "a.md"\ntitle = "計画"\n{extra}\n', encoding="utf-8")
    return tmp_path


def test_the_manifest_gives_a_plans_direction_and_an_indicators_own(tmp_path):
    [plan] = load_corpus(manifest(tmp_path, 'direction = "up"\n[document.directions]\n"ごみの 排出量" = "down"'))
    assert plan.direction_of("ごみの排出量") == "down" and plan.direction_of("参加者数") == "up"


@pytest.mark.parametrize("extra", ['direction = "rise"', '[document.directions]\n"ごみの排出量" = "less"',
                                   'directions = "down"'])
def test_a_direction_other_than_up_or_down_is_an_error_naming_the_file(tmp_path, extra):
    with pytest.raises(CorpusError, match=r"a.md の direction.*\"up\".*\"down\""):
        load_corpus(manifest(tmp_path, extra))
