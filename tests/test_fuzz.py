"""No question makes the engine raise: random Unicode, emoji, empty text, long text, lone interrogatives."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

PIECES = ["地域協働体", "いくつ", "いつ", "誰", "どこ", "何人", "とは", "？", "?", "。", "の", "は", "一番", "以外",
          "仙台市", "平泉町", "令和5年", "2040年", "「", "」", "🙂", "\u200b", " ", "ｶﾀｶﾅ", "ａｂｃ", "全部で"]
questions = st.one_of(
    st.text(max_size=600),
    st.lists(st.sampled_from(PIECES), max_size=40).map("".join),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=400, max_size=700),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(question=questions)
def test_no_question_raises_and_every_answer_says_something(engine, question):
    answer = engine.ask(question)
    assert isinstance(answer.answer, str) and answer.answer
    assert answer.kind != "error", answer.detail
