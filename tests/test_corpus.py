"""The corpus manifest names every document; anything else is a clear error naming the file."""

import pytest

from index.corpus import CorpusError, load_corpus
from tests.conftest import write_corpus


def test_the_real_corpus_has_five_documents_with_titles(documents):
    assert len(documents) == 5
    assert documents["kyodo-suishin-keikaku-3.md"].title == "第3次一関市協働推進計画"
    assert all(d.title and d.text and len(d.sha256) == 64 for d in documents.values())


def test_a_document_missing_from_the_manifest_is_an_error(tmp_path):
    corpus = write_corpus(tmp_path / "c", {"a.txt": ("A", "第1章 はじめに\n本文です。")})
    (corpus / "unlisted.txt").write_text("本文", encoding="utf-8")
    with pytest.raises(CorpusError, match="unlisted.txt"):
        load_corpus(corpus)


def test_a_manifest_entry_without_its_file_is_an_error(tmp_path):
    corpus = write_corpus(tmp_path / "c", {"a.txt": ("A", "本文です。")})
    (corpus / "a.txt").unlink()
    with pytest.raises(CorpusError, match="a.txt.*ファイルがありません"):
        load_corpus(corpus)


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "空"), (b"  \n\n", "空"), (b"\x00\x01binary\x00", "バイナリ"), ("計画".encode("shift_jis"), "UTF-8")],
)
def test_empty_binary_or_wrongly_encoded_files_are_named_with_the_reason(tmp_path, content, reason):
    corpus = write_corpus(tmp_path / "c", {"bad.txt": ("Bad", "x")})
    (corpus / "bad.txt").write_bytes(content)
    with pytest.raises(CorpusError, match=f"bad.txt.*{reason}"):
        load_corpus(corpus)


def test_a_missing_manifest_is_an_error(tmp_path):
    with pytest.raises(CorpusError, match="documents.toml"):
        load_corpus(tmp_path)
