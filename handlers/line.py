"""The LINE Messaging API webhook: check the signature, acknowledge at once, answer in the background.

Signature checks use the SDK's own WebhookParser on the raw body. Every answer goes through the
outbox: it is stored, sent as a reply, pushed to the user or group when the reply token no longer
works, and retried with backoff (across restarts) until delivered or given up after a bounded time.
An event counts as answered only once its answer is delivered. The SDK's async Messaging API
client has its base URL as a setting so tests can point it at a local stub.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
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
    Message,
    PushMessageRequest,
    ReplyMessageRequest,
    ShowLoadingAnimationRequest,
)
from linebot.v3.webhooks import (
    Event,
    FollowEvent,
    GroupSource,
    MessageEvent,
    PostbackEvent,
    RoomSource,
    TextMessageContent,
    UserSource,
)

from bot.config import Settings
from handlers.line_messages import answer_messages, text_messages

log = logging.getLogger("planbot.line")
CHANNEL = "line"
LOADING_SECONDS = 20
INLINE_GRACE = 30.0  # seconds before the retry loop may take a parcel the request is still delivering
MAX_BACKOFF = 300.0
SLOW_DOWN = "質問が続いています。1分ほど時間をおいてから、もう一度お送りください。"


def _target(source) -> str:
    """Where a push goes: the group or room the message came from, else the user."""
    if isinstance(source, GroupSource):
        return source.group_id
    if isinstance(source, RoomSource):
        return source.room_id
    return getattr(source, "user_id", "") or ""


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
            lost = [Event.from_dict(raw) for raw in assistant().outbox.unhandled(CHANNEL)]
            if lost:
                log.warning("answering %d LINE events received before a restart", len(lost))
            recovering = asyncio.create_task(handle(lost, recovered=True))
            retrying = asyncio.create_task(retry_loop())
            try:
                yield
            finally:
                recovering.cancel()
                retrying.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await retrying
                await client.close()
        else:
            yield

    async def deliver(parcel) -> bool:
        """Reply while the token may still work, else push; on failure retry later, then give up loudly."""
        messages = [Message.from_dict(m) for m in parcel.payload]
        outbox = assistant().outbox
        if parcel.reply_token:
            try:
                await clients["api"].reply_message(ReplyMessageRequest(reply_token=parcel.reply_token, messages=messages))
                outbox.delivered(parcel.id, "reply")
                return True
            except Exception as exc:  # an expired or used token (400), or the API unreachable
                log.warning("LINE reply failed (%s); pushing instead", _reason(exc))
        if not parcel.target:
            outbox.give_up(parcel.id, "no user or group to push to")
            return False
        try:
            await clients["api"].push_message(PushMessageRequest(to=parcel.target, messages=messages))
            outbox.delivered(parcel.id, "push")
            return True
        except Exception as exc:
            if time.time() - parcel.created_at > settings.outbox_give_up_seconds:
                outbox.give_up(parcel.id, _reason(exc))
                log.error("LINE answer %s given up after %d attempts: %s", parcel.id, parcel.attempts + 1, _reason(exc))
            else:
                outbox.postpone(parcel.id, _reason(exc), min(MAX_BACKOFF, 2.0 ** (parcel.attempts + 1)))
            return False

    async def retry_loop() -> None:
        """Deliver what the outbox still holds (after an API outage or a restart), oldest first."""
        while True:
            await asyncio.sleep(settings.outbox_poll_seconds)
            try:
                for parcel in assistant().outbox.due("line"):
                    await deliver(parcel)
            except Exception:
                log.exception("LINE outbox retry failed")

    async def send(event, messages: list, question_id: int | None = None) -> None:
        """Keep the answer in the outbox first, then deliver it: nothing is lost if anything fails."""
        outbox = assistant().outbox
        payload = [m.to_dict() for m in messages[:5]]
        parcel_id = outbox.enqueue("line", _target(event.source), payload, event.reply_token,
                                   getattr(event, "webhook_event_id", None), question_id, grace=INLINE_GRACE)
        await deliver(outbox.parcel(parcel_id))

    async def reply(event, messages: list) -> None:
        await send(event, messages)

    def guide() -> str:
        examples = "、".join(f"「{q}」" for q in assistant().examples())
        return f"文章で質問していただくと、一関市の計画書からお答えします。例えば {examples} のようにお尋ねください。"

    async def on_text(event: MessageEvent) -> None:
        source = event.source
        mentioned, question = _mention_stripped(event.message)
        if not isinstance(source, UserSource) and not mentioned:
            return  # in groups and rooms, only when called
        if not question:
            await reply(event, text_messages(guide(), assistant().examples()))
            return
        user_id = getattr(source, "user_id", None)
        if not assistant().allow(CHANNEL, user_id):
            await reply(event, text_messages(SLOW_DOWN))
            return
        if isinstance(source, UserSource):
            try:
                await clients["api"].show_loading_animation(
                    ShowLoadingAnimationRequest(chat_id=source.user_id, loading_seconds=LOADING_SECONDS)
                )
            except Exception:  # the animation is a courtesy; the answer matters
                log.warning("loading animation failed")
        answer, log_id = await assistant().ask(question, CHANNEL, user_id)
        await send(event, answer_messages(answer, log_id), log_id)

    async def on_postback(event: PostbackEvent) -> None:
        """👍/👎 of an answer: only up or down, only for a logged question, only by the user who asked."""
        data = parse_qs(event.postback.data)
        vote = data.get("feedback", [""])[0]
        number = data.get("q", [""])[0]
        if vote not in ("up", "down") or not number.isdigit() or len(number) > 12:
            return
        user_id = getattr(event.source, "user_id", None)
        if assistant().feedback(int(number), vote == "up", user_id):
            await reply(event, text_messages("ご意見ありがとうございます。今後の改善に役立てます。"))

    async def on_follow(event: FollowEvent) -> None:
        plans = "、".join(f"「{t}」" for t in assistant().plan_titles()[:3])
        greeting = (
            "友だち追加ありがとうございます。一関市の計画書（"
            f"{plans}など）について、出典つきでお答えします。下のボタンの質問も試してみてください。"
        )
        await reply(event, text_messages(greeting, assistant().examples()))

    async def handle(events: list, recovered: bool = False) -> None:
        for event in events:
            event_id = getattr(event, "webhook_event_id", None)
            if event_id and not recovered and not assistant().outbox.claim(event_id):
                continue  # a redelivery of an event answered, or being answered, already
            try:
                if isinstance(event, MessageEvent) and isinstance(event.message, TextMessageContent):
                    await on_text(event)
                elif isinstance(event, MessageEvent) and event.reply_token:
                    if isinstance(event.source, UserSource):
                        await reply(event, text_messages(guide(), assistant().examples()))
                elif isinstance(event, PostbackEvent) and event.reply_token:
                    await on_postback(event)
                elif isinstance(event, FollowEvent):
                    await on_follow(event)
            except Exception:
                log.exception("LINE event %s failed", event_id)
                continue
            if event_id:
                assistant().outbox.settle(event_id)  # nothing to deliver: handled; else delivery marks it

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
        raw = {e.get("webhookEventId"): e for e in json.loads(body).get("events", []) if isinstance(e, dict)}
        for event in events:  # kept before the 200: LINE does not send an acknowledged event again
            event_id = getattr(event, "webhook_event_id", None)
            if event_id in raw:
                assistant().outbox.receive(event_id, CHANNEL, raw[event_id])
        background.add_task(handle, events)
        return Response("OK", status_code=200)

    return LineHandler(router, lifespan)


def _reason(exc: Exception) -> str:
    """A short reason for the log: the API's status code, never the request (it holds the answer)."""
    status = getattr(exc, "status", None)
    return f"HTTP {status}" if status else type(exc).__name__
