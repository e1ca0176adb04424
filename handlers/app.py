"""The FastAPI service: one app with the ask API, health checks and the chat platform handlers.

Handlers see only `Assistant`: ask a question, record feedback, keep webhook events and answers.
They know nothing of the index behind it; `bot/` knows nothing of this web layer.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import signal
from contextlib import asynccontextmanager
from pathlib import Path

from anyio import to_thread
from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from bot.assistant import Assistant
from bot.config import Settings
from bot.engine import Engine, open_serving_engine
from bot.generate import make_generator
from bot.language import warm_up
from bot.questionlog import QuestionLog
from handlers.limits import BodyLimit
from handlers.line import line_router
from handlers.slack import slack_router
from handlers.staff import StaffPages
from handlers.web import WebPages

log = logging.getLogger("planbot")


class AskRequest(BaseModel):
    question: str = Field(min_length=1, max_length=100_000)


def bearer_ok(request: Request, token) -> bool:
    """`Authorization: Bearer <token>` exactly, compared in constant time."""
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        return False
    return hmac.compare_digest(header[len("Bearer "):].strip().encode(), token.get_secret_value().encode())


def create_app(settings: Settings, engine: Engine | None = None) -> FastAPI:
    """The app; the index is loaded once at start-up (or the given engine is used)."""
    state: dict[str, Assistant] = {}

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        loaded = engine or await to_thread.run_sync(lambda: open_serving_engine(settings, notify=log.warning))
        await to_thread.run_sync(lambda: (warm_up(), loaded.translator))  # not on the first English question
        salt = settings.hash_salt.get_secret_value() if settings.hash_salt else None
        questions = QuestionLog(settings.db, salt)
        questions.prune(settings.log_retention_days)
        state["assistant"] = Assistant(loaded, questions, settings.user_questions_per_minute,
                                       make_generator(settings))
        log.info("index loaded: build %s (built %s)", loaded.build, loaded.index.manifest.get("built_at"))
        try:  # SIGHUP reloads the index, as for many daemons (only possible in the main thread)
            asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, lambda: asyncio.ensure_future(reload()))
        except (RuntimeError, ValueError, NotImplementedError):
            log.info("SIGHUP reload not available here; use POST /admin/reload")
        async with line.lifespan(), slack.lifespan():
            yield
        questions.close()

    async def reload() -> dict:
        assistant = state["assistant"]
        try:
            fresh = await assistant.reload(settings)
        except Exception as exc:  # the old index keeps serving
            log.error("reload failed, still serving build %s: %s", assistant.engine.build, exc)
            return {"reloaded": False, "build": assistant.engine.build, "error": str(exc)}
        log.info("reloaded: now serving build %s", fresh.build)
        return {"reloaded": True, "build": fresh.build, "built_at": fresh.index.manifest.get("built_at")}

    app = FastAPI(title="planbot", lifespan=lifespan)
    app.add_middleware(BodyLimit, limit=settings.max_webhook_bytes)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        """A malformed request is the sender's error: say what is expected, never echo what came."""
        return JSONResponse({"detail": 'JSON の {"question": "質問文"} を送ってください（1〜100,000 文字）'},
                            status_code=422)
    line = line_router(settings, lambda: state["assistant"])
    app.include_router(line.router)
    slack = slack_router(settings, lambda: state["assistant"])
    app.include_router(slack.router)
    app.include_router(WebPages(settings, lambda: state["assistant"]).router)
    app.include_router(StaffPages(settings, lambda: state["assistant"]).router)
    app.mount("/static", StaticFiles(directory=Path(__file__).with_name("static")), name="static")

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
            "build": assistant.engine.build,
            "built_at": manifest.get("built_at"),
            "documents": manifest.get("counts", {}).get("documents"),
            "chunks": manifest.get("counts", {}).get("chunks"),
            "embedder": manifest.get("embedder", {}).get("name"),
        }

    @app.post("/admin/reload")
    async def admin_reload(request: Request) -> JSONResponse:
        """Load the live build without a restart; disabled unless PLANBOT_ADMIN_TOKEN is set."""
        if settings.admin_token is None:
            raise HTTPException(status_code=404)
        if not bearer_ok(request, settings.admin_token):
            raise HTTPException(status_code=401, detail="invalid admin token")
        result = await reload()
        return JSONResponse(result, status_code=200 if result["reloaded"] else 500)

    @app.post("/api/ask")
    async def api_ask(body: AskRequest, request: Request) -> JSONResponse:
        """Programmatic questions: off without PLANBOT_API_TOKEN; served after the chat channels."""
        if settings.api_token is None:
            raise HTTPException(status_code=404)
        if not bearer_ok(request, settings.api_token):
            raise HTTPException(status_code=401, detail="invalid API token")
        assistant = state["assistant"]
        if assistant.api_waiting >= settings.api_queue:
            return JSONResponse({"detail": "busy, try again shortly"}, status_code=503, headers={"Retry-After": "2"})
        assistant.api_waiting += 1
        try:
            answer, _ = await assistant.ask(body.question, "api")
        finally:
            assistant.api_waiting -= 1
        return JSONResponse(answer.to_dict())

    return app
