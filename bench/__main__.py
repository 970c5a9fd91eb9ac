"""`make bench`: run every benchmark module and print ratios against same-run baselines."""

from __future__ import annotations

import argparse
import importlib
import sys

from bench.harness import report

MODULES = ("bench.bench_vault", "bench.bench_store", "bench.bench_timeline", "bench.bench_packets",
           "bench.bench_ui", "bench.bench_hub", "bench.bench_reports")


def main() -> int:
    """Run the chosen benchmark modules (all by default)."""
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("only", nargs="*", help="module names, e.g. vault store timeline")
    args = parser.parse_args()
    chosen = [m for m in MODULES if not args.only or m.rsplit("_", 1)[-1] in args.only]
    results = []
    for name in chosen:
        print(f"running {name} …", file=sys.stderr, flush=True)
        module = importlib.import_module(name)
        results.extend(module.run())
    print(report(results))
    failed = [r.name for r in results if not r.ok]
    if failed:
        print(f"\n{len(failed)} target(s) missed: " + "; ".join(failed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
