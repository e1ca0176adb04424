"""The Slack app for staff (slack-bolt): slash command, mentions and DMs, answered with Block Kit.

Bolt checks the signature and the 5-minute timestamp window; the listener acknowledges first and
answers after, so Slack's 3-second rule holds. The Web API base URL is a setting so tests can
point the client at a local stub.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import time
from collections.abc import Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass

from fastapi import APIRouter, Request, Response
from slack_bolt import BoltResponse
from slack_bolt.adapter.fastapi.async_handler import AsyncSlackRequestHandler
from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.config import Settings
from handlers.slack_blocks import answer_blocks, fallback_text, help_blocks, passages_blocks

log = logging.getLogger("planbot.slack")
quiet = logging.getLogger("planbot.slack.bolt")  # Bolt logs rejected requests' bodies at INFO: keep it to warnings
quiet.setLevel(logging.WARNING)
SLOW_DOWN = "質問が続いています。1分ほど時間をおいてから、もう一度お送りください。"
CHANNEL = "slack"
SORRY = "申し訳ありません。回答の作成中に問題が起きました。少し待ってからもう一度お試しください。"
_MENTION = re.compile(r"<@[A-Z0-9]+>")


MAX_BACKOFF = 300.0


@dataclass
class SlackHandler:
    router: APIRouter
    lifespan: Callable


@asynccontextmanager
async def _nothing():
    yield


class SlackBot:
    """The Slack app: Bolt listeners as methods (each can be called alone), the outbox, the route."""

    def __init__(self, settings: Settings, assistant: Callable) -> None:
        self.settings = settings
        self.assistant = assistant
        token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
        self.app = AsyncApp(  # the client carries the token; giving Bolt both makes it warn at every start
            signing_secret=settings.slack_signing_secret.get_secret_value(),
            client=AsyncWebClient(token=token, base_url=settings.slack_api_base_url),
            logger=quiet,
        )
        self.app.middleware(self.once_only)
        self.app.command(settings.slack_command)(self.command)
        self.app.event("app_mention")(self.mention)
        self.app.event("message")(self.direct_message)
        self.app.action(re.compile("^feedback_(up|down)$"))(self.feedback)
        self.app.action("more_passages")(self.more)
        self.app.error(self.on_error)
        self.handler = AsyncSlackRequestHandler(self.app)
        self.router = APIRouter()
        self.router.add_api_route("/slack/events", self.events, methods=["POST"])

    async def once_only(self, body, next, logger):  # noqa: A002 - Bolt's name
        """Answer each event once. Runs after Bolt's signature check: a retry of an event never
        answered (a restart, a failed post) is answered; one answered or in hand is only acknowledged."""
        event_id = body.get("event_id")
        if event_id:
            self.assistant().outbox.receive(f"slack:{event_id}", CHANNEL, body)  # kept before the acknowledgement
            if not self.assistant().outbox.claim(f"slack:{event_id}"):
                return BoltResponse(status=200, body="")
        await next()

    def answered(self, body: dict) -> None:
        if body.get("event_id"):
            self.assistant().outbox.done(f"slack:{body['event_id']}")

    async def answer(self, question: str, user: str | None) -> tuple[list[dict], str]:
        answer, log_id = await self.assistant().ask(question, CHANNEL, user)
        return answer_blocks(answer, log_id), fallback_text(answer)

    async def command(self, ack, body, respond):
        await ack()
        text = (body.get("text") or "").strip()
        user = body.get("user_id")
        try:
            word = text.split(maxsplit=1)
            if not text or text.lower() in ("help", "ヘルプ", "使い方"):
                await respond(blocks=help_blocks(self.settings.slack_command, self.assistant().examples()),
                              text="使い方", response_type="ephemeral")
                return
            if word[0] == "指標" and len(word) == 2:
                found, log_id = await self.assistant().indicators(word[1], CHANNEL, user)
                await respond(blocks=answer_blocks(found, log_id), text=fallback_text(found), response_type="in_channel")
                return
            question = f"{word[1]}とは？" if word[0] == "用語" and len(word) == 2 else text
            blocks, fallback = await self.answer(question, user)
            await respond(blocks=blocks, text=fallback, response_type="in_channel")
        except Exception:
            log.exception("slash command failed")
            await respond(text=SORRY, response_type="ephemeral")

    async def reply_in(self, channel: str, thread_ts: str | None, question: str, user: str | None, client,
                       body: dict) -> None:
        if not self.assistant().allow(CHANNEL, user):
            await client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=SLOW_DOWN)
            self.answered(body)
            return
        try:
            blocks, fallback = await self.answer(question, user)
        except Exception:
            log.exception("answer in %s failed", channel)
            with contextlib.suppress(Exception):
                await client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=SORRY)
            return
        event_id = f"slack:{body['event_id']}" if body.get("event_id") else None
        parcel = self.assistant().outbox.enqueue(CHANNEL, channel, [{"thread_ts": thread_ts, "blocks": blocks, "text": fallback}],
                                            event_id=event_id, grace=30.0)
        await self.deliver(self.assistant().outbox.parcel(parcel))

    async def deliver(self, parcel) -> bool:
        """Post a kept answer; when Slack cannot take it, retry later with backoff, then give up loudly."""
        outbox = self.assistant().outbox
        try:
            await self.app.client.chat_postMessage(channel=parcel.target, **parcel.payload[0])
            outbox.delivered(parcel.id, "post")
            return True
        except Exception as exc:
            reason = type(exc).__name__
            if time.time() - parcel.created_at > self.settings.outbox_give_up_seconds:
                outbox.give_up(parcel.id, reason)
                log.error("Slack answer %s given up after %d attempts: %s", parcel.id, parcel.attempts + 1, reason)
            else:
                outbox.postpone(parcel.id, reason, min(MAX_BACKOFF, 2.0 ** (parcel.attempts + 1)))
            return False

    async def retry_loop(self) -> None:
        while True:
            await asyncio.sleep(self.settings.outbox_poll_seconds)
            try:
                for parcel in self.assistant().outbox.due(CHANNEL):
                    await self.deliver(parcel)
            except Exception:
                log.exception("Slack outbox retry failed")

    async def recover(self) -> None:
        """Answer the events received but never answered before a restart."""
        for body in self.assistant().outbox.unhandled(CHANNEL):
            event = body.get("event") or {}
            if event.get("type") == "app_mention":
                await self.mention(event, self.app.client, body)
            elif event.get("type") == "message":
                await self.direct_message(event, self.app.client, body)

    @asynccontextmanager
    async def lifespan(self):
        tasks = [asyncio.create_task(self.recover()), asyncio.create_task(self.retry_loop())]
        try:
            yield
        finally:
            for task in tasks:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task

    async def mention(self, event, client, body):
        if event.get("bot_id"):
            self.answered(body)
            return
        question = _MENTION.sub("", event.get("text", "")).strip()
        thread = event.get("thread_ts") or event.get("ts")
        if not question:
            await client.chat_postMessage(channel=event["channel"], thread_ts=thread,
                                          blocks=help_blocks(self.settings.slack_command, self.assistant().examples()), text="使い方")
            self.answered(body)
            return
        await self.reply_in(event["channel"], thread, question, event.get("user"), client, body)

    async def direct_message(self, event, client, body):
        if event.get("channel_type") != "im" or event.get("bot_id") or event.get("subtype"):
            self.answered(body)
            return  # only people's direct messages; never bots, never our own posts
        await self.reply_in(event["channel"], None, event.get("text", "").strip(), event.get("user"), client, body)

    async def feedback(self, ack, body, action, respond):
        await ack()
        value = str(action.get("value", ""))
        if value.isdigit() and len(value) <= 12:
            self.assistant().feedback(int(value), action["action_id"] == "feedback_up", (body.get("user") or {}).get("id"))
        await respond(text="ご意見ありがとうございます。今後の改善に役立てます。", response_type="ephemeral",
                      replace_original=False)

    async def more(self, ack, action, respond):
        await ack()
        value = str(action.get("value", ""))
        citations = await self.assistant().more(int(value)) if value.isdigit() and len(value) <= 12 else []
        start = self.settings.top_k + 1
        await respond(blocks=passages_blocks(citations, start), text="他の箇所", response_type="ephemeral",
                      replace_original=False)

    async def on_error(self, error, body, logger):
        log.error("Slack listener error: %s", type(error).__name__)


    async def events(self, request: Request):
        stamp = request.headers.get("x-slack-request-timestamp", "")
        if not stamp.isdigit():
            return Response("missing or malformed timestamp", status_code=401)
        try:
            return await self.handler.handle(request)
        except Exception as exc:  # a body Bolt cannot read: the sender's error, not ours
            log.warning("Slack request rejected: %s", type(exc).__name__)
            return Response("malformed request", status_code=400)


def slack_router(settings: Settings, assistant: Callable):
    """POST /slack/events with its lifespan; disabled (404) while SLACK_SIGNING_SECRET is not set."""
    if settings.slack_signing_secret:
        return SlackBot(settings, assistant)
    router = APIRouter()

    @router.post("/slack/events")
    async def disabled() -> Response:
        return Response("Slack is not configured", status_code=404)

    return SlackHandler(router, _nothing)
