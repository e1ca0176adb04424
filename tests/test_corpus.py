"""The corpus manifest names every document; anything else is a clear error naming the file."""

import pytest

from index.corpus import CorpusError, load_corpus, municipalities
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


def test_aliases_are_read_and_must_be_a_list_of_names(tmp_path):
    corpus = write_corpus(tmp_path / "c", {"a.txt": ("A計画", "第1章 はじめに\n本文です。")})
    manifest = corpus / "documents.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8") + 'aliases = ["えーけいかく", "Aプラン"]\n', encoding="utf-8")
    (document,) = load_corpus(corpus)
    assert document.aliases == ("えーけいかく", "Aプラン")
    manifest.write_text(manifest.read_text(encoding="utf-8").replace('["えーけいかく", "Aプラン"]', '"Aプラン"'),
                        encoding="utf-8")
    with pytest.raises(CorpusError, match="aliases"):
        load_corpus(corpus)


def test_an_issuer_note_in_brackets_is_no_municipality():
    assert municipalities("星見市（中心市）・月見町") == ["星見市", "月見町"]
    assert municipalities("一関市・平泉町") == ["一関市", "平泉町"]


def test_a_web_page_in_the_manifest_is_converted_and_cached_by_its_hash(tmp_path):
    pytest.importorskip("selectolax", reason="the import extra (pip install -e '.[import]')")
    corpus = write_corpus(tmp_path / "c", {"page.html": ("ページ計画", "")})
    (corpus / "page.html").write_text("<html><body><nav>メニュー</nav><main><h1>第1章 目的</h1>"
                                      "<p>市民の足を守ります。</p></main></body></html>", encoding="utf-8")
    cache = tmp_path / "cache"
    (document,) = load_corpus(corpus, cache)
    assert document.text == "# 第1章 目的\n市民の足を守ります。\n"
    (cached,) = cache.glob("*.txt")
    cached.write_text("# 第1章 目的\nキャッシュから読みました。\n", encoding="utf-8")  # the same file is not converted again
    assert load_corpus(corpus, cache)[0].text.endswith("キャッシュから読みました。\n")


def test_a_file_that_is_not_what_its_name_says_is_named_with_the_reason(tmp_path):
    pytest.importorskip("pdfplumber", reason="the import extra (pip install -e '.[import]')")
    corpus = write_corpus(tmp_path / "c", {"plan.pdf": ("PDF計画", "")})
    (corpus / "plan.pdf").write_text("これは PDF ではありません", encoding="utf-8")
    with pytest.raises(CorpusError, match="plan.pdf.*PDF として読めません"):
        load_corpus(corpus)


def test_a_note_in_brackets_after_the_period_is_not_part_of_it(tmp_path):
    write_corpus(tmp_path, {"plan.txt": ("白鷺町第2期計画", "# 第1章\n本文です。\n")})
    manifest = tmp_path / "documents.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8")
                        + 'period = "令和4年度～令和8年度（2022-2026）【次期（令和9年度～令和13年度予定）策定中】"\n',
                        encoding="utf-8")
    (document,) = load_corpus(tmp_path)
    assert (document.first_year, document.last_year) == (2022, 2026)
