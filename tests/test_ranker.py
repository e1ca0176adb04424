"""The ranker: LightGBM's trees walked by NumPy give LightGBM's own scores, and the decline decision."""

import numpy as np
import pytest

from bot.features import NAMES
from bot.ranker import Forest, Ranker, Tree, asked_type, decide


def test_the_packed_forest_scores_as_lightgbm_does():
    lgb = pytest.importorskip("lightgbm")
    rng = np.random.default_rng(3)
    x = rng.random((400, len(NAMES)))
    y = (x[:, 0] + x[:, 5] * x[:, 9] > 0.8).astype(int)
    booster = lgb.train({"objective": "binary", "num_leaves": 15, "verbose": -1}, lgb.Dataset(x, y), 40)
    trees = [Tree.from_lightgbm(t["tree_structure"], {i: i for i in range(len(NAMES))})
             for t in booster.dump_model()["tree_info"]]
    fresh = rng.random((50, len(NAMES)))
    assert np.allclose(Forest(trees).predict(fresh), booster.predict(fresh, raw_score=True))


def test_the_shipped_model_loads_and_fits_the_features():
    ranker = Ranker.load()
    assert ranker.trees and 0 < ranker.threshold < 1
    assert ranker.scores([[0.0] * len(NAMES)]).shape == (1,)


def test_a_best_candidate_below_the_threshold_is_no_answer():
    assert decide(0.05, [1.0], "general", 0.2) is None
    assert decide(0.9, [0.5], "general", 0.2) == 0


def test_a_when_question_takes_the_first_relevant_candidate_that_holds_a_time():
    assert decide(0.9, [0.0, 1.0, 1.0], "date", 0.2, relevant=[True, False, True]) == 2
    assert decide(0.9, [0.0, 0.0], "date", 0.2) is None  # nothing holds a time: not in the plans
    assert decide(0.9, [0.0, 1.0], "amount", 0.2, counted=True) == 1  # 何パーセント: the one with a %


def test_asked_with_another_thing_the_type_is_preferred_not_required():
    assert asked_type("period", multi=True) == "period?" and asked_type("period", multi=False) == "period"
    assert decide(0.9, [0.0, 1.0], asked_type("period", multi=True), 0.2) == 1  # どれ？いつまで？: the one with a span
    assert decide(0.9, [0.0, 0.0], asked_type("person", multi=True), 0.2) == 0  # 定義と誰が: the definition answers
