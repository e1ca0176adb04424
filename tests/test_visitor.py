"""Visitor tokens: signed by the server, checked from the header first and the cookie second."""

from __future__ import annotations

import os
import stat

from pydantic import SecretStr
from starlette.requests import Request

from handlers.visitor import COOKIE, HEADER, Visitors


def request(headers: dict[str, str] | None = None, cookie: str = "") -> Request:
    raw = [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    if cookie:
        raw.append((b"cookie", f"{COOKIE}={cookie}".encode()))
    return Request({"type": "http", "method": "POST", "path": "/web/ask", "headers": raw, "query_string": b""})


def test_a_token_names_the_visitor_it_was_issued_for_and_a_forged_one_names_none():
    visitors = Visitors("k" * 32)
    token = visitors.issue("visitor-1")
    assert visitors.visitor_of(request({HEADER: token})) == "visitor-1"
    assert visitors.visitor_of(request(cookie=token)) == "visitor-1"  # the cookie, where no header came
    forged = token.rsplit(".", 1)[0] + ".AAAAAAAAAAAAAAAAAAAAAAAAAAA"
    assert visitors.visitor_of(request({HEADER: forged})) is None
    assert visitors.visitor_of(request({HEADER: Visitors("another key").issue("visitor-1")})) is None
    assert visitors.visitor_of(request({HEADER: "x" * 5000})) is None
    assert visitors.visitor_of(request()) is None


def test_the_header_wins_over_the_cookie_and_new_visitors_get_distinct_ids():
    visitors = Visitors("k" * 32)
    assert visitors.visitor_of(request({HEADER: visitors.issue("a")}, cookie=visitors.issue("b"))) == "a"
    assert visitors.check(visitors.issue()) != visitors.check(visitors.issue())


def test_the_key_comes_from_the_setting_or_a_private_file_kept_across_restarts(settings, tmp_path):
    from_env = Visitors.from_settings(settings.model_copy(update={"visitor_secret": SecretStr("s" * 32)}))
    assert Visitors("s" * 32).check(from_env.issue("v")) == "v"
    local = settings.model_copy(update={"db": tmp_path / "var" / "planbot.sqlite"})
    token = Visitors.from_settings(local).issue("v")
    key = tmp_path / "var" / "planbot.sqlite.visitor-key"
    assert stat.S_IMODE(os.stat(key).st_mode) == 0o600
    assert Visitors.from_settings(local).check(token) == "v"  # a restart keeps visitors' tokens valid
