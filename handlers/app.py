"""The FastAPI service: one app with the ask API, health checks, metrics and the chat platform handlers.

Handlers see only `Assistant` (ask a question, record feedback) and its `Store` (ledger, outbox,
limits). They know nothing of the index behind it; `bot/` knows nothing of this web layer. Beside
the routes run the replica's background work: draining the outbox, renewing its leases, taking up
events a dead replica left, the retention, and (on PostgreSQL) listening for a new build.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import signal
from contextlib import asynccontextmanager
from pathlib import Path

from anyio import to_thread
from fastapi import FastAPI, HTTPException, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from prometheus_client import CONTENT_TYPE_LATEST
from pydantic import BaseModel, Field
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from bot.assistant import Assistant, Busy
from bot.config import Settings
from bot.engine import Engine, open_serving_engine
from bot.generate import make_generator
from bot.lanes import Lanes
from bot.language import warm_up
from bot.publish import Listener
from bot.store import Store
from handlers.delivery import Courier
from handlers.limits import BodyLimit
from handlers.line import line_router
from handlers.metrics import Metrics
from handlers.observe import Observed
from handlers.slack import slack_router
from handlers.staff import StaffPages
from handlers.web import WebPages

log = logging.getLogger("planbot")
READY_TIMEOUT = 3.0
MAINTENANCE_SECONDS = 60.0


class AskRequest(BaseModel):
    question: str = Field(min_length=1, max_length=100_000)


def bearer_ok(request: Request, token) -> bool:
    """`Authorization: Bearer <token>` exactly, compared in constant time."""
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        return False
    return hmac.compare_digest(header[len("Bearer "):].strip().encode(), token.get_secret_value().encode())


def trusted_proxies(settings: Settings) -> list[str]:
    return [p for p in settings.trusted_proxies.replace(",", " ").split() if p]


def server_config(app, settings: Settings, host: str, port: int):
    """uvicorn as `planbot serve` runs it: X-Forwarded-For is read by the app itself, from trusted proxies only."""
    import uvicorn

    return uvicorn.Config(app, host=host, port=port, proxy_headers=False, access_log=False, log_config=None,
                          timeout_graceful_shutdown=10)


async def recover(store: Store, settings: Settings, line, slack) -> None:
    """Take up events another replica received and never answered (it died): answer them here."""
    handlers = [h for h in (("line", line), ("slack", slack)) if getattr(h[1], "parser", True) is not None]
    while True:
        await asyncio.sleep(settings.outbox_poll_seconds)
        for platform, handler in handlers:
            try:
                items = await store.run(store.ledger.reclaim, platform)
                if items:
                    asyncio.ensure_future(handler.recover(items))
            except Exception as exc:
                log.warning("taking up unanswered %s events failed: %s", platform, type(exc).__name__)


async def maintain(store: Store, settings: Settings) -> None:
    """Drained rate limits evicted every minute; the retention applied every hour."""
    rounds = 0
    while True:
        await asyncio.sleep(MAINTENANCE_SECONDS)
        rounds += 1
        try:
            if rounds % 60 == 0:
                await store.run(store.prune, settings.log_retention_days)
            else:
                await store.run(store.limits.evict)
        except Exception as exc:
            log.warning("maintenance failed: %s", type(exc).__name__)


def create_app(settings: Settings, engine: Engine | None = None) -> FastAPI:
    """The app; the index is loaded once at start-up (or the given engine is used)."""
    state: dict = {}
    metrics = Metrics()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        loaded = engine or await to_thread.run_sync(lambda: open_serving_engine(settings, notify=log.warning))
        await to_thread.run_sync(lambda: (warm_up(), loaded.translator))  # not on the first English question
        store = await to_thread.run_sync(lambda: Store.from_settings(settings))
        await to_thread.run_sync(lambda: store.started(settings.log_retention_days))
        lanes = Lanes(queues={"web": settings.web_queue, "api": settings.api_queue})
        assistant = Assistant(loaded, store, settings.user_questions_per_minute, make_generator(settings), lanes,
                              settings.chat_question_chars)
        assistant.on_answer = metrics.answered
        state["assistant"] = assistant
        metrics.watch_outbox(store.outbox.depth)
        courier = Courier(store, settings.outbox_give_up_seconds, settings.delivery_concurrency, metrics.delivered)
        line.courier = slack.courier = courier
        log.info("index loaded: build %s (built %s); database %s", loaded.build, loaded.index.manifest.get("built_at"),
                 store.db.description)
        loop = asyncio.get_running_loop()
        try:  # SIGHUP reloads the index, as for many daemons (only possible in the main thread)
            loop.add_signal_handler(signal.SIGHUP, lambda: asyncio.ensure_future(reload()))
        except (RuntimeError, ValueError, NotImplementedError):
            log.info("SIGHUP reload not available here; use POST /admin/reload")
        listener = None
        if store.db.dialect == "postgresql":
            listener = Listener(settings.database_url.get_secret_value(),
                                lambda build: loop.call_soon_threadsafe(lambda: asyncio.ensure_future(reload(build))))
            listener.start()
        async with line.lifespan(), slack.lifespan():
            tasks = [asyncio.create_task(job) for job in (
                courier.loop(settings.outbox_poll_seconds), courier.heartbeat(store.lease / 3),
                recover(store, settings, line, slack), maintain(store, settings))]
            try:
                yield
            finally:
                for task in tasks:
                    task.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await task
                if listener is not None:
                    listener.stop()
                with contextlib.suppress(Exception):
                    await to_thread.run_sync(store.let_go)  # what this replica held, for another to take now
        store.close()

    async def reload(build: str | None = None) -> dict:
        assistant = state["assistant"]
        if build and build == assistant.engine.build:
            return {"reloaded": False, "build": build, "error": "already serving this build"}
        try:
            fresh = await assistant.reload(settings)
        except Exception as exc:  # the old index keeps serving
            log.error("reload failed, still serving build %s: %s", assistant.engine.build, exc)
            return {"reloaded": False, "build": assistant.engine.build, "error": str(exc)}
        log.info("reloaded: now serving build %s", fresh.build)
        return {"reloaded": True, "build": fresh.build, "built_at": fresh.index.manifest.get("built_at")}

    app = FastAPI(title="planbot", lifespan=lifespan)
    app.add_middleware(BodyLimit, limit=settings.max_webhook_bytes)
    app.add_middleware(Observed, metrics=metrics)
    if trusted_proxies(settings):  # the client behind a load balancer; nobody else's X-Forwarded-For counts
        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=trusted_proxies(settings))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        """A malformed request is the sender's error: say what is expected, never echo what came."""
        return JSONResponse({"detail": 'JSON の {"question": "質問文"} を送ってください（1〜100,000 文字）'},
                            status_code=422)
    line = line_router(settings, lambda: state["assistant"])
    app.include_router(line.router)
    slack = slack_router(settings, lambda: state["assistant"])
    app.include_router(slack.router)
    web = WebPages(settings, lambda: state["assistant"], metrics)
    app.state.visitors = web.visitors  # who a web visitor is (handlers/visitor.py), for limits keyed on it
    app.include_router(web.router)
    app.include_router(StaffPages(settings, lambda: state["assistant"]).router)
    app.mount("/static", StaticFiles(directory=Path(__file__).with_name("static")), name="static")

    add_operations(app, settings, state, metrics, reload)
    return app


def add_operations(app: FastAPI, settings: Settings, state: dict, metrics: Metrics, reload) -> None:
    """Health, readiness, metrics, reload and the programmatic API."""
    @app.get("/healthz")
    async def healthz() -> dict:
        return {"status": "ok"}

    @app.get("/readyz")
    async def readyz() -> JSONResponse:
        """Ready when the index is loaded and the database answers (a replica without it cannot keep events)."""
        assistant = state.get("assistant")
        if assistant is None:
            return JSONResponse({"ready": False, "detail": "index not loaded"}, status_code=503)
        manifest = assistant.engine.index.manifest
        body = {
            "ready": True,
            "build": assistant.engine.build,
            "built_at": manifest.get("built_at"),
            "documents": manifest.get("counts", {}).get("documents"),
            "chunks": manifest.get("counts", {}).get("chunks"),
            "embedder": manifest.get("embedder", {}).get("name"),
            "database": assistant.store.db.dialect,
        }
        try:
            seconds = await asyncio.wait_for(assistant.store.run(assistant.store.ready), READY_TIMEOUT)
            body["database_ms"] = round(1000 * seconds, 1)
        except Exception as exc:
            log.warning("not ready: the database does not answer (%s)", type(exc).__name__)
            return JSONResponse({**body, "ready": False, "detail": "database unavailable"}, status_code=503)
        return JSONResponse(body)

    @app.get("/metrics")
    async def prometheus() -> Response:
        body = await to_thread.run_sync(metrics.exposition)
        return Response(body, media_type=CONTENT_TYPE_LATEST)

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
        """Programmatic questions: off without PLANBOT_API_TOKEN; one slot and a bounded queue, after the chats."""
        if settings.api_token is None:
            raise HTTPException(status_code=404)
        if not bearer_ok(request, settings.api_token):
            raise HTTPException(status_code=401, detail="invalid API token")
        try:
            answer, _ = await state["assistant"].ask(body.question, "api")
        except Busy:
            metrics.refused.labels("api", "busy").inc()
            return JSONResponse({"detail": "busy, try again shortly"}, status_code=503, headers={"Retry-After": "2"})
        return JSONResponse(answer.to_dict())
