"""The language of a question: by writing system first, lingua for Latin script, the profile for short text."""

import pytest

from bot.language import detect


@pytest.mark.parametrize(("text", "language"), [
    ("花泉の協働体は？", "ja"),
    ("地域協働体", "ja"),  # a bare Japanese term is not Chinese
    ("2028年の人口目標", "ja"),
    ("What is the population target for 2040?", "en"),
    ("How many 協働体 are in Daito?", "en"),  # English with a Japanese term in it
    ("一関市的人口目标是多少？", "zh"),
    ("一關市的人口目標是多少？", "zh"),  # traditional characters, told by Chinese particles
    ("인구 목표는 무엇입니까?", "ko"),
    ("Mục tiêu dân số của thành phố là bao nhiêu?", "vi"),
    ("Ano ang layunin ng plano ng lungsod para sa populasyon?", "tl"),
    ("Qual é a meta populacional da cidade?", "pt"),
    ("शहरको जनसंख्या लक्ष्य के हो?", "ne"),
])
def test_questions_are_told_apart_by_language(text, language):
    assert detect(text) == language


def test_a_short_latin_text_follows_the_chat_profile_language():
    assert detect("ok") == "en"
    assert detect("ok", hint="pt-BR") == "pt"
    assert detect("What is the plan?", hint="ja") == "en"  # a clear sentence outweighs the hint
