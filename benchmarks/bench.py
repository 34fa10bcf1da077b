"""The benchmark harness: figures with goals, beside baselines measured in the same run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Figure:
    module: str
    name: str
    seconds: float
    goal: float | None
    baseline: float | None
    baseline_name: str
    unit: str = "s"

    @property
    def ratio(self) -> float | None:
        return self.seconds / self.baseline if self.baseline else None

    @property
    def met(self) -> bool | None:
        return None if self.goal is None else self.seconds <= self.goal


@dataclass
class Bench:
    tmp: Path
    module: str = ""
    figures: list[Figure] = field(default_factory=list)
    _demos: dict[int, Path] = field(default_factory=dict)

    def figure(
        self,
        name: str,
        seconds: float,
        *,
        goal: float | None = None,
        baseline: float | None = None,
        baseline_name: str = "",
        unit: str = "s",
    ) -> Figure:
        result = Figure(self.module, name, seconds, goal, baseline, baseline_name, unit)
        self.figures.append(result)
        print(format_row(result), flush=True)
        return result

    @staticmethod
    def best_of(fn: Callable[[], Any], repeat: int = 3) -> float:
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            fn()
            best = min(best, time.perf_counter() - start)
        return best

    def run_cli(
        self,
        *args: str | os.PathLike[str],
        data_dir: Path | None = None,
        env: dict[str, str] | None = None,
    ) -> float:
        """Seconds one `python -m groupdesk ARGS` takes; raises if it fails."""
        command = [sys.executable, "-m", "groupdesk"]
        if data_dir is not None:
            command += ["--data-dir", str(data_dir)]
        command += [str(a) for a in args]
        start = time.perf_counter()
        done = subprocess.run(
            command, capture_output=True, text=True, check=False, env={**os.environ, **(env or {})}
        )
        seconds = time.perf_counter() - start
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed: {done.stderr}")
        return seconds

    def demo_folder(self, members: int) -> Path:
        """A data folder with the demo group of `members` members (made once per run)."""
        if members not in self._demos:
            folder = self.tmp / f"demo-{members}"
            self.run_cli("demo", "--members", str(members), data_dir=folder)
            self._demos[members] = folder
        return self._demos[members]

    def copy_of(self, folder: Path, name: str) -> Path:
        target = self.tmp / name
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(folder, target)
        return target


def _seconds(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"
    return f"{value:.1f} {unit}"


def _cells(figure: Figure) -> tuple[str, str, str, str, str]:
    """measured, goal, verdict, baseline, ratio — as text."""
    goal = f"≤ {_seconds(figure.goal, figure.unit)}" if figure.goal is not None else "—"
    verdict = {True: "met", False: "MISSED", None: "—"}[figure.met]
    baseline = (
        f"{_seconds(figure.baseline, figure.unit)} ({figure.baseline_name})"
        if figure.baseline is not None
        else "—"
    )
    ratio = f"{figure.ratio:.2f}×" if figure.ratio is not None else "—"
    return _seconds(figure.seconds, figure.unit), goal, verdict, baseline, ratio


def format_row(figure: Figure) -> str:
    measured, goal, verdict, baseline, ratio = _cells(figure)
    return (
        f"{figure.name:<52} {measured:>10}  goal {goal:<10} {verdict:<6} "
        f"baseline {baseline}  ratio {ratio}"
    )


def markdown_table(figures: list[Figure]) -> str:
    lines = ["| figure | measured | goal | met | baseline | ratio |", "|---|---|---|---|---|---|"]
    lines += ["| " + " | ".join((f.name, *_cells(f))) + " |" for f in figures]
    return "\n".join(lines)
