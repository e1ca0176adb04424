"""Prometheus metrics (prometheus-client) of one replica: requests, answers, deliveries, the outbox, latencies.

Each app has a registry of its own (two apps in one test process do not collide). The outbox's
depth and oldest age are read from the database at scrape time, so every replica reports the
shared outbox as it is.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from prometheus_client import CollectorRegistry, Counter, Histogram, disable_created_metrics, generate_latest
from prometheus_client.core import GaugeMetricFamily

log = logging.getLogger("planbot.metrics")
disable_created_metrics()  # the *_created series double the output and say nothing an operator needs
LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30, 60)


class _Outbox:
    """Outbox depth and oldest age, from the database when scraped."""

    def __init__(self, depth: Callable[[], tuple[int, float]]) -> None:
        self.depth = depth

    def collect(self):
        try:
            count, oldest = self.depth()
        except Exception as exc:  # the database is away: readiness says so; metrics stay scrapeable
            log.warning("outbox depth unavailable: %s", type(exc).__name__)
            return
        waiting = GaugeMetricFamily("planbot_outbox_depth", "Answers stored and not yet delivered")
        waiting.add_metric([], count)
        yield waiting
        age = GaugeMetricFamily("planbot_outbox_oldest_age_seconds", "Seconds the oldest undelivered answer has waited")
        age.add_metric([], oldest)
        yield age


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter("planbot_requests", "HTTP requests by route and status", ["route", "method", "status"],
                                registry=self.registry)
        self.answers = Counter("planbot_answers", "Answers by channel and kind (what the answer was made from)",
                               ["channel", "kind"], registry=self.registry)
        self.deliveries = Counter("planbot_deliveries", "Delivery attempts' outcomes by platform",
                                  ["platform", "outcome"], registry=self.registry)
        self.refused = Counter("planbot_refused", "Requests turned away: rate limited or queue full",
                               ["channel", "reason"], registry=self.registry)
        self.latency = Histogram("planbot_answer_seconds", "Time to answer a question, by channel", ["channel"],
                                 buckets=LATENCY_BUCKETS, registry=self.registry)

    def watch_outbox(self, depth: Callable[[], tuple[int, float]]) -> None:
        self.registry.register(_Outbox(depth))

    def answered(self, channel: str, answer, seconds: float) -> None:
        self.answers.labels(channel, answer.kind or answer.intent or "none").inc()
        self.latency.labels(channel).observe(seconds)

    def delivered(self, platform: str, outcome: str) -> None:
        self.deliveries.labels(platform, outcome).inc()

    def exposition(self) -> bytes:
        return generate_latest(self.registry)
