"""The planbot command as a user runs it: a real subprocess on a real index."""

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import write_corpus


def planbot(settings, *args, stdin=None, env=None):
    environment = {
        **os.environ,
        "PLANBOT_CORPUS_DIR": str(settings.corpus_dir),
        "PLANBOT_INDEX_DIR": str(settings.index_dir),
        "PLANBOT_CACHE_DIR": str(settings.cache_dir),
        **(env or {}),
    }
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args], input=stdin, capture_output=True, text=True,
        env=environment, timeout=300,
    )


def test_ask_prints_the_answer_and_its_citations(engine, settings):
    result = planbot(settings, "ask", "地域協働体とは何ですか")
    assert result.returncode == 0, result.stderr
    assert "出典:" in result.stdout
    assert "第3次一関市協働推進計画 › 第1章 第3次一関市協働推進計画の基本的事項 › 4 用語の定義" in result.stdout
    assert "kyodo-suishin-keikaku-3.md 93–95行" in result.stdout


def test_ask_json_has_the_documented_shape(engine, settings):
    result = planbot(settings, "ask", "--json", "チーム会議の開催数の目標は？")
    data = json.loads(result.stdout)
    assert {"question", "answer", "intent", "confident", "citations"} <= set(data)
    citation = data["citations"][0]
    assert {"title", "section", "file", "lines", "snippet", "score"} <= set(citation)
    assert isinstance(citation["lines"], list) and len(citation["lines"]) == 2


def test_ask_without_a_question_answers_each_stdin_line_as_jsonl(engine, settings):
    result = planbot(settings, "ask", stdin="花泉の協働体は？\n\n一関市の面積は？\n")
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["question"] for a in answers] == ["花泉の協働体は？", "一関市の面積は？"]
    assert all(a["citations"] for a in answers)


def test_ask_builds_the_index_first_when_there_is_none(tmp_path, settings):
    corpus = write_corpus(tmp_path / "corpus", {"plan.txt": ("テスト計画", "第1章 目的\n\n市民センターを拠点にします。\n")})
    small = settings.model_copy(update={"corpus_dir": corpus, "index_dir": tmp_path / "index"})
    result = planbot(small, "ask", "市民センター")
    assert result.returncode == 0, result.stderr
    assert "インデックスがまだないため作成します" in result.stderr
    assert "テスト計画 › 第1章 目的" in result.stdout


def test_build_prints_a_summary(tmp_path, settings):
    corpus = write_corpus(tmp_path / "corpus", {"plan.txt": ("テスト計画", "第1章 目的\n\n本文です。\n")})
    result = planbot(settings, "build", "--corpus", str(corpus), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert "文書 1 / セクション 1 / チャンク 1" in result.stdout


@pytest.mark.parametrize(
    ("env", "message"),
    [({"PLANBOT_EMBEDDER": "word2vec"}, "埋め込みモデルの指定"), ({"PLANBOT_TOP_K": "0"}, "設定エラー")],
)
def test_bad_settings_are_reported_without_a_traceback(settings, env, message):
    result = planbot(settings, "ask", "質問", env=env)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr


def test_a_broken_corpus_file_fails_the_build_with_its_name(tmp_path, settings):
    corpus = write_corpus(tmp_path / "corpus", {"plan.txt": ("テスト計画", "x")})
    (corpus / "plan.txt").write_bytes(b"\x00\x00")
    result = planbot(settings, "build", "--corpus", str(corpus), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "plan.txt" in result.stderr and "バイナリ" in result.stderr
    assert not (tmp_path / "out").exists()


def test_check_reports_what_each_document_yielded(tmp_path, settings):
    text = "第1章 指標\n\n指標名\t現状値\t目標値\nサロンの数\t38\t50\n\n第2章 用語\n\n1 サロン\n\n集いの場のことです。\n"
    corpus = write_corpus(tmp_path / "corpus", {"plan.txt": ("テスト計画", text)})
    result = planbot(settings, "check", "--corpus", str(corpus))
    assert result.returncode == 0, result.stderr
    assert "plan.txt: セクション 3 / 表 1 / チャンク" in result.stdout
    assert "指標 1" in result.stdout


def test_check_warns_when_a_document_with_tables_yields_no_facts(tmp_path, settings):
    text = "第1章 一覧\n\n名前\t場所\t備考\nあ\tい\tう\nえ\tお\tか\n"
    corpus = write_corpus(tmp_path / "corpus", {"plan.txt": ("テスト計画", text)})
    result = planbot(settings, "check", "--corpus", str(corpus))
    assert "警告: plan.txt: 表がありますが" in result.stdout


@pytest.fixture(scope="module")
def drawn_pdf(tmp_path_factory):
    pytest.importorskip("pdfplumber", reason="the import extra (pip install -e '.[import]')")
    pytest.importorskip("reportlab", reason="the test extra draws the PDF")
    from tests.data.make_imported import welfare_pdf
    from tests.pdfgen import font_path

    if font_path() is None:
        pytest.skip("IPAexGothic is missing: apt-get install fonts-ipaexfont")
    return welfare_pdf(tmp_path_factory.mktemp("import") / "fukushi.pdf")


def test_import_writes_the_conversion_for_review_and_never_overwrites(tmp_path, settings, drawn_pdf):
    result = planbot(settings, "import", str(drawn_pdf), "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    written = (tmp_path / "fukushi.txt").read_text(encoding="utf-8")
    assert written.startswith("<!-- page 1 -->") and "<!-- page 5 printed 4 -->" in written
    assert "6 ページ / 表 2" in result.stdout
    again = planbot(settings, "import", str(drawn_pdf), "--out", str(tmp_path))
    assert again.returncode == 2 and "--force" in again.stderr


def test_check_names_a_scanned_pdf_and_build_refuses_it(tmp_path, settings):
    pytest.importorskip("pdfplumber", reason="the import extra (pip install -e '.[import]')")
    pytest.importorskip("reportlab", reason="the test extra draws the PDF")
    from tests.pdfgen import Document, font_path

    if font_path() is None:
        pytest.skip("IPAexGothic is missing: apt-get install fonts-ipaexfont")
    corpus = write_corpus(tmp_path / "corpus", {"plan.txt": ("テスト計画", "第1章 目的\n\n本文です。\n")})
    doc = Document(producer="RICOH IM C3000 scanner")
    doc.page().text(60, 80, "第1章")
    doc.save(corpus / "scan.pdf")
    manifest = corpus / "documents.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8") + '\n[[document]]\nfile = "scan.pdf"\ntitle = "スキャン計画"\n',
                        encoding="utf-8")
    result = planbot(settings, "check", "--corpus", str(corpus))
    assert result.returncode == 2
    assert "scan.pdf" in result.stderr and "スキャンした画像の PDF" in result.stderr and "OCR" in result.stderr
    built = planbot(settings, "build", "--corpus", str(corpus), "--out", str(tmp_path / "out"))
    assert built.returncode == 2 and not (tmp_path / "out").exists()
