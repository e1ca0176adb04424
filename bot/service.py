"""The FastAPI service: one app with the ask API, health checks and the chat platform handlers.

Handlers see only `Assistant`: ask a question, record feedback, remember webhook events. They know
nothing of the index behind it.
"""

from __future__ import annotations

import logging
import os
import time
from contextlib import asynccontextmanager

from anyio import CapacityLimiter, to_thread
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

from bot.answer import Answer
from bot.config import Settings
from bot.engine import Engine, open_engine
from bot.questionlog import QuestionLog

log = logging.getLogger("planbot")


class Assistant:
    """The answering engine and the question log, as the chat handlers use them."""

    def __init__(self, engine: Engine, questions: QuestionLog) -> None:
        self.engine = engine
        self.questions = questions
        # One answer per core at a time: more threads only fight the event loop for the GIL and
        # slow down the acknowledgement of incoming webhooks.
        self._slots = CapacityLimiter(os.cpu_count() or 2)

    async def ask(self, question: str, channel: str, user_id: str | None = None) -> tuple[Answer, int]:
        """Answer in a worker thread (retrieval is CPU work) and log the question; returns the log id."""
        started = time.perf_counter()
        answer = await to_thread.run_sync(self.engine.ask, question, limiter=self._slots)
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

    def feedback(self, question_id: int, helpful: bool) -> bool:
        return self.questions.feedback(question_id, helpful)

    def first_time(self, event_id: str) -> bool:
        return self.questions.first_time(event_id)

    def examples(self) -> list[str]:
        """Three questions the plans can answer, taken from the facts (for greetings and help)."""
        facts = self.engine.facts
        out = [f"{t.term}とは？" for t in facts.terms if t.definition][:1]
        out += [f"{o.area}の協働体は？" for o in facts.organisations if o.area][:1]
        out += [f"{i.name.replace(' ', '')}の目標は？" for i in facts.indicators][:1]
        return out

    def plan_titles(self) -> list[str]:
        return self.engine.titles


class AskRequest(BaseModel):
    question: str = Field(min_length=1, max_length=100_000)


def create_app(settings: Settings, engine: Engine | None = None) -> FastAPI:
    """The app; the index is loaded once at start-up (or the given engine is used)."""
    from handlers.line import line_router
    from handlers.slack import slack_router

    state: dict[str, Assistant] = {}

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        loaded = engine or await to_thread.run_sync(lambda: open_engine(settings, notify=log.info))
        questions = QuestionLog(settings.db)
        state["assistant"] = Assistant(loaded, questions)
        log.info("index loaded: %s (built %s)", settings.index_dir, loaded.index.manifest.get("built_at"))
        async with line.lifespan():
            yield
        questions.close()

    app = FastAPI(title="planbot", lifespan=lifespan)
    line = line_router(settings, lambda: state["assistant"])
    app.include_router(line.router)
    app.include_router(slack_router(settings, lambda: state["assistant"]))

    @app.get("/healthz")
    async def healthz() -> dict:
        return {"status": "ok"}

    @app.get("/readyz")
    async def readyz() -> dict:
        assistant = state.get("assistant")
        if assistant is None:
            raise HTTPException(status_code=503, detail="index not loaded")
        manifest = assistant.engine.index.manifest
        return {
            "ready": True,
            "built_at": manifest.get("built_at"),
            "documents": manifest.get("counts", {}).get("documents"),
            "chunks": manifest.get("counts", {}).get("chunks"),
            "embedder": manifest.get("embedder", {}).get("name"),
        }

    @app.post("/api/ask")
    async def api_ask(request: AskRequest) -> dict:
        answer, _ = await state["assistant"].ask(request.question, "api")
        return answer.to_dict()

    return app
