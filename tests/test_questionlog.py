"""The question log keeps questions and feedback, never raw user ids; feedback only from the asker, in their channel."""

import pytest

from bot.answer import Answer, Citation
from bot.questionlog import QuestionLog


def test_questions_are_logged_with_a_hashed_user_and_a_random_id(store):
    log = store.questions
    cite = Citation("計画", "第1章", "a.md", (1, 2), "", 1.0)
    qid = log.record("line", "U1234", Answer("質問", "回答", "term", True, [cite]), 12.34)
    [row] = log.rows()
    assert row["id"] == qid and row["channel"] == "line" and row["intent"] == "term" and row["confident"] == 1
    assert row["sections"] == '["計画 › 第1章"]' and row["latency_ms"] == 12.3
    assert row["user_hash"] and "U1234" not in str(row)
    assert log.hash_user("line", "U1234") == row["user_hash"] != log.hash_user("line", "U9999")
    other = log.record("line", "U1234", Answer("質問", "回答", "term", True), 1.0)
    assert abs(other - qid) > 1000  # not sequential: an id tells nothing of the others


def test_the_same_id_in_another_channel_is_another_person(store):
    assert store.questions.hash_user("slack", "U1") != store.questions.hash_user("web", "U1")


def test_only_the_user_who_asked_may_rate_the_answer_in_their_channel(store):
    log = store.questions
    qid = log.record("slack", "U1", Answer("q", "a", "general", True), 1.0)
    assert not log.feedback(qid, helpful=False, user_id="U2", channel="slack")
    assert not log.feedback(qid, helpful=False, user_id="U1", channel="web")  # a web visitor calling itself U1
    assert not log.feedback(qid, helpful=False, user_id=None, channel="slack")  # nobody to check: refused
    assert not log.feedback(qid + 1, helpful=False, user_id="U1", channel="slack")
    assert log.feedback(qid, helpful=False, user_id="U1", channel="slack")
    assert log.rows()[0]["feedback"] == -1


def test_the_salt_survives_a_restart_and_is_kept_outside_the_database(tmp_path):
    first = QuestionLog(tmp_path / "q.sqlite")
    hashed = first.hash_user("line", "U1")
    first.close()
    assert QuestionLog(tmp_path / "q.sqlite").hash_user("line", "U1") == hashed
    for name in ("q.sqlite.salt", "q.sqlite.key", "q.sqlite"):
        assert ((tmp_path / name).stat().st_mode & 0o777) == 0o600
    assert QuestionLog(tmp_path / "other.sqlite", salt="from-the-setting").hash_user("line", "U1") != hashed


@pytest.mark.parametrize("days", [365])
def test_old_questions_are_pruned(store, days):
    log = store.questions
    qid = log.record("web", "v1", Answer("q", "a", "general", True), 1.0)
    log.record("web", "v1", Answer("q2", "a", "general", True), 1.0)
    store.db.execute("UPDATE questions SET asked_at = asked_at - 400 * 86400 WHERE id = :id", {"id": qid})
    assert log.prune(days) == 1 and [r["question"] for r in log.rows()] == ["q2"]
