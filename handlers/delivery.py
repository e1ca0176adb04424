"""Delivering the outbox: each parcel by one replica at a time, under a lease renewed while it is tried.

A platform's sender makes one attempt and says how it went: delivered, not delivered (try again
later), or never deliverable. The courier writes that down, backs off, gives up loudly after
`PLANBOT_OUTBOX_GIVE_UP_SECONDS`, and drains what is due in batches: many recipients at once,
one parcel at a time per recipient, so two answers to one person keep their order.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.database import DatabaseError
from bot.outbox import Parcel
from bot.store import Store

log = logging.getLogger("planbot.delivery")
MAX_BACKOFF = 300.0
BATCH = 100


@dataclass
class Delivered:
    via: str


@dataclass
class Retry:
    reason: str
    soon: bool = False  # the outcome is unknown: try again shortly (a reply token may still be good)


@dataclass
class Undeliverable:
    reason: str


Outcome = Delivered | Retry | Undeliverable
Sender = Callable[[Parcel], Awaitable[Outcome]]


class Courier:
    """Runs attempts for the senders of each platform; `observe(platform, outcome)` feeds the metrics."""

    def __init__(self, store: Store, give_up_seconds: float, concurrency: int = 16,
                 observe: Callable[[str, str], None] | None = None) -> None:
        self.store = store
        self.give_up_seconds = give_up_seconds
        self.senders: dict[str, Sender] = {}
        self.concurrency = concurrency
        self.observe = observe or (lambda platform, outcome: None)
        self._recipients: dict[str, asyncio.Lock] = defaultdict(asyncio.Lock)

    async def deliver_now(self, parcel: Parcel) -> Outcome:
        """The first attempt, right after the answer was stored (in order with others to the same recipient)."""
        async with self._recipients[f"{parcel.platform}:{parcel.target}"]:
            return await self.attempt(parcel)

    async def attempt(self, parcel: Parcel) -> Outcome:
        """One attempt at a parcel this replica holds, and its outcome written down."""
        sender = self.senders.get(parcel.platform)
        if sender is None:
            outcome: Outcome = Retry(f"no sender for {parcel.platform} on this replica")
        else:
            try:
                outcome = await sender(parcel)
            except Exception as exc:  # a sender's own bug must not lose the parcel
                log.exception("delivery attempt failed")
                outcome = Retry(type(exc).__name__, soon=False)
        try:
            await self.settle(parcel, outcome)
        except DatabaseError as exc:  # the outcome is not written: let the lease run out, the parcel is tried again
            log.error("%s delivery outcome not recorded: %s", parcel.platform, exc)
            self.store.outbox.held.discard(parcel.id)
        return outcome

    async def settle(self, parcel: Parcel, outcome: Outcome) -> None:
        run = self.store.run
        outbox = self.store.outbox
        if isinstance(outcome, Delivered):
            await run(outbox.delivered, parcel, outcome.via)
            self.observe(parcel.platform, outcome.via)
        elif isinstance(outcome, Undeliverable) or time.time() - parcel.created_at > self.give_up_seconds:
            await run(outbox.give_up, parcel, outcome.reason)
            log.error("%s answer given up after %d attempts: %s", parcel.platform, parcel.attempts + 1, outcome.reason)
            self.observe(parcel.platform, "failed")
        else:
            delay = 1.0 if outcome.soon else min(MAX_BACKOFF, 2.0 ** (parcel.attempts + 1))
            await run(outbox.postpone, parcel, outcome.reason, delay)
            log.warning("%s answer not delivered (%s); next attempt in %.0f s", parcel.platform, outcome.reason, delay)
            self.observe(parcel.platform, "retry")

    async def drain(self) -> int:
        """Claim what is due and deliver it: recipients in parallel, each recipient's parcels in order."""
        parcels = await self.store.run(self.store.outbox.claim, BATCH)
        if not parcels:
            return 0
        by_recipient: dict[str, list[Parcel]] = defaultdict(list)
        for parcel in parcels:
            by_recipient[f"{parcel.platform}:{parcel.target}"].append(parcel)
        slots = asyncio.Semaphore(self.concurrency)

        async def one_recipient(recipient: str, queue: list[Parcel]) -> None:
            async with slots, self._recipients[recipient]:
                for parcel in queue:
                    await self.attempt(parcel)

        await asyncio.gather(*(one_recipient(r, q) for r, q in by_recipient.items()))
        for recipient in by_recipient:
            lock = self._recipients.get(recipient)
            if lock is not None and not lock.locked():
                self._recipients.pop(recipient, None)
        return len(parcels)

    async def loop(self, poll_seconds: float) -> None:
        """Drain the outbox for ever: answers after an outage, a dead replica's, retries after backoff."""
        while True:
            try:
                while await self.drain() == BATCH:
                    pass
            except Exception:
                log.exception("outbox drain failed")
            await asyncio.sleep(poll_seconds)

    async def heartbeat(self, every: float) -> None:
        """Renew the leases of what this replica is answering or delivering."""
        while True:
            await asyncio.sleep(every)
            try:
                await self.store.run(self.store.renew)
            except Exception as exc:  # the database is away: the next beat tries again
                log.warning("lease renewal failed: %s", type(exc).__name__)
