"""Train the ranker on the labelled question sets, with cross-validation grouped by question set.

A candidate is labelled right when the answer composed from it holds every expected fact of its
question; every candidate of an out-of-scope question is wrong. Folds hold out whole question sets, so
no set's own questions ever score it; the decline threshold is chosen on those held-out predictions.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import numpy as np

from bot import compose as composer
from bot.analysis import analyse
from bot.config import Settings
from bot.engine import Engine, relevant
from bot.evaluate import has_facts, load_questions, load_suites, suite_settings
from bot.features import NAMES, carries, features
from bot.paraphrase import variants
from bot.ranker import MODEL, SECOND_LOOK, Ranker, Tree, asked_type, decide, decision_inputs
from bot.workers import Job, cores, run
from index.corpus import load_config


@dataclass
class Sample:
    """One question's candidates: features, labels, and what deciding needs."""

    qid: str
    group: str  # the question set it belongs to
    in_scope: bool
    wants: str
    x: np.ndarray
    y: np.ndarray
    carried: np.ndarray = field(default_factory=lambda: np.zeros(0))
    shown: list[str] = field(default_factory=list)  # each candidate briefly (kind | heading | text), for reading misses
    counted: bool = False  # the question gives a counter (何人, 何パーセント)
    grade: np.ndarray = field(default_factory=lambda: np.zeros(0))  # GRADES for every fact, less for some


def collect(engine: Engine, questions: list[dict], group: str) -> list[Sample]:
    """The labelled candidates of each question (questions the scope declines outright are left out)."""
    out = []
    for q in questions:
        text = q["q"]
        a = analyse(text, engine.lexicon)
        files, _, declined = engine.scope(a)
        if declined is not None:
            continue
        candidates = engine.candidates(a, files)
        if not candidates:
            continue
        x = np.asarray(features(a, candidates, engine.context), dtype=np.float64)
        in_scope = (q.get("intent") or "general") != "none"
        facts = q.get("facts") or []
        if in_scope and not facts:
            continue
        said = [composer.compose(a, c.unit, engine.units, 1.0).answer for c in candidates]
        held = np.array([[has_facts(text, [group]) for group in facts] for text in said], dtype=np.float64) \
            if in_scope else np.zeros((len(candidates), 1))
        y = (held.all(axis=1) & in_scope).astype(np.int8)
        grade = np.where(y == 1, GRADES, np.floor(held.mean(axis=1) * (GRADES - 1))).astype(np.int8)
        shown = [f"{c.unit.kind} | {c.unit.heading[:20]} | {c.unit.text[:90]}" for c in candidates]
        carried = np.array([carries(a.wants, c.unit, a.counter, t) for c, t in zip(candidates, said, strict=True)])
        out.append(Sample(q.get("id", text), group, in_scope, asked_type(a.wants, a.multi), x, y, carried, shown,
                          bool(a.counter), grade))
    return out


def training_jobs(settings: Settings, suites_path: Path) -> list[tuple[str, Job]]:
    """Each training question file's questions, with their variants, on its suite's engine (a merged corpus
    is built for suites that add documents), to be collected by the workers."""
    built: dict[Path, Settings] = {}
    jobs = []
    for suite in load_suites(suites_path):
        if not suite.train:
            continue
        own = suite_settings(settings, suite, Path("var/eval"), built)
        city = load_config(own.corpus_dir).home
        for path in suite.files:
            job = Job(own, partial(collect, group=path.stem), with_variants(load_questions(path), city), True)
            jobs.append((path.stem, job))
    return jobs


GRADES = 3  # relevance of a candidate for LambdaRank: 3 holds every expected fact, 0–1 some of them
PARAMS = {"objective": "lambdarank", "learning_rate": 0.05, "num_leaves": 31, "min_data_in_leaf": 40,
          "feature_fraction": 0.8, "bagging_fraction": 0.8, "bagging_freq": 1, "lambdarank_truncation_level": 10,
          "verbose": -1, "seed": 7, "num_threads": 2}
ROUNDS = 400  # grouped CV, round 11: 400 rounds ranked the right unit first for 80.8 % against 79.9 % with 200


def fit(samples: list[Sample], rounds: int = ROUNDS) -> Ranker:
    """LambdaRank trees on graded relevance (all of a question's facts, or some of them): questions with no
    candidate holding any fact teach ranking nothing and are left out."""
    import lightgbm as lgb

    useful = [s for s in samples if s.in_scope and s.grade.any()]
    x = np.vstack([s.x for s in useful])
    y = np.concatenate([s.grade for s in useful])
    booster = lgb.train(PARAMS, lgb.Dataset(x, y, group=[len(s.y) for s in useful], free_raw_data=False), rounds)
    column = {i: i for i in range(len(NAMES))}
    trees = [Tree.from_lightgbm(t["tree_structure"], column) for t in booster.dump_model()["tree_info"]]
    return Ranker(trees, [], 0.5, {"rounds": rounds})


@dataclass
class Outcome:
    """How one question fares with a model: its candidates' scores best first and whether each is right."""

    in_scope: bool
    scores: list[float]
    labels: list[int]
    carried: list[float]
    wants: str
    best: list[float]  # the best candidate's features
    order: list[int] = field(default_factory=list)  # candidate indexes, best first
    counted: bool = False
    relevant: list[bool] = field(default_factory=list)
    group: str = ""
    held_out: float | None = None  # the confidence a decider that never saw this question's set gives it

    def picked(self, ranker: Ranker, threshold: float) -> int | None:
        confidence = self.held_out if self.held_out is not None else ranker.confidence(self.scores, self.best)
        return decide(confidence, self.carried, self.wants, threshold, self.counted, self.relevant)

    def judged(self, ranker: Ranker, threshold: float) -> tuple[bool, bool]:
        """(answered, right) at a threshold."""
        picked = self.picked(ranker, threshold)
        if picked is None:
            return False, not self.in_scope
        return True, self.in_scope and bool(self.labels[picked])


def outcomes(ranker: Ranker, samples: list[Sample]) -> list[Outcome]:
    out = []
    for s in samples:
        scores = ranker.scores(s.x.tolist())
        order = np.argsort(-scores, kind="stable")
        out.append(Outcome(s.in_scope, scores[order].tolist(), s.y[order].tolist(), s.carried[order].tolist(), s.wants,
                           s.x[order[0]].tolist(), order.tolist(), s.counted,
                           [relevant(s.x[i].tolist()) for i in order[:SECOND_LOOK]], s.group))
    return out


DECIDER = {"objective": "binary", "learning_rate": 0.05, "num_leaves": 15, "min_data_in_leaf": 40, "verbose": -1,
           "feature_fraction": 0.8, "bagging_fraction": 0.8, "bagging_freq": 1, "seed": 1, "num_threads": 2}
DECIDER_ROUNDS = 300
OUT_WEIGHT = 2.5  # an out-of-scope question weighs this much more: few in the sets, decisive when asked


def fit_decider(results: list[Outcome]) -> list[Tree]:
    """The decider: boosted trees giving the probability that the best candidate's answer is right (the plans
    answer the question and the pick holds its facts), over decision_inputs, fitted on held-out outcomes.
    Trees, not a logistic model, because what makes a best candidate believable depends on what is asked
    (grouped cross-validation: at the same share of out-of-scope questions answered, 5 points more right)."""
    import lightgbm as lgb

    x = np.array([decision_inputs(o.scores, o.best) for o in results])
    picked = [decide(1.0, o.carried, o.wants, 0.0, o.counted, o.relevant) for o in results]
    y = np.array([int(o.in_scope and p is not None and bool(o.labels[p])) for o, p in zip(results, picked, strict=True)])
    weight = np.array([1.0 if o.in_scope else OUT_WEIGHT for o in results])
    booster = lgb.train(DECIDER, lgb.Dataset(x, y, weight=weight), DECIDER_ROUNDS)
    column = {i: i for i in range(x.shape[1])}
    return [Tree.from_lightgbm(t["tree_structure"], column) for t in booster.dump_model()["tree_info"]]


def hold_out_decisions(results: list[Outcome]) -> None:
    """Give every outcome the confidence of a decider fitted on the other folds' question sets, so that the
    threshold is chosen, and the decision reported, on questions the decider never saw."""
    fold_of = folds({o.group for o in results})
    for fold in range(FOLDS):
        test = [o for o in results if fold_of[o.group] == fold]
        train = [o for o in results if fold_of[o.group] != fold]
        if not test or not train:
            continue
        probe = Ranker([], fit_decider(train), 0.5)
        for o in test:
            o.held_out = probe.confidence(o.scores, o.best)


def table(ranker: Ranker, results: list[Outcome], threshold: float) -> dict[str, float]:
    """Answer accuracy, wrong answers, in-scope declined and out-of-scope answered at a threshold."""
    inside = [o for o in results if o.in_scope]
    outside = [o for o in results if not o.in_scope]
    judged = [o.judged(ranker, threshold) for o in results]
    right_in = sum(r for o, (_, r) in zip(results, judged, strict=True) if o.in_scope)
    declined_in = sum(not a for o, (a, _) in zip(results, judged, strict=True) if o.in_scope)
    answered_out = sum(a for o, (a, _) in zip(results, judged, strict=True) if not o.in_scope)
    wrong_in = sum(a and not r for o, (a, r) in zip(results, judged, strict=True) if o.in_scope)
    return {"threshold": threshold, "answer": right_in / max(len(inside), 1),
            "declined": declined_in / max(len(inside), 1), "wrong": wrong_in / max(len(inside), 1),
            "ooscope": answered_out / max(len(outside), 1), "n_in": len(inside), "n_out": len(outside)}


OUT_SHARE = 1 / 6  # questions the plans do not answer, among those asked (6 of 36 in every fresh set)


UTILITY_NOISE = 0.0025  # utilities this close are one: the cross-validated estimate moves more between reruns


def choose_threshold(ranker: Ranker, results: list[Outcome]) -> float:
    """The threshold that answers most questions right, counting a wrong answer worse than a decline,
    with out-of-scope questions answered rarely — weighed as they come (OUT_SHARE of what people ask), not
    as many as the training sets happen to hold. The curve is flat near its best: of the thresholds within
    UTILITY_NOISE of the best, the lowest, which declines fewest of the questions the plans do answer."""
    rows = [table(ranker, results, round(t, 3)) for t in np.arange(0.05, 0.95, 0.01)]

    def utility(r: dict) -> float:  # right answers and right declines count 1; a wrong answer costs half more
        return (r["answer"] - 0.5 * r["wrong"]) * (1 - OUT_SHARE) + (1 - 1.5 * r["ooscope"]) * OUT_SHARE

    best = max(map(utility, rows))
    return min(r["threshold"] for r in rows if utility(r) >= best - UTILITY_NOISE)


FOLDS = 5


def folds(groups: set[str]) -> dict[str, int]:
    """The fold of each question set: the sets dealt in name order, so a rerun holds out the same sets."""
    return {g: i % FOLDS for i, g in enumerate(sorted(groups))}


def cross_validate(samples: list[Sample], rounds: int = ROUNDS) -> tuple[list[Outcome], list[Ranker]]:
    """Held-out outcomes of every question, each from a model that never saw its question set: the sets
    are dealt into FOLDS folds, each fold predicted by a model fitted on the others. The fold models are
    returned too: averaged, they are the ranker, so its scores are on the scale the calibration saw."""
    fold_of = folds({s.group for s in samples})
    results: dict[int, Outcome] = {}
    models = []
    for fold in range(FOLDS):
        train = [s for s in samples if fold_of[s.group] != fold]
        test = [i for i, s in enumerate(samples) if fold_of[s.group] == fold]
        if train and test:
            model = fit(train, rounds)
            models.append(model)
            results.update(zip(test, outcomes(model, [samples[i] for i in test]), strict=True))
    return [results[i] for i in sorted(results)], models


def averaged(models: list[Ranker]) -> Ranker:
    """One ranker scoring the mean of the models' scores."""
    trees = [Tree(t.feature, t.threshold, t.left, t.right, t.leaf / len(models)) for m in models for t in m.trees]
    return Ranker(trees, [], 0.5, {})


VARIED = 2  # variants of each labelled question trained on beside it


def with_variants(questions: list[dict], city: str) -> list[dict]:
    """The questions and, for each, VARIED of the ways people vary it (an opener, no 「？」, the city named,
    hiragana…), chosen by the question's id so that a rerun trains on the same: the ranker learns that
    none of these changes the answer."""
    out = list(questions)
    for q in questions:
        kinds = sorted(variants(q["q"], city).items())
        if not kinds:
            continue
        start = zlib.crc32(str(q.get("id", q["q"])).encode()) % len(kinds)
        for kind, text in (kinds + kinds)[start:start + min(VARIED, len(kinds))]:
            out.append({**q, "id": f"{q.get('id', '')}~{kind}", "q": text})
    return out


def gather(settings: Settings, suites_path: Path, say=print, workers: int = 0) -> list[Sample]:
    groups, jobs = zip(*training_jobs(settings, suites_path), strict=True)
    samples: list[Sample] = []
    for group, found in zip(groups, run(list(jobs), workers or cores()), strict=True):
        samples += found
        say(f"  {group}: {len(found)} 問")
    return samples


def train(settings: Settings, suites_path: Path, out: Path = MODEL, say=print,
          samples: list[Sample] | None = None) -> Ranker:
    samples = samples if samples is not None else gather(settings, suites_path, say)
    positives = sum(int(s.y.any()) for s in samples if s.in_scope)
    say(f"質問 {len(samples)}（正解候補のある範囲内 {positives}）、候補 {sum(len(s.y) for s in samples)}")
    results, models = cross_validate(samples)
    hold_out_decisions(results)
    probe = Ranker([], [], 0.5)  # the outcomes carry their held-out confidences
    threshold = choose_threshold(probe, results)
    held_out = table(probe, results, threshold)
    say(f"交差検証（質問セット単位）: 閾値 {threshold:.2f} 回答正解 {held_out['answer']:.1%} 誤答 {held_out['wrong']:.1%} "
        f"範囲内の辞退 {held_out['declined']:.1%} 範囲外の回答 {held_out['ooscope']:.1%}")
    say(precision_recall(probe, results))
    ranker = averaged(models)
    ranker.decider, ranker.threshold = fit_decider(results), threshold
    ranker.meta = {"questions": len(samples), "rounds": ROUNDS, "cv": held_out,
                   "groups": sorted({s.group for s in samples})}
    ranker.save(out)
    say(f"保存しました: {out}（閾値 {threshold:.2f}）")
    return ranker


def precision_recall(ranker: Ranker, results: list[Outcome]) -> str:
    """The decline decision at several thresholds, as a table."""
    lines = ["閾値  回答正解  誤答  範囲内辞退  範囲外回答"]
    for t in (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7):
        r = table(ranker, results, t)
        lines.append(f"{t:4.2f}  {r['answer']:7.1%}  {r['wrong']:5.1%}  {r['declined']:9.1%}  {r['ooscope']:9.1%}")
    return "\n".join(lines)
