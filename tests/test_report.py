"""The report counts and lists what people asked, what the plans did not answer, and 👎."""

import csv
import io
import os
import subprocess
import sys
from datetime import datetime, timedelta

from bot.answer import Answer, Citation
from bot.questionlog import QuestionLog
from bot.report import build_report, format_report, report_csv
from bot.store import Store


def fill(log: QuestionLog) -> None:
    cite = [Citation("第3次一関市協働推進計画", "資料編 › 資料 1", "a.md", (1, 2), "", 1.0)]
    for _ in range(3):
        log.record("line", "U1", Answer("花泉の協働体は？", "…", "contact", True, cite), 5)
    log.record("slack", "U2", Answer("花泉 の協働体は？", "…", "contact", True, cite), 5)
    log.record("line", "U3", Answer("明日の天気は？", "…", "none", False), 5)
    disliked = log.record("slack", "U2", Answer("地域協働体とは？", "…", "term", True, cite), 5)
    log.feedback(disliked, helpful=False, user_id="U2", channel="slack")


def test_report_counts_and_lists(tmp_path):
    log = QuestionLog(tmp_path / "q.sqlite")
    fill(log)
    report = build_report(log)
    assert report.total == 6 and report.channels == {"line": 4, "slack": 2}
    assert report.frequent[0] == ("花泉の協働体は？", 4)  # spacing does not split a question
    assert [r["question"] for r in report.unanswered] == ["明日の天気は？"]
    assert [r["question"] for r in report.disliked] == ["地域協働体とは？"]
    text = format_report(report)
    assert "計画書で答えられなかった質問（confident: false）: 1件" in text
    assert "地域協働体とは？  ← 第3次一関市協働推進計画 › 資料編 › 資料 1" in text
    rows = list(csv.DictReader(io.StringIO(report_csv(report))))
    assert {r["kind"] for r in rows} == {"channel", "frequent", "unanswered", "disliked"}


def test_since_filters_and_old_questions_are_pruned(tmp_path):
    log = QuestionLog(tmp_path / "q.sqlite")
    fill(log)
    assert build_report(log, datetime.now() + timedelta(days=1)).total == 0
    first = log.rows()[0]["id"]
    log.db.execute("UPDATE questions SET asked_at = asked_at - 400 * 86400 WHERE id = :id", {"id": first})
    assert log.prune(days=365) == 1 and build_report(log).total == 5


def test_report_command_prints_a_table_and_csv(tmp_path):
    db = tmp_path / "q.sqlite"
    fill(QuestionLog(db))
    env = {**os.environ, "PLANBOT_DB": str(db)}
    table = subprocess.run([sys.executable, "-m", "bot.cli", "report"], capture_output=True, text=True, env=env)
    as_csv = subprocess.run([sys.executable, "-m", "bot.cli", "report", "--csv", "--since", "2020-01-01"],
                            capture_output=True, text=True, env=env)
    assert table.returncode == 0 and "よく聞かれた質問" in table.stdout
    assert as_csv.stdout.startswith("kind,time,channel,question,count,sections")
    bad = subprocess.run([sys.executable, "-m", "bot.cli", "report", "--since", "yesterday"],
                         capture_output=True, text=True, env=env)
    assert bad.returncode == 2 and "入力エラー" in bad.stderr


def test_the_report_says_how_answers_were_delivered(tmp_path):
    store = Store.open(tmp_path / "q.sqlite")
    log = store.questions
    sent = store.outbox.enqueue("line", "U1", [{"type": "text", "text": "a"}], "t")
    store.outbox.delivered(sent, "push")
    lost = store.outbox.enqueue("line", "U2", [{"type": "text", "text": "b"}], "t")
    store.outbox.give_up(lost, "HTTP 500")
    text = format_report(build_report(log))
    assert "回答の配信: プッシュ 1件、配信できず 1件" in text
    assert "delivery,,failed,,1," in report_csv(build_report(log))


def test_a_question_that_looks_like_a_formula_is_exported_as_text(tmp_path):
    log = QuestionLog(tmp_path / "q.sqlite")
    for typed in ("=1+2", '=HYPERLINK("https://evil.example","x")', "+81 90", "-1", "@SUM(A1)", "\tx", "\rx"):
        log.record("web", "V1", Answer(typed, "…", "none", False), 5)
    rows = list(csv.DictReader(io.StringIO(report_csv(build_report(log)))))
    unanswered = [r["question"] for r in rows if r["kind"] == "unanswered"]
    assert unanswered[0] == "'=1+2" and unanswered[1].startswith("'=HYPERLINK(")
    assert all(q.startswith("'") for q in unanswered), unanswered
    assert [r["count"] for r in rows if r["kind"] == "channel"] == ["7"]  # numbers stay numbers
