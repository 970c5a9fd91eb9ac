"""Run the writer (tests/hostile/worker.py) in a subprocess and kill -9 it at a random moment."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def kill_at_random(mode: str, vault: Path, env: dict[str, str], *, window: float,
                   out: Path | None = None, rng: random.Random | None = None) -> list[str]:
    """Start the worker, wait for ``ready``, kill -9 after a random delay; return its lines."""
    rng = rng or random.Random()
    argv = [sys.executable, "-m", "tests.hostile.worker", mode, str(vault)]
    if out is not None:
        argv.append(str(out))
    proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    first = proc.stdout.readline().strip()
    if first != "ready":
        proc.kill()
        _out, err = proc.communicate()
        raise AssertionError(f"worker did not start: {first!r} {err[-2000:]}")
    time.sleep(rng.uniform(0.0, window))
    os.kill(proc.pid, signal.SIGKILL)
    rest, _err = proc.communicate()
    assert proc.returncode == -signal.SIGKILL, f"worker ended by itself: {_err[-2000:]}"
    return [line for line in rest.splitlines() if line.strip()]
