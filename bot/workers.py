"""Questions asked in worker processes, each keeping the engines it has opened: `planbot eval` and
`planbot train` ask tens of thousands of questions, and one process keeps one core busy."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

from bot.config import Settings
from bot.engine import Engine, open_engine
from bot.ranker import Ranker


@dataclass(frozen=True)
class Job:
    """A task run on one corpus's engine over some questions; the task is a module-level function (or a
    partial of one), so that it can be sent to a worker."""

    settings: Settings
    task: Callable[[Engine, list[dict]], Any]
    items: list[dict]
    blank: bool = False  # the engine without the trained ranker (gathering what the ranker learns from)

    @property
    def key(self) -> tuple[str, str, bool]:
        return str(self.settings.corpus_dir), str(self.settings.index_dir), self.blank


KEEP = 2  # engines a worker keeps open (jobs are sorted by corpus, so one is usually enough)
_OPEN: dict[tuple[str, str, bool], Engine] = {}


def _engine(job: Job) -> Engine:
    if job.key not in _OPEN:
        while len(_OPEN) >= KEEP:
            _OPEN.pop(next(iter(_OPEN)))
        _OPEN[job.key] = Engine(job.settings, ranker=Ranker.blank()) if job.blank else open_engine(job.settings)
    return _OPEN[job.key]


def _run(job: Job) -> Any:
    return job.task(_engine(job), job.items)


def cores() -> int:
    """The cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def split(items: list, parts: int) -> list[list]:
    """Contiguous, nearly equal, non-empty slices in order."""
    parts = max(1, min(parts, len(items)))
    size, extra = divmod(len(items), parts)
    out, start = [], 0
    for i in range(parts):
        end = start + size + (i < extra)
        out.append(items[start:end])
        start = end
    return [part for part in out if part]


def run(jobs: list[Job], workers: int) -> list[Any]:
    """Each job's result, in the order given. Jobs are run grouped by corpus so that a worker opens each
    engine once; with one worker they run in this process. The indexes must be built beforehand."""
    order = sorted(range(len(jobs)), key=lambda i: jobs[i].key)
    ordered = [jobs[i] for i in order]
    if workers <= 1 or len(jobs) <= 1:
        done = [_run(job) for job in ordered]
    else:
        # spawn: a forked child would inherit the parent's ONNX and FAISS thread pools half-alive
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            done = list(pool.map(_run, ordered))
    results: list[Any] = [None] * len(jobs)
    for i, result in zip(order, done, strict=True):
        results[i] = result
    return results
