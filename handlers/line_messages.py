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

from bot.answer import Answer, Citation
from bot.indicators import progress
from bot.languages import labels, status_label
from handlers.links import document_link

MAX_QUICK_REPLIES = 13
MAX_LABEL = 20
MAX_ALT_TEXT = 1500
MAX_TEXT = 5000
MAX_BUBBLE_BYTES = 25_000
ANSWER_CHARS = 1000
CITATION_CHARS = 80
MAX_BARS = 10
MAX_CALLS = 2  # call buttons per answer (an office and the city's main number, say)
MAX_URI = 1000  # LINE's limit for a URI action
_PHONE = re.compile(r"(?<![\d-])(0\d{1,4}-\d{1,4}-\d{3,4})(?![\d-])")  # Japanese numbers as the plans write them
INK = "#1B1B1B"
MUTED = "#555555"  # 7.5:1 on white
LINK = "#0B57A4"


def cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def reply_labels(questions: list[str]) -> list[str]:
    """Labels of at most 20 characters that tell the questions apart: where cutting would make two
    alike (What is the target …), the words they share at the start give way to those that differ."""
    labels = [cut(q, MAX_LABEL) for q in questions]
    if len(set(labels)) == len(labels):
        return labels
    shared = 0
    while all(len(q) > shared for q in questions) and len({q[shared] for q in questions}) == 1:
        shared += 1
    shared = questions[0].rfind(" ", 0, shared) + 1 if " " in questions[0][:shared] else shared
    return [cut("…" + q[shared:], MAX_LABEL) if shared else cut(q, MAX_LABEL) for q in questions]


def quick_replies(questions: list[str]) -> QuickReply | None:
    chosen = list(dict.fromkeys(questions))[:MAX_QUICK_REPLIES]
    items = [QuickReplyItem(action=MessageAction(label=label, text=cut(q, 300)))
             for q, label in zip(chosen, reply_labels(chosen), strict=True)]
    return QuickReply(items=items) if items else None


def citation_link(citation: Citation, base_url: str = "") -> str:
    """Where tapping a citation goes: the city's document (at its page), else this service's source view."""
    from handlers.web import source_url

    link = document_link(citation) or (base_url.rstrip("/") + source_url(citation.file, citation.lines, citation.section)
                                        if base_url else "")
    return link if link.startswith("https://") and len(link) <= MAX_URI else ""


def phone_numbers(text: str) -> list[str]:
    """The phone numbers an answer gives, in order, each once."""
    return list(dict.fromkeys(_PHONE.findall(text)))[:MAX_CALLS]


def citation_line(number: int, title: str, section: str, status_label: str = "") -> str:
    """"【status】title › last two headings": enough to find the place, short enough for a phone."""
    tail = " › ".join(section.split(" › ")[-2:])
    mark = f"【{status_label}】" if status_label else ""
    return cut(f"{number}. {mark}{title} › {tail}", CITATION_CHARS)


def _text(text: str, **style) -> dict:
    return {"type": "text", "text": text, "wrap": True, **style}


def progress_bars(answer: Answer) -> list[dict]:
    """For indicators with a baseline beside a later figure: how far they have come toward the target."""
    bars = []
    for indicator in answer.records[:MAX_BARS] if answer.kind == "indicator" else []:
        share = progress(indicator)
        if share is None:
            continue
        pct = round(100 * share)
        said = labels(answer.language)["progress"].format(pct=pct)
        bars.append({"type": "box", "layout": "vertical", "margin": "md", "spacing": "xs", "contents": [
            _text(cut(f"{indicator.name.replace(' ', '')}: {said}", 80), size="xs", color=MUTED),
            {"type": "box", "layout": "vertical", "height": "8px", "cornerRadius": "4px", "backgroundColor": "#FFFFFF",
             "borderColor": "#767676", "borderWidth": "1px",
             "contents": [{"type": "box", "layout": "vertical", "width": f"{max(pct, 1)}%", "height": "8px",
                           "backgroundColor": "#0B7A3E", "contents": []}]},
        ]})
    return bars


def citation_item(number: int, citation: Citation, language: str, base_url: str) -> dict:
    """A citation line; with a link it is underlined and opens the document (at its page) when tapped."""
    line = citation_line(number, citation.title, citation.section, status_label(citation.status, language))
    link = citation_link(citation, base_url)
    if not link:
        return _text(line, size="xs", color=MUTED)
    return _text(line, size="xs", color=LINK, decoration="underline",
                 action={"type": "uri", "label": cut(labels(language)["open_source"], MAX_LABEL), "uri": link})


def bubble(answer: Answer, log_id: int | None, base_url: str = "") -> dict:
    words = labels(answer.language)
    body = [_text(cut(answer.answer, ANSWER_CHARS), size="sm", color=INK), *progress_bars(answer)]
    footer: list[dict] = []
    if answer.citations:
        footer.append(_text(words["sources"], size="xs", color=MUTED, weight="bold"))
        footer += [citation_item(i, c, answer.language, base_url) for i, c in enumerate(answer.citations, 1)]
    for number in phone_numbers(answer.answer):  # a number in text cannot be tapped; a button can
        footer.append({
            "type": "button", "style": "primary", "height": "sm", "color": "#0B7A3E",
            "action": {"type": "uri", "label": cut(f"{words['call']} {number}", MAX_LABEL),
                       "uri": "tel:" + number.replace("-", "")},
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


def answer_messages(answer: Answer, log_id: int | None, base_url: str = "") -> list:
    """One Flex bubble (a plain text message if the bubble would be too big), with quick replies.

    `base_url`: this service's public address, for citations with no published document to link to."""
    container = bubble(answer, log_id, base_url)
    replies = quick_replies(answer.suggestions)
    if len(json.dumps(container, ensure_ascii=False).encode()) > MAX_BUBBLE_BYTES:
        return [TextMessage(text=cut(alt_text(answer), MAX_TEXT), quick_reply=replies)]
    return [FlexMessage(alt_text=alt_text(answer), contents=FlexContainer.from_dict(container), quick_reply=replies)]


def text_messages(text: str, suggestions: list[str] | None = None) -> list:
    return [TextMessage(text=cut(text, MAX_TEXT), quick_reply=quick_replies(suggestions or []))]
