"""Every benchmark module imports: CI runs them only after the suite (`benchmarks/run.py
--quick`), so a broken import there would otherwise be found after eighteen minutes, as it once
was (`bench_members` importing helpers that had moved to `raw_rows`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"

IMPORT_ALL = """
import importlib, sys
sys.path.insert(0, sys.argv[1])
for name in sys.argv[2:]:
    module = importlib.import_module(name)
    assert callable(getattr(module, "run", None)), f"{name} has no run(bench)"
"""


def test_every_benchmark_module_imports_and_has_run() -> None:
    names = sorted(path.stem for path in BENCHMARKS.glob("bench_*.py"))
    assert names, "no benchmark modules found"
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_ALL, str(BENCHMARKS), *names],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
