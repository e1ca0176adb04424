"""Shared fixtures: the real corpus, one real index of it, and small corpora written by tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.config import Settings
from bot.engine import Engine, build
from index.corpus import load_corpus
from index.embed import E5SmallEmbedder

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def documents():
    return {d.file: d for d in load_corpus(CORPUS)}


@pytest.fixture(scope="session")
def embedder():
    return E5SmallEmbedder()


@pytest.fixture(scope="session")
def workdir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("planbot")


@pytest.fixture(scope="session")
def settings(workdir) -> Settings:
    return Settings(corpus_dir=CORPUS, index_dir=workdir / "index", cache_dir=workdir / "cache")


@pytest.fixture(scope="session")
def engine(settings, embedder) -> Engine:
    """The real corpus, indexed once per test session with the real embedder."""
    build(settings, embedder=embedder, show_progress=False)
    return Engine(settings, embedder)


def write_corpus(directory: Path, documents: dict[str, tuple[str, str]]) -> Path:
    """Write a corpus: {file name: (title, text)} plus its documents.toml manifest."""
    directory.mkdir(parents=True, exist_ok=True)
    manifest = []
    for name, (title, text) in documents.items():
        (directory / name).write_text(text, encoding="utf-8")
        manifest.append(f'[[document]]\nfile = "{name}"\ntitle = "{title}"\nissuer = "テスト市"\n')
    (directory / "documents.toml").write_text("\n".join(manifest), encoding="utf-8")
    return directory


def copy_corpus(directory: Path) -> Path:
    shutil.copytree(CORPUS, directory)
    return directory


TEST_KEY = "0Wq3CwD7fJm5c1sQq2xk8W4tHn0yB6pR9aZ3uE1vL5I="  # a Fernet key for tests that share PostgreSQL


@pytest.fixture(scope="session")
def postgres():
    """A throwaway PostgreSQL cluster for the session (skipped where PostgreSQL is not installed)."""
    from tests.postgres_server import Cluster, server_binaries

    if server_binaries() is None:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql; .ci/run installs it)")
    cluster = Cluster()
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    """The shared state on each database, through the same code: a fresh SQLite file, or a fresh PostgreSQL database."""
    from bot.store import Store

    if request.param == "postgresql":
        url = request.getfixturevalue("postgres").new_database()
        opened = Store.open(tmp_path / "unused.sqlite", url, salt="test-salt", key=TEST_KEY, lease=2.0)
    else:
        opened = Store.open(tmp_path / "q.sqlite", lease=2.0)
    yield opened
    opened.close()
