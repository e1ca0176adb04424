"""A local HTTP server standing in for a chat platform's API: it records every request."""

from __future__ import annotations

import json
import socket
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


LINE_REPLY, LINE_PUSH = "/v2/bot/message/reply", "/v2/bot/message/push"


class StubAPI:
    """Answers every POST with `reply` (JSON) and keeps (path, headers, body) of each request it accepted.

    As LINE does, it refuses a reply token used before (400 "Invalid reply token") and a push whose
    `X-Line-Retry-Key` it accepted before (409, with `x-line-accepted-request-id`): what it accepted
    is what a user would see, each exactly as often as it was accepted.
    Faults: `fail(path, status, times)` answers the next requests to a path with an error; `down = True`
    answers every request with 503; `delay` (or `delays[path prefix]`) holds an accepted request's
    response that many seconds. Refused requests are kept apart, in `refused`.
    """

    def __init__(self, reply: dict | None = None) -> None:
        self.requests: list[tuple[str, dict, dict]] = []
        self.arrived: list[float] = []  # time.monotonic() of each accepted request, beside `requests`
        self.refused: list[tuple[str, int]] = []
        self.faults: dict[str, list[int]] = {}
        self.down = False
        self.reply = reply or {}
        self.delay = 0.0  # seconds before answering: a slow platform
        self.delays: dict[str, float] = {}  # a delay of its own for a path prefix
        self.routes: dict[str, dict] = {}  # a reply of its own for requests to a path prefix (GET, DELETE too)
        self.used_tokens: set[str] = set()
        self.retry_keys: dict[str, str] = {}  # accepted X-Line-Retry-Key → the request id it was given
        self.lock = threading.Lock()
        self.in_flight = 0  # accepted requests whose response has not been sent yet
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's naming
                length = int(self.headers.get("Content-Length", 0))
                data = self.rfile.read(length)
                try:
                    body = json.loads(data) if data else {}
                except (UnicodeDecodeError, json.JSONDecodeError):
                    body = {"raw": data}  # bytes: an image upload, or a malformed body
                status = 503 if stub.down else stub._fault(self.path)
                message, extra = "stub failure", {}
                with stub.lock:
                    if not status:
                        status, message, extra = stub._line_rules(self.path, self.headers, body)
                    if status:
                        stub.refused.append((self.path, status))
                    else:
                        stub.arrived.append(time.monotonic())
                        stub.requests.append((self.path, dict(self.headers), body))
                if status:
                    payload = json.dumps({"message": message}).encode()
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    for name, value in extra.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(payload)
                    return
                with stub.lock:
                    stub.in_flight += 1
                try:
                    time.sleep(next((d for prefix, d in stub.delays.items() if self.path.startswith(prefix)), stub.delay))
                finally:
                    with stub.lock:
                        stub.in_flight -= 1
                route = next((r for prefix, r in stub.routes.items() if self.path.startswith(prefix)), None)
                payload = json.dumps(stub.reply if route is None else route).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_DELETE = do_PUT = do_POST  # noqa: N815 - recorded and answered alike

            def log_message(self, *args):
                pass

        class Server(ThreadingHTTPServer):
            request_queue_size = 256  # http.server's default backlog of 5 drops bursts of connections
            daemon_threads = True

        self.server = Server(("127.0.0.1", free_port()), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def _line_rules(self, path: str, headers, body) -> tuple[int, str, dict]:
        """LINE's: a reply token works once; a push with a retry key accepted before is not sent again."""
        if path.startswith(LINE_REPLY) and isinstance(body, dict) and body.get("replyToken"):
            if body["replyToken"] in self.used_tokens:
                return 400, "Invalid reply token", {}
            self.used_tokens.add(body["replyToken"])
        key = headers.get("X-Line-Retry-Key")
        if path.startswith(LINE_PUSH) and key:
            if key in self.retry_keys:
                return 409, "The retry key is already accepted", {"x-line-accepted-request-id": self.retry_keys[key]}
            self.retry_keys[key] = uuid.uuid4().hex
        return 0, "", {}

    def fail(self, path: str, status: int, times: int = 1) -> None:
        self.faults.setdefault(path, []).extend([status] * times)

    def _fault(self, path: str) -> int:
        for prefix, statuses in self.faults.items():
            if path.startswith(prefix) and statuses:
                return statuses.pop(0)
        return 0

    def to(self, path: str) -> list[dict]:
        return [body for p, _, body in self.requests if p.startswith(path)]

    def wait_for(self, path: str, count: int = 1, timeout: float = 30.0) -> list[dict]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if len(self.to(path)) >= count:
                return self.to(path)
            time.sleep(0.02)
        return self.to(path)

    def close(self) -> None:
        self.server.shutdown()


class LiveServer:
    """The real planbot app served by uvicorn on loopback in a background thread."""

    def __init__(self, app, port: int | None = None) -> None:
        import uvicorn

        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        # As `planbot serve` runs it: uvicorn believes no X-Forwarded-For; the app reads it from trusted proxies only.
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                                    proxy_headers=False))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("server did not start")
            time.sleep(0.05)

    def close(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
