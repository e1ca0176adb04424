"""The learned ranker: gradient-boosted trees (LightGBM, LambdaRank) over bot.features, and one learned
probability of the best candidate being right (boosted trees too, over the best scores and the best candidate's
features), on which "not in the plans" is decided.

LambdaRank because the task is ranking the candidates of one question, and trees because what counts
depends on the question (a table cell for 何人, a definition for とは): the trees learn those interactions
from the labelled questions instead of hand-made weights. The trees are stored as plain JSON and walked
here with NumPy, so serving needs neither LightGBM nor pickles; training (bot.train) uses LightGBM.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import numpy as np

from bot.features import NAMES

MODEL = Path(__file__).with_name("ranker.json")
MUST_CARRY = ("date", "time", "period", "person", "money", "contact")  # answered only by a unit visibly holding one
SECOND_LOOK = 5  # when the best lacks the type asked, the next candidates looked at


class RankerError(Exception):
    """The model file is missing or unreadable; the message says how to make it."""


@dataclass
class Tree:
    """One regression tree as flat arrays: internal node i splits on feature[i] at threshold[i]; a child
    index ≥ 0 is a node, < 0 is leaf ~child."""

    feature: np.ndarray
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    leaf: np.ndarray

    def predict(self, x: np.ndarray) -> np.ndarray:
        if len(self.feature) == 0:
            return np.full(len(x), self.leaf[0])
        node = np.zeros(len(x), dtype=np.int64)
        rows = np.arange(len(x))
        active = np.ones(len(x), dtype=bool)
        while active.any():
            n = node[active]
            go_left = x[rows[active], self.feature[n]] <= self.threshold[n]
            node[active] = np.where(go_left, self.left[n], self.right[n])
            active = node >= 0
        return self.leaf[~node]

    @classmethod
    def from_lightgbm(cls, structure: dict, column: dict[int, int]) -> Tree:
        """Flatten LightGBM's dumped tree; `column` maps its feature indexes to NAMES positions."""
        feature, threshold, left, right, leaf = [], [], [], [], []

        def walk(node: dict) -> int:
            if "leaf_value" in node:
                leaf.append(node["leaf_value"])
                return ~(len(leaf) - 1)
            i = len(feature)
            feature.append(column[node["split_feature"]])
            threshold.append(node["threshold"])
            left.append(0)
            right.append(0)
            left[i] = walk(node["left_child"])
            right[i] = walk(node["right_child"])
            return i

        walk(structure)
        return cls(np.array(feature, dtype=np.int64), np.array(threshold, dtype=np.float64),
                   np.array(left, dtype=np.int64), np.array(right, dtype=np.int64), np.array(leaf, dtype=np.float64))

    def to_dict(self) -> dict:
        return {k: getattr(self, k).tolist() for k in ("feature", "threshold", "left", "right", "leaf")}

    @classmethod
    def from_dict(cls, data: dict) -> Tree:
        return cls(np.array(data["feature"], dtype=np.int64), np.array(data["threshold"], dtype=np.float64),
                   np.array(data["left"], dtype=np.int64), np.array(data["right"], dtype=np.int64),
                   np.array(data["leaf"], dtype=np.float64))


class Forest:
    """All trees packed into padded arrays, walked together: one NumPy step per tree level for every tree and
    every candidate at once (a loop over trees would cost a millisecond per hundred trees)."""

    def __init__(self, trees: list[Tree]) -> None:
        self.count = len(trees)
        nodes = max((len(t.feature) for t in trees), default=0) or 1
        leaves = max((len(t.leaf) for t in trees), default=1)
        self.feature = np.zeros((self.count, nodes), dtype=np.int64)
        self.threshold = np.zeros((self.count, nodes))
        self.left = np.full((self.count, nodes), -1, dtype=np.int64)
        self.right = np.full((self.count, nodes), -1, dtype=np.int64)
        self.leaf = np.zeros((self.count, leaves))
        self.stump = np.zeros(self.count, dtype=bool)  # a tree that is one leaf
        for i, t in enumerate(trees):
            n = len(t.feature)
            self.feature[i, :n], self.threshold[i, :n] = t.feature, t.threshold
            self.left[i, :n], self.right[i, :n] = t.left, t.right
            self.leaf[i, : len(t.leaf)] = t.leaf
            self.stump[i] = n == 0

    def predict(self, x: np.ndarray) -> np.ndarray:
        if self.count == 0:
            return np.zeros(len(x))
        rows = np.arange(len(x))[None, :]
        trees = np.arange(self.count)[:, None]
        node = np.where(self.stump[:, None], -1, 0) * np.ones((1, len(x)), dtype=np.int64)
        while (active := node >= 0).any():
            n = np.where(active, node, 0)
            go_left = x[rows, self.feature[trees, n]] <= self.threshold[trees, n]
            node = np.where(active, np.where(go_left, self.left[trees, n], self.right[trees, n]), node)
        return self.leaf[trees, ~node].sum(axis=0)


@dataclass
class Ranker:
    trees: list[Tree]
    decider: list[Tree]  # binary boosted trees over decision_inputs: log-odds that the best answer is right
    threshold: float  # a best candidate less probable than this is no answer (chosen on held-out questions)
    meta: dict = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path = MODEL) -> Ranker:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data["names"] != list(NAMES):
                raise ValueError("the features have changed since the model was trained")
            return cls([Tree.from_dict(t) for t in data["trees"]], [Tree.from_dict(t) for t in data["decider"]],
                       float(data["threshold"]), data.get("meta", {}))
        except (OSError, ValueError, KeyError) as exc:
            raise RankerError(f"{path}: ランキングモデルを読めません（planbot train で作り直してください）: {exc}") from exc

    @classmethod
    def blank(cls) -> Ranker:
        """A ranker that believes nothing, for collecting training data before any model exists."""
        return cls([], [], 0.5)

    def save(self, path: Path = MODEL) -> None:
        data = {"names": list(NAMES), "trees": [t.to_dict() for t in self.trees],
                "decider": [t.to_dict() for t in self.decider], "threshold": self.threshold, "meta": self.meta}
        path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")

    @cached_property
    def forest(self) -> Forest:
        return Forest(self.trees)

    @cached_property
    def decision_forest(self) -> Forest:
        return Forest(self.decider)

    def scores(self, rows: list[list[float]]) -> np.ndarray:
        """Each candidate's ranking score (higher is better; comparable within one question)."""
        if not rows:
            return np.zeros(0)
        return self.forest.predict(np.asarray(rows, dtype=np.float64))

    def confidence(self, ranked: list[float], best: list[float]) -> float:
        """The learned probability that the best candidate's answer is right (`ranked`: scores, best first;
        `best`: the best candidate's features); 0 without a decider."""
        if not ranked or not self.decider:
            return 0.0
        x = np.asarray([decision_inputs(ranked, best)], dtype=np.float64)
        return _sigmoid(float(self.decision_forest.predict(x)[0]))


def _sigmoid(z: float) -> float:
    return float(1.0 / (1.0 + np.exp(-z)))


def decision_inputs(ranked: list[float], best: list[float]) -> list[float]:
    """What "not in the plans" is decided on: the best scores, the best one's margin, how many candidates,
    and everything the best candidate holds of the question (its features)."""
    margin = ranked[0] - ranked[1] if len(ranked) > 1 else 1.0
    following = [*ranked[1:3], 0.0, 0.0][:2]
    return [ranked[0], margin, *following, float(len(ranked)), *best]


def asked_type(wants: str, multi: bool) -> str:
    """The type a chosen unit must carry; asked with another thing (定義と、誰が話し合う場か), only preferred
    (marked "?"), since the plans may answer the other part."""
    return f"{wants}?" if multi and wants else wants


def decide(confidence: float, carried: list[float], wants: str, threshold: float, counted: bool = False,
           relevant: list[bool] | None = None) -> int | None:
    """Which of the best candidates answers, or None: "not in the plans". The best must be believed
    (confidence ≥ threshold); a question that wants a date, a name, an amount of money, a contact or an
    amount with its counter (何パーセント) takes the best of the first few that visibly carries one and is about
    what is asked (`relevant`: holds the question's head noun or a name it gives; the best always is); a type
    only preferred ("date?") falls back to the best."""
    if confidence < threshold:
        return None
    preferred, wants = wants.endswith("?"), wants.rstrip("?")
    if wants not in MUST_CARRY and not (counted and wants == "amount"):
        return 0
    relevant = relevant or [True] * len(carried)
    found = next((i for i, c in enumerate(carried[:SECOND_LOOK]) if c >= 1 and (i == 0 or relevant[i])), None)
    return 0 if found is None and preferred else found
