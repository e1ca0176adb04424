"""A real `planbot serve` replica in a process of its own, so it can be killed with SIGKILL mid-answer.

Used by the delivery tests and by scripts/soak.py: start, wait until /readyz says ready, kill -9,
start again; its peak resident memory is watched from /proc.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.stub_server import free_port

ROOT = Path(__file__).resolve().parent.parent


class Replica:
    def __init__(self, env: dict[str, str], port: int | None = None, log: Path | None = None) -> None:
        self.env = {**os.environ, "PLANBOT_LOG_FORMAT": "json", **env}
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        self.proc: subprocess.Popen | None = None
        self.peak_rss_mb = 0.0

    def start(self, timeout: float = 180) -> Replica:
        output = open(self.log, "ab") if self.log else subprocess.DEVNULL  # noqa: SIM115 - kept for the process
        self.proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "serve", "--port", str(self.port)], cwd=ROOT,
                                     env=self.env, stdout=output, stderr=output)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"replica exited with {self.proc.returncode}" + (f"; see {self.log}" if self.log else ""))
            try:
                if httpx.get(f"{self.url}/readyz", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError("replica did not become ready")

    def watch(self) -> float:
        """The peak resident memory seen so far, in MB."""
        try:
            for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    self.peak_rss_mb = max(self.peak_rss_mb, int(line.split()[1]) / 1024)
        except (OSError, AttributeError):
            pass
        return self.peak_rss_mb

    def kill(self) -> None:
        """SIGKILL: no shutdown, no lease given back — as a crash or a lost machine."""
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()
