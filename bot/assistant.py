"""The assistant the chat handlers talk to: ask, rate-limit, record feedback, keep events and answers.

It knows nothing of the web framework or of any chat platform: the handlers call it, and it runs
the CPU work of answering in worker threads so the event loop stays free to acknowledge webhooks.
"""

from __future__ import annotations

import os
import time
from collections import defaultdict, deque

from anyio import CapacityLimiter, Lock, to_thread

from bot import templates
from bot.answer import Answer
from bot.config import Settings
from bot.engine import Engine
from bot.generate import Generator, rewritten
from bot.indicators import progress
from bot.languages import english_suggestions
from bot.questionlog import QuestionLog
from bot.sources import sections_of, source_lines


class Assistant:
    """The answering engine and the question log, as the chat handlers use them."""

    def __init__(self, engine: Engine, questions: QuestionLog, per_minute: int = 10,
                 generator: Generator | None = None) -> None:
        self.engine = engine
        self.questions = questions
        self.generator = generator
        self._generator_slots = CapacityLimiter(4)  # waiting on the network, not the CPU
        # One answer per core at a time: more threads only fight the event loop for the GIL and
        # slow down the acknowledgement of incoming webhooks. The programmatic API has one slot of
        # its own, so a flood of it never takes the residents' slots.
        self._slots = CapacityLimiter(os.cpu_count() or 2)
        self._api_slot = CapacityLimiter(1)
        self.api_waiting = 0
        self._reloading = Lock()
        self._per_minute = per_minute
        self._recent: dict[str, deque] = defaultdict(deque)

    @property
    def outbox(self) -> QuestionLog:
        """Webhook events and undelivered answers live in the question log's database."""
        return self.questions

    def allow(self, channel: str, user_id: str | None) -> bool:
        """At most `per_minute` questions a minute from one chat user (protects answers and the log)."""
        if not user_id:
            return True
        now = time.monotonic()
        recent = self._recent[f"{channel}:{user_id}"]
        while recent and now - recent[0] > 60:
            recent.popleft()
        if len(recent) >= self._per_minute:
            return False
        recent.append(now)
        return True

    async def ask(self, question: str, channel: str, user_id: str | None = None,
                  hint: str | None = None) -> tuple[Answer, int]:
        """Answer in a worker thread (retrieval is CPU work) and log the question; returns the log id.

        `hint`: the language of the user's chat app, which decides for short Latin-script text.
        """
        started = time.perf_counter()
        slots = self._api_slot if channel == "api" else self._slots
        engine = self.engine
        answer = await to_thread.run_sync(lambda: engine.ask(question, hint=hint), limiter=slots)
        if self.generator is not None:  # its evidence search and the network call stay off the event loop
            answer = await to_thread.run_sync(rewritten, self.generator, engine, answer, limiter=self._generator_slots)
        latency_ms = 1000 * (time.perf_counter() - started)
        return answer, self.questions.record(channel, user_id, answer, latency_ms)

    async def indicators(self, word: str, channel: str, user_id: str | None = None) -> tuple[Answer, int]:
        answer = await to_thread.run_sync(self.engine.indicators_containing, word, limiter=self._slots)
        return answer, self.questions.record(channel, user_id, answer, 0.0)

    async def more(self, question_id: int) -> list:
        """Further passages for a logged question, after those its answer cited."""
        question = self.questions.question(question_id)
        if question is None:
            return []
        skip = self.engine.settings.top_k
        return await to_thread.run_sync(self.engine.more_passages, question, skip, limiter=self._slots)

    def feedback(self, question_id: int, helpful: bool, user_id: str | None = None) -> bool:
        return self.questions.feedback(question_id, helpful, user_id)

    def examples(self, language: str = "ja") -> list[str]:
        """Three questions the plans can answer, taken from the facts (for greetings and help)."""
        facts = self.engine.facts
        out = [f"{t.term}とは？" for t in facts.terms if t.definition][:1]
        areas = [o.area for o in facts.organisations if o.area][:1]
        out += [template.format(area=a) for a in areas for template in self.engine.config.area_suggestions[-1:]]
        out += [f"{i.name.replace(' ', '')}の目標は？" for i in facts.indicators][:1]
        return english_suggestions(out) if language == "en" else out

    def plan_titles(self) -> list[str]:
        return self.engine.titles

    # ----------------------------------------------------------------- what the web pages show

    def documents(self) -> list[dict]:
        """Each plan with its period and its status today, in manifest order."""
        engine = self.engine
        today = engine.settings.current_date()
        out = []
        for plan in engine.timeline.plans.values():
            status = plan.status(today)
            out.append({"file": plan.file, "title": plan.title, "period": plan.period_label, "status": status,
                        "successor": engine.timeline.successor(plan.file), "url": plan.url})
        return out

    def document(self, file: str) -> dict | None:
        return next((d for d in self.documents() if d["file"] == file), None)

    def source(self, file: str) -> list[str]:
        return source_lines(self.engine.index, file)

    def sections(self, file: str) -> list[tuple[str, int, int]]:
        return sections_of(self.engine.index, file)

    def indicator_table(self) -> list[dict]:
        """Every indicator and numeric target, with its progress where figures allow."""
        facts = self.engine.facts
        rows = [{"plan": i.source.title, "file": i.source.file, "section": i.source.section,
                 "lines": (i.source.start_line, i.source.end_line), "name": i.name.replace(" ", ""),
                 "current": i.current, "current_label": i.current_label, "target": i.target,
                 "target_label": i.target_label, "unit": i.unit, "progress": progress(i)}
                for i in facts.indicators]
        rows += [{"plan": t.source.title, "file": t.source.file, "section": t.source.section,
                  "lines": (t.source.start_line, t.source.end_line), "name": t.subject, "current": "",
                  "current_label": "", "target": t.value, "target_label": t.year, "unit": "", "progress": None}
                 for t in facts.targets]
        return rows

    # ----------------------------------------------------------------- the LINE menu

    def all_indicators(self) -> Answer:
        """Every indicator of the home municipality's plans in force first, as one list answer."""
        indicators = self.engine.finder.facts.indicators
        title = indicators[0].source.title if indicators else self.home()
        return templates.indicator_list_answer(title, [i for i in indicators if i.source.title == title], of_plan=True)

    def contact(self) -> Answer:
        office = self.engine.office
        if office is None:
            return Answer("問い合わせ先", self.engine.config.fallback_contact or self.home(), "contact", True)
        return templates.office_answer("問い合わせ先", office, "contact")

    def home(self) -> str:
        """The municipality whose plans these are (the manifest's [bot] home), for greetings."""
        return self.engine.config.home or "市"


    async def reload(self, settings: Settings) -> Engine:
        """Load the live build beside the current engine, then swap: requests in flight keep the old one."""
        async with self._reloading:
            fresh = await to_thread.run_sync(lambda: Engine(settings, self.engine.embedder))
            await to_thread.run_sync(lambda: fresh.translator)
            self.engine = fresh
            return fresh
