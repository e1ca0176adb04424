"""The Slack app for staff (slack-bolt): slash command, mentions and DMs, answered with Block Kit.

Bolt checks the signature and the 5-minute timestamp window; the listener acknowledges first and
answers after, so Slack's 3-second rule holds. The Web API base URL is a setting so tests can
point the client at a local stub.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from fastapi import APIRouter, Request, Response
from slack_bolt import BoltResponse
from slack_bolt.adapter.fastapi.async_handler import AsyncSlackRequestHandler
from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.config import Settings
from handlers.slack_blocks import answer_blocks, fallback_text, help_blocks, passages_blocks

log = logging.getLogger("planbot.slack")
CHANNEL = "slack"
SORRY = "申し訳ありません。回答の作成中に問題が起きました。少し待ってからもう一度お試しください。"
_MENTION = re.compile(r"<@[A-Z0-9]+>")


def slack_router(settings: Settings, assistant: Callable) -> APIRouter:
    """POST /slack/events; disabled (404) while SLACK_SIGNING_SECRET is not set."""
    router = APIRouter()
    if not settings.slack_signing_secret:

        @router.post("/slack/events")
        async def disabled() -> Response:
            return Response("Slack is not configured", status_code=404)

        return router

    token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
    app = AsyncApp(
        signing_secret=settings.slack_signing_secret.get_secret_value(),
        token=token,
        client=AsyncWebClient(token=token, base_url=settings.slack_api_base_url),
    )

    @app.middleware
    async def once_only(body, next, logger):  # noqa: A002 - Bolt's name
        """Answer each event once: Slack's retries and repeated event ids are acknowledged and dropped."""
        event_id = body.get("event_id")
        if event_id and not assistant().first_time(f"slack:{event_id}"):
            return BoltResponse(status=200, body="")  # acknowledged, not answered again
        await next()

    async def answer(question: str, user: str | None) -> tuple[list[dict], str]:
        answer, log_id = await assistant().ask(question, CHANNEL, user)
        return answer_blocks(answer, log_id), fallback_text(answer)

    @app.command(settings.slack_command)
    async def command(ack, body, respond):
        await ack()
        text = (body.get("text") or "").strip()
        user = body.get("user_id")
        try:
            word = text.split(maxsplit=1)
            if not text or text.lower() in ("help", "ヘルプ", "使い方"):
                await respond(blocks=help_blocks(settings.slack_command, assistant().examples()),
                              text="使い方", response_type="ephemeral")
                return
            if word[0] == "指標" and len(word) == 2:
                found, log_id = await assistant().indicators(word[1], CHANNEL, user)
                await respond(blocks=answer_blocks(found, log_id), text=fallback_text(found), response_type="in_channel")
                return
            question = f"{word[1]}とは？" if word[0] == "用語" and len(word) == 2 else text
            blocks, fallback = await answer(question, user)
            await respond(blocks=blocks, text=fallback, response_type="in_channel")
        except Exception:
            log.exception("slash command failed")
            await respond(text=SORRY, response_type="ephemeral")

    async def reply_in(channel: str, thread_ts: str | None, question: str, user: str | None, client) -> None:
        try:
            blocks, fallback = await answer(question, user)
            await client.chat_postMessage(channel=channel, thread_ts=thread_ts, blocks=blocks, text=fallback)
        except Exception:
            log.exception("answer in %s failed", channel)
            await client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=SORRY)

    @app.event("app_mention")
    async def mention(event, client):
        if event.get("bot_id"):
            return
        question = _MENTION.sub("", event.get("text", "")).strip()
        thread = event.get("thread_ts") or event.get("ts")
        if not question:
            await client.chat_postMessage(channel=event["channel"], thread_ts=thread,
                                          blocks=help_blocks(settings.slack_command, assistant().examples()), text="使い方")
            return
        await reply_in(event["channel"], thread, question, event.get("user"), client)

    @app.event("message")
    async def direct_message(event, client):
        if event.get("channel_type") != "im" or event.get("bot_id") or event.get("subtype"):
            return  # only people's direct messages; never bots, never our own posts
        await reply_in(event["channel"], None, event.get("text", "").strip(), event.get("user"), client)

    @app.action(re.compile("^feedback_(up|down)$"))
    async def feedback(ack, body, action, respond):
        await ack()
        if action.get("value", "").isdigit():
            assistant().feedback(int(action["value"]), action["action_id"] == "feedback_up")
        await respond(text="ご意見ありがとうございます。今後の改善に役立てます。", response_type="ephemeral",
                      replace_original=False)

    @app.action("more_passages")
    async def more(ack, action, respond):
        await ack()
        value = action.get("value", "")
        citations = await assistant().more(int(value)) if value.isdigit() else []
        start = settings.top_k + 1
        await respond(blocks=passages_blocks(citations, start), text="他の箇所", response_type="ephemeral",
                      replace_original=False)

    @app.error
    async def on_error(error, body, logger):
        log.error("Slack listener error: %s", type(error).__name__)

    handler = AsyncSlackRequestHandler(app)

    @router.post("/slack/events")
    async def events(request: Request):
        if request.headers.get("x-slack-retry-num"):
            return Response(status_code=200)  # Slack's retry of an event we already acknowledged
        return await handler.handle(request)

    return router
