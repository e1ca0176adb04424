"""What people asked: frequent questions, what the plans did not answer, 👎 feedback, per channel."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from bot.lexicon import key as squash
from bot.questionlog import QuestionLog

TOP = 20


@dataclass
class Report:
    since: datetime | None
    total: int
    channels: dict[str, int]
    frequent: list[tuple[str, int]]  # question (as first typed) and how often it was asked
    unanswered: list[dict]  # answered confident: false — what the plans do not cover
    disliked: list[dict]  # 👎 with the question and the cited sections
    deliveries: dict[str, int] | None = None  # answers sent by reply / push / post, pending, failed (all time)


def build_report(log: QuestionLog, since: datetime | None = None) -> Report:
    rows = log.rows(since.timestamp() if since else None)
    by_key: Counter[str] = Counter(squash(r["question"]) for r in rows)
    first_form: dict[str, str] = {}
    for r in rows:
        first_form.setdefault(squash(r["question"]), r["question"])
    return Report(
        since=since,
        total=len(rows),
        channels=dict(Counter(r["channel"] for r in rows).most_common()),
        frequent=[(first_form[k], n) for k, n in by_key.most_common(TOP)],
        unanswered=[r for r in rows if not r["confident"]],
        disliked=[r for r in rows if r["feedback"] == -1],
        deliveries=log.deliveries(),
    )


def _when(row: dict) -> str:
    return datetime.fromtimestamp(row["asked_at"]).strftime("%Y-%m-%d %H:%M")


def _sections(row: dict) -> str:
    return " / ".join(json.loads(row["sections"] or "[]")) or "（出典なし）"


def format_report(report: Report) -> str:
    period = f"{report.since:%Y-%m-%d} 以降" if report.since else "全期間"
    lines = [f"質問の記録（{period}）: {report.total}件"]
    lines.append("チャネル別: " + ("、".join(f"{c} {n}件" for c, n in report.channels.items()) or "なし"))
    if report.deliveries:
        names = {"reply": "返信", "push": "プッシュ", "post": "投稿", "pending": "未配信（再送待ち）", "failed": "配信できず"}
        order = [k for k in names if k in report.deliveries] + [k for k in report.deliveries if k not in names]
        lines.append("回答の配信: " + "、".join(f"{names.get(k, k)} {report.deliveries[k]}件" for k in order))
    lines.append("")
    lines.append("よく聞かれた質問")
    lines += [f"  {n:4d}回  {q}" for q, n in report.frequent] or ["  なし"]
    lines.append("")
    lines.append(f"計画書で答えられなかった質問（confident: false）: {len(report.unanswered)}件")
    lines += [f"  {_when(r)}  {r['channel']:5}  {r['question']}" for r in report.unanswered[-TOP:]] or ["  なし"]
    lines.append("")
    lines.append(f"👎 がついた回答: {len(report.disliked)}件")
    lines += [f"  {_when(r)}  {r['question']}  ← {_sections(r)}" for r in report.disliked[-TOP:]] or ["  なし"]
    return "\n".join(lines)


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # what Excel and LibreOffice read as the start of a formula


def cell(value: object) -> object:
    """A cell a spreadsheet shows as typed: text that would start a formula gets a leading apostrophe
    (OWASP's advice against CSV injection); numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


class _SafeWriter:
    """csv.writer whose every text cell is neutralised first: no row can slip past."""

    def __init__(self, out: io.StringIO) -> None:
        self._writer = csv.writer(out)

    def writerow(self, row: list) -> None:
        self._writer.writerow([cell(v) for v in row])


def report_csv(report: Report) -> str:
    """One row per listed item, with a kind column, for a spreadsheet; visitors' text never runs as a formula."""
    out = io.StringIO()
    writer = _SafeWriter(out)
    writer.writerow(["kind", "time", "channel", "question", "count", "sections"])
    for channel, n in report.channels.items():
        writer.writerow(["channel", "", channel, "", n, ""])
    for question, n in report.frequent:
        writer.writerow(["frequent", "", "", question, n, ""])
    for r in report.unanswered:
        writer.writerow(["unanswered", _when(r), r["channel"], r["question"], 1, ""])
    for r in report.disliked:
        writer.writerow(["disliked", _when(r), r["channel"], r["question"], 1, _sections(r)])
    for via, n in (report.deliveries or {}).items():
        writer.writerow(["delivery", "", via, "", n, ""])
    return out.getvalue()
