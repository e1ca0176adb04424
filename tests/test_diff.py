"""The revision diff names changed indicator targets, added organisations and removed sections."""

from bot.diff import diff, format_diff, snapshot
from bot.engine import build
from index.builds import list_builds
from tests.conftest import copy_corpus


def test_diff_of_an_edited_corpus(tmp_path, settings, embedder):
    corpus = copy_corpus(tmp_path / "corpus")
    mine = settings.model_copy(update={"corpus_dir": corpus, "index_dir": tmp_path / "var" / "index"})
    build(mine, embedder=embedder, show_progress=False)
    plan = corpus / "kyodo-suishin-keikaku-3.md"
    text = plan.read_text(encoding="utf-8")
    text = text.replace("1\tチーム会議の開催数\t回\t125\t170", "1\tチーム会議の開催数\t回\t125\t180")
    text = text.replace("藤沢\t33\t藤沢\t藤沢町住民自治協議会\tH26. 11. 6\tH28. 4. 1~",
                        "藤沢\t33\t藤沢\t藤沢町住民自治協議会\tH26. 11. 6\tH28. 4. 1~\n\t34\t大籠\t大籠みらい協議会\tR6. 1. 10\t")
    start = text.index("\n3 SDGsと本計画の関連性\n")  # the heading, not its table-of-contents entry
    end = text.index("\n資料編\n\n資料 1")
    text = text[:start] + text[end:]
    plan.write_text(text, encoding="utf-8")
    build(mine, embedder=embedder, show_progress=False)

    old, new = (snapshot(b) for b in list_builds(mine.index_dir)[-2:])
    changes = diff(old, new)
    assert "チーム会議の開催数 目標: 170 → 180" in changes["成果指標"]
    assert "団体が追加されました: 大籠みらい協議会（藤沢・大籠、設立 令和6年1月10日）" in changes["団体"]
    assert "削除: 第3次一関市協働推進計画 › 第4章 計画の推進に向けて › 3 SDGsと本計画の関連性" in changes["セクション"]
    assert "文書が改訂されました: 第3次一関市協働推進計画（kyodo-suishin-keikaku-3.md）" in changes["文書"]
    assert "成果指標】1件" in format_diff(old, new, changes)


def test_no_changes_say_so(engine):
    same = snapshot(engine.index.directory)
    assert diff(same, same) == {}
    assert format_diff(same, same, {}).startswith("変更はありません")
