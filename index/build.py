"""Build the index: corpus → sections → chunks → BM25 tokens and dense vectors → files on disk."""

from __future__ import annotations

import shutil
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import bm25s

from index.builds import BuildError, live_build, publish, staging_dir
from index.chunk import Chunk, chunk_document
from index.corpus import BotConfig, CorpusError, Document, load_config, load_corpus
from index.embed import Embedder, EmbeddingCache, embed_cached
from index.extract import extract_facts, facts_per_document
from index.facts import Facts
from index.parse import ParsedDocument, parse_document
from index.search import Searcher
from index.store import UnitIndex, load_index, make_dense_index, save_index
from index.synonyms import synonym_groups
from index.timeline import announced_successor
from index.tokenize import char_grams, tokenize
from index.units import Unit, build_units


@dataclass
class BuildReport:
    build: str  # the id of the build now live
    previous: Path | None  # the build that was live before, for the revision diff
    documents: int
    sections: int
    chunks: int
    embedded: int  # chunks embedded now; the rest came from the cache
    seconds: float
    directory: Path
    facts: dict[str, dict[str, int]] = field(default_factory=dict)  # per document: facts found of each kind
    warnings: list[str] = field(default_factory=list)
    found: list[DocumentSummary] = field(default_factory=list)  # per document: sections, tables, facts


@dataclass
class DocumentSummary:
    """What a document yielded, for `planbot check` and `build` to show a maintainer."""

    file: str
    title: str
    sections: int
    tables: int
    chunks: int
    pages: int  # PDF pages marked in the converted text (0 for other documents)
    facts: dict[str, int]


def found_per_document(parsed: list[ParsedDocument], chunks: list[Chunk], facts: Facts) -> list[DocumentSummary]:
    counts = facts_per_document(facts)
    return [DocumentSummary(doc.file, doc.title, len(doc.sections),
                            len({b.table for s in doc.sections for b in s.blocks if b.kind == "row"}),
                            sum(c.file == doc.file for c in chunks),
                            max((p.page or 0 for p in doc.pages), default=0),
                            {k: n for k, n in counts.get(doc.file, {}).items() if n})
            for doc in parsed]


def parse_corpus(documents: list[Document]) -> tuple[list[ParsedDocument], list[Chunk]]:
    parsed = [parse_document(d.text, d.file, d.title) for d in documents]
    chunks: list[Chunk] = []
    for doc in parsed:
        chunks.extend(chunk_document(doc, first_id=len(chunks)))
    return parsed, chunks


def check_corpus(corpus_dir: Path, convert_cache: Path | None = None) -> tuple[list[Document], list[ParsedDocument], list[Chunk]]:
    """Everything `planbot check` verifies: readable documents that parse into sections with text."""
    documents = load_corpus(corpus_dir, convert_cache)
    parsed, chunks = parse_corpus(documents)
    problems = [
        f"{corpus_dir / doc.file}: 見出しも本文も読み取れません（計画書のテキストか確認してください）"
        for doc in parsed
        if not any(c.file == doc.file for c in chunks)
    ]
    if problems:
        raise CorpusError(problems)
    return documents, parsed, chunks


def smoke_test(directory: Path, embedder: Embedder, documents: list[Document]) -> None:
    """Load the new index as the service will, and find every document by its title."""
    index = load_index(directory, embedder.name)
    searcher = Searcher(index, embedder)
    for doc in documents:
        if not any(h.chunk.file == doc.file for h in searcher.search(doc.title, k=20)):
            raise BuildError(f"{doc.file}: 新しいインデックスで文書が見つかりません（検索の確認に失敗）")


def plain_progress(total: int, every: float = 10.0):
    """Progress as plain lines on stderr (a log, a pipe): one every `every` seconds while embedding."""
    state = {"done": 0, "last": time.monotonic()}

    def step(count: int = 1) -> None:
        state["done"] += count
        now = time.monotonic()
        if now - state["last"] >= every:
            state["last"] = now
            print(f"埋め込み中… {state['done']}/{total} チャンク", file=sys.stderr, flush=True)

    return step


def document_frequency(token_lists: list[list[str]]) -> dict:
    """How many chunks hold each word: tells later how much of a question the plans cover at all."""
    counts: Counter[str] = Counter()
    for tokens in token_lists:
        counts.update(set(tokens) - {""})
    return {"chunks": len(token_lists), "words": dict(counts)}


def write_index(
    directory: Path,
    documents: list[Document],
    parsed: list[ParsedDocument],
    chunks: list[Chunk],
    embedder: Embedder,
    cache: EmbeddingCache | None,
    faiss_kind: str,
    show_progress: bool | None,
    corpus_dir: Path | None = None,
) -> tuple[int, Facts]:
    """BM25, vectors, facts and manifest into `directory`; returns how many chunks were embedded now, and the facts."""
    token_lists = [tokenize(c.bm25_text()) or [""] for c in chunks]  # tokenized once, for BM25 and frequencies
    bm25 = bm25s.BM25()
    bm25.index(token_lists, show_progress=False)
    texts = [c.index_text() for c in chunks]
    bar, progress = None, None  # show_progress False: quiet; None: a bar on a terminal, plain lines elsewhere
    if show_progress or (show_progress is None and sys.stderr.isatty()):
        from tqdm import tqdm

        bar = tqdm(total=len(texts), desc="埋め込み", unit="chunk", file=sys.stderr)
        progress = bar.update
    elif show_progress is None:
        progress = plain_progress(len(texts))
    vectors, embedded = embed_cached(embedder, texts, cache, progress=progress)
    if bar:
        bar.close()
    manifest = {
        "embedder": {"name": embedder.name, "dim": embedder.dim},
        "faiss": faiss_kind,
        "corpus": [{"file": d.file, "title": d.title, "sha256": d.sha256} for d in documents],
        "counts": {"documents": len(documents), "sections": sum(len(p.sections) for p in parsed), "chunks": len(chunks)},
    }
    config = load_config(corpus_dir) if corpus_dir else None
    facts = extract_facts(parsed, documents, config)
    units = build_units(parsed, {d.file: d.text for d in documents}, chunks, facts,
                        [{"file": d.file, "title": d.title, "issuer": d.issuer, "period": d.period,
                          "published": d.published, "url": d.url} for d in documents])
    unit_index, unit_tokens, unit_embedded = index_units(units, embedder, cache, faiss_kind)
    embedded += unit_embedded
    extra = {
        "facts": facts.to_dict(),
        "config": (config or BotConfig()).to_dict(),
        "document_frequency": document_frequency(token_lists),
        "unit_frequency": document_frequency(unit_tokens),
        "documents": [
            {"file": d.file, "title": d.title, "issuer": d.issuer, "period": d.period, "first_year": d.first_year,
             "last_year": d.last_year, "series": d.series, "supersedes": d.supersedes,
             "superseded_by": d.superseded_by or announced_successor(d.title, d.text), "url": d.url,
             "aliases": list(d.aliases)}
            for d in documents
        ],
        "sources": {d.file: d.text for d in documents},  # the text the line numbers of citations refer to
        "synonyms": synonym_groups({w for tokens in token_lists for w in tokens if w}),  # each word once
    }
    save_index(directory, chunks, bm25, make_dense_index(vectors, faiss_kind), manifest, extra, unit_index)
    return embedded, facts


def index_units(units: list[Unit], embedder: Embedder, cache: EmbeddingCache | None,
                faiss_kind: str) -> tuple[UnitIndex, list[list[str]], int]:
    """Word and character BM25 over every unit, and a vector for every unit but cells (which share their
    row's); returns the index, the word tokens of each unit, and how many vectors were computed now."""
    tokens = [tokenize(u.search_text()) or [""] for u in units]
    words = bm25s.BM25()
    words.index(tokens, show_progress=False)
    grams = bm25s.BM25()
    grams.index([char_grams(u.search_text()) or [""] for u in units], show_progress=False)
    own = [u for u in units if u.kind != "cell"]
    row_of = {u.id: n for n, u in enumerate(own)}
    vector_of = [row_of[u.row if u.kind == "cell" else u.id] for u in units]
    vectors, embedded = embed_cached(embedder, [u.dense_text() for u in own], cache)
    return UnitIndex(units, words, grams, make_dense_index(vectors, faiss_kind), vector_of, tokens), tokens, embedded


def build_index(
    corpus_dir: Path,
    out_dir: Path,
    embedder: Embedder,
    cache: EmbeddingCache | None = None,
    faiss_kind: str = "flat",
    show_progress: bool | None = None,
    keep: int = 3,
) -> BuildReport:
    """Build into a staging directory, check it, and only then make it the live index."""
    started = time.perf_counter()
    convert_cache = cache.path.parent / "converted" if cache is not None else None
    documents, parsed, chunks = check_corpus(corpus_dir, convert_cache)
    previous = live_build(out_dir)
    staging = staging_dir(out_dir)
    try:
        embedded, facts = write_index(staging, documents, parsed, chunks, embedder, cache, faiss_kind, show_progress, corpus_dir)
        smoke_test(staging, embedder, documents)
        build = publish(staging, out_dir, keep)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return BuildReport(
        build=build.name,
        previous=previous,
        documents=len(documents),
        sections=sum(len(p.sections) for p in parsed),
        chunks=len(chunks),
        embedded=embedded,
        seconds=time.perf_counter() - started,
        directory=out_dir,
        facts=facts_per_document(facts),
        warnings=fact_warnings(parsed, facts),
        found=found_per_document(parsed, chunks, facts),
    )


def fact_warnings(parsed: list[ParsedDocument], facts: Facts) -> list[str]:
    """A document with tables or a glossary that yielded no fact at all is worth a maintainer's look."""
    found = facts_per_document(facts)
    out = []
    for doc in parsed:
        tables = sum(b.kind == "row" for s in doc.sections for b in s.blocks)
        glossary = any("用語" in t for s in doc.sections for t in s.path)
        if (tables or glossary) and not any(found.get(doc.file, {}).values()):
            what = "、".join(x for x, y in (("表", tables), ("用語集", glossary)) if y)
            out.append(f"{doc.file}: {what}がありますが、用語・指標・期間・日付などの事実を1件も取り出せませんでした"
                       "（表の見出しや書式を確認してください）")
    return out
