"""The `planbot` command: build the index, ask questions, evaluate."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import datetime
from functools import partial
from pathlib import Path

from pydantic import ValidationError

from bot.answer import Answer
from bot.config import Settings
from bot.database import DatabaseError
from bot.diff import diff, edition_snapshot, format_diff, snapshot
from bot.engine import build, open_engine
from bot.ranker import RankerError
from index.build import DocumentSummary, check_corpus, fact_warnings, found_per_document
from index.builds import BuildError, builds_dir, list_builds, live_build, rollback
from index.corpus import CorpusError, load_config
from index.embed import EmbedderError
from index.extract import extract_facts
from index.pages import page_label
from index.store import IndexLoadError
from index.timeline import ended_without_successor


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def cmd_build(args: argparse.Namespace, settings: Settings) -> int:
    report = build(settings, args.corpus, args.out)
    print(
        f"インデックスを作成しました: {report.directory}（ビルド {report.build}）\n"
        f"  文書 {report.documents} / セクション {report.sections} / チャンク {report.chunks}"
        f"（新たに埋め込み {report.embedded}）/ {report.seconds:.1f} 秒"
    )
    print(format_found(report.found))
    if getattr(args, "publish", False):
        publish_build(report.build, settings)
    for warning in report.warnings:
        _say(f"警告: {warning}")
    if report.previous is not None and report.previous.exists():
        old, new = snapshot(report.previous), snapshot(report.directory)
        print(format_diff(old, new, diff(old, new)))
    print("稼働中のサービスには POST /admin/reload（または SIGHUP）で反映できます。")
    return 0


FACT_NAMES = {"terms": "用語", "indicators": "指標", "targets": "数値目標", "organisations": "団体",
              "offices": "連絡先", "events": "日付", "projects": "事業", "periods": "期間"}


def format_found(found: list[DocumentSummary]) -> str:
    """Per document what the parser and the extractors found: セクション 12 / 表 3 / 指標 9 …"""
    lines = ["  文書ごとに見つかったもの:"]
    for doc in found:
        parts = [f"セクション {doc.sections}", f"表 {doc.tables}", f"チャンク {doc.chunks}"]
        if doc.pages:
            parts.insert(0, f"PDF {doc.pages} ページ")
        facts = " / ".join(f"{FACT_NAMES[k]} {n}" for k, n in doc.facts.items()) or "事実なし"
        lines.append(f"    {doc.file}: {' / '.join(parts)}｜{facts}")
    return "\n".join(lines)


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    corpus = args.corpus or settings.corpus_dir
    documents, parsed, chunks = check_corpus(corpus, settings.cache_dir / "converted")
    facts = extract_facts(parsed, documents, load_config(corpus))
    for doc in found_per_document(parsed, chunks, facts):
        print(f"OK  {doc.file}: {doc.title}")
    print(format_found(found_per_document(parsed, chunks, facts)))
    for warning in fact_warnings(parsed, facts):
        print(f"警告: {warning}")
    print(f"{corpus}: {len(documents)} 文書とも問題ありません。")
    for warning in ended_without_successor([d.plan for d in documents], settings.current_date()):
        print(f"注意: {warning}")
    return 0


def cmd_import(args: argparse.Namespace, settings: Settings) -> int:
    """Convert PDF, Word, Excel or HTML files into text for a maintainer to read, fix and commit."""
    from index.convert import ConversionError, convert
    from index.parse import parse_document

    failed = 0
    for path in args.files:
        out = (args.out or path.parent) / f"{path.stem}.txt"
        if out.exists() and not args.force:
            _say(f"✗ {out} はすでにあります（上書きするには --force）")
            failed += 1
            continue
        try:
            conversion = convert(path)
        except (ConversionError, OSError) as exc:
            _say(f"✗ {exc}")
            failed += 1
            continue
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(conversion.text, encoding="utf-8")
        parsed = parse_document(conversion.text, out.name, path.stem)
        pages = f"{conversion.pages} ページ / " if conversion.pages else ""
        tables = len({b.table for s in parsed.sections for b in s.blocks if b.kind == "row"})
        print(f"{path} → {out}（{pages}表 {tables} / セクション {len(parsed.sections)}）")
    if len(args.files) > failed:
        print("変換結果を読んで直し、documents.toml の file に .txt を書いて登録してください"
              "（<!-- page N --> の行はページの目印なので残してください）。")
    return 2 if failed else 0


def _build_dir(name: str | None, settings: Settings, default_offset: int) -> Path:
    """A build by id, a path, or (without a name) the live build or the one before it."""
    if name:
        path = Path(name)
        if path.is_dir():
            return path
        candidate = builds_dir(settings.index_dir) / name
        if candidate.is_dir():
            return candidate
        raise IndexLoadError(f"ビルド {name!r} が見つかりません（planbot diff で使えるのはビルドIDかフォルダ）")
    live = live_build(settings.index_dir)
    if live is None:
        raise IndexLoadError(f"{settings.index_dir}: インデックスがありません（planbot build で作成してください）")
    if default_offset == 0:
        return live
    builds = [b.resolve() for b in list_builds(settings.index_dir)]
    if live.resolve() not in builds or builds.index(live.resolve()) == 0:
        raise IndexLoadError("比べる前のビルドがありません。planbot diff 旧ビルド 新ビルド で指定してください")
    return builds[builds.index(live.resolve()) - 1]


def cmd_diff(args: argparse.Namespace, settings: Settings) -> int:
    if args.series:
        return diff_editions(args.series, settings)
    old = snapshot(_build_dir(args.old, settings, default_offset=-1))
    new = snapshot(_build_dir(args.new, settings, default_offset=0))
    print(format_diff(old, new, diff(old, new)))
    return 0


def diff_editions(series: str, settings: Settings) -> int:
    """The two newest editions of a plan series in the live build, compared like two builds."""
    directory = _build_dir(None, settings, default_offset=0)
    extra = json.loads((directory / "extra.json").read_text(encoding="utf-8"))
    editions = sorted((d for d in extra.get("documents", []) if d.get("series") and series in d["series"]),
                      key=lambda d: d.get("first_year", 0))
    if len(editions) < 2:
        found = "、".join(d["title"] for d in editions) or "なし"
        raise ValueError(f"シリーズ「{series}」の版が2つ以上ありません（見つかった版: {found}）")
    old, new = (edition_snapshot(directory, d["file"]) for d in editions[-2:])
    print(format_diff(old, new, diff(old, new)))
    return 0


def publish_build(build_id: str, settings: Settings) -> None:
    """Tell the replicas sharing PostgreSQL to load the new live build (NOTIFY)."""
    from bot.publish import publish

    if settings.database_url is None:
        _say("--publish は PLANBOT_DATABASE_URL（PostgreSQL）を使うときだけ働きます。"
             "稼働中のサービスには POST /admin/reload（または SIGHUP）で反映してください。")
        return
    publish(settings.database_url.get_secret_value(), build_id)
    print(f"ビルド {build_id} を全レプリカに通知しました（PostgreSQL NOTIFY）")


def cmd_rollback(args: argparse.Namespace, settings: Settings) -> int:
    previous = rollback(settings.index_dir)
    print(f"ひとつ前のビルド {previous.name} に戻しました。稼働中のサービスには POST /admin/reload で反映してください。")
    return 0


def cmd_report(args: argparse.Namespace, settings: Settings) -> int:
    from bot.report import build_report, format_report, report_csv

    since = datetime.fromisoformat(args.since) if args.since else None
    from bot.store import Store

    store = Store.from_settings(settings)
    store.prune(settings.log_retention_days)
    log = store.questions
    report = build_report(log, since)
    print(report_csv(report) if args.csv else format_report(report), end="" if args.csv else "\n")
    return 0


def format_answer(answer: Answer) -> str:
    from bot.languages import labels

    words = labels(answer.language)
    lines = [answer.answer, ""]
    if answer.citations:
        lines.append(words["sources"] + ":")
        for i, c in enumerate(answer.citations, 1):
            where = f"{c.file} {c.lines[0]}–{c.lines[1]} {words['lines']}".replace(" 行", "行")
            if c.page is not None:
                where += f"、{page_label(c.page, c.printed_page)}"
            lines.append(f"  [{i}] {c.title} › {c.section}（{where}）")
    if answer.suggestions:
        lines.append("")
        lines.append(words["suggest"] + " / ".join(answer.suggestions))
    return "\n".join(lines).rstrip()


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    from bot.generate import make_generator, rewritten

    engine = open_engine(settings, notify=_say)
    generator = make_generator(settings)

    def ask(question: str) -> Answer:
        return rewritten(generator, engine, engine.ask(question))

    if args.question:
        answer = ask(" ".join(args.question))
        print(json.dumps(answer.to_dict(), ensure_ascii=False) if args.json else format_answer(answer))
        return 0
    for line in sys.stdin:
        if line.strip():
            print(json.dumps(ask(line).to_dict(), ensure_ascii=False), flush=True)
    return 0


def cmd_richmenu(args: argparse.Namespace, settings: Settings) -> int:
    from handlers.richmenu import FontMissing, install

    try:
        menu_id, replaced = install(settings, args.font or settings.font)
    except (FontMissing, ValueError) as exc:
        _say(f"リッチメニューを設定できません: {exc}")
        return 2
    except Exception as exc:  # the API refused: say which status, never the token
        _say(f"LINE API がリッチメニューを受け付けませんでした: {type(exc).__name__}: {getattr(exc, 'status', '')}")
        return 1
    print(f"リッチメニュー {menu_id} を既定にしました" + (f"（置き換えた: {', '.join(replaced)}）" if replaced else ""))
    return 0


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from bot.evaluate import (
        SuiteResult,
        added,
        evaluate,
        format_reports,
        format_suites,
        load_questions,
        load_suites,
        merged,
        suite_settings,
        variant_scores,
    )
    from bot.workers import Job, cores, run, split

    if args.retrieval:
        from bot.evaluate import format_stages, retrieval_stages

        engine = open_engine(settings, notify=_say)
        print(format_stages(retrieval_stages(engine, [q for p in args.files for q in load_questions(p)])))
        return 0
    workers = args.workers or cores()
    if not (settings.index_dir / "manifest.json").exists():
        open_engine(settings, notify=_say)  # builds the index once, before the workers open it
    if args.files:
        questions = [q for path in args.files for q in load_questions(path)]
        modes = ["bm25", "dense", "hybrid"] if args.compare else ["hybrid"]
        reports = [merged([r for r in run([Job(settings, partial(evaluate, mode=mode), part)
                                           for part in split(questions, workers)], workers)])
                   for mode in modes]
        print(format_reports(reports))
        if args.verbose:
            for miss in reports[-1].misses:
                print("  " + miss)
        return 0
    suites = [s for s in load_suites(args.suites) if not args.only or s.name in args.only]
    built: dict[Path, Settings] = {}
    jobs, owner = [], []
    for suite in suites:
        own = suite_settings(settings, suite, Path("var/eval"), built)
        for part in split([q for path in suite.files for q in load_questions(path)], workers):
            jobs.append(Job(own, evaluate, part))
            owner.append(suite.name)
    asked = [q for suite in suites if suite.add_corpus is None and suite.train for path in suite.files
             for q in load_questions(path)] if args.ci else []
    variant_jobs = [Job(settings, variant_scores, part) for part in split(asked, 4 * workers)]
    done = run(jobs + variant_jobs, workers)
    results = [SuiteResult(suite.name, merged([r for r, name in zip(done[:len(jobs)], owner, strict=True) if name == suite.name]))
               for suite in suites]
    if args.verbose:
        for result in results:
            print(f"[{result.name}]")
            for miss in result.report.misses:
                print("  " + miss)
    print(format_suites(results))
    if not args.ci:
        return 0
    from bot.evaluate import failures, format_variants, variant_allowances

    scores = added(done[len(jobs):])
    print(format_variants(scores))
    problems = failures(results, suites, scores, VARIANT_LOSS, variant_allowances(args.suites))
    for problem in problems:
        _say(f"✗ {problem}")
    return 1 if problems else 0


VARIANT_LOSS = 2.0  # points a kind of variant may lose against the questions as written (planbot eval --ci)


def cmd_train(args: argparse.Namespace, settings: Settings) -> int:
    from bot.train import train

    train(settings, args.suites, args.out, say=_say)
    return 0


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from handlers.app import (  # the CLI is where the layers meet: bot/ never imports handlers/
        create_app,
        server_config,
    )
    from handlers.observe import configure_logging

    configure_logging(settings.log_format)
    uvicorn.Server(server_config(create_app(settings), settings, args.host, args.port)).run()
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="planbot", description="自治体の計画書に出典つきで答える質問応答ボット")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="計画書からインデックスを作る")
    b.add_argument("--corpus", type=Path, help="計画書のフォルダ（既定: PLANBOT_CORPUS_DIR）")
    b.add_argument("--out", type=Path, help="インデックスの出力先（既定: PLANBOT_INDEX_DIR）")
    b.add_argument("--publish", action="store_true", help="稼働中の全レプリカに新しいビルドを読み込ませる（PostgreSQL）")
    b.set_defaults(run=cmd_build)

    k = sub.add_parser("check", help="計画書フォルダを検証する（何も書き換えない）")
    k.add_argument("--corpus", type=Path, help="計画書のフォルダ（既定: PLANBOT_CORPUS_DIR）")
    k.set_defaults(run=cmd_check)

    imp = sub.add_parser("import", help="PDF・Word・Excel・HTML の計画書をテキストに変換する（確認して登録するため）")
    imp.add_argument("files", nargs="+", type=Path, help="変換するファイル")
    imp.add_argument("--out", type=Path, help="書き出すフォルダ（既定: 元のファイルと同じフォルダ）")
    imp.add_argument("--force", action="store_true", help="同名の .txt があっても上書きする")
    imp.set_defaults(run=cmd_import)

    d = sub.add_parser("diff", help="2つのビルドの違いを表示する（既定: ひとつ前のビルドと稼働中のビルド）")
    d.add_argument("old", nargs="?", help="旧ビルドのIDかフォルダ")
    d.add_argument("new", nargs="?", help="新ビルドのIDかフォルダ")
    d.add_argument("--series", help="同じ計画シリーズの新旧2版を比べる（documents.toml の series）")
    d.set_defaults(run=cmd_diff)

    back = sub.add_parser("rollback", help="ひとつ前のビルドに戻す")
    back.set_defaults(run=cmd_rollback)

    rep = sub.add_parser("report", help="質問の記録を集計する")
    rep.add_argument("--since", help="この日付（YYYY-MM-DD）以降")
    rep.add_argument("--csv", action="store_true", help="CSV で出力する")
    rep.set_defaults(run=cmd_report)

    a = sub.add_parser("ask", help="質問する（質問を省くと標準入力から1行1問で読み、JSONL で答える）")
    a.add_argument("question", nargs="*", help="質問文")
    a.add_argument("--json", action="store_true", help="JSON で出力する")
    a.set_defaults(run=cmd_ask)

    s = sub.add_parser("serve", help="LINE・Slack・API のサービスを起動する")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8000)
    s.set_defaults(run=cmd_serve)

    line = sub.add_parser("line", help="LINE 公式アカウントの設定")
    line_sub = line.add_subparsers(dest="line_command", required=True)
    menu = line_sub.add_parser("richmenu", help="リッチメニューを作って既定にする（以前のものは置き換える）")
    menu.add_argument("--font", help="日本語フォントのファイル（既定: システムの Noto Sans CJK など）")
    menu.set_defaults(run=cmd_richmenu)

    e = sub.add_parser("eval", help="質問セット（JSONL）で検索と回答を評価する")
    e.add_argument("files", nargs="*", type=Path, help="質問セット（省くと --suites の全セットを並べて評価）")
    e.add_argument("--suites", type=Path, default=Path("tests/data/suites.toml"), help="評価セットの一覧")
    e.add_argument("--only", nargs="*", help="この名前のセットだけ評価する")
    e.add_argument("--compare", action="store_true", help="BM25・密ベクトル・ハイブリッドを並べて比べる")
    e.add_argument("-v", "--verbose", action="store_true", help="外れた質問を表示する")
    e.add_argument("--retrieval", action="store_true",
                   help="質問→箇所のセット（gold の行範囲）で各段階の hit@1/3/10 と MRR を測る")
    e.add_argument("--workers", type=int, default=0, help="質問を並行して解くプロセス数（既定: 使えるコア数）")
    e.add_argument("--ci", action="store_true",
                   help="各セットの下限（suites.toml の floor）と言い換えの頑健さを確かめ、満たさなければ終了コード 1")
    e.set_defaults(run=cmd_eval)

    t = sub.add_parser("train", help="ラベル付きの質問セットで回答の順位付けモデルを学習する（scikit-learn が必要）")
    t.add_argument("--suites", type=Path, default=Path("tests/data/suites.toml"), help="評価セットの一覧（train = true のもの）")
    t.add_argument("--out", type=Path, default=Path(__file__).with_name("ranker.json"), help="モデルの保存先")
    t.set_defaults(run=cmd_train)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        settings = Settings()
        return args.run(args, settings)
    except ValidationError as exc:
        _say(f"設定エラー: {exc}")
        return 2
    except CorpusError as exc:
        _say("計画書フォルダに問題があります（インデックスは変更していません）:")
        for problem in exc.problems:
            _say(f"  ✗ {problem}")
        return 2
    except (IndexLoadError, EmbedderError, BuildError, RankerError) as exc:
        _say(f"エラー: {exc}")
        return 2
    except DatabaseError as exc:
        _say(f"データベースエラー: {exc}")
        return 2
    except ValueError as exc:  # a malformed --since date, a missing key for PostgreSQL
        _say(f"入力エラー: {exc}")
        return 2
    except BrokenPipeError:  # the reader (head, less) went away: not an error of ours
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return 0
    except KeyboardInterrupt:
        _say("中断しました。")
        return 130


if __name__ == "__main__":
    sys.exit(main())
