"""The index on disk is checked on load: a damaged or mismatched index is a clear error."""

import json
import shutil

import pytest

from index.store import MANIFEST, IndexLoadError, load_index


@pytest.fixture
def index_copy(engine, tmp_path):
    copy = tmp_path / "index"
    shutil.copytree(engine.index.directory, copy)
    return copy


def test_a_built_index_loads_with_its_manifest(engine, documents):
    manifest = engine.index.manifest
    assert manifest["embedder"] == {"name": "e5-small", "dim": 384}
    assert {d["file"] for d in manifest["corpus"]} == set(documents)
    assert manifest["counts"]["chunks"] == len(engine.index.chunks) == engine.index.dense.ntotal
    assert manifest["built_at"] and manifest["versions"]["faiss-cpu"] != "unknown"


def test_a_missing_index_says_how_to_build_one(tmp_path):
    with pytest.raises(IndexLoadError, match="planbot build"):
        load_index(tmp_path / "nothing")


def test_a_corrupt_file_is_detected_before_faiss_reads_it(index_copy):
    (index_copy / "dense.faiss").write_bytes(b"not a faiss index")
    with pytest.raises(IndexLoadError, match="dense.faiss"):
        load_index(index_copy, "e5-small")


def test_a_truncated_manifest_is_a_clear_error(index_copy):
    (index_copy / MANIFEST).write_text('{"format": 1, "emb', encoding="utf-8")
    with pytest.raises(IndexLoadError, match="マニフェストが壊れています"):
        load_index(index_copy)


def test_an_index_built_with_another_embedder_is_refused(index_copy):
    with pytest.raises(IndexLoadError, match="PLANBOT_EMBEDDER"):
        load_index(index_copy, "sentence-transformers:cl-nagoya/ruri-v3-30m")


def test_chunks_and_vectors_must_agree(index_copy):
    chunks = json.loads((index_copy / "chunks.json").read_text(encoding="utf-8"))
    (index_copy / "chunks.json").write_text(json.dumps(chunks[:-1], ensure_ascii=False), encoding="utf-8")
    manifest = json.loads((index_copy / MANIFEST).read_text(encoding="utf-8"))
    manifest["files"].pop("chunks.json")  # pretend the checksum was not recorded
    (index_copy / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(IndexLoadError, match="合いません"):
        load_index(index_copy)
