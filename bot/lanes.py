"""Who gets a core to answer on, and in what order: residents' chat first, the public routes in bounded lanes.

Answering is CPU work in worker threads of its own, one per core (more only fight over the GIL and
delay the acknowledgement of webhooks; and each thread that answers maps the tokenizer's dictionary
once more, so a shared pool of many threads would multiply the resident size). LINE and Slack questions take the first free core, ahead
of anything waiting; the web chat and the programmatic API each have one core at most and a queue
of bounded length, beyond which a request is told to come back (`Busy`). A flood of either then
costs residents at most one core, never their place in line.
"""

from __future__ import annotations

import asyncio
import contextvars
import heapq
import itertools
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")
CHAT, PUBLIC = 0, 1  # priorities: lower goes first
BOUNDED = ("web", "api")


class Busy(Exception):
    """The lane's queue is full: the caller should say so (503 with Retry-After), not wait."""


class _Gate:
    """A counting semaphore whose waiters are served by priority, then in arrival order."""

    def __init__(self, capacity: int) -> None:
        self.free = capacity
        self._waiting: list[tuple[int, int, asyncio.Future]] = []
        self._order = itertools.count()

    async def take(self, priority: int) -> None:
        if self.free > 0 and not self._waiting:
            self.free -= 1
            return
        future = asyncio.get_running_loop().create_future()
        entry = (priority, next(self._order), future)
        heapq.heappush(self._waiting, entry)
        try:
            await future
        except BaseException:
            if future.done() and not future.cancelled():
                self.give()  # the slot was handed over just as the waiter gave up: pass it on
            else:
                self._waiting.remove(entry)
                heapq.heapify(self._waiting)
            raise

    def give(self) -> None:
        while self._waiting:
            _, _, future = heapq.heappop(self._waiting)
            if not future.done():
                future.set_result(None)
                return
        self.free += 1


class Lanes:
    def __init__(self, cores: int | None = None, queues: dict[str, int] | None = None) -> None:
        self.cores = cores or os.cpu_count() or 2
        self._cores = _Gate(self.cores)
        self._lanes = {lane: _Gate(1) for lane in BOUNDED}
        self.bounds = {"web": 8, "api": 8, **(queues or {})}
        self.queued = dict.fromkeys(BOUNDED, 0)  # waiting or running, per bounded lane
        self._threads = ThreadPoolExecutor(max_workers=self.cores, thread_name_prefix="planbot-answer")

    async def run(self, channel: str, work: Callable[[], T]) -> T:
        """Run `work` in a worker thread when `channel`'s turn comes; `Busy` when its queue is full."""
        lane = channel if channel in BOUNDED else None
        if lane is None:
            return await self._on_core(CHAT, work)
        if self.queued[lane] >= self.bounds[lane]:
            raise Busy(lane)
        self.queued[lane] += 1
        try:
            await self._lanes[lane].take(PUBLIC)
            try:
                return await self._on_core(PUBLIC, work)
            finally:
                self._lanes[lane].give()
        finally:
            self.queued[lane] -= 1

    async def _on_core(self, priority: int, work: Callable[[], T]) -> T:
        await self._cores.take(priority)
        try:
            running = asyncio.get_running_loop().run_in_executor(self._threads, contextvars.copy_context().run, work)
            try:
                return await asyncio.shield(running)
            except asyncio.CancelledError:  # the caller gave up: the core stays taken until the work is done
                await asyncio.wait([running])
                raise
        finally:
            self._cores.give()
