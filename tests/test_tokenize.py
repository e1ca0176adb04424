"""Sudachi tokens: normalized content words, width-insensitive, with adjacent-word bigrams."""

from index.tokenize import MAX_PIECE, reading, tokenize


def test_particles_symbols_and_question_words_are_dropped():
    assert tokenize("地域協働体とは何ですか？", bigrams=False) == ["地域", "協働", "体"]


def test_full_and_half_width_forms_give_the_same_tokens():
    assert tokenize("ＮＰＯ法人の２０２４年度") == tokenize("NPO法人の2024年度")


def test_verbs_are_reduced_to_their_normalized_form():
    assert "開催" in tokenize("会議を開催しました")
    assert "教える" not in tokenize("教えてください")  # a request word, not content


def test_adjacent_content_words_also_form_a_bigram():
    tokens = tokenize("地域協働体の活動件数")
    assert "活動件数" in tokens and "協働体" in tokens
    assert "体活動" not in tokens  # の stands between 体 and 活動


def test_very_long_text_is_tokenized_piece_by_piece():
    text = "市民センターを活用します。" * (MAX_PIECE // 5)
    assert tokenize(text, bigrams=False).count("センター") == MAX_PIECE // 5


def test_reading_turns_kanji_into_katakana():
    assert reading("地域協働") == "チイキキョウドウ"
