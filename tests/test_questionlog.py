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


def test_an_event_is_handled_once_unless_it_was_lost(tmp_path, monkeypatch):
    log = QuestionLog(tmp_path / "q.sqlite")
    assert log.claim("E1") and not log.claim("E1")  # in hand
    monkeypatch.setattr("bot.questionlog.STALE_SECONDS", 0)
    assert log.claim("E1")  # claimed long ago, never answered: a crash lost it
    log.done("E1")
    assert not log.claim("E1")


def test_an_event_with_an_answer_in_the_outbox_is_not_answered_again(tmp_path, monkeypatch):
    log = QuestionLog(tmp_path / "q.sqlite")
    monkeypatch.setattr("bot.questionlog.STALE_SECONDS", 0)
    assert log.claim("E2")
    parcel = log.enqueue("line", "U1", [{"type": "text", "text": "回答"}], "token", "E2")
    assert not log.claim("E2")
    assert [p.id for p in log.due("line")] == [parcel]
    log.postpone(parcel, "HTTP 503", delay=60)
    assert log.due("line") == [] and log.parcel(parcel).reply_token is None
    log.delivered(parcel, "push")
    assert log.deliveries() == {"push": 1}


def test_the_salt_is_kept_outside_the_database_readable_only_by_the_owner(tmp_path):
    log = QuestionLog(tmp_path / "q.sqlite")
    salt = tmp_path / "q.sqlite.salt"
    assert salt.exists() and (salt.stat().st_mode & 0o777) == 0o600
    assert log._db.execute("SELECT COUNT(*) FROM meta WHERE key = 'salt'").fetchone()[0] == 0
    assert QuestionLog(tmp_path / "other.sqlite", salt="from-the-setting").hash_user("U1") != log.hash_user("U1")


def test_only_the_user_who_asked_may_rate_the_answer(tmp_path):
    log = QuestionLog(tmp_path / "q.sqlite")
    qid = log.record("line", "U1", Answer("q", "a", "general", True), 1.0)
    assert not log.feedback(qid, helpful=False, user_id="U2")
    assert log.feedback(qid, helpful=True, user_id="U1")
