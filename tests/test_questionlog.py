"""The question log keeps questions and feedback, never raw user ids, and remembers events."""

from bot.answer import Answer, Citation
from bot.questionlog import QuestionLog


def test_questions_are_logged_with_a_hashed_user(tmp_path):
    log = QuestionLog(tmp_path / "q.sqlite")
    cite = Citation("計画", "第1章", "a.md", (1, 2), "", 1.0)
    qid = log.record("line", "U1234", Answer("質問", "回答", "term", True, [cite]), 12.34)
    [row] = log.rows()
    assert row["id"] == qid and row["channel"] == "line" and row["intent"] == "term" and row["confident"] == 1
    assert row["sections"] == '["計画 › 第1章"]' and row["latency_ms"] == 12.3
    assert row["user_hash"] and "U1234" not in str(row)
    assert log.hash_user("U1234") == row["user_hash"] != log.hash_user("U9999")


def test_the_salt_survives_a_restart(tmp_path):
    first = QuestionLog(tmp_path / "q.sqlite").hash_user("U1")
    assert QuestionLog(tmp_path / "q.sqlite").hash_user("U1") == first


def test_feedback_is_stored(tmp_path):
    log = QuestionLog(tmp_path / "q.sqlite")
    qid = log.record("slack", None, Answer("q", "a", "general", True), 1.0)
    assert log.feedback(qid, helpful=False)
    assert not log.feedback(qid + 100, helpful=True)
    assert log.rows()[0]["feedback"] == -1


def test_an_event_id_is_new_only_once(tmp_path):
    log = QuestionLog(tmp_path / "q.sqlite")
    assert log.first_time("E1") and not log.first_time("E1") and log.first_time("E2")
