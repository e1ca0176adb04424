"""Staff pages behind a login: the plan browser, the indicator dashboard and the question report.

Off (404) unless PLANBOT_STAFF_PASSWORD is set. A login opens a server-side session (the cookie
holds only its random id) that lasts a working day on every replica, ends at logout, and ends
when the password changes. Failed logins slow down the next attempt per account and per address
(`bot.staffauth`), never lock the right password out; a browser that signed in before carries a
signed device cookie and is judged on its own failures only.
"""

from __future__ import annotations

import hmac
import math
import re
import secrets
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime, timedelta
from urllib.parse import quote

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from itsdangerous import BadSignature, TimestampSigner
from starlette.concurrency import run_in_threadpool

from bot.config import Settings
from bot.languages import status_label
from bot.report import build_report, report_csv
from handlers.charts import frequent_chart, per_day_chart, progress_chart
from handlers.web import TEMPLATES, source_context, words

UNIT_NOTE = re.compile(r"^[（(]?単位\s*[:：]")  # a table's unit line read as a heading (単位:団体): not a part of the plan

COOKIE = "planbot_staff"
DEVICE = "planbot_staff_device"
SESSION_SECONDS = 8 * 3600
DEVICE_SECONDS = 90 * 86400
REPORT_DAYS = 30
NOT_FRAMED = {"Content-Security-Policy": "frame-ancestors 'none'", "X-Content-Type-Options": "nosniff"}


class StaffPages:
    def __init__(self, settings: Settings, assistant: Callable) -> None:
        self.settings = settings
        self.assistant = assistant
        self.router = APIRouter(prefix="/staff")
        for path, endpoint, methods in (
            ("/login", self.login_form, ["GET"]), ("/login", self.login, ["POST"]), ("/logout", self.logout, ["POST"]),
            ("", self.plans, ["GET"]), ("/plans/{file}", self.plan, ["GET"]), ("/indicators", self.indicators, ["GET"]),
            ("/report", self.report, ["GET"]), ("/report.csv", self.report_csv, ["GET"]),
            ("/source/{file}", self.source, ["GET"]),
        ):
            self.router.add_api_route(path, endpoint, methods=methods)

    # ----------------------------------------------------------------- authentication

    def enabled(self) -> None:
        if self.settings.staff_password is None:
            raise HTTPException(status_code=404, detail="staff pages are off (set PLANBOT_STAFF_PASSWORD)")

    @property
    def store(self):
        return self.assistant().store

    def fingerprint(self) -> str:
        """Changes with the password: sessions and devices of an old password are no longer honoured."""
        return self.store.sealer.fingerprint(self.settings.staff_password.get_secret_value())

    def device_signer(self) -> TimestampSigner:
        """Signs device cookies with a key every replica derives alike from the hash salt (never stored)."""
        return TimestampSigner(self.store.sealer.fingerprint("staff-device-cookie"), salt="planbot-staff-device")

    def device(self, request: Request) -> str | None:
        """The id of a browser that signed in before with the current password, if its cookie says so."""
        try:
            value = self.device_signer().unsign(request.cookies.get(DEVICE, ""), max_age=DEVICE_SECONDS).decode()
        except BadSignature:
            return None
        user, device, fingerprint = (value.split(":") + ["", "", ""])[:3]
        ok = hmac.compare_digest(user, self.settings.staff_user) and hmac.compare_digest(fingerprint, self.fingerprint())
        return device if ok and device else None

    async def signed_in(self, request: Request) -> bool:
        user = await run_in_threadpool(self.store.sessions.user, request.cookies.get(COOKIE), self.fingerprint())
        return user is not None and hmac.compare_digest(user, self.settings.staff_user)

    async def guard(self, request: Request) -> RedirectResponse | None:
        """None when signed in; else where to go (the login form, coming back here afterwards)."""
        self.enabled()
        if await self.signed_in(request):
            return None
        return RedirectResponse(f"/staff/login?next={quote(request.url.path)}", status_code=303)

    async def login_form(self, request: Request, next: str = "/staff", failed: bool = False) -> HTMLResponse:
        self.enabled()
        return TEMPLATES.TemplateResponse(request, "staff_login.html", {"lang": "ja", "t": {"title": "職員ログイン"},
                                          "next": _local(next), "failed": failed}, status_code=401 if failed else 200,
                                          headers=NOT_FRAMED)

    async def login(self, request: Request, username: str = Form(""), password: str = Form(""),
                    next: str = Form("/staff")) -> Response:
        self.enabled()
        store = self.store
        device = self.device(request)
        # A known browser is judged on its own failures; any other on the account's and the address's.
        keys = {"device": device} if device else {"account": username.strip().lower()[:200],
                                                   "address": request.client.host if request.client else ""}
        wait = await run_in_threadpool(store.logins.acquire, keys)
        if wait > 0:
            seconds = math.ceil(wait)
            return HTMLResponse(f"ログインの失敗が続いたため、{seconds}秒ほど待ってからもう一度お試しください。",
                                status_code=429, headers={"Retry-After": str(seconds), **NOT_FRAMED})
        expected = self.settings.staff_password.get_secret_value().encode()
        ok = hmac.compare_digest(username.encode(), self.settings.staff_user.encode())
        ok = hmac.compare_digest(password.encode(), expected) and ok
        if not ok:
            await run_in_threadpool(store.logins.failed, keys)
            return await self.login_form(request, next, failed=True)
        await run_in_threadpool(store.logins.succeeded, keys)
        fingerprint = self.fingerprint()
        await run_in_threadpool(store.sessions.revoke_other_passwords, fingerprint)
        token = await run_in_threadpool(store.sessions.open, self.settings.staff_user, fingerprint, SESSION_SECONDS)
        secure = request.url.scheme == "https"
        response = RedirectResponse(_local(next), status_code=303)
        response.set_cookie(COOKIE, token, max_age=SESSION_SECONDS, httponly=True, samesite="strict", secure=secure)
        device_id = device or secrets.token_urlsafe(16)
        signed = self.device_signer().sign(f"{self.settings.staff_user}:{device_id}:{fingerprint}").decode()
        response.set_cookie(DEVICE, signed, max_age=DEVICE_SECONDS, httponly=True, samesite="strict", secure=secure,
                            path="/staff/login")
        return response

    async def logout(self, request: Request) -> RedirectResponse:
        """The session ends on the server, so the cookie is worthless even if kept."""
        await run_in_threadpool(self.store.sessions.revoke, request.cookies.get(COOKIE))
        response = RedirectResponse("/staff/login", status_code=303)
        response.delete_cookie(COOKIE)
        return response

    # ----------------------------------------------------------------- pages

    def page(self, request: Request, template: str, **context) -> HTMLResponse:
        return TEMPLATES.TemplateResponse(request, template, {"lang": "ja", "t": {"title": context.get("title", "")},
                                                              **context}, headers=NOT_FRAMED)

    async def plans(self, request: Request) -> Response:
        if (away := await self.guard(request)) is not None:
            return away
        documents = [{**d, "status_label": status_label(d["status"], "ja") or "計画期間中"}
                     for d in self.assistant().documents()]
        return self.page(request, "staff_plans.html", title="計画書", documents=documents)

    async def plan(self, file: str, request: Request) -> Response:
        if (away := await self.guard(request)) is not None:
            return away
        assistant = self.assistant()
        document = assistant.document(file)
        if document is None:
            raise HTTPException(status_code=404, detail="no such document")
        tree = [{"path": s, "name": s.split(" › ")[-1], "depth": s.count(" › "), "lines": (a, b),
                 "url": staff_source_url(file, (a, b), s)} for s, a, b in assistant.sections(file)
                if not UNIT_NOTE.match(s.split(" › ")[-1])]
        document = {**document, "status_label": status_label(document["status"], "ja") or "計画期間中"}
        return self.page(request, "staff_plan.html", title=document["title"], document=document, tree=tree)

    async def indicators(self, request: Request, plan: str = "") -> Response:
        if (away := await self.guard(request)) is not None:
            return away
        assistant = self.assistant()
        every = assistant.indicator_table()
        rows = [r for r in every if not plan or r["file"] == plan]
        for row in rows:
            row["url"] = staff_source_url(row["file"], row["lines"], row["section"])
            row["percent"] = None if row["progress"] is None else round(100 * row["progress"])
        chart = progress_chart(rows, "基準値から目標までの進み具合（基準値とその後の値がある指標）")
        with_indicators = {r["file"] for r in every}
        plans = [d for d in assistant.documents() if d["file"] in with_indicators]
        return self.page(request, "staff_indicators.html", title="成果指標", rows=rows, progress=chart, plans=plans,
                         chosen=plan)

    async def source(self, file: str, request: Request) -> Response:
        """The source view for staff: behind the login, never framed, back to the plan's tree."""
        if (away := await self.guard(request)) is not None:
            return away
        context = source_context(self.assistant(), file, request.query_params, f"/staff/source/{quote(file)}")
        return self.page(request, "staff_source.html", title=context["document"]["title"], **context, w=words("ja"),
                         back=f"/staff/plans/{quote(file)}")

    async def report(self, request: Request, days: int = REPORT_DAYS) -> Response:
        if (away := await self.guard(request)) is not None:
            return away
        days = max(1, min(days, 366))
        since = datetime.now() - timedelta(days=days)
        log = self.assistant().questions
        report = build_report(log, since)
        per_day = Counter((datetime.fromtimestamp(r["asked_at"]).date(), r["channel"]) for r in log.rows(since.timestamp()))
        charts = {
            "per_day": per_day_chart(dict(per_day), f"1日ごとの質問数（直近{days}日、チャネル別）"),
            "frequent": frequent_chart(report.frequent[:10], "よく聞かれた質問（上位10件）"),
        }
        return self.page(request, "staff_report.html", title="質問の記録", report=report, charts=charts, days=days,
                         when=_when)

    async def report_csv(self, request: Request, days: int = REPORT_DAYS) -> Response:
        self.enabled()
        if not await self.signed_in(request):
            raise HTTPException(status_code=401, detail="login required")
        since = datetime.now() - timedelta(days=max(1, min(days, 366)))
        body = report_csv(build_report(self.assistant().questions, since))
        name = f"planbot-report-{date.today().isoformat()}.csv"
        return Response("\ufeff" + body, media_type="text/csv; charset=utf-8",  # BOM: Excel reads it as UTF-8
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})


def staff_source_url(file: str, lines: tuple[int, int] | list[int], section: str = "") -> str:
    """The staff source view of a section, scrolled to its first line."""
    first, last = lines[0], lines[1]
    extra = f"&section={quote(section)}" if section else ""
    return f"/staff/source/{quote(file)}?lines={first}-{last}{extra}#L{first}"


def _local(path: str) -> str:
    """Only a path of this site to go back to after login (never another site)."""
    return path if path.startswith("/staff") and "//" not in path else "/staff"


def _when(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp).strftime("%Y-%m-%d %H:%M")
