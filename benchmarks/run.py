"""Run every `benchmarks/bench_*.py` and print each figure beside its goal and baseline."""

from __future__ import annotations

import argparse
import importlib.util
import platform
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench import Bench, markdown_table  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", help="run only modules whose name contains this")
    parser.add_argument("--markdown", action="store_true", help="end with a Markdown table")
    args = parser.parse_args()
    modules = sorted(HERE.glob("bench_*.py"))
    if args.only:
        modules = [m for m in modules if args.only in m.stem]
    print(f"GroupDesk benchmarks on {platform.platform()}, Python {platform.python_version()}")
    with tempfile.TemporaryDirectory(prefix="groupdesk-bench-") as tmp:
        bench = Bench(Path(tmp))
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
