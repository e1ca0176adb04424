"""A local HTTP server standing in for a chat platform's API: it records every request."""

from __future__ import annotations

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class StubAPI:
    """Answers every POST with `reply` (JSON) and keeps (path, headers, body) of each request it accepted.

    Faults: `fail(path, status, times)` answers the next requests to a path with an error; `down = True`
    answers every request with 503. Refused requests are kept apart, in `refused`.
    """

    def __init__(self, reply: dict | None = None) -> None:
        self.requests: list[tuple[str, dict, dict]] = []
        self.arrived: list[float] = []  # time.monotonic() of each accepted request, beside `requests`
        self.refused: list[tuple[str, int]] = []
        self.faults: dict[str, list[int]] = {}
        self.down = False
        self.reply = reply or {}
        self.delay = 0.0  # seconds before answering: a slow platform
        self.routes: dict[str, dict] = {}  # a reply of its own for requests to a path prefix (GET, DELETE too)
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
                if status:
                    stub.refused.append((self.path, status))
                    payload = json.dumps({"message": "stub failure"}).encode()
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                    return
                stub.arrived.append(time.monotonic())
                stub.requests.append((self.path, dict(self.headers), body))
                time.sleep(stub.delay)
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

    def __init__(self, app) -> None:
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
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
