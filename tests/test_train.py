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
