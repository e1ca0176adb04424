"""Index builds side by side, a live pointer switched atomically, and rollback.

`var/index` (PLANBOT_INDEX_DIR) is a symbolic link to one directory in `var/index.builds/`.
A build is written into a staging directory there and becomes live only when complete and
checked, by replacing the link in one rename; an interrupted or failed build never touches it.
"""

from __future__ import annotations

import os
import shutil
import uuid
from datetime import UTC, datetime
from pathlib import Path

STAGING_PREFIX = ".staging-"


class BuildError(Exception):
    """A build could not be published; the live index is unchanged."""


def builds_dir(live: Path) -> Path:
    return live.parent / f"{live.name}.builds"


def new_build_id() -> str:
    """Sorts by time, to the microsecond: two builds in one second (a cached rebuild) keep their order."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f") + "-" + uuid.uuid4().hex[:6]


def staging_dir(live: Path) -> Path:
    """A fresh directory for a build in progress (left-overs of killed builds are cleared first)."""
    root = builds_dir(live)
    root.mkdir(parents=True, exist_ok=True)
    for old in root.glob(STAGING_PREFIX + "*"):
        if not _in_use(old):
            shutil.rmtree(old, ignore_errors=True)
    path = root / f"{STAGING_PREFIX}{new_build_id()}-{os.getpid()}"
    path.mkdir()
    return path


def _in_use(staging: Path) -> bool:
    """A staging directory whose building process is still running belongs to that process."""
    pid = staging.name.rsplit("-", 1)[-1]
    if not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except OSError:
        return False
    return True


def live_build(live: Path) -> Path | None:
    """The build directory the live pointer designates (a plain directory counts as its own build)."""
    if live.is_symlink():
        target = live.resolve()
        return target if target.is_dir() else None
    return live if live.is_dir() else None


def list_builds(live: Path) -> list[Path]:
    """Finished builds, oldest first (build ids sort by time)."""
    root = builds_dir(live)
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(STAGING_PREFIX))


def point_live(live: Path, build: Path) -> None:
    """Make `live` designate `build`, atomically: a new link is renamed over the old one."""
    if live.exists() and not live.is_symlink():  # an index from before builds were kept side by side
        adopted = builds_dir(live) / f"{new_build_id()}-adopted"
        adopted.parent.mkdir(parents=True, exist_ok=True)
        os.replace(live, adopted)
    link = live.with_name(f".{live.name}.link-{uuid.uuid4().hex[:6]}")
    link.symlink_to(os.path.relpath(build, live.parent))
    os.replace(link, live)


def publish(staging: Path, live: Path, keep: int) -> Path:
    """Turn a finished staging directory into a build, make it live, prune old builds."""
    build = staging.with_name(staging.name.removeprefix(STAGING_PREFIX).rsplit("-", 1)[0])
    os.replace(staging, build)
    point_live(live, build)
    prune(live, keep)
    return build


def prune(live: Path, keep: int) -> None:
    """Keep the newest `keep` builds and always the live one."""
    current = live_build(live)
    builds = list_builds(live)
    for old in builds[: max(0, len(builds) - keep)]:
        if current is None or old.resolve() != current.resolve():
            shutil.rmtree(old, ignore_errors=True)


def rollback(live: Path) -> Path:
    """Point the live index at the build before the current one."""
    current = live_build(live)
    builds = list_builds(live)
    if current is None or current.resolve() not in [b.resolve() for b in builds]:
        raise BuildError("ロールバックできる履歴がありません（planbot build で作ったビルドが必要です）")
    position = [b.resolve() for b in builds].index(current.resolve())
    if position == 0:
        raise BuildError(f"これより前のビルドは残っていません（現在: {current.name}）")
    previous = builds[position - 1]
    point_live(live, previous)
    return previous
