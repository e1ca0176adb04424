"""LINE message objects for answers: a Flex bubble with citations, feedback buttons and quick replies.

Kept within LINE's limits (Messaging API reference): 5 messages per reply, 13 quick-reply
items with labels of at most 20 characters, altText of at most 1,500 characters, postback
data of at most 300 characters, and a bubble well under the 30 KB Flex size limit.
"""

from __future__ import annotations

import json
import re

from linebot.v3.messaging import (
    FlexContainer,
    FlexMessage,
    MessageAction,
    QuickReply,
    QuickReplyItem,
    TextMessage,
)

from bot.answer import Answer
from bot.indicators import progress
from bot.languages import labels, status_label

MAX_QUICK_REPLIES = 13
MAX_LABEL = 20
MAX_ALT_TEXT = 1500
MAX_TEXT = 5000
MAX_BUBBLE_BYTES = 25_000
ANSWER_CHARS = 1000
CITATION_CHARS = 80
MAX_BARS = 10
_PHONE = re.compile(r"(?:TEL|phone)\s*(\d{2,5}-\d{1,4}-\d{3,4})")


def cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def quick_replies(questions: list[str]) -> QuickReply | None:
    items = [
        QuickReplyItem(action=MessageAction(label=cut(q, MAX_LABEL), text=cut(q, 300)))
        for q in questions[:MAX_QUICK_REPLIES]
    ]
    return QuickReply(items=items) if items else None


def citation_line(number: int, title: str, section: str, status_label: str = "") -> str:
    """"【status】title › last two headings": enough to find the place, short enough for a phone."""
    tail = " › ".join(section.split(" › ")[-2:])
    mark = f"【{status_label}】" if status_label else ""
    return cut(f"{number}. {mark}{title} › {tail}", CITATION_CHARS)


def _text(text: str, **style) -> dict:
    return {"type": "text", "text": text, "wrap": True, **style}


def progress_bars(answer: Answer) -> list[dict]:
    """Current vs target of each indicator the answer states, as a bar (Flex boxes with a % width)."""
    bars = []
    for indicator in answer.records[:MAX_BARS] if answer.kind == "indicator" else []:
        share = progress(indicator)
        if share is None:
            continue
        pct = round(100 * share)
        bars.append({"type": "box", "layout": "vertical", "margin": "md", "spacing": "xs", "contents": [
            _text(cut(f"{indicator.name.replace(' ', '')} {pct}%", 60), size="xxs", color="#555555"),
            {"type": "box", "layout": "vertical", "height": "6px", "cornerRadius": "3px", "backgroundColor": "#E4E4E4",
             "contents": [{"type": "box", "layout": "vertical", "width": f"{max(pct, 1)}%", "height": "6px",
                           "backgroundColor": "#0B7A3E", "contents": []}]},
        ]})
    return bars


def bubble(answer: Answer, log_id: int | None) -> dict:
    words = labels(answer.language)
    body = [_text(cut(answer.answer, ANSWER_CHARS), size="sm"), *progress_bars(answer)]
    footer: list[dict] = []
    if answer.citations:
        footer.append(_text(words["sources"], size="xxs", color="#888888", weight="bold"))
        footer += [_text(citation_line(i, c.title, c.section, status_label(c.status, answer.language)),
                         size="xxs", color="#666666")
                   for i, c in enumerate(answer.citations, 1)]
    phone = _PHONE.search(answer.answer)
    if not answer.confident and phone:
        footer.append({
            "type": "button", "style": "primary", "height": "sm",
            "action": {"type": "uri", "label": words["call"], "uri": "tel:" + phone.group(1).replace("-", "")},
        })
    if log_id is not None:
        footer.append({
            "type": "box", "layout": "horizontal", "spacing": "sm", "margin": "md",
            "contents": [
                {"type": "button", "height": "sm", "style": "secondary",
                 "action": {"type": "postback", "label": words["helpful"], "data": f"feedback=up&q={log_id}",
                            "displayText": words["helpful_said"]}},
                {"type": "button", "height": "sm", "style": "secondary",
                 "action": {"type": "postback", "label": words["not_helpful"], "data": f"feedback=down&q={log_id}",
                            "displayText": words["not_helpful_said"]}},
            ],
        })
    container = {"type": "bubble", "size": "mega", "body": {"type": "box", "layout": "vertical", "contents": body}}
    if footer:
        container["footer"] = {"type": "box", "layout": "vertical", "spacing": "sm", "contents": footer}
    return container


def alt_text(answer: Answer) -> str:
    lines = [answer.answer]
    lines += [citation_line(i, c.title, c.section, status_label(c.status, answer.language))
              for i, c in enumerate(answer.citations, 1)]
    return cut("\n".join(lines), MAX_ALT_TEXT)


def answer_messages(answer: Answer, log_id: int | None) -> list:
    """One Flex bubble (a plain text message if the bubble would be too big), with quick replies."""
    container = bubble(answer, log_id)
    replies = quick_replies(answer.suggestions)
    if len(json.dumps(container, ensure_ascii=False).encode()) > MAX_BUBBLE_BYTES:
        return [TextMessage(text=cut(alt_text(answer), MAX_TEXT), quick_reply=replies)]
    return [FlexMessage(alt_text=alt_text(answer), contents=FlexContainer.from_dict(container), quick_reply=replies)]


def text_messages(text: str, suggestions: list[str] | None = None) -> list:
    return [TextMessage(text=cut(text, MAX_TEXT), quick_reply=quick_replies(suggestions or []))]
