"""The LINE Messaging API webhook: check the signature, keep the event, acknowledge, answer exactly once.

Signature checks use the SDK's own WebhookParser on the raw body. Each event is written to the
ledger (sealed) before LINE gets its 200, under its `webhookEventId`: a redelivery, or the same
event sent to two replicas, is answered once. Its answer goes into the outbox in the same
transaction that logs the question, then out as a reply; a push (with `X-Line-Retry-Key`, so a
repeated push is taken once) follows only when LINE has refused the reply token. A reply whose
outcome is unknown (a timeout, a replica killed mid-call) is tried again as a reply, never pushed
blind. The SDK's async Messaging API client has its base URL as a setting so tests can point it at
a local stub.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Callable
from contextlib import asynccontextmanager
from urllib.parse import parse_qs

import aiohttp
from fastapi import APIRouter, BackgroundTasks, Request, Response
from linebot.v3 import WebhookParser
from linebot.v3.exceptions import InvalidSignatureError
from linebot.v3.messaging import (
    ApiException,
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
from bot.database import DatabaseError
from bot.language import HAN, KANA
from bot.languages import labels
from bot.outbox import FAILED, SENDING, Parcel
from bot.questionlog import Asked
from handlers.delivery import Courier, Delivered, Outcome, Retry, Undeliverable
from handlers.line_messages import answer_messages, text_messages

log = logging.getLogger("planbot.line")
CHANNEL = "line"
LOADING_SECONDS = 20
PROFILE_TIMEOUT = 3.0  # a profile's language is a hint: never wait long for it
SLOW_DOWN = "質問が続いています。1分ほど時間をおいてから、もう一度お送りください。"
PROFILES_KEPT = 10_000  # users whose profile language is remembered
NOT_SENT = (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError)  # the request never reached LINE


def _target(source) -> str:
    """Where a push goes: the group or room the message came from, else the user."""
    if isinstance(source, GroupSource):
        return source.group_id
    if isinstance(source, RoomSource):
        return source.room_id
    return getattr(source, "user_id", "") or ""


def event_key(event) -> str | None:
    """The event's idempotency key in the ledger."""
    event_id = getattr(event, "webhook_event_id", None)
    return f"{CHANNEL}:{event_id}" if event_id else None


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

    def __init__(self, settings: Settings, assistant: Callable, courier: Courier | None = None) -> None:
        self.settings = settings
        self.assistant = assistant
        secret = settings.line_channel_secret.get_secret_value() if settings.line_channel_secret else None
        self.parser = WebhookParser(secret) if secret else None
        self.api = None  # the async Messaging API client, while the service runs
        self.courier = courier
        self.profile_languages: dict[str, str] = {}  # user id → the language of their LINE app (memory only)
        self._courtesies: set[asyncio.Task] = set()  # loading animations in flight, never awaited
        self.router = APIRouter()
        self.router.add_api_route("/line/webhook", self.webhook, methods=["POST"])

    @property
    def store(self):
        return self.assistant().store

    @asynccontextmanager
    async def lifespan(self):
        if not self.parser:
            yield
            return
        token = self.settings.line_channel_access_token.get_secret_value() if self.settings.line_channel_access_token else ""
        configuration = Configuration(host=self.settings.line_api_base_url, access_token=token)
        configuration.connection_pool_maxsize = max(8, 2 * self.settings.delivery_concurrency)
        client = AsyncApiClient(configuration)
        self.api = AsyncMessagingApi(client)
        own = self.courier is None  # called alone (a test): deliver with a courier of its own
        if own:
            self.courier = Courier(self.store, self.settings.outbox_give_up_seconds, self.settings.delivery_concurrency)
        self.courier.senders[CHANNEL] = self.send_parcel
        tasks = [asyncio.create_task(self.courier.loop(self.settings.outbox_poll_seconds))] if own else []
        try:
            yield
        finally:
            for task in [*tasks, *self._courtesies]:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            await client.close()

    # ----------------------------------------------------------------- delivery

    def _timeout(self) -> aiohttp.ClientTimeout:
        """Shorter than the lease, so no other replica takes a parcel while its attempt may still land."""
        total = self.settings.delivery_timeout
        return aiohttp.ClientTimeout(total=total, connect=min(5.0, total))

    async def send_parcel(self, parcel: Parcel) -> Outcome:
        """One attempt: the reply while its token may work, a push only once LINE has refused the token."""
        messages = [Message.from_dict(m) for m in parcel.payload]
        run, outbox = self.store.run, self.store.outbox
        if parcel.reply_token and parcel.reply_state != FAILED:
            unsure = parcel.reply_state == SENDING  # an earlier attempt may have used the token
            if not await run(outbox.sending, parcel):
                return Retry("lease lost")
            try:
                await self.api.reply_message(ReplyMessageRequest(reply_token=parcel.reply_token, messages=messages),
                                             _request_timeout=self._timeout())
                return Delivered("reply")
            except ApiException as exc:
                if exc.status is not None and 400 <= exc.status < 500 and exc.status != 429:
                    if unsure:  # LINE refuses a used token: the attempt whose outcome was unknown got through
                        log.info("LINE reply token already used by an earlier attempt: delivered")
                        return Delivered("reply")
                    log.info("LINE refused the reply token (HTTP %s); pushing instead", exc.status)
                    await run(outbox.reply_failed, parcel)
                else:
                    await run(outbox.reply_not_sent, parcel)
                    return Retry(_reason(exc))
            except NOT_SENT as exc:
                await run(outbox.reply_not_sent, parcel)
                return Retry(_reason(exc))
            except Exception as exc:  # sent, but no answer came (a timeout, a lost connection): unknown
                return Retry(f"reply outcome unknown ({_reason(exc)})", soon=True)
        if not parcel.target:
            return Undeliverable("no user or group to push to")
        try:
            await self.api.push_message(PushMessageRequest(to=parcel.target, messages=messages),
                                        x_line_retry_key=parcel.delivery_key, _request_timeout=self._timeout())
            return Delivered("push")
        except ApiException as exc:
            if exc.status == 409:  # the retry key was accepted before: this answer is already out
                return Delivered("push")
            if exc.status is not None and 400 <= exc.status < 500 and exc.status != 429:
                return Undeliverable(_reason(exc))
            return Retry(_reason(exc))
        except Exception as exc:  # unknown or not sent: the same retry key makes a second push harmless
            return Retry(_reason(exc))

    async def send(self, event, messages: list, asked: Asked | None = None) -> None:
        """Log the question and keep the answer in the outbox (one transaction), then deliver it."""
        payload = [m.to_dict() for m in messages[:5]]
        store = self.store
        parcel = await store.run(store.answer, event_key(event), CHANNEL, _target(event.source), payload,
                                 event.reply_token, asked)
        if parcel is None:
            log.info("LINE event answered by another replica meanwhile")
            return
        await self.courier.deliver_now(parcel)

    async def reply(self, event, messages: list) -> None:
        await self.send(event, messages)

    def loading(self, user_id: str) -> None:
        """The loading animation, fire and forget: a slow API never delays the answer."""
        async def show() -> None:
            try:
                await self.api.show_loading_animation(
                    ShowLoadingAnimationRequest(chat_id=user_id, loading_seconds=LOADING_SECONDS),
                    _request_timeout=aiohttp.ClientTimeout(total=min(10.0, self.settings.delivery_timeout)))
            except Exception:  # the animation is a courtesy; the answer matters
                log.info("loading animation failed")

        task = asyncio.create_task(show())
        self._courtesies.add(task)
        task.add_done_callback(self._courtesies.discard)

    # ----------------------------------------------------------------- events

    async def language_of(self, user_id: str | None) -> str:
        """The language of the user's LINE app (profile API), remembered; "" when it cannot be read quickly."""
        if not user_id or self.api is None:
            return ""
        if user_id not in self.profile_languages:
            try:
                profile = await asyncio.wait_for(self.api.get_profile(user_id), PROFILE_TIMEOUT)
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
        assistant = self.assistant()
        if not question:
            language = "en" if hint.startswith("en") else "ja"
            await self.reply(event, text_messages(self.guide(language), assistant.examples(language)))
            return
        if not await assistant.allowed(CHANNEL, user_id):
            await self.reply(event, text_messages(SLOW_DOWN))
            return
        if isinstance(source, UserSource):
            self.loading(source.user_id)
        answer, latency_ms = await assistant.answer(question, CHANNEL, hint or None)
        asked = assistant.asked(CHANNEL, user_id, answer, latency_ms)
        await self.send(event, answer_messages(answer, asked.id, self.settings.public_url), asked)

    async def on_menu(self, event: PostbackEvent, item: str) -> None:
        """A rich menu button: common questions, the plan's indicators, the office, how to ask, the
        plans (where the menu has no address of the city's page), English."""
        assistant = self.assistant()
        language = await self.language_of(getattr(event.source, "user_id", None))
        language = "en" if language.startswith("en") or item == "english" else "ja"
        if item == "english":
            await self.reply(event, text_messages(self.guide("en"), assistant.examples("en")))
        elif item == "plans":
            await self.reply(event, text_messages(plans_text(assistant.documents(), language), assistant.examples(language)))
        elif item == "faq":
            await self.reply(event, text_messages(labels(language)["faq"], assistant.common_questions(language)))
        elif item == "indicators":
            await self.reply(event, answer_messages(assistant.all_indicators(), None, self.settings.public_url))
        elif item == "contact":
            await self.reply(event, answer_messages(assistant.contact(), None, self.settings.public_url))
        elif item == "help":
            await self.reply(event, text_messages(self.guide(language), assistant.examples(language)))

    async def on_postback(self, event: PostbackEvent) -> None:
        """A menu button, or 👍/👎 of an answer: only up or down, only for a logged question, only by the user
        who asked it on LINE. A postback in a group without a user id cannot be checked and is refused."""
        data = parse_qs(event.postback.data)
        if "menu" in data:
            await self.on_menu(event, data["menu"][0])
            return
        vote = data.get("feedback", [""])[0]
        number = data.get("q", [""])[0]
        user_id = getattr(event.source, "user_id", None)
        if vote not in ("up", "down") or not number.isdigit() or len(number) > 16 or not user_id:
            return
        recorded = await self.store.run(self.assistant().feedback, int(number), vote == "up", user_id, CHANNEL)
        if recorded:
            language = "en" if self.profile_languages.get(user_id, "").startswith("en") else "ja"
            await self.reply(event, text_messages(labels(language)["thanks"]))

    async def on_follow(self, event: FollowEvent) -> None:
        """The greeting in the language of the user's LINE app where planbot speaks it (English), else Japanese."""
        language = "en" if (await self.language_of(getattr(event.source, "user_id", None))).startswith("en") else "ja"
        plans = "、".join(f"「{t}」" for t in self.assistant().plan_titles()[:3])
        greeting = labels(language)["greeting"].format(home=self.assistant().home(), plans=plans)
        await self.reply(event, text_messages(greeting, self.assistant().examples(language)))

    async def dispatch(self, event) -> None:
        if isinstance(event, MessageEvent) and isinstance(event.message, TextMessageContent):
            await self.on_text(event)
        elif isinstance(event, MessageEvent) and event.reply_token:
            if isinstance(event.source, UserSource):
                await self.reply(event, text_messages(self.guide(), self.assistant().examples()))
        elif isinstance(event, PostbackEvent) and event.reply_token:
            await self.on_postback(event)
        elif isinstance(event, FollowEvent):
            await self.on_follow(event)

    async def handle_one(self, event) -> None:
        """Answer one event this replica holds; one that needs no answer is settled, one that failed too."""
        key = event_key(event)
        ledger = self.store.ledger
        try:
            await self.dispatch(event)
        except DatabaseError as exc:  # kept in the ledger: its lease runs out, and it is taken up again
            log.error("LINE event left for later: %s", exc)
            ledger.held.discard(key)
            return
        except Exception:
            log.exception("LINE event failed")
        if key and key in ledger.held:  # nothing was stored for it: handled
            with contextlib.suppress(DatabaseError):
                await self.store.run(ledger.settle, key)

    async def handle(self, events: list) -> None:
        await asyncio.gather(*(self.handle_one(event) for event in events))

    async def recover(self, items: list[tuple[str, dict]]) -> None:
        """Events a dead replica received and never answered (reclaimed from the ledger), answered here."""
        events = []
        for key, kept in items:
            try:
                events.append(Event.from_dict(kept["event"]))
            except (ValueError, KeyError, TypeError):
                await self.store.run(self.store.ledger.settle, key)
        if events:
            log.warning("answering %d LINE events another replica received and never answered", len(events))
            await self.handle(events)

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
        fresh = []
        try:
            for event in events:  # kept before the 200: LINE does not send an acknowledged event again
                key = event_key(event)
                if key is None or getattr(event, "webhook_event_id", None) not in raw or await self.store.run(self.store.ledger.receive, key, CHANNEL, {"event": raw[event.webhook_event_id]}):
                    fresh.append(event)
        except DatabaseError as exc:  # not kept: LINE must send it again (those kept are answered)
            log.error("LINE webhook not acknowledged, the database is unavailable: %s", exc)
            if fresh:
                background.add_task(self.handle, fresh)
            return Response("temporarily unavailable", status_code=503)
        if fresh:
            background.add_task(self.handle, fresh)
        return Response("OK", status_code=200)


def plans_text(documents: list[dict], language: str) -> str:
    """The plans the bot answers from, each with its period and the city's page of it where known."""
    head = "These are the plans I answer from:" if language == "en" else "お答えに使っている計画書です。"
    lines = [f"・{d['title']}（{d['period']}）" + (f"\n  {d['url']}" if d.get("url") else "") for d in documents]
    return "\n".join([head, *lines])


def line_router(settings: Settings, assistant: Callable) -> LineBot:
    """The /line/webhook route (404 while LINE_CHANNEL_SECRET is not set) with its lifespan."""
    return LineBot(settings, assistant)


def _reason(exc: Exception) -> str:
    """A short reason for the log: the API's status code, never the request (it holds the answer)."""
    status = getattr(exc, "status", None)
    return f"HTTP {status}" if status else type(exc).__name__
