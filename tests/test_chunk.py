"""Chunks follow sections, stay under the size limit and never cut a table row or a sentence."""

import pytest

from index.chunk import MAX_CHARS, SECTION_SEPARATOR, chunk_document
from index.parse import parse_document


@pytest.fixture(scope="module")
def chunks(documents):
    out = []
    for d in documents.values():
        out += chunk_document(parse_document(d.text, d.file, d.title), first_id=len(out))
    return out


def test_every_chunk_cites_title_section_file_and_lines(chunks, documents):
    assert [c.id for c in chunks] == list(range(len(chunks)))
    for c in chunks:
        lines = documents[c.file].text.splitlines()
        assert c.title == documents[c.file].title
        assert c.section
        assert 1 <= c.start_line <= c.end_line <= len(lines) + 1


def test_chunks_stay_under_the_limit_unless_one_row_or_sentence_is_longer(chunks):
    for c in chunks:
        pieces = c.text.split("\n")
        assert len(c.text) <= MAX_CHARS + len(pieces) or len(pieces) == 1


def test_a_table_row_is_never_cut(chunks, documents):
    rows = [line for line in documents["kyodo-suishin-keikaku-3.md"].text.splitlines() if "\t" in line]
    names = [r.split("\t")[3] for r in rows if r.count("\t") >= 5 and "協議会" in r]
    for name in names:
        holders = [c for c in chunks if name in c.text]
        assert holders and all(f"団体名: {name} / 設立年月日" in c.text for c in holders)


def test_a_small_section_and_its_subsections_make_one_chunk():
    text = "第1章 概要\n\n1 目的\n\n目的の本文です。\n\n(1) 詳細\n\n詳細の本文です。\n"
    [chunk] = chunk_document(parse_document(text, "a.txt", "A"))
    assert chunk.section == "第1章 概要"
    assert chunk.text.split("\n") == ["1 目的", "目的の本文です。", "(1) 詳細", "詳細の本文です。"]
    assert (chunk.start_line, chunk.end_line) == (3, 9)


def test_a_big_section_is_split_and_lists_its_subsections():
    body = "長い本文です。" * 30
    text = f"第1章 概要\n\n導入です。\n\n1 目的\n\n{body}\n\n2 方法\n\n{body}\n"
    chunks = chunk_document(parse_document(text, "a.txt", "A"))
    assert [c.section for c in chunks] == [
        "第1章 概要", f"第1章 概要{SECTION_SEPARATOR}1 目的", f"第1章 概要{SECTION_SEPARATOR}2 方法"
    ]
    assert chunks[0].text == "導入です。\n1 目的、2 方法"


def test_a_long_paragraph_is_cut_at_sentence_ends():
    text = "第1章 概要\n\n" + "".join(f"これは{i}番目の文です。" for i in range(120)) + "\n"
    chunks = chunk_document(parse_document(text, "a.txt", "A"))
    assert len(chunks) > 1
    assert all(c.text.endswith("。") for c in chunks)
