"""Packets: a 200-page packet with 20 attached exhibits vs a bare ReportLab document."""

from __future__ import annotations

import json
import subprocess
import sys

from bench.harness import Result

_CHILD = """
import json, sys
from bench.harness import peak_rss_mb
from bench.packet_workload import big_records, bare, packet, measure
recs = big_records()
measure(bare, recs)  # warm caches (fonts) so neither side pays them
b_t, b_m, b_p = measure(bare, recs)
p_t, p_m, p_p = measure(packet, recs)
rss = peak_rss_mb()
print(json.dumps({"bare_t": b_t, "bare_mem": b_m, "pages": p_p, "t": p_t, "mem": p_m, "rss": rss}))
"""


def run() -> list[Result]:
    """Time and memory of the packet against the bare document, in a fresh process."""
    out = subprocess.run([sys.executable, "-c", _CHILD], capture_output=True, text=True,
                         check=True, timeout=600).stdout
    m = json.loads(out.strip().splitlines()[-1])
    name = f"packet {m['pages']} pages + 20 exhibits"
    return [
        Result(f"{name}: time", m["t"], m["bare_t"], "s", "<=5 s and <=2x",
               m["t"] <= 5 and m["t"] <= 2 * m["bare_t"], "bare ReportLab doc, same flowables"),
        Result(f"{name}: peak RSS", m["rss"], m["bare_mem"], "MB", "<=300 MB", m["rss"] <= 300,
               "tracemalloc peak of the bare doc (Python heap only)"),
    ]
