"""Build the index: corpus → sections → chunks → BM25 tokens and dense vectors → files on disk."""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import bm25s

from index.chunk import Chunk, chunk_document
from index.corpus import Document, load_corpus
from index.embed import Embedder, EmbeddingCache, embed_cached
from index.facts import extract_facts
from index.parse import ParsedDocument, parse_document
from index.store import make_dense_index, replace_directory, save_index
from index.tokenize import tokenize


@dataclass
class BuildReport:
    documents: int
    sections: int
    chunks: int
    embedded: int  # chunks embedded now; the rest came from the cache
    seconds: float
    directory: Path


def parse_corpus(documents: list[Document]) -> tuple[list[ParsedDocument], list[Chunk]]:
    parsed = [parse_document(d.text, d.file, d.title) for d in documents]
    chunks: list[Chunk] = []
    for doc in parsed:
        chunks.extend(chunk_document(doc, first_id=len(chunks)))
    return parsed, chunks


def document_frequency(chunks: list[Chunk]) -> dict:
    """How many chunks hold each word: tells later how much of a question the plans cover at all."""
    counts: Counter[str] = Counter()
    for chunk in chunks:
        counts.update(set(tokenize(chunk.index_text())))
    return {"chunks": len(chunks), "words": dict(counts)}


def build_index(
    corpus_dir: Path,
    out_dir: Path,
    embedder: Embedder,
    cache: EmbeddingCache | None = None,
    faiss_kind: str = "flat",
    show_progress: bool | None = None,
) -> BuildReport:
    """Build into a fresh directory beside `out_dir` and put it in place only when complete."""
    started = time.perf_counter()
    documents = load_corpus(corpus_dir)
    parsed, chunks = parse_corpus(documents)
    texts = [c.index_text() for c in chunks]

    bm25 = bm25s.BM25()
    bm25.index([tokenize(c.bm25_text()) or [""] for c in chunks], show_progress=False)

    if show_progress is None:
        show_progress = sys.stderr.isatty()
    bar = None
    if show_progress:
        from tqdm import tqdm

        bar = tqdm(total=len(texts), desc="埋め込み", unit="chunk", file=sys.stderr)
    vectors, embedded = embed_cached(embedder, texts, cache, progress=bar.update if bar else None)
    if bar:
        bar.close()
    dense = make_dense_index(vectors, faiss_kind)

    manifest = {
        "embedder": {"name": embedder.name, "dim": embedder.dim},
        "faiss": faiss_kind,
        "corpus": [{"file": d.file, "title": d.title, "sha256": d.sha256} for d in documents],
        "counts": {
            "documents": len(documents),
            "sections": sum(len(p.sections) for p in parsed),
            "chunks": len(chunks),
        },
    }
    extra = {
        "facts": extract_facts(parsed).to_dict(),
        "document_frequency": document_frequency(chunks),
        "documents": [{"file": d.file, "title": d.title, "issuer": d.issuer, "period": d.period} for d in documents],
    }
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.build-", dir=out_dir.parent))
    try:
        save_index(staging, chunks, bm25, dense, manifest, extra)
        replace_directory(staging, out_dir)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return BuildReport(
        documents=len(documents),
        sections=manifest["counts"]["sections"],
        chunks=len(chunks),
        embedded=embedded,
        seconds=time.perf_counter() - started,
        directory=out_dir,
    )
