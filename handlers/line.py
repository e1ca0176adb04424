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
from bot.language import HAN, KANA
from bot.languages import labels
from handlers.line_messages import answer_messages, text_messages

log = logging.getLogger("planbot.line")
CHANNEL = "line"
LOADING_SECONDS = 20
INLINE_GRACE = 30.0  # seconds before the retry loop may take a parcel the request is still delivering
MAX_BACKOFF = 300.0
SLOW_DOWN = "質問が続いています。1分ほど時間をおいてから、もう一度お送りください。"
PROFILES_KEPT = 10_000  # users whose profile language is remembered


def _target(source) -> str:
    """Where a push goes: the group or room the message came from, else the user."""
    if isinstance(source, GroupSource):
        return source.group_id
    if isinstance(source, RoomSource):
        return source.room_id
    return getattr(source, "user_id", "") or ""


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


class LineBot:
    """The LINE webhook and its event methods; each method takes one SDK event, so each can be tested alone."""

    def __init__(self, settings: Settings, assistant: Callable) -> None:
        self.settings = settings
        self.assistant = assistant
        secret = settings.line_channel_secret.get_secret_value() if settings.line_channel_secret else None
        self.parser = WebhookParser(secret) if secret else None
        self.api = None  # the async Messaging API client, while the service runs
        self.profile_languages: dict[str, str] = {}  # user id → the language of their LINE app
        self.router = APIRouter()
        self.router.add_api_route("/line/webhook", self.webhook, methods=["POST"])

    @asynccontextmanager
    async def lifespan(self):
        if self.parser:
            token = self.settings.line_channel_access_token.get_secret_value() if self.settings.line_channel_access_token else ""
            client = AsyncApiClient(Configuration(host=self.settings.line_api_base_url, access_token=token))
            self.api = AsyncMessagingApi(client)
            lost = [Event.from_dict(raw) for raw in self.assistant().outbox.unhandled(CHANNEL)]
            if lost:
                log.warning("answering %d LINE events received before a restart", len(lost))
            recovering = asyncio.create_task(self.handle(lost, recovered=True))
            retrying = asyncio.create_task(self.retry_loop())
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

    async def deliver(self, parcel) -> bool:
        """Reply while the token may still work, else push; on failure retry later, then give up loudly."""
        messages = [Message.from_dict(m) for m in parcel.payload]
        outbox = self.assistant().outbox
        if parcel.reply_token:
            try:
                await self.api.reply_message(ReplyMessageRequest(reply_token=parcel.reply_token, messages=messages))
                outbox.delivered(parcel.id, "reply")
                return True
            except Exception as exc:  # an expired or used token (400), or the API unreachable
                log.warning("LINE reply failed (%s); pushing instead", _reason(exc))
        if not parcel.target:
            outbox.give_up(parcel.id, "no user or group to push to")
            return False
        try:
            await self.api.push_message(PushMessageRequest(to=parcel.target, messages=messages))
            outbox.delivered(parcel.id, "push")
            return True
        except Exception as exc:
            if time.time() - parcel.created_at > self.settings.outbox_give_up_seconds:
                outbox.give_up(parcel.id, _reason(exc))
                log.error("LINE answer %s given up after %d attempts: %s", parcel.id, parcel.attempts + 1, _reason(exc))
            else:
                outbox.postpone(parcel.id, _reason(exc), min(MAX_BACKOFF, 2.0 ** (parcel.attempts + 1)))
            return False

    async def retry_loop(self) -> None:
        """Deliver what the outbox still holds (after an API outage or a restart), oldest first."""
        while True:
            await asyncio.sleep(self.settings.outbox_poll_seconds)
            try:
                for parcel in self.assistant().outbox.due("line"):
                    await self.deliver(parcel)
            except Exception:
                log.exception("LINE outbox retry failed")

    async def send(self, event, messages: list, question_id: int | None = None) -> None:
        """Keep the answer in the outbox first, then deliver it: nothing is lost if anything fails."""
        outbox = self.assistant().outbox
        payload = [m.to_dict() for m in messages[:5]]
        parcel_id = outbox.enqueue("line", _target(event.source), payload, event.reply_token,
                                   getattr(event, "webhook_event_id", None), question_id, grace=INLINE_GRACE)
        await self.deliver(outbox.parcel(parcel_id))

    async def reply(self, event, messages: list) -> None:
        await self.send(event, messages)

    async def language_of(self, user_id: str | None) -> str:
        """The language of the user's LINE app (profile API), remembered; "" when it cannot be read."""
        if not user_id or self.api is None:
            return ""
        if user_id not in self.profile_languages:
            try:
                profile = await self.api.get_profile(user_id)
                language = profile.language or ""
            except Exception:  # a profile is a hint; the answer matters
                log.warning("LINE profile not available")
                return ""
            if len(self.profile_languages) >= PROFILES_KEPT:
                self.profile_languages.pop(next(iter(self.profile_languages)))
            self.profile_languages[user_id] = language
        return self.profile_languages[user_id]

    def guide(self, language: str = "ja") -> str:
        quoted = "、".join(f"「{q}」" for q in self.assistant().examples(language))
        return labels(language)["guide"].format(home=self.assistant().home(), examples=quoted)

    async def on_text(self, event: MessageEvent) -> None:
        source = event.source
        mentioned, question = _mention_stripped(event.message)
        if not isinstance(source, UserSource) and not mentioned:
            return  # in groups and rooms, only when called
        user_id = getattr(source, "user_id", None)
        # The profile's language decides only for text with no Japanese or Chinese in it ("ok", "hi").
        hint = await self.language_of(user_id) if not (KANA.search(question) or HAN.search(question)) else ""
        if not question:
            language = "en" if hint.startswith("en") else "ja"
            await self.reply(event, text_messages(self.guide(language), self.assistant().examples(language)))
            return
        if not self.assistant().allow(CHANNEL, user_id):
            await self.reply(event, text_messages(SLOW_DOWN))
            return
        if isinstance(source, UserSource):
            try:
                await self.api.show_loading_animation(
                    ShowLoadingAnimationRequest(chat_id=source.user_id, loading_seconds=LOADING_SECONDS)
                )
            except Exception:  # the animation is a courtesy; the answer matters
                log.warning("loading animation failed")
        answer, log_id = await self.assistant().ask(question, CHANNEL, user_id, hint or None)
        await self.send(event, answer_messages(answer, log_id), log_id)

    async def on_menu(self, event: PostbackEvent, item: str) -> None:
        """A rich menu button: common questions, the plan's indicators, the office, how to ask."""
        assistant = self.assistant()
        language = await self.language_of(getattr(event.source, "user_id", None))
        language = "en" if language.startswith("en") else "ja"
        if item == "faq":
            await self.reply(event, text_messages(labels(language)["faq"], assistant.examples(language)))
        elif item == "indicators":
            await self.reply(event, answer_messages(assistant.all_indicators(), None))
        elif item == "contact":
            await self.reply(event, answer_messages(assistant.contact(), None))
        elif item == "help":
            await self.reply(event, text_messages(self.guide(language), assistant.examples(language)))

    async def on_postback(self, event: PostbackEvent) -> None:
        """A menu button, or 👍/👎 of an answer: only up or down, only for a logged question, only by the user who asked."""
        data = parse_qs(event.postback.data)
        if "menu" in data:
            await self.on_menu(event, data["menu"][0])
            return
        vote = data.get("feedback", [""])[0]
        number = data.get("q", [""])[0]
        if vote not in ("up", "down") or not number.isdigit() or len(number) > 12:
            return
        user_id = getattr(event.source, "user_id", None)
        if self.assistant().feedback(int(number), vote == "up", user_id):
            language = "en" if self.profile_languages.get(user_id or "", "").startswith("en") else "ja"
            await self.reply(event, text_messages(labels(language)["thanks"]))

    async def on_follow(self, event: FollowEvent) -> None:
        """The greeting in the language of the user's LINE app where planbot speaks it (English), else Japanese."""
        language = "en" if (await self.language_of(getattr(event.source, "user_id", None))).startswith("en") else "ja"
        plans = "、".join(f"「{t}」" for t in self.assistant().plan_titles()[:3])
        greeting = labels(language)["greeting"].format(home=self.assistant().home(), plans=plans)
        await self.reply(event, text_messages(greeting, self.assistant().examples(language)))

    async def handle(self, events: list, recovered: bool = False) -> None:
        for event in events:
            event_id = getattr(event, "webhook_event_id", None)
            if event_id and not recovered and not self.assistant().outbox.claim(event_id):
                continue  # a redelivery of an event answered, or being answered, already
            try:
                if isinstance(event, MessageEvent) and isinstance(event.message, TextMessageContent):
                    await self.on_text(event)
                elif isinstance(event, MessageEvent) and event.reply_token:
                    if isinstance(event.source, UserSource):
                        await self.reply(event, text_messages(self.guide(), self.assistant().examples()))
                elif isinstance(event, PostbackEvent) and event.reply_token:
                    await self.on_postback(event)
                elif isinstance(event, FollowEvent):
                    await self.on_follow(event)
            except Exception:
                log.exception("LINE event %s failed", event_id)
                continue
            if event_id:
                self.assistant().outbox.settle(event_id)  # nothing to deliver: handled; else delivery marks it

    async def webhook(self, request: Request, background: BackgroundTasks) -> Response:
        if self.parser is None:
            return Response("LINE is not configured", status_code=404)
        signature = request.headers.get("X-Line-Signature")
        if not signature:
            log.warning("LINE webhook rejected: no signature")
            return Response("missing signature", status_code=400)
        body = await request.body()
        if len(body) > self.settings.max_webhook_bytes:
            return Response("body too large", status_code=413)
        try:
            events = self.parser.parse(body.decode("utf-8"), signature)
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
                self.assistant().outbox.receive(event_id, CHANNEL, raw[event_id])
        background.add_task(self.handle, events)
        return Response("OK", status_code=200)


def line_router(settings: Settings, assistant: Callable) -> LineBot:
    """The /line/webhook route (404 while LINE_CHANNEL_SECRET is not set) with its lifespan."""
    return LineBot(settings, assistant)


def _reason(exc: Exception) -> str:
    """A short reason for the log: the API's status code, never the request (it holds the answer)."""
    status = getattr(exc, "status", None)
    return f"HTTP {status}" if status else type(exc).__name__
