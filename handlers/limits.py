"""Request size limits for every route: refused by Content-Length before reading, and cut off while
streaming when a body without (or with a false) length grows past the limit. Memory stays flat."""

from __future__ import annotations


class BodyLimit:
    """ASGI middleware: bodies over `limit` bytes get 413 and are never read whole."""

    def __init__(self, app, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length", b"")
        if length and (not length.isdigit() or int(length) > self.limit):
            await _refuse(send)
            return
        seen = 0
        started = refused = False

        async def counted_receive():
            nonlocal seen, refused
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    if not started and not refused:
                        refused = True
                        await _refuse(send)
                    return {"type": "http.disconnect"}  # the app stops reading; what it sends is dropped
            return message

        async def watched_send(message):
            nonlocal started
            if refused:
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        await self.app(scope, counted_receive, watched_send)


async def _refuse(send) -> None:
    body = b"request body too large"
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"text/plain"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
