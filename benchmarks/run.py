"""Run every `benchmarks/bench_*.py` and print each figure beside its goal and baseline."""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench import Bench, markdown_table, start_launcher  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", help="run only modules whose name contains this")
    parser.add_argument("--markdown", action="store_true", help="end with a Markdown table")
    parser.add_argument(
        "--members",
        type=int,
        default=10_000,
        help="size of the benchmark group (default 10,000; its demo is built once and cached)",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="a tenth of the group, each timing once: checks every benchmark still runs",
    )
    args = parser.parse_args()
    modules = sorted(HERE.glob("bench_*.py"))
    if args.only:
        modules = [m for m in modules if args.only in m.stem]
    members = max(1, args.members // 10) if args.quick else args.members
    print(
        f"GroupDesk benchmarks on {platform.platform()}, Python {platform.python_version()}, "
        f"{os.cpu_count()} cores, {members:,} members{' (quick)' if args.quick else ''}"
    )
    start_launcher()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="groupdesk-bench-") as tmp:
        bench = Bench(Path(tmp), members=members, quick=args.quick)
        for path in modules:
            spec = importlib.util.spec_from_file_location(path.stem, path)
            assert spec and spec.loader
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            bench.module = path.stem
            print(f"\n== {path.stem}")
            module.run(bench)
    if args.markdown:
        print("\n" + markdown_table(bench.figures))
    missed = [f.name for f in bench.figures if f.met is False]
    if missed:
        print(f"\nGoals missed: {', '.join(missed)}")
    print(f"\nThe run took {time.perf_counter() - started:.0f} s.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
