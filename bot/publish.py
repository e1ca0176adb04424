"""Telling running replicas that a new build is live: PostgreSQL's NOTIFY on one channel, LISTEN in each replica.

`planbot build --publish` sends the build id; every replica listening loads the live build, as
`POST /admin/reload` would. Replicas that missed the message (down at the time) load the live build
when they start, so nothing depends on it arriving.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

log = logging.getLogger("planbot.publish")
CHANNEL = "planbot_reload"


def publish(url: str, build: str) -> None:
    """Notify every replica listening on the database at `url`."""
    import psycopg

    with psycopg.connect(url, autocommit=True, connect_timeout=10) as conn:
        conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, build))


class Listener:
    """A thread holding one connection that LISTENs; `on_build(build_id)` is called for each message.

    The connection is made again (with a pause) when it is lost, so a database restart does not end it.
    """

    def __init__(self, url: str, on_build: Callable[[str], None]) -> None:
        self.url = url
        self.on_build = on_build
        self._stop = threading.Event()
        self.listening = threading.Event()
        self._thread = threading.Thread(target=self._run, name="planbot-listen", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        import psycopg

        while not self._stop.is_set():
            try:
                with psycopg.connect(self.url, autocommit=True, connect_timeout=10) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    while not self._stop.is_set():
                        for message in conn.notifies(timeout=1.0):
                            self.on_build(message.payload)
            except Exception as exc:
                self.listening.clear()
                log.warning("reload listener lost its connection (%s); connecting again", type(exc).__name__)
                time.sleep(2.0)
