"""The optional generator, against a stub OpenAI-compatible server over real HTTP with the real
`openai` client: a faithful answer is sent with its citations; one with an invented number, a wrong
date or a citation that does not exist is replaced by the extractive answer; so is a timeout."""

import time

import anyio
import pytest

from bot.assistant import Assistant
from bot.generate import Generator, evidence_for, generated
from bot.questionlog import QuestionLog
from bot.sources import passages_for
from tests.stub_server import StubAPI
from tests.test_languages import sakuradai  # noqa: F401 - the invented city's engine

INDICATOR_QUESTION = "What is the target for participants in the river cleanup?"


def completion(text: str) -> dict:
    return {"id": "c1", "object": "chat.completion", "created": 0, "model": "stub",
            "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": text}}]}


@pytest.fixture
def stub():
    server = StubAPI()
    yield server
    server.close()


def ask(engine, stub, question: str, reply: str, tmp_path, timeout: float = 5.0):
    stub.reply = completion(reply)
    generator = Generator(stub.url + "/v1", "stub-model", "sk-test-key", timeout=timeout)
    log = QuestionLog(tmp_path / "questions.sqlite")
    assistant = Assistant(engine, log, generator=generator)
    answer, log_id = anyio.run(assistant.ask, question, "web")
    return answer, log


def numbered(engine, question: str, needle: str) -> int:
    """The evidence number the generator will see for the passage holding `needle`."""
    passages = passages_for(engine.index, engine.searcher, engine.ask(question))
    return next(i for i, (_, text) in enumerate(passages, 1) if needle in text)


def test_a_faithful_answer_is_sent_with_its_citations_and_the_verdict_is_logged(sakuradai, stub, tmp_path):  # noqa: F811
    n = numbered(sakuradai, INDICATOR_QUESTION, "400")
    reply = f"The target for 「河川清掃の参加者数」 is 400 people in FY2030, up from 320 in FY2024 [{n}]."
    answer, log = ask(sakuradai, stub, INDICATOR_QUESTION, reply, tmp_path)
    assert answer.answer == reply and answer.kind == "generated"
    assert answer.citations[n - 1].file == "sakuradai.md"
    [(path, headers, body)] = stub.requests
    assert path == "/v1/chat/completions" and {k.lower(): v for k, v in headers.items()}["authorization"] == "Bearer sk-test-key"
    assert body["model"] == "stub-model" and INDICATOR_QUESTION in body["messages"][1]["content"]
    assert "河川清掃の参加者数" in body["messages"][1]["content"]  # the evidence, and only that, goes out
    [(_, question, verdict)] = log.verdicts()
    assert question == INDICATOR_QUESTION and verdict["passed"] and verdict["claims"] >= 4


@pytest.mark.parametrize(("reply", "reason"), [
    ("The target for 「河川清掃の参加者数」 is 500 people [{n}].", "number 500"),
    ("The target for 「河川清掃の参加者数」 is 400 people [9].", "citation [9] does not exist"),
    ("The target for 「河川清掃の参加者数」 is 400 people.", "no citation"),
])
def test_an_unsupported_answer_is_replaced_by_the_extractive_one(sakuradai, stub, tmp_path, reply, reason):  # noqa: F811
    n = numbered(sakuradai, INDICATOR_QUESTION, "400")
    answer, log = ask(sakuradai, stub, INDICATOR_QUESTION, reply.format(n=n), tmp_path)
    assert answer.kind == "indicator" and "target 400人" in answer.answer
    [(_, _, verdict)] = log.verdicts()
    assert not verdict["passed"] and verdict["reasons"] == [reason]


def test_a_wrong_date_is_replaced_by_the_extractive_answer(sakuradai, stub, tmp_path):  # noqa: F811
    question = "When was the briefing at Midorino?"
    n = numbered(sakuradai, question, "5月10日")
    answer, log = ask(sakuradai, stub, question, f"It was held at 「みどり野公民館」 on May 11, 2025 [{n}].", tmp_path)
    assert "May 10, 2025" in answer.answer and answer.kind != "generated"
    assert log.verdicts()[0][2]["reasons"] == ["date May 11"]


def test_a_timeout_falls_back_within_the_configured_limit(sakuradai, stub):  # noqa: F811
    stub.delay = 5.0
    stub.reply = completion("too late [1]")
    fallback = sakuradai.ask(INDICATOR_QUESTION)
    evidence = evidence_for(sakuradai, fallback)
    started = time.monotonic()
    answer = generated(Generator(stub.url + "/v1", "stub-model", timeout=0.5), fallback, evidence)
    assert time.monotonic() - started < 2.0  # the limit is 0.5 s; far less than the stub's 5 s
    assert answer is fallback and answer.detail["generator"]["reasons"] == ["generator error: APITimeoutError"]


@pytest.mark.parametrize(("question", "language", "reply"), [
    ("Mục tiêu số người tham gia dọn dẹp sông là bao nhiêu?", "Vietnamese",
     "Mục tiêu của 「河川清掃の参加者数」 là 400 người vào năm 2030 [{n}]."),
    ("河川清扫的参加人数目标是多少？", "Chinese", "「河川清掃の参加者数」的目标是2030年度400人[{n}]。"),
])
def test_vietnamese_and_chinese_get_a_generated_answer_that_passed_the_check(sakuradai, stub, tmp_path, question,  # noqa: F811
                                                                             language, reply):
    n = numbered(sakuradai, question, "400")
    answer, log = ask(sakuradai, stub, question, reply.format(n=n), tmp_path)
    assert answer.kind == "generated" and answer.answer == reply.format(n=n) and answer.citations
    assert language in stub.requests[0][2]["messages"][0]["content"]
    assert log.verdicts()[0][2]["passed"]


def test_without_a_generator_other_languages_get_the_short_message(sakuradai, tmp_path):  # noqa: F811
    answer, _ = anyio.run(Assistant(sakuradai, QuestionLog(tmp_path / "q.sqlite")).ask, "河川清扫的参加人数目标是多少？", "web")
    assert answer.kind == "unsupported" and "098-000-1111" in answer.answer
