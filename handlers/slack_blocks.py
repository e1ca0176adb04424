"""Block Kit messages for staff: the answer, indicator rows, citations with file and lines, buttons.

Within Slack's limits (Block Kit reference): 50 blocks per message, 3,000 characters per section
text, 10 fields per section (2,000 characters each), 10 elements per context block, 75
characters per button label and 2,000 per button value.
"""

from __future__ import annotations

from bot.answer import Answer, Citation
from bot.indicators import progress
from bot.languages import labels, status_label
from handlers.links import document_link

MAX_SECTION = 3000
MAX_FIELD = 2000
MAX_FIELDS = 10
MAX_CONTEXT = 10
MAX_BLOCKS = 50


def cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def escape(text: str) -> str:
    """Slack's mrkdwn needs &, < and > escaped."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def citation_text(number: int, c: Citation, language: str = "ja") -> str:
    """Plan › section (file and lines); the title links to the published document, at its page when known."""
    label = status_label(c.status, language)
    mark = f" _（{label}）_" if label else ""
    lines = labels(language)["lines"]
    link = document_link(c)
    title = f"<{link.replace('|', '%7C').replace('>', '%3E')}|{escape(c.title)}>" if link else f"*{escape(c.title)}*"
    page = f" p.{c.printed_page or c.page}" if c.page else ""
    return cut(f"{number}. {title}{mark} › {escape(c.section)}（`{c.file}` {c.lines[0]}–{c.lines[1]} {lines}{page}）"
               .replace(" 行", "行"), MAX_FIELD)


def citations_block(citations: list[Citation], start: int = 1, language: str = "ja") -> dict:
    elements = [{"type": "mrkdwn", "text": citation_text(i, c, language)}
                for i, c in enumerate(citations[:MAX_CONTEXT], start)]
    return {"type": "context", "elements": elements}


def table_blocks(rows: list[tuple[str, str]]) -> list[dict]:
    """Indicator rows as two-column fields, ten fields (five rows) per section."""
    blocks = []
    for start in range(0, len(rows), MAX_FIELDS // 2):
        fields = []
        for name, value in rows[start : start + MAX_FIELDS // 2]:
            fields += [{"type": "mrkdwn", "text": cut(f"*{escape(name)}*", MAX_FIELD)},
                       {"type": "mrkdwn", "text": cut(escape(value), MAX_FIELD)}]
        blocks.append({"type": "section", "fields": fields})
    return blocks


def progress_text(share: float | None) -> str:
    """From the baseline toward the target, where the plan gives a baseline beside a later figure: ▓▓▓▓▓▓▓░░░ 74%."""
    if share is None:
        return ""
    filled = round(10 * share)
    return f"{'▓' * filled}{'░' * (10 - filled)} {round(100 * share)}%"


def answer_blocks(answer: Answer, log_id: int | None) -> list[dict]:
    blocks: list[dict] = [{"type": "section", "text": {"type": "mrkdwn", "text": cut(escape(answer.answer), MAX_SECTION)}}]
    rows = answer.table
    if answer.kind == "indicator" and len(answer.records) == len(rows):
        rows = [(name, f"{value}\n{progress_text(progress(i))}".strip()) for (name, value), i in zip(rows, answer.records, strict=True)]
    blocks += table_blocks(rows)
    words = labels(answer.language)
    if answer.citations:
        blocks.append(citations_block(answer.citations, language=answer.language))
    if answer.suggestions:
        blocks.append({"type": "context", "elements": [
            {"type": "mrkdwn", "text": cut(words["suggest"] + " / ".join(answer.suggestions), MAX_FIELD)}]})
    if log_id is not None:
        buttons = [
            {"type": "button", "action_id": "feedback_up", "value": str(log_id), "text": {"type": "plain_text", "text": "👍"}},
            {"type": "button", "action_id": "feedback_down", "value": str(log_id), "text": {"type": "plain_text", "text": "👎"}},
        ]
        if answer.confident and answer.citations:
            buttons.append({"type": "button", "action_id": "more_passages", "value": str(log_id),
                            "text": {"type": "plain_text", "text": words["more"]}})
        blocks.append({"type": "actions", "elements": buttons})
    if len(blocks) > MAX_BLOCKS:  # a very long indicator list: keep the end (citations, buttons)
        blocks = blocks[:1] + blocks[-(MAX_BLOCKS - 1) :]
    return blocks


def fallback_text(answer: Answer) -> str:
    """The notification text shown where blocks are not."""
    return cut(answer.answer, 1000)


def passages_blocks(citations: list[Citation], start: int) -> list[dict]:
    if not citations:
        return [{"type": "section", "text": {"type": "mrkdwn", "text": "ほかに関係しそうな箇所は見つかりませんでした。"}}]
    blocks: list[dict] = []
    for i, c in enumerate(citations, start):
        if c.snippet.strip():  # Slack refuses a section with empty text
            blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": cut(escape(c.snippet), MAX_SECTION)}})
        blocks.append(citations_block([c], i))
    return blocks[:MAX_BLOCKS]


def help_blocks(command: str, examples: list[str]) -> list[dict]:
    """How to ask, with examples taken from the plans' own facts (the assistant's examples)."""
    asked = examples[0] if examples else "質問文"
    term = next((q.removesuffix("とは？") for q in examples if q.endswith("とは？")), "語")
    lines = [
        f"*{command} 質問* — 計画書から出典つきで答えます（例: `{command} {asked}`）",
        f"*{command} 指標 語* — その語を含む成果指標を、現状値と目標値つきで一覧にします（例: `{command} 指標 件数`）",
        f"*{command} 用語 語* — 用語の定義を答えます（例: `{command} 用語 {term}`）",
        f"*{command} help* — この説明",
        "メンションやダイレクトメッセージで質問しても答えます。",
    ]
    return [{"type": "section", "text": {"type": "mrkdwn", "text": "\n".join(lines)}}]
