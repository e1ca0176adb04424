"""The LINE Messaging API webhook: check the signature, acknowledge at once, answer in the background.

Signature checks use the SDK's own WebhookParser on the raw body. Replies go through the SDK's
async Messaging API client, whose base URL is a setting so tests can point it at a local stub.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from urllib.parse import parse_qs

from fastapi import APIRouter, BackgroundTasks, Request, Response
from linebot.v3 import WebhookParser
from linebot.v3.exceptions import InvalidSignatureError
from linebot.v3.messaging import (
    AsyncApiClient,
    AsyncMessagingApi,
    Configuration,
    ReplyMessageRequest,
    ShowLoadingAnimationRequest,
)
from linebot.v3.webhooks import (
    Event,
    FollowEvent,
    MessageEvent,
    PostbackEvent,
    TextMessageContent,
    UserSource,
)

from bot.config import Settings
from handlers.line_messages import answer_messages, text_messages

log = logging.getLogger("planbot.line")
CHANNEL = "line"
LOADING_SECONDS = 20


@dataclass
class LineHandler:
    router: APIRouter
    lifespan: Callable


def _mention_stripped(message: TextMessageContent) -> tuple[bool, str]:
    """Whether the bot is mentioned, and the text without the mentions."""
    text = message.text
    mentioned = False
    mentionees = message.mention.mentionees if message.mention else []
    for m in sorted(mentionees, key=lambda m: m.index, reverse=True):
        mentioned = mentioned or bool(getattr(m, "is_self", False))
        text = text[: m.index] + text[m.index + m.length :]
    return mentioned, text.strip()


def _known_events(body: bytes) -> list:
    """The events of a signed body that the SDK can model; the rest are skipped quietly."""
    events = []
    for raw in json.loads(body).get("events", []):
        try:
            events.append(Event.from_dict(raw))
        except ValueError:
            log.info("LINE event skipped: type %s", raw.get("type") if isinstance(raw, dict) else "?")
    return events


def line_router(settings: Settings, assistant: Callable) -> LineHandler:
    """The /line/webhook route; disabled (404) while LINE_CHANNEL_SECRET is not set."""
    router = APIRouter()
    secret = settings.line_channel_secret.get_secret_value() if settings.line_channel_secret else None
    parser = WebhookParser(secret) if secret else None
    clients: dict[str, object] = {}

    @asynccontextmanager
    async def lifespan():
        if parser:
            token = settings.line_channel_access_token.get_secret_value() if settings.line_channel_access_token else ""
            client = AsyncApiClient(Configuration(host=settings.line_api_base_url, access_token=token))
            clients["api"] = AsyncMessagingApi(client)
            try:
                yield
            finally:
                await client.close()
        else:
            yield

    async def reply(reply_token: str, messages: list) -> None:
        await clients["api"].reply_message(ReplyMessageRequest(reply_token=reply_token, messages=messages[:5]))

    def guide() -> str:
        examples = "、".join(f"「{q}」" for q in assistant().examples())
        return f"文章で質問していただくと、一関市の計画書からお答えします。例えば {examples} のようにお尋ねください。"

    async def on_text(event: MessageEvent) -> None:
        source = event.source
        mentioned, question = _mention_stripped(event.message)
        if not isinstance(source, UserSource) and not mentioned:
            return  # in groups and rooms, only when called
        if not question:
            await reply(event.reply_token, text_messages(guide(), assistant().examples()))
            return
        if isinstance(source, UserSource):
            try:
                await clients["api"].show_loading_animation(
                    ShowLoadingAnimationRequest(chat_id=source.user_id, loading_seconds=LOADING_SECONDS)
                )
            except Exception:  # the animation is a courtesy; the answer matters
                log.warning("loading animation failed")
        user_id = getattr(source, "user_id", None)
        answer, log_id = await assistant().ask(question, CHANNEL, user_id)
        await reply(event.reply_token, answer_messages(answer, log_id))

    async def on_postback(event: PostbackEvent) -> None:
        data = parse_qs(event.postback.data)
        if "feedback" in data and data.get("q", [""])[0].isdigit():
            assistant().feedback(int(data["q"][0]), data["feedback"][0] == "up")
            await reply(event.reply_token, text_messages("ご意見ありがとうございます。今後の改善に役立てます。"))

    async def on_follow(event: FollowEvent) -> None:
        plans = "、".join(f"「{t}」" for t in assistant().plan_titles()[:3])
        greeting = (
            "友だち追加ありがとうございます。一関市の計画書（"
            f"{plans}など）について、出典つきでお答えします。下のボタンの質問も試してみてください。"
        )
        await reply(event.reply_token, text_messages(greeting, assistant().examples()))

    async def handle(events: list) -> None:
        for event in events:
            event_id = getattr(event, "webhook_event_id", None)
            if event_id and not assistant().first_time(event_id):
                continue  # a redelivery of an event already answered
            try:
                if isinstance(event, MessageEvent) and isinstance(event.message, TextMessageContent):
                    await on_text(event)
                elif isinstance(event, MessageEvent) and event.reply_token:
                    if isinstance(event.source, UserSource):
                        await reply(event.reply_token, text_messages(guide(), assistant().examples()))
                elif isinstance(event, PostbackEvent) and event.reply_token:
                    await on_postback(event)
                elif isinstance(event, FollowEvent):
                    await on_follow(event)
            except Exception:
                log.exception("LINE event %s failed", event_id)

    @router.post("/line/webhook")
    async def webhook(request: Request, background: BackgroundTasks) -> Response:
        if parser is None:
            return Response("LINE is not configured", status_code=404)
        signature = request.headers.get("X-Line-Signature")
        if not signature:
            log.warning("LINE webhook rejected: no signature")
            return Response("missing signature", status_code=400)
        body = await request.body()
        if len(body) > settings.max_webhook_bytes:
            return Response("body too large", status_code=413)
        try:
            events = parser.parse(body.decode("utf-8"), signature)
        except InvalidSignatureError:
            log.warning("LINE webhook rejected: bad signature")
            return Response("invalid signature", status_code=400)
        except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError):
            log.warning("LINE webhook rejected: malformed body")
            return Response("malformed body", status_code=400)
        except ValueError:  # signed, but holds an event the SDK cannot model: keep the others
            events = _known_events(body)
        background.add_task(handle, events)
        return Response("OK", status_code=200)

    return LineHandler(router, lifespan)
