"""Questions asked in worker processes give what asking them in this process gives, in the order given."""

from functools import partial

from bot.engine import build
from bot.evaluate import evaluate, merged
from bot.workers import Job, run, split
from tests.conftest import write_corpus

PLAN = "\n".join([
    "# 北浜町協働計画",
    "## 1 用語",
    "協働体：地区の住民や団体が集まって地域の課題に取り組む組織のこと。",
    "円卓会議：市民と行政が対等な立場で話し合う場のこと。",
    "## 2 成果指標",
    "指標\t現状値\t目標値",
    "協働体の活動件数\t120件\t150件",
    "## 3 問い合わせ先",
    "北浜町 企画課 TEL 0191-55-1234",
])

QUESTIONS = [
    {"id": "w1", "intent": "term", "q": "協働体ってなに？", "facts": [["地域の課題"]]},
    {"id": "w2", "intent": "indicator", "q": "協働体の活動件数の目標は？", "facts": [["150"]]},
    {"id": "w3", "intent": "term", "q": "円卓会議とは", "facts": [["対等な立場"]]},
    {"id": "w4", "intent": "none", "q": "市民センターの開館時間は？", "facts": []},
]


def test_split_keeps_order_and_leaves_nothing_out():
    parts = split(list(range(10)), 3)
    assert [x for p in parts for x in p] == list(range(10))
    assert [len(p) for p in parts] == [4, 3, 3]
    assert split([1, 2], 5) == [[1], [2]]
    assert split([], 2) == []


def test_two_workers_answer_as_one_process_does(tmp_path, settings, embedder):
    corpus = write_corpus(tmp_path / "corpus", {"plan.md": ("北浜町協働計画", PLAN)})
    own = settings.model_copy(update={"corpus_dir": corpus, "index_dir": tmp_path / "index"})
    build(own, embedder=embedder, show_progress=False)
    task = partial(evaluate, mode="hybrid")
    alone = evaluate_in(own, task, 1)
    apart = evaluate_in(own, task, 2)
    assert alone.overall.questions == apart.overall.questions == len(QUESTIONS)
    assert alone.overall.answer_ok == apart.overall.answer_ok >= 2
    assert (alone.no_answer_tp, alone.no_answer_fn) == (apart.no_answer_tp, apart.no_answer_fn)
    assert alone.misses == apart.misses


def evaluate_in(settings, task, workers: int):
    return merged(run([Job(settings, task, part) for part in split(QUESTIONS, 2)], workers))
