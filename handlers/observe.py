"""What an operator sees of each request: a request id, one JSON log line per request, and the metrics.

The request id comes from `X-Request-Id` when a load balancer sets a sane one, else it is made
here; it is returned in the response and carried into every log line written while the request
(or the background work it started) runs. Log lines hold the route, method, status and duration —
never a client address, a user id or a question.
"""

from __future__ import annotations

import contextvars
import logging
import re
import sys
import time
import uuid

from pythonjsonlogger.json import JsonFormatter

from handlers.metrics import Metrics

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")
_SANE = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
access = logging.getLogger("planbot.access")


class _RequestId(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()
        record.__dict__.pop("color_message", None)  # uvicorn's terminal colours, noise in JSON
        return True


def configure_logging(kind: str = "json", level: int = logging.INFO) -> None:
    """JSON lines on stderr (or plain text for a person at a terminal), each with its request id."""
    handler = logging.StreamHandler(sys.stderr)
    if kind == "json":
        handler.setFormatter(JsonFormatter("%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s",
                                           rename_fields={"asctime": "time", "levelname": "level", "name": "logger"}))
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"))
    handler.addFilter(_RequestId())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True
    logging.getLogger("uvicorn.access").disabled = True  # it logs client addresses; ours does not


class Observed:
    """ASGI middleware: request id in and out, an access log line and the request counter per route."""

    def __init__(self, app, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = dict(scope.get("headers") or []).get(b"x-request-id", b"").decode("latin1")
        rid = given if _SANE.match(given) else uuid.uuid4().hex[:16]
        token = request_id.set(rid)
        started = time.perf_counter()
        status, finished = 500, 0.0

        async def tagged(message) -> None:
            nonlocal status, finished
            if message["type"] == "http.response.start":
                status = message["status"]
                message = {**message, "headers": [*message.get("headers", []), (b"x-request-id", rid.encode())]}
            elif message["type"] == "http.response.body" and not message.get("more_body"):
                finished = time.perf_counter()  # background work after the response is not the request's time
            await send(message)

        try:
            await self.app(scope, receive, tagged)
        finally:
            route = scope.get("route")
            path = getattr(route, "path", None) or ("/static" if scope["path"].startswith("/static/") else "other")
            self.metrics.requests.labels(path, scope["method"], str(status)).inc()
            access.info("request", extra={"route": path, "method": scope["method"], "status": status,
                                          "ms": round(1000 * ((finished or time.perf_counter()) - started), 1)})
            request_id.reset(token)
