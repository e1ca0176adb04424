"""Builds live side by side; the live pointer moves atomically; failures and kills leave it alone."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from bot.engine import Engine, build
from index.builds import (
    BuildError,
    builds_dir,
    list_builds,
    live_build,
    point_live,
    publish,
    rollback,
    staging_dir,
)
from index.corpus import CorpusError
from tests.conftest import copy_corpus

TEAM_ROW = "1\tチーム会議の開催数\t回\t125\t170"


def test_publish_points_live_at_the_new_build_and_keeps_n(tmp_path):
    live = tmp_path / "index"
    made = []
    for _ in range(4):
        staging = staging_dir(live)
        (staging / "manifest.json").write_text("{}")
        made.append(publish(staging, live, keep=2))
    assert live.is_symlink() and live_build(live) == made[-1].resolve()
    assert [b.name for b in list_builds(live)] == [b.name for b in made[-2:]]


def test_rollback_goes_to_the_build_before(tmp_path):
    live = tmp_path / "index"
    first = publish(staging_dir(live), live, keep=3)
    time.sleep(1.1)
    publish(staging_dir(live), live, keep=3)
    assert rollback(live) == first and live_build(live) == first.resolve()
    with pytest.raises(BuildError, match="前のビルドは残っていません"):
        rollback(live)


def test_an_index_directory_from_before_is_adopted_as_a_build(tmp_path):
    live = tmp_path / "index"
    live.mkdir()
    (live / "manifest.json").write_text("{}")
    point_live(live, publish(staging_dir(live), live, keep=3))
    assert any(b.name.endswith("-adopted") for b in list_builds(live))


@pytest.fixture
def own_index(tmp_path, settings, embedder):
    """A corpus copy with its own live index (built from the shared embedding cache)."""
    corpus = copy_corpus(tmp_path / "corpus")
    mine = settings.model_copy(update={"corpus_dir": corpus, "index_dir": tmp_path / "var" / "index",
                                       "db": tmp_path / "var" / "planbot.sqlite"})
    build(mine, embedder=embedder, show_progress=False)
    return mine


@pytest.mark.parametrize(("content", "reason"), [(b"\x00\x01\x02binary", "バイナリ"), (b"", "空"),
                                                 ("計画".encode("cp932"), "UTF-8"), (b"\n\n  \n- \n", "空|読み取れません")])
def test_a_broken_corpus_file_fails_the_build_and_the_old_index_stays_live(own_index, embedder, content, reason):
    before = live_build(own_index.index_dir)
    (own_index.corpus_dir / "teiju-jiritsuken-vision-3.txt").write_bytes(content)
    with pytest.raises(CorpusError, match=f"teiju-jiritsuken-vision-3.txt.*({reason})"):
        build(own_index, embedder=embedder, show_progress=False)
    assert live_build(own_index.index_dir) == before
    assert "目標170回" in Engine(own_index, embedder).ask("チーム会議の開催数の目標は？").answer


def test_check_names_every_broken_file_and_changes_nothing(own_index):
    (own_index.corpus_dir / "kihon-koso-2016-2025.txt").write_bytes(b"")
    (own_index.corpus_dir / "teiju-jiritsuken-vision-3.txt").write_bytes(b"\x00\x00")
    before = sorted(p.name for p in builds_dir(own_index.index_dir).iterdir())
    result = subprocess.run([sys.executable, "-m", "bot.cli", "check", "--corpus", str(own_index.corpus_dir)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "kihon-koso-2016-2025.txt" in result.stderr and "teiju-jiritsuken-vision-3.txt" in result.stderr
    assert sorted(p.name for p in builds_dir(own_index.index_dir).iterdir()) == before


def test_a_build_killed_halfway_leaves_the_old_index_live(own_index, embedder, tmp_path):
    before = live_build(own_index.index_dir)
    plan = own_index.corpus_dir / "kyodo-suishin-keikaku-3.md"
    plan.write_text(plan.read_text(encoding="utf-8").replace(TEAM_ROW, TEAM_ROW[:-3] + "999"), encoding="utf-8")
    env = {**os.environ, "PLANBOT_CORPUS_DIR": str(own_index.corpus_dir),
           "PLANBOT_INDEX_DIR": str(own_index.index_dir), "PLANBOT_CACHE_DIR": str(tmp_path / "cold-cache")}
    process = subprocess.Popen([sys.executable, "-m", "bot.cli", "build"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not list(builds_dir(own_index.index_dir).glob(".staging-*")):
        assert process.poll() is None and time.monotonic() < deadline, "the build ended before it was killed"
        time.sleep(0.01)
    time.sleep(0.5)  # into the embedding of a cold cache
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert live_build(own_index.index_dir) == before
    assert "目標170回" in Engine(own_index, embedder).ask("チーム会議の開催数の目標は？").answer
    build(own_index, embedder=embedder, show_progress=False)  # the next build clears the left-over
    assert not list(builds_dir(own_index.index_dir).glob(".staging-*"))
    assert "目標999回" in Engine(own_index, embedder).ask("チーム会議の開催数の目標は？").answer
