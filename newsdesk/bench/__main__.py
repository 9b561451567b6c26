"""`make bench`: every benchmark, each in its own process and scratch database."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

BENCHMARKS = [
    "newsdesk.bench.pages",
    "newsdesk.bench.archive",
    "newsdesk.bench.views",
    "newsdesk.bench.reader_pages",
    "newsdesk.bench.wires",
    "newsdesk.bench.articles",
    "newsdesk.bench.enrich",
    "newsdesk.bench.frontcache",
    "newsdesk.bench.signup",
]


def main() -> int:
    failed = 0
    for module in BENCHMARKS:
        if importlib.util.find_spec(module) is None:
            continue
        print(f"\n== {module} ==", flush=True)
        failed += subprocess.call([sys.executable, "-m", module]) != 0
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
