"""Timing helpers and the report every benchmark module fills."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    """One measurement next to its baseline and target."""

    name: str
    value: float
    baseline: float
    unit: str
    target: str
    ok: bool
    baseline_name: str = ""

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else float("inf")


def best_of(fn: Callable[[], object], repeat: int = 5) -> float:
    """The fastest of ``repeat`` runs of ``fn`` in seconds (least disturbed by the machine)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def median_of(fn: Callable[[], object], repeat: int = 5) -> float:
    """The median of ``repeat`` runs of ``fn`` in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB: VmHWM of its own address space on Linux.

    ``ru_maxrss`` of a process started by subprocess begins at its parent's peak (Linux keeps
    the high-water mark of the address space it replaced at exec), so a heavy benchmark earlier
    in the run raised every later child's figure to the parent's; VmHWM is the child's own.
    """
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def report(results: list[Result]) -> str:
    """A plain table of results with ratios."""
    lines = [f"{'benchmark':<52} {'value':>12} {'baseline':>12} {'ratio':>7}  target  ok"]
    for r in results:
        lines.append(
            f"{r.name:<52} {r.value:>10.4g}{r.unit:<2} {r.baseline:>10.4g}{r.unit:<2} "
            f"{r.ratio:>7.2f}  {r.target}  {'yes' if r.ok else 'NO'}"
        )
        if r.baseline_name:
            lines.append(f"{'':<4}baseline: {r.baseline_name}")
    return "\n".join(lines)
