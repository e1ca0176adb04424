"""Evaluate retrieval and answers on a JSONL question set (the format of the shared dev questions)."""

from __future__ import annotations

import json
import re
import runpy
import shutil
import statistics
import time
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from bot.config import Settings
from bot.engine import Engine, build
from index.corpus import MANIFEST
from index.era import expand_short_date
from index.search import Mode


def squash(text: str) -> str:
    """NFKC without white space, the plans' short dates written out (R4. 4. 1 is 令和4年4月1日, as answers say
    it): how facts are compared."""
    return re.sub(r"\s", "", expand_short_date(unicodedata.normalize("NFKC", text)))


def has_facts(text: str, facts: list[list[str]]) -> bool:
    """Every group of alternatives has one alternative in the text."""
    flat = squash(text)
    return all(any(squash(alt) in flat for alt in group) for group in facts)


@dataclass
class Tally:
    questions: int = 0
    with_facts: int = 0
    hit1: int = 0
    hit3: int = 0
    answer_ok: int = 0
    right_doc: int = 0
    with_doc: int = 0
    intent_ok: int = 0
    latencies: list[float] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("questions", "with_facts", "hit1", "hit3", "answer_ok", "right_doc", "with_doc", "intent_ok"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.latencies += other.latencies


@dataclass
class Report:
    mode: str
    by_intent: dict[str, Tally]
    overall: Tally
    no_answer_tp: int = 0  # out-of-scope answered confident=false
    no_answer_fp: int = 0  # in-scope answered confident=false
    no_answer_fn: int = 0  # out-of-scope answered confident=true
    misses: list[str] = field(default_factory=list)


def load_questions(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def evaluate(engine: Engine, questions: list[dict], mode: Mode = "hybrid") -> Report:
    report = Report(mode, {}, Tally())
    for q in questions:
        intent = q.get("intent") or "general"
        tally = report.by_intent.setdefault(intent, Tally())
        started = time.perf_counter()
        answer = engine.ask(q["q"], mode)
        tally.latencies.append(time.perf_counter() - started)
        searched = answer.detail.get("japanese") or q["q"]  # an English question is searched as read into Japanese
        hits = engine.searcher.search(searched, 3, mode)
        tally.questions += 1
        tally.intent_ok += answer.intent == intent
        facts = q.get("facts") or []
        in_scope = intent != "none"
        if in_scope and not answer.confident:
            report.no_answer_fp += 1
        if not in_scope:
            if answer.confident:
                report.no_answer_fn += 1
                report.misses.append(f"{q.get('id')}: 範囲外なのに confident=true")
            else:
                report.no_answer_tp += 1
        if q.get("doc"):
            tally.with_doc += 1
            top = answer.citations[0].title if answer.citations else ""
            tally.right_doc += q["doc"] in top
        if not facts:
            continue
        tally.with_facts += 1
        texts = [f"{h.chunk.title}\n{h.chunk.section}\n{h.chunk.text}" for h in hits]
        tally.hit1 += has_facts(texts[0] if texts else "", facts)
        hit3 = has_facts("\n".join(texts), facts)
        tally.hit3 += hit3
        ok = answer.confident and has_facts(answer.answer, facts)  # a decline naming a plan holds no answer
        tally.answer_ok += ok
        if not ok or not hit3:
            report.misses.append(f"{q.get('id')}: 検索{'○' if hit3 else '×'} 回答{'○' if ok else '×'} {q['q']}")
    for tally in report.by_intent.values():
        report.overall.add(tally)
    return report


def merged(reports: list[Report]) -> Report:
    """One report of the slices of a question set evaluated apart (in order)."""
    out = Report(reports[0].mode if reports else "hybrid", {}, Tally())
    for r in reports:
        for intent, tally in r.by_intent.items():
            out.by_intent.setdefault(intent, Tally()).add(tally)
        out.overall.add(r.overall)
        out.no_answer_tp += r.no_answer_tp
        out.no_answer_fp += r.no_answer_fp
        out.no_answer_fn += r.no_answer_fn
        out.misses += r.misses
    return out


def _pct(n: int, d: int) -> str:
    return f"{100 * n / d:5.1f}%" if d else "    -"


def format_reports(reports: list[Report]) -> str:
    """A plain-text table: one block of rows per retrieval mode."""
    head = (f"{'mode':7} {'intent':10} {'n':>3} {'hit@1':>6} {'hit@3':>6} {'answer':>6} {'doc':>6} "
            f"{'intent':>6} {'p50 ms':>7}")
    lines = [head, "-" * len(head)]
    for r in reports:
        rows = [*sorted(r.by_intent.items()), ("overall", r.overall)]
        for intent, t in rows:
            p50 = f"{1000 * statistics.median(t.latencies):7.1f}" if t.latencies else "      -"
            lines.append(
                f"{r.mode:7} {intent:10} {t.questions:3d} {_pct(t.hit1, t.with_facts):>6} {_pct(t.hit3, t.with_facts):>6} "
                f"{_pct(t.answer_ok, t.with_facts):>6} {_pct(t.right_doc, t.with_doc):>6} "
                f"{_pct(t.intent_ok, t.questions):>6} {p50}"
            )
        tp, fp, fn = r.no_answer_tp, r.no_answer_fp, r.no_answer_fn
        lines.append(
            f"{r.mode:7} no-answer precision {_pct(tp, tp + fp).strip()} recall {_pct(tp, tp + fn).strip()}"
        )
    return "\n".join(lines)


# --------------------------------------------------------------------------- suites


@dataclass
class Suite:
    """Question files answered on one corpus: the live one, or it plus extra documents (`add_corpus`)."""

    name: str
    files: list[Path]
    add_corpus: Path | None = None
    generate: Path | None = None  # a script whose write(directory) makes the suite's binary documents
    train: bool = False  # the ranker learns from it (never a holdout)
    floor: float = 0.0  # planbot eval --ci fails when answer accuracy falls below this
    ooscope_max: float = 100.0  # … or when more of its out-of-scope questions than this (%) are answered


def load_suites(path: Path) -> list[Suite]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    base = path.parent
    return [
        Suite(s["name"], [base / f for f in s["files"]], base / s["add_corpus"] if s.get("add_corpus") else None,
              base / s["generate"] if s.get("generate") else None, bool(s.get("train", False)),
              float(s.get("floor", 0.0)), float(s.get("ooscope_max", 100.0)))
        for s in data.get("suite", [])
    ]


def merged_corpus(corpus: Path, extra: Path, out: Path, generate: Path | None = None) -> Path:
    """A copy of the corpus with the extra documents and their manifest entries added; documents kept as
    code (PDF, Word, Excel drawn by a script) are generated into it."""
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(corpus, out)
    for doc in extra.iterdir():
        if doc.name != MANIFEST and doc.is_file():
            shutil.copy(doc, out / doc.name)
    if generate is not None:
        runpy.run_path(str(generate))["write"](out)
    manifest = (corpus / MANIFEST).read_text(encoding="utf-8") + "\n" + (extra / MANIFEST).read_text(encoding="utf-8")
    (out / MANIFEST).write_text(manifest, encoding="utf-8")
    return out


def suite_settings(settings: Settings, suite: Suite, workdir: Path,
                   built: dict[Path, Settings] | None = None) -> Settings:
    """Settings whose corpus and index are the suite's (the embedding cache is shared). Given `built`, the
    merged corpus is also indexed, once for all the suites that add the same documents."""
    if suite.add_corpus is None:
        return settings
    home = workdir / (suite.add_corpus.name if suite.generate is None else suite.name)
    if built is not None and home in built:
        return built[home]
    corpus = merged_corpus(settings.corpus_dir, suite.add_corpus, home / "corpus", suite.generate)
    own = settings.model_copy(update={"corpus_dir": corpus, "index_dir": home / "index"})
    if built is not None:
        build(own, show_progress=False)
        built[home] = own
    return own


@dataclass
class SuiteResult:
    name: str
    report: Report

    @property
    def in_scope(self) -> int:
        return self.report.overall.questions - self.out_of_scope

    @property
    def out_of_scope(self) -> int:
        return self.report.no_answer_tp + self.report.no_answer_fn


def format_suites(results: list[SuiteResult]) -> str:
    """One row per suite: answer accuracy, retrieval, declines on both sides, latency."""
    head = (f"{'suite':17} {'n':>4} {'answer':>7} {'correct':>7} {'hit@3':>6} {'doc':>6} "
            f"{'declined':>8} {'ooscope':>8} {'p50 ms':>7}")
    lines = [head, "-" * len(head)]
    for r in results:
        t, rep = r.report.overall, r.report
        correct = t.answer_ok + rep.no_answer_tp
        judged = t.with_facts + r.out_of_scope
        p50 = f"{1000 * statistics.median(t.latencies):7.1f}" if t.latencies else "      -"
        lines.append(
            f"{r.name:17} {t.questions:4d} {_pct(t.answer_ok, t.with_facts):>7} {_pct(correct, judged):>7} "
            f"{_pct(t.hit3, t.with_facts):>6} {_pct(t.right_doc, t.with_doc):>6} "
            f"{_pct(rep.no_answer_fp, r.in_scope):>8} {_pct(rep.no_answer_fn, r.out_of_scope):>8} {p50}"
        )
    lines.append("answer: in-scope questions whose answer holds the expected facts; correct: those plus "
                 "out-of-scope ones declined; declined: in-scope questions declined; ooscope: out-of-scope "
                 "questions answered.")
    return "\n".join(lines)


# --------------------------------------------------------------------------- robustness and CI


def judged_right(engine: Engine, q: dict, text: str | None = None) -> bool:
    """A question answered right: its facts in a confident answer, or, out of scope, declined."""
    answer = engine.ask(text or q["q"])
    if (q.get("intent") or "general") == "none":
        return not answer.confident
    return answer.confident and has_facts(answer.answer, q.get("facts") or [])


def variant_scores(engine: Engine, questions: list[dict], city: str | None = None) -> dict[str, tuple[int, int, int]]:
    """For each kind of variant (bot.paraphrase): (questions, right as written, right as varied); the city
    named inside a variant is the engine's own unless given."""
    from bot.paraphrase import variants

    city = engine.config.home if city is None else city
    out: dict[str, list[int]] = {}
    for q in questions:
        if (q.get("intent") or "general") != "none" and not q.get("facts"):
            continue
        right = judged_right(engine, q)
        for kind, text in variants(q["q"], city).items():
            row = out.setdefault(kind, [0, 0, 0])
            row[0] += 1
            row[1] += right
            row[2] += judged_right(engine, q, text)
    return {kind: (n, a, b) for kind, (n, a, b) in out.items()}


def added(scores: list[dict[str, tuple[int, int, int]]]) -> dict[str, tuple[int, int, int]]:
    """Variant scores of several slices of the questions, summed."""
    out: dict[str, tuple[int, int, int]] = {}
    for part in scores:
        for kind, row in part.items():
            out[kind] = tuple(a + b for a, b in zip(out.get(kind, (0, 0, 0)), row, strict=True))  # type: ignore[assignment]
    return out


def format_variants(scores: dict[str, tuple[int, int, int]]) -> str:
    lines = [f"{'variant':12} {'n':>4} {'as written':>10} {'varied':>7} {'change':>7}", "-" * 44]
    for kind, (n, a, b) in scores.items():
        lines.append(f"{kind:12} {n:4d} {_pct(a, n):>10} {_pct(b, n):>7} {100 * (b - a) / n:+6.1f}")
    return "\n".join(lines)


def variant_allowances(path: Path) -> dict[str, float]:
    """Points a kind of variant may lose, where suites.toml's [variant_loss] table allows more than the default."""
    table = tomllib.loads(path.read_text(encoding="utf-8")).get("variant_loss", {})
    return {str(k): float(v) for k, v in table.items() if isinstance(v, int | float)}


def failures(results: list[SuiteResult], suites: list[Suite], variants: dict[str, tuple[int, int, int]],
             max_loss: float, allowed: dict[str, float] | None = None) -> list[str]:
    """What makes `planbot eval --ci` fail: a suite under its floor, a variant losing more than `max_loss`
    (or its kind's own allowance)."""
    floors = {s.name: s.floor for s in suites}
    ceilings = {s.name: s.ooscope_max for s in suites}
    out = []
    for r in results:
        t = r.report.overall
        score = 100 * t.answer_ok / t.with_facts if t.with_facts else 100.0
        if score < floors.get(r.name, 0.0):
            out.append(f"{r.name}: 回答正解 {score:.1f}% が下限 {floors[r.name]:.1f}% を下回りました")
        answered = 100 * r.report.no_answer_fn / r.out_of_scope if r.out_of_scope else 0.0
        if answered > ceilings.get(r.name, 100.0):
            out.append(f"{r.name}: 範囲外の質問への回答 {answered:.1f}% が上限 {ceilings[r.name]:.1f}% を超えました")
    for kind, (n, a, b) in variants.items():
        limit = (allowed or {}).get(kind, max_loss)
        if n and 100 * (a - b) / n > limit:
            out.append(f"言い換え {kind}: {100 * (a - b) / n:.1f} ポイント下がりました（許容 {limit} ポイント）")
    return out


# --------------------------------------------------------------------------- retrieval


def _hits_gold(unit, gold: list[dict]) -> bool:
    return any(g["file"] == unit.file and not (unit.end_line < g["lines"][0] or unit.start_line > g["lines"][1])
               for g in gold)


def retrieval_stages(engine: Engine, questions: list[dict]) -> dict[str, dict[str, float]]:
    """Question → passage: hit@1/3/10 and MRR of each stage — each index alone, their candidates pooled
    (best rank any index gives), and the ranker's order."""
    from bot.analysis import analyse
    from index.retrieve import Query

    stages: dict[str, list[int | None]] = {k: [] for k in ("words", "grams", "dense", "pooled", "ranker")}
    for q in questions:
        if not q.get("gold"):
            continue
        a = analyse(q["q"], engine.lexicon)
        files, _, _ = engine.scope(a)
        query = Query(a.search_words, a.grams, engine.unit_searcher.embed((a.spelled or a.text)[:200]))
        found = engine.unit_searcher.retrieve(query, files, depth=50)
        for stage in ("words", "grams", "dense"):
            ranked = sorted(found, key=lambda c, s=stage: getattr(c, f"{s}_rank"))
            stages[stage].append(_first(ranked, q["gold"], lambda c: c.unit))
        pooled = sorted(found, key=lambda c: min(c.words_rank, c.grams_rank, c.dense_rank))
        stages["pooled"].append(_first(pooled, q["gold"], lambda c: c.unit))
        stages["ranker"].append(_first(engine.rank(a, files), q["gold"], lambda r: r.candidate.unit))
    return {stage: _rank_metrics(ranks) for stage, ranks in stages.items()}


def _first(ranked: list, gold: list[dict], unit_of) -> int | None:
    """The rank (from 1) of the first distinct passage that overlaps the gold lines; units of one passage
    count once, so hit@3 means three places in the plans, not three sentences of one."""
    seen: list[tuple[str, int]] = []
    for item in ranked:
        unit = unit_of(item)
        place = (unit.file, unit.chunk if unit.chunk >= 0 else -unit.id)
        if place not in seen:
            seen.append(place)
        if _hits_gold(unit, gold):
            return seen.index(place) + 1
    return None


def _rank_metrics(ranks: list[int | None]) -> dict[str, float]:
    n = len(ranks) or 1
    return {"n": len(ranks), "hit@1": sum(1 for r in ranks if r and r <= 1) / n,
            "hit@3": sum(1 for r in ranks if r and r <= 3) / n, "hit@10": sum(1 for r in ranks if r and r <= 10) / n,
            "mrr": sum(1 / r for r in ranks if r) / n}


def format_stages(stages: dict[str, dict[str, float]]) -> str:
    lines = [f"{'stage':8} {'n':>4} {'hit@1':>7} {'hit@3':>7} {'hit@10':>7} {'MRR':>6}", "-" * 44]
    for stage, m in stages.items():
        lines.append(f"{stage:8} {m['n']:4d} {m['hit@1']:7.1%} {m['hit@3']:7.1%} {m['hit@10']:7.1%} {m['mrr']:6.3f}")
    return "\n".join(lines)
