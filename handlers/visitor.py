"""Who a web chat visitor is: a random id the server signs and the page sends back.

The chat page carries the token in `<meta name="planbot-visitor">` and the script sends it as the
`X-Planbot-Visitor` header, so it works inside a cross-site iframe where third-party cookies are not
stored; the same token in a first-party cookie is the fallback. It is signed with itsdangerous, with a
key from PLANBOT_VISITOR_SECRET or a generated 0600 file beside the database. Rate limits and 👍/👎
are keyed on `visitor_of(request)`: an id the server issued, never anything personal.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from fastapi import Request
from itsdangerous import BadSignature, TimestampSigner

from bot.config import Settings

HEADER = "X-Planbot-Visitor"
COOKIE = "planbot_visitor"
META = "planbot-visitor"
MAX_AGE = 30 * 86400  # a token older than this is refused; the page issues a fresh one
MAX_TOKEN_CHARS = 200


def _key_file(path: Path) -> str:
    """The signing key kept in a 0600 file (made once), as the question log keeps its salt."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another worker made it first
            pass
        else:
            with os.fdopen(fd, "w") as out:
                out.write(secrets.token_hex(32))
    return path.read_text().strip()


class Visitors:
    """Issues and checks visitor tokens; one per app, its key from the settings."""

    def __init__(self, secret: str) -> None:
        self.signer = TimestampSigner(secret, salt="planbot-visitor")

    @classmethod
    def from_settings(cls, settings: Settings) -> Visitors:
        if settings.visitor_secret is not None:
            return cls(settings.visitor_secret.get_secret_value())
        return cls(_key_file(settings.db.with_name(settings.db.name + ".visitor-key")))

    def issue(self, visitor: str | None = None) -> str:
        """A signed token for `visitor` (a new random id when None)."""
        return self.signer.sign(visitor or secrets.token_urlsafe(16)).decode()

    def check(self, token: str | None) -> str | None:
        """The visitor id a token was issued for; None when absent, forged, malformed or expired."""
        if not token or len(token) > MAX_TOKEN_CHARS:
            return None
        try:
            return self.signer.unsign(token, max_age=MAX_AGE).decode()
        except (BadSignature, UnicodeDecodeError):
            return None

    def visitor_of(self, request: Request) -> str | None:
        """The visitor of a request: the header's token, else the cookie's; None without a valid one."""
        return self.check(request.headers.get(HEADER)) or self.check(request.cookies.get(COOKIE))


def visitor_of(request: Request) -> str | None:
    """The web visitor of a request to the app (its `Visitors` on `app.state.visitors`), for anything
    keyed on a visitor (rate limits, 👍/👎); None without a valid token."""
    visitors = getattr(request.app.state, "visitors", None)
    return visitors.visitor_of(request) if visitors is not None else None
