"""The `planbot` command: build the index, ask questions, evaluate."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from pydantic import ValidationError

from bot.answer import Answer
from bot.config import Settings
from bot.engine import build, open_engine
from index.corpus import CorpusError
from index.embed import EmbedderError
from index.store import IndexLoadError


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def cmd_build(args: argparse.Namespace, settings: Settings) -> int:
    report = build(settings, args.corpus, args.out)
    print(
        f"インデックスを作成しました: {report.directory}\n"
        f"  文書 {report.documents} / セクション {report.sections} / チャンク {report.chunks}"
        f"（新たに埋め込み {report.embedded}）/ {report.seconds:.1f} 秒"
    )
    return 0


def format_answer(answer: Answer) -> str:
    lines = [answer.answer, ""]
    if answer.citations:
        lines.append("出典:")
        for i, c in enumerate(answer.citations, 1):
            lines.append(f"  [{i}] {c.title} › {c.section}（{c.file} {c.lines[0]}–{c.lines[1]}行）")
    if answer.suggestions:
        lines.append("")
        lines.append("こんな質問もできます: " + " / ".join(answer.suggestions))
    return "\n".join(lines).rstrip()


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    engine = open_engine(settings, notify=_say)
    if args.question:
        answer = engine.ask(" ".join(args.question))
        print(json.dumps(answer.to_dict(), ensure_ascii=False) if args.json else format_answer(answer))
        return 0
    for line in sys.stdin:
        if line.strip():
            print(json.dumps(engine.ask(line).to_dict(), ensure_ascii=False), flush=True)
    return 0


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from bot.evaluate import evaluate, format_reports, load_questions

    engine = open_engine(settings, notify=_say)
    questions = [q for path in args.files for q in load_questions(path)]
    modes = ["bm25", "dense", "hybrid"] if args.compare else ["hybrid"]
    reports = [evaluate(engine, questions, mode) for mode in modes]
    print(format_reports(reports))
    if args.verbose:
        for miss in reports[-1].misses:
            print("  " + miss)
    return 0


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    import logging

    import uvicorn

    from bot.service import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    uvicorn.run(create_app(settings), host=args.host, port=args.port, log_level="info")
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="planbot", description="一関市の計画書に答える質問応答ボット")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="計画書からインデックスを作る")
    b.add_argument("--corpus", type=Path, help="計画書のフォルダ（既定: PLANBOT_CORPUS_DIR）")
    b.add_argument("--out", type=Path, help="インデックスの出力先（既定: PLANBOT_INDEX_DIR）")
    b.set_defaults(run=cmd_build)

    a = sub.add_parser("ask", help="質問する（質問を省くと標準入力から1行1問で読み、JSONL で答える）")
    a.add_argument("question", nargs="*", help="質問文")
    a.add_argument("--json", action="store_true", help="JSON で出力する")
    a.set_defaults(run=cmd_ask)

    s = sub.add_parser("serve", help="LINE・Slack・API のサービスを起動する")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8000)
    s.set_defaults(run=cmd_serve)

    e = sub.add_parser("eval", help="質問セット（JSONL）で検索と回答を評価する")
    e.add_argument("files", nargs="+", type=Path)
    e.add_argument("--compare", action="store_true", help="BM25・密ベクトル・ハイブリッドを並べて比べる")
    e.add_argument("-v", "--verbose", action="store_true", help="外れた質問を表示する")
    e.set_defaults(run=cmd_eval)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        settings = Settings()
        return args.run(args, settings)
    except ValidationError as exc:
        _say(f"設定エラー: {exc}")
        return 2
    except (CorpusError, IndexLoadError, EmbedderError) as exc:
        _say(f"エラー: {exc}")
        return 2
    except BrokenPipeError:  # the reader (head, less) went away: not an error of ours
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return 0
    except KeyboardInterrupt:
        _say("中断しました。")
        return 130


if __name__ == "__main__":
    sys.exit(main())
