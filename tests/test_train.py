"""Training the ranker: cross-validation never scores a question set with a model that saw it."""

import numpy as np

from bot import train
from bot.features import NAMES


def sample(group: str, i: int, right: int) -> train.Sample:
    x = np.zeros((3, len(NAMES)))
    x[right, 0] = 1.0  # the right candidate stands out on one feature
    y = np.zeros(3, dtype=np.int8)
    y[right] = 1
    return train.Sample(f"{group}-{i}", group, True, "general", x, y, np.ones(3), [], False, y * 3)


def test_folds_hold_out_whole_question_sets(monkeypatch):
    seen = []
    real_fit = train.fit

    def fit(samples, rounds=train.ROUNDS):
        seen.append({s.group for s in samples})
        return real_fit(samples, 5)

    monkeypatch.setattr(train, "fit", fit)
    samples = [sample(f"set{g}", i, i % 3) for g in range(6) for i in range(20)]
    results, models = train.cross_validate(samples, 5)
    assert len(results) == len(samples) and len(models) == train.FOLDS
    for groups in seen:
        assert len(groups) < 6  # every model leaves some sets out
    assert sum(o.labels[0] for o in results) / len(results) > 0.9  # the feature was learned across sets


def out_of_scope(group: str, i: int) -> train.Sample:
    x = np.zeros((3, len(NAMES)))
    x[:, 1] = 1.0  # what marks a question the plans do not answer, in this toy world
    return train.Sample(f"{group}-oos{i}", group, False, "general", x, np.zeros(3, dtype=np.int8), np.ones(3), [],
                        False, np.zeros(3))


def test_the_decider_is_judged_on_question_sets_it_never_saw_and_learns_what_marks_out_of_scope():
    samples = [sample(f"set{g}", i, i % 3) for g in range(6) for i in range(30)]
    samples += [out_of_scope(f"set{g}", i) for g in range(6) for i in range(30)]
    results, _ = train.cross_validate(samples, 5)
    train.hold_out_decisions(results)
    assert all(o.held_out is not None for o in results)
    inside = [o.held_out for o in results if o.in_scope]
    outside = [o.held_out for o in results if not o.in_scope]
    assert min(inside) > max(outside)  # learned on the other sets, it tells the kinds apart on this one
    decider = train.fit_decider(results)
    ranker = train.Ranker([], decider, 0.5)
    best_in = next(o for o in results if o.in_scope)
    best_out = next(o for o in results if not o.in_scope)
    assert ranker.confidence(best_in.scores, best_in.best) > 0.5 > ranker.confidence(best_out.scores, best_out.best)



def outcome(in_scope: bool, right: bool, confidence: float) -> train.Outcome:
    return train.Outcome(in_scope, [1.0], [int(right)], [1.0], "general", [0.0], held_out=confidence)


def test_of_thresholds_about_as_good_as_the_best_the_lowest_is_chosen():
    answerable = [outcome(True, True, 0.9) for _ in range(1000)]
    probe = train.Ranker([], [], 0.5)
    # one of 200 unanswerable questions at 0.39: keeping it out is worth less than the estimate's noise
    one = answerable + [outcome(False, False, 0.39)] + [outcome(False, False, 0.01) for _ in range(199)]
    assert train.choose_threshold(probe, one) == 0.05
    # ten of them: keeping them out is worth it
    ten = answerable + [outcome(False, False, 0.39) for _ in range(10)] + [outcome(False, False, 0.01) for _ in range(190)]
    assert train.choose_threshold(probe, ten) == 0.4
