"""The resident chat page (`/`), its JSON endpoints, and the source view every citation links to.

The page is plain HTML with one small script, no build step; it asks through the same assistant as
LINE (channel `web`, same question log) but in a lane of its own: one core at most and a bounded
queue (503 with Retry-After beyond it), so a flood of web questions never delays residents on LINE.
Rate limits count per visitor token the server issued and signed, and per client address (behind
the configured trusted proxies only): nothing a client can choose resets them.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field

from bot.answer import Answer
from bot.config import Settings
from bot.indicators import progress
from bot.lanes import Busy
from bot.languages import english_suggestions, messages, status_label
from handlers.links import document_link
from handlers.visitor import COOKIE, MAX_AGE, Visitors

TEMPLATES = Jinja2Templates(directory=Path(__file__).with_name("templates"))
TEMPLATES.env.filters["fromjson"] = json.loads
CHANNEL = "web"
CONTEXT_LINES = 3  # lines shown around a cited range in the source view
LONG_QUESTION = 150  # from this length the page suggests asking one point at a time
CLIENT_TIMEOUT_MS = 30_000  # the page gives up waiting for an answer after this, and offers to retry
POPULAR = 5  # most asked questions shown
POPULAR_DAYS = 30
POPULAR_SECONDS = 300  # how long the counts are reused before the log is read again
BUSY = {"ja": "ただいま混み合っています。少し時間をおいてから、もう一度お試しください。",
        "en": "We are busy right now. Please try again in a moment."}


def visitors_for(settings: Settings) -> Visitors:
    """Replicas sharing PostgreSQL must all accept each other's tokens: without PLANBOT_VISITOR_SECRET the key is
    derived from the hash salt they share (the file beside a replica's own SQLite path would differ)."""
    if settings.visitor_secret is None and settings.database_url is not None and settings.hash_salt is not None:
        salt = settings.hash_salt.get_secret_value().encode()
        return Visitors(hmac.new(salt, b"planbot-visitor-key", hashlib.sha256).hexdigest())
    return Visitors.from_settings(settings)


class WebQuestion(BaseModel):
    question: str = Field(min_length=1, max_length=100_000)


class WebFeedback(BaseModel):
    id: int = Field(ge=1, lt=2**53)
    helpful: bool


def page_language(request: Request) -> str:
    """?lang=en|ja, else the browser's first preference between the two."""
    asked = request.query_params.get("lang", "")
    if asked in ("ja", "en"):
        return asked
    accepted = request.headers.get("accept-language", "").lower()
    return "en" if accepted.startswith("en") else "ja"


def words(language: str) -> dict[str, str]:
    return messages()["web"]["en" if language == "en" else "ja"]


def source_url(file: str, lines: tuple[int, int] | list[int], section: str = "") -> str:
    """The source view of a citation, scrolled to its first line."""
    first, last = lines[0], lines[1]
    extra = f"&section={quote(section)}" if section else ""
    return f"/source/{quote(file)}?lines={first}-{last}{extra}#L{first}"


def answer_json(answer: Answer, log_id: int | None) -> dict:
    """What the page shows: the answer, citations with their source links, indicator bars, follow-ups."""
    language = answer.language
    bars = [{"name": i.name.replace(" ", ""), "current": i.current, "current_label": i.current_label,
             "target": i.target, "target_label": i.target_label, "unit": i.unit, "progress": progress(i)}
            for i in answer.records if answer.kind == "indicator"]
    return {
        "id": log_id,
        "answer": answer.answer,
        "language": language,
        "confident": answer.confident,
        "citations": [{"title": c.title, "section": c.section, "status": c.status,
                       "status_label": status_label(c.status, language), "file": c.file, "lines": list(c.lines),
                       "url": source_url(c.file, c.lines, c.section), "original": document_link(c),
                       "page": c.page, "printed_page": c.printed_page} for c in answer.citations],
        "suggestions": answer.suggestions,
        "indicators": bars,
    }


class WebPages:
    """The chat page, its endpoints and the source view; `assistant` is looked up per request (reloads)."""

    def __init__(self, settings: Settings, assistant: Callable, metrics=None) -> None:
        self.settings = settings
        self.assistant = assistant
        self.metrics = metrics
        self.visitors = visitors_for(settings)
        self._popular: tuple[float, list[str]] | None = None  # (when counted, the questions)
        self.router = APIRouter()
        self.router.add_api_route("/", self.chat, methods=["GET"], response_class=HTMLResponse)
        self.router.add_api_route("/chat", self.chat, methods=["GET"], response_class=HTMLResponse)
        self.router.add_api_route("/web/ask", self.ask, methods=["POST"])
        self.router.add_api_route("/web/feedback", self.feedback, methods=["POST"])
        self.router.add_api_route("/source/{file}", self.source, methods=["GET"], response_class=HTMLResponse)

    def frame_headers(self) -> dict[str, str]:
        """Who may show the page in a frame: this site, and the city's sites named in the settings."""
        ancestors = " ".join(["'self'", *self.settings.web_embed_origins.split()])
        return {"Content-Security-Policy": f"frame-ancestors {ancestors}", "X-Content-Type-Options": "nosniff"}

    async def chat(self, request: Request) -> HTMLResponse:
        language = page_language(request)
        assistant = self.assistant()
        t = words(language)
        token = self.visitors.issue(self.visitors.visitor_of(request))  # the same visitor keeps their id
        categories = [(t[key], questions) for key, questions in assistant.browse(language)]
        popular = await self.popular(assistant, [q for _, questions in assistant.browse("ja") for q in questions])
        page = TEMPLATES.TemplateResponse(request, "chat.html", {
            "lang": language, "t": t, "home": assistant.home(), "intro": t["intro"].format(home=assistant.home()),
            "visitor": token, "categories": categories,
            "popular": english_suggestions(popular) if language == "en" else popular,
            "embed": request.query_params.get("embed") == "1",
            "script": {"lang": language, "t": t, "max": self.settings.max_question_chars, "long": LONG_QUESTION,
                       "timeout": CLIENT_TIMEOUT_MS},
        }, headers=self.frame_headers())
        # The fallback where the header is not sent; in a cross-site iframe the browser may not keep it.
        page.set_cookie(COOKIE, token, max_age=MAX_AGE, httponly=True, samesite="lax",
                        secure=request.url.scheme == "https")
        return page

    def visitor(self, request: Request) -> str | None:
        """Who asks: the visitor id of the token the server signed (header, else cookie); None without one."""
        return self.visitors.visitor_of(request)

    def refused(self, reason: str) -> None:
        if self.metrics is not None:
            self.metrics.refused.labels(CHANNEL, reason).inc()

    async def popular(self, assistant, offered: list[str]) -> list[str]:
        """The questions this page offers, by how often they were asked lately (never a visitor's own
        wording: what people type may hold what they would not want shown)."""
        if self._popular and time.monotonic() - self._popular[0] < POPULAR_SECONDS:
            return self._popular[1]
        key = lambda q: "".join(q.split())  # noqa: E731
        known = {key(q): q for q in offered}
        since = time.time() - POPULAR_DAYS * 86400
        rows = await assistant.store.run(assistant.questions.rows, since)  # off the event loop
        counts = Counter(key(r["question"]) for r in rows if key(r["question"]) in known)
        questions = [known[k] for k, n in counts.most_common(POPULAR) if n >= 2]
        self._popular = (time.monotonic(), questions)
        return questions

    async def ask(self, body: WebQuestion, request: Request) -> JSONResponse:
        assistant = self.assistant()
        language = page_language(request)
        token = self.visitor(request)
        address = request.client.host if request.client else None
        # Both must allow: a fresh token per request still meets the address's limit, and a city hall's NAT
        # (many visitors, one address) has a wider one.
        if not (await assistant.allowed(f"{CHANNEL}-visitor", token)
                and await assistant.allowed(f"{CHANNEL}-address", address, self.settings.address_questions_per_minute)):
            self.refused("rate_limited")
            return JSONResponse({"detail": words(language)["rate_limited"]}, status_code=429,
                                headers={"Retry-After": "60"})
        hint = request.headers.get("accept-language", "").split(",")[0] or None
        try:
            answer, log_id = await assistant.ask(body.question, CHANNEL, self.visitor(request), hint)
        except Busy:
            self.refused("busy")
            return JSONResponse({"detail": BUSY["en" if language == "en" else "ja"]}, status_code=503,
                                headers={"Retry-After": "5"})
        return JSONResponse(answer_json(answer, log_id))

    async def feedback(self, body: WebFeedback, request: Request) -> JSONResponse:
        """👍/👎 only by the visitor who asked (the same visitor, on the web), for a logged question."""
        visitor = self.visitor(request)
        if not visitor:
            return JSONResponse({"recorded": False}, status_code=403)
        assistant = self.assistant()
        ok = await assistant.store.run(assistant.feedback, body.id, body.helpful, visitor, CHANNEL)
        return JSONResponse({"recorded": ok}, status_code=200 if ok else 404)

    async def source(self, file: str, request: Request) -> HTMLResponse:
        """The cited section with the cited lines highlighted; `?lines=A-B`, or the whole document."""
        language = page_language(request)
        context = source_context(self.assistant(), file, request.query_params, f"/source/{quote(file)}")
        return TEMPLATES.TemplateResponse(request, "source.html", {
            **context, "lang": language, "t": words(language), "back": f"/?lang={language}",
            "status": status_label(context["document"]["status"], language),
        }, headers=self.frame_headers())


_FIGURE = re.compile(r"^[\d,.]+\s*\S{0,3}$")


def cells(text: str) -> list[str]:
    """A tab-separated table row as its cells (one cell for a line of prose)."""
    return [c.strip() for c in text.split("\t")] if "\t" in text.strip("\t") else [text]


def labelled(rows: list[list[str]]) -> list[list[tuple[str, str]]]:
    """Each table row's cells with the column label above them (the last row of the table with no
    figure in it and as many cells), so a row reads as label: value on a phone; prose stays one cell."""
    header: list[str] = []
    out = []
    for parts in rows:
        if len(parts) > 1 and not any(_FIGURE.match(c) for c in parts):
            header = parts
            out.append([("", c) for c in parts])
        elif len(parts) > 1:
            out.append([(header[i] if len(header) == len(parts) else "", c) for i, c in enumerate(parts)])
        else:
            out.append([("", parts[0])])
    return out


def source_context(assistant, file: str, query, path: str) -> dict:
    """What a source view shows: the cited section (or the whole document) with the cited lines marked.

    `?section=` is shown only when it names a section of this document, so no text of a link's
    making appears as a heading on the city's page."""
    document = assistant.document(file)
    lines = assistant.source(file)
    if document is None or not lines:
        raise HTTPException(status_code=404, detail="その文書はありません / no such document")
    first, last = _range(query.get("lines", ""), len(lines))
    sections = assistant.sections(file)
    asked = query.get("section", "")
    section = asked if any(s == asked for s, _, _ in sections) else ""
    whole = query.get("whole") == "1" or not first
    if whole:
        shown = (1, len(lines))
    else:
        spans = [(a, b) for s, a, b in sections if a <= first <= b or (section and s == section)]
        start = min([a for a, _ in spans] + [first]) - CONTEXT_LINES
        end = max([b for _, b in spans] + [last]) + CONTEXT_LINES
        shown = (max(1, start), min(len(lines), end))
    numbers = range(shown[0], shown[1] + 1)
    table = labelled([cells(lines[n - 1]) for n in numbers])
    rows = [(n, parts, bool(first) and first <= n <= last) for n, parts in zip(numbers, table, strict=True)]
    return {"document": document, "section": section, "rows": rows, "first": first, "last": last, "whole": whole,
            "whole_url": f"{path}?whole=1&lines={first}-{last}#L{first or 1}", "original": document.get("url", "")}


def _range(text: str, count: int) -> tuple[int, int]:
    """`12-15` → (12, 15) within the document; (0, 0) when absent or malformed."""
    parts = text.split("-")
    if len(parts) != 2 or not all(p.isdigit() and len(p) < 7 for p in parts):
        return 0, 0
    first, last = sorted(int(p) for p in parts)
    if first < 1 or first > count:
        return 0, 0
    return first, min(last, count)
