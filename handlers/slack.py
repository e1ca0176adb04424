"""The Slack app for staff (slack-bolt): slash command, mentions and DMs, answered with Block Kit.

Bolt checks the signature and the 5-minute timestamp window; the listener acknowledges first and
answers after, so Slack's 3-second rule holds. Every event (and every slash command, by its
response URL) is kept in the ledger before the acknowledgement and answered once; every answer,
the slash command's included, goes through the outbox, so a Slack outage delays answers and loses
none. The Web API base URL is a setting so tests can point the client at a local stub.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import re
from collections.abc import Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass

from fastapi import APIRouter, Request, Response
from slack_bolt import BoltResponse
from slack_bolt.adapter.fastapi.async_handler import AsyncSlackRequestHandler
from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from bot.config import Settings
from bot.database import DatabaseError
from bot.outbox import Parcel
from bot.questionlog import Asked
from handlers.delivery import Courier, Delivered, Outcome, Retry, Undeliverable
from handlers.slack_blocks import answer_blocks, fallback_text, help_blocks, passages_blocks

log = logging.getLogger("planbot.slack")
quiet = logging.getLogger("planbot.slack.bolt")  # Bolt logs rejected requests' bodies at INFO: keep it to warnings
quiet.setLevel(logging.WARNING)
SLOW_DOWN = "質問が続いています。1分ほど時間をおいてから、もう一度お送りください。"
CHANNEL = "slack"
SORRY = "申し訳ありません。回答の作成中に問題が起きました。少し待ってからもう一度お試しください。"
_MENTION = re.compile(r"<@[A-Z0-9]+>")
PERMANENT = {"channel_not_found", "not_in_channel", "is_archived", "invalid_auth", "account_inactive", "token_revoked",
             "msg_too_long", "no_text", "invalid_blocks", "restricted_action"}  # trying again cannot help


@dataclass
class SlackHandler:
    router: APIRouter
    lifespan: Callable
    courier: Courier | None = None

    async def recover(self, items) -> None:
        return None


@asynccontextmanager
async def _nothing():
    yield


def event_key(body: dict) -> str | None:
    """The ledger key: the event's id, or for a slash command (which has none) its one-off response URL."""
    if body.get("event_id"):
        return f"{CHANNEL}:{body['event_id']}"
    if body.get("command") and body.get("response_url"):
        return f"{CHANNEL}:command:{hashlib.sha256(body['response_url'].encode()).hexdigest()[:32]}"
    return None


class SlackBot:
    """The Slack app: Bolt listeners as methods (each can be called alone), its sender, the route."""

    def __init__(self, settings: Settings, assistant: Callable, courier: Courier | None = None) -> None:
        self.settings = settings
        self.assistant = assistant
        self.courier = courier
        token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
        self.app = AsyncApp(  # the client carries the token; giving Bolt both makes it warn at every start
            signing_secret=settings.slack_signing_secret.get_secret_value(),
            client=AsyncWebClient(token=token, base_url=settings.slack_api_base_url,
                                  timeout=int(settings.delivery_timeout)),
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

    @property
    def store(self):
        return self.assistant().store

    async def once_only(self, body, next, logger):  # noqa: A002 - Bolt's name
        """Answer each event once. Runs after Bolt's signature check: kept (sealed) before the
        acknowledgement; a retry, or the same event at another replica, is only acknowledged."""
        key = event_key(body)
        if key:
            try:
                fresh = await self.store.run(self.store.ledger.receive, key, CHANNEL, {"body": body})
            except DatabaseError as exc:  # not kept: let Slack send it again
                log.error("Slack request not acknowledged, the database is unavailable: %s", exc)
                return BoltResponse(status=503, body="")
            if not fresh:
                return BoltResponse(status=200, body="")
        await next()

    async def finish(self, body: dict) -> None:
        """An event still held after its listener ran needed no answer (a bot's message): settled."""
        key = event_key(body)
        if key and key in self.store.ledger.held:
            with contextlib.suppress(DatabaseError):
                await self.store.run(self.store.ledger.settle, key)

    async def send(self, body: dict, kind: str, target: str, message: dict, asked: Asked | None = None) -> None:
        """Log the question and keep the answer in the outbox (one transaction), then deliver it."""
        store = self.store
        parcel = await store.run(store.answer, event_key(body), CHANNEL, target, [{"kind": kind, **message}], None,
                                 asked)
        if parcel is None:
            log.info("Slack event answered by another replica meanwhile")
            return
        await self.courier.deliver_now(parcel)

    async def send_parcel(self, parcel: Parcel) -> Outcome:
        """One attempt: a post in the channel (mentions, DMs) or to the command's response URL."""
        message = dict(parcel.payload[0])
        kind = message.pop("kind", "post")
        if not parcel.target:
            return Undeliverable("no channel to post to")
        try:
            if kind == "respond":
                response = await AsyncWebhookClient(parcel.target, timeout=int(self.settings.delivery_timeout)).send_dict(message)
                if response.status_code == 200:
                    return Delivered("respond")
                if response.status_code in (400, 403, 404, 410):  # the URL expired or was used up
                    return Undeliverable(f"HTTP {response.status_code}")
                return Retry(f"HTTP {response.status_code}")
            await self.app.client.chat_postMessage(channel=parcel.target, **message)
            return Delivered("post")
        except SlackApiError as exc:
            error = str((exc.response.data or {}).get("error", "")) if isinstance(exc.response.data, dict) else ""
            if error in PERMANENT:
                return Undeliverable(error)
            return Retry(error or f"HTTP {exc.response.status_code}")
        except Exception as exc:
            return Retry(type(exc).__name__)

    async def answer(self, question: str, user: str | None) -> tuple[dict, Asked]:
        assistant = self.assistant()
        answer, latency_ms = await assistant.answer(question, CHANNEL)
        asked = assistant.asked(CHANNEL, user, answer, latency_ms)
        return {"blocks": answer_blocks(answer, asked.id), "text": fallback_text(answer)}, asked

    async def command(self, ack, body, respond=None):
        await ack()
        await self.run_command(body)

    async def run_command(self, body: dict) -> None:
        text = (body.get("text") or "").strip()
        user = body.get("user_id")
        target = body.get("response_url", "")
        assistant = self.assistant()
        try:
            word = text.split(maxsplit=1)
            if not text or text.lower() in ("help", "ヘルプ", "使い方"):
                await self.send(body, "respond", target, {"blocks": help_blocks(self.settings.slack_command,
                                assistant.examples()), "text": "使い方", "response_type": "ephemeral"})
            elif not await assistant.allowed(CHANNEL, user):
                await self.send(body, "respond", target, {"text": SLOW_DOWN, "response_type": "ephemeral"})
            elif word[0] == "指標" and len(word) == 2:
                found = await assistant.indicators(word[1], CHANNEL)
                asked = assistant.asked(CHANNEL, user, found, 0.0)
                await self.send(body, "respond", target, {"blocks": answer_blocks(found, asked.id),
                                "text": fallback_text(found), "response_type": "in_channel"}, asked)
            else:
                question = f"{word[1]}とは？" if word[0] == "用語" and len(word) == 2 else text
                message, asked = await self.answer(question, user)
                await self.send(body, "respond", target, {**message, "response_type": "in_channel"}, asked)
        except DatabaseError as exc:  # kept in the ledger: its lease runs out, and it is taken up again
            log.error("slash command left for later: %s", exc)
            self.store.ledger.held.discard(event_key(body))
            return
        except Exception:
            log.exception("slash command failed")
            with contextlib.suppress(Exception):
                await AsyncWebhookClient(target, timeout=10).send_dict({"text": SORRY, "response_type": "ephemeral"})
        await self.finish(body)

    async def reply_in(self, channel: str, thread_ts: str | None, question: str, user: str | None, body: dict) -> None:
        try:
            if not await self.assistant().allowed(CHANNEL, user):
                await self.send(body, "post", channel, {"thread_ts": thread_ts, "text": SLOW_DOWN})
            else:
                message, asked = await self.answer(question, user)
                await self.send(body, "post", channel, {"thread_ts": thread_ts, **message}, asked)
        except DatabaseError as exc:  # kept in the ledger: its lease runs out, and it is taken up again
            log.error("Slack event left for later: %s", exc)
            self.store.ledger.held.discard(event_key(body))
            return
        except Exception:
            log.exception("answer in a Slack channel failed")
            with contextlib.suppress(Exception):
                await self.app.client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=SORRY)
        await self.finish(body)

    async def recover(self, items: list[tuple[str, dict]]) -> None:
        """Events and commands another replica received and never answered, answered here."""
        for key, kept in items:
            body = kept.get("body") or {}
            event = body.get("event") or {}
            if body.get("command"):
                await self.run_command(body)
            elif event.get("type") == "app_mention":
                await self.mention(event, self.app.client, body)
            elif event.get("type") == "message":
                await self.direct_message(event, self.app.client, body)
            else:
                await self.store.run(self.store.ledger.settle, key)

    @asynccontextmanager
    async def lifespan(self):
        own = self.courier is None  # called alone (a test): deliver with a courier of its own
        if own:
            self.courier = Courier(self.store, self.settings.outbox_give_up_seconds, self.settings.delivery_concurrency)
        self.courier.senders[CHANNEL] = self.send_parcel
        yield

    async def mention(self, event, client, body):
        if event.get("bot_id"):
            await self.finish(body)
            return
        question = _MENTION.sub("", event.get("text", "")).strip()
        thread = event.get("thread_ts") or event.get("ts")
        if not question:
            await self.send(body, "post", event["channel"], {"thread_ts": thread, "text": "使い方",
                            "blocks": help_blocks(self.settings.slack_command, self.assistant().examples())})
            return
        await self.reply_in(event["channel"], thread, question, event.get("user"), body)

    async def direct_message(self, event, client, body):
        if event.get("channel_type") != "im" or event.get("bot_id") or event.get("subtype"):
            await self.finish(body)
            return  # only people's direct messages; never bots, never our own posts
        await self.reply_in(event["channel"], None, event.get("text", "").strip(), event.get("user"), body)

    async def feedback(self, ack, body, action, respond):
        await ack()
        value = str(action.get("value", ""))
        user = (body.get("user") or {}).get("id")
        if value.isdigit() and len(value) <= 16:
            await self.store.run(self.assistant().feedback, int(value), action["action_id"] == "feedback_up", user,
                                 CHANNEL)
        await respond(text="ご意見ありがとうございます。今後の改善に役立てます。", response_type="ephemeral",
                      replace_original=False)

    async def more(self, ack, action, respond):
        await ack()
        value = str(action.get("value", ""))
        citations = await self.assistant().more(int(value)) if value.isdigit() and len(value) <= 16 else []
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
