"""The assistant the chat handlers talk to: ask, rate-limit, record feedback, keep events and answers.

It knows nothing of the web framework or of any chat platform: the handlers call it, and it runs
the CPU work of answering in worker threads so the event loop stays free to acknowledge webhooks.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable

from anyio import CapacityLimiter, Lock, to_thread

from bot import suggest, templates
from bot.answer import Answer
from bot.config import Settings
from bot.engine import Engine
from bot.generate import Generator, rewritten
from bot.indicators import achieved, direction, progress
from bot.lanes import Busy, Lanes
from bot.languages import english_suggestions
from bot.questionlog import Asked, QuestionLog
from bot.sources import sections_of, source_lines
from bot.store import Store

__all__ = ["Assistant", "Busy"]
LONG_QUESTION = {
    "ja": "（ご質問が長いため、最初の{n}文字について答えました。一度にひとつずつお尋ねください。）",
    "en": "(Your message was long, so this answers its first {n} characters. Please ask one thing at a time.)",
}


class Assistant:
    """The answering engine and the shared state (question log, outbox, limits), as the handlers use them."""

    def __init__(self, engine: Engine, store: Store | QuestionLog, per_minute: int = 10,
                 generator: Generator | None = None, lanes: Lanes | None = None, question_chars: int = 200) -> None:
        self.engine = engine
        self.store = store if isinstance(store, Store) else store._store
        self.questions = self.store.questions
        self.generator = generator
        self._generator_slots = CapacityLimiter(4)  # waiting on the network, not the CPU
        self.lanes = lanes or Lanes()
        self.question_chars = question_chars
        self._reloading = Lock()
        self._per_minute = per_minute
        self.on_answer: Callable[[str, Answer, float], None] | None = None  # metrics: channel, answer, seconds

    @property
    def outbox(self):
        return self.store.outbox

    @property
    def ledger(self):
        return self.store.ledger

    async def allowed(self, channel: str, user_id: str | None, per_minute: int | None = None) -> bool:
        """At most `per_minute` questions a minute from one user (visitor, address), counted across replicas."""
        return await self.store.run(self.store.limits.allow, channel, user_id, per_minute or self._per_minute)

    async def answer(self, question: str, channel: str, hint: str | None = None) -> tuple[Answer, float]:
        """The answer and its latency in ms, on `channel`'s lane (`Busy` when the web or API queue is full).

        A question longer than `question_chars` (a pasted text) is answered on its beginning, with a
        hint to ask one thing at a time: its cost stays bounded whatever is pasted.
        """
        started = time.perf_counter()
        long = len(question.strip()) > self.question_chars
        asked = question.strip()[: self.question_chars] if long else question
        engine = self.engine
        answer = await self.lanes.run(channel, lambda: engine.ask(asked, hint=hint))
        if self.generator is not None:  # its evidence search and the network call stay off the event loop
            answer = await to_thread.run_sync(rewritten, self.generator, engine, answer, limiter=self._generator_slots)
        if long:
            note = LONG_QUESTION["en" if answer.language == "en" else "ja"].format(n=self.question_chars)
            answer = dataclasses.replace(answer, answer=f"{answer.answer}\n\n{note}")
        seconds = time.perf_counter() - started
        if self.on_answer is not None:
            self.on_answer(channel, answer, seconds)
        return answer, 1000 * seconds

    async def ask(self, question: str, channel: str, user_id: str | None = None,
                  hint: str | None = None) -> tuple[Answer, int]:
        """Answer and log the question; returns the log id (random). `hint`: the chat app's language."""
        answer, latency_ms = await self.answer(question, channel, hint)
        return answer, await self.store.run(self.questions.record, channel, user_id, answer, latency_ms)

    def asked(self, channel: str, user_id: str | None, answer: Answer, latency_ms: float) -> Asked:
        """A question to log together with its answer's parcel (`Store.answer`), its id known before sending."""
        return Asked(channel, user_id, answer, latency_ms)

    async def indicators(self, word: str, channel: str) -> Answer:
        return await self.lanes.run(channel, lambda: self.engine.indicators_containing(word))

    async def more(self, question_id: int) -> list:
        """Further passages for a logged question, after those its answer cited."""
        question = await self.store.run(self.questions.question, question_id)
        if question is None:
            return []
        skip = self.engine.settings.top_k
        return await self.lanes.run("slack", lambda: self.engine.more_passages(question, skip))

    def feedback(self, question_id: int, helpful: bool, user_id: str | None, channel: str) -> bool:
        """👍/👎 only from the user who asked, in the channel they asked in."""
        return self.questions.feedback(question_id, helpful, user_id, channel)

    def examples(self, language: str = "ja") -> list[str]:
        """Three questions the plans can answer, taken from the facts (for greetings and help)."""
        facts = self.engine.facts
        out = [f"{t.term}とは？" for t in facts.terms if t.definition][:1]
        areas = [o.area for o in facts.organisations if o.area][:1]
        out += [template.format(area=a) for a in areas for template in self.engine.config.area_suggestions[-1:]]
        out += [f"{i.name.replace(' ', '')}の目標は？" for i in facts.indicators][:1]
        return english_suggestions(out) if language == "en" else out

    def browse(self, language: str = "ja") -> list[tuple[str, list[str]]]:
        """Questions to browse by category (terms, indicators, areas, periods), each answerable from the facts."""
        found = suggest.categories(self.engine.facts, self.engine.config.area_suggestions)
        if language != "en":
            return found
        return [(key, english) for key, questions in found if (english := english_suggestions(questions))]

    def common_questions(self, language: str = "ja", limit: int = 13) -> list[str]:
        """Questions from every category in turn (the first of each, then the second…), for a menu."""
        columns = [questions for _, questions in self.browse(language)]
        turns = [q for row in range(max(map(len, columns), default=0)) for q in
                 (column[row] for column in columns if row < len(column))]
        return list(dict.fromkeys(turns))[:limit]

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
        """Every indicator and numeric target with its figures as the plan gives them, its direction, and
        its progress where the table gives a baseline beside a later figure."""
        facts = self.engine.facts
        rows = [{"plan": i.source.title, "file": i.source.file, "section": i.source.section,
                 "lines": (i.source.start_line, i.source.end_line), "name": i.name.replace(" ", ""),
                 "baseline_text": templates.dated_figure(i.baseline, i.unit, i.baseline_label) if i.baseline else "",
                 "current_text": templates.dated_figure(i.current, i.unit, i.current_label),
                 "target_text": templates.dated_figure(i.target, i.unit, i.target_label),
                 "direction": direction(i), "progress": progress(i), "achieved": achieved(i)}
                for i in facts.indicators]
        rows += [{"plan": t.source.title, "file": t.source.file, "section": t.source.section,
                  "lines": (t.source.start_line, t.source.end_line), "name": t.subject, "current_text": "記載なし",
                  "baseline_text": "", "target_text": templates.dated_figure(t.value, "", t.year), "direction": "",
                  "progress": None, "achieved": False}
                 for t in facts.targets]
        return rows

    # ----------------------------------------------------------------- the LINE menu

    def all_indicators(self) -> Answer:
        """Every indicator of the home municipality's plans in force first, as one list answer."""
        indicators = self.engine.indicators
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
