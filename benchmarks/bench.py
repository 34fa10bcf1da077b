"""The benchmark harness: figures with goals, beside baselines measured in the same run."""

from __future__ import annotations

import functools
import hashlib
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
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
    #: The figure's goal as a ratio to its baseline ("within 2× of raw executemany").
    ratio_goal: float | None = None
    #: The largest peak resident memory of the processes the figure ran (MB), if any.
    peak_mb: float | None = None
    #: The most memory the figure's processes may use (MB); no command may use over 1 GB.
    peak_goal_mb: float | None = None

    @property
    def ratio(self) -> float | None:
        return self.seconds / self.baseline if self.baseline else None

    @property
    def met(self) -> bool | None:
        verdicts = []
        if self.goal is not None:
            verdicts.append(self.seconds <= self.goal)
        if self.ratio_goal is not None and self.ratio is not None:
            verdicts.append(self.ratio <= self.ratio_goal)
        if self.peak_mb is not None:
            verdicts.append(self.peak_mb <= (self.peak_goal_mb or PEAK_GOAL_MB))
        return all(verdicts) if verdicts else None


#: No command may use more memory than this (issue 16), whatever it times.
PEAK_GOAL_MB = 1024.0
#: Where built demo groups are kept between runs, one folder per version of what builds them.
CACHE = Path(os.environ.get("GROUPDESK_BENCH_CACHE", Path.home() / ".cache" / "groupdesk-bench"))


@dataclass(frozen=True)
class Completed:
    """One finished child process: its wall-clock seconds, output, and peak memory."""

    seconds: float
    stdout: str
    peak_mb: float


def run_process(
    command: list[str | os.PathLike[str]], env: dict[str, str] | None = None
) -> Completed:
    """Run `command`, timing it and reading its peak resident memory; raises if it fails.

    The command is started from the launcher (`_launcher`), a process that stays as small as
    the harness was when it began: Linux gives a child the peak memory of the process it was
    forked from as its own `ru_maxrss`, so a GUI started from a harness that had loaded the
    100,000-member demo's rows reported 5.5 GB."""
    return _launcher().submit(_run_child, [str(c) for c in command], env).result()


def _run_child(command: list[str], env: dict[str, str] | None) -> Completed:
    """In the launcher: run `command` and read its own rusage (`wait4`).

    The child writes and reads bytecode caches, as an installed GroupDesk does, even where the
    environment says not to (`PYTHONDONTWRITEBYTECODE`, set on some machines): otherwise every
    timed start compiled GroupDesk's modules from source, about 0.1 s of a GUI start."""
    environment = {**os.environ, **(env or {})}
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=out, stderr=err, env=environment)
        _pid, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if child.returncode != 0:
            failure = err.read().decode(errors="replace")
            raise RuntimeError(f"{' '.join(command)} failed: {failure}")
        # ru_maxrss is in kilobytes on Linux, bytes on macOS.
        scale = 1024 * 1024 if sys.platform == "darwin" else 1024
        return Completed(seconds, out.read().decode(errors="replace"), usage.ru_maxrss / scale)


@functools.cache
def _launcher() -> ProcessPoolExecutor:
    """One small process that starts every timed command (`run_process`); `run.py` makes it
    before any benchmark grows the harness. A fresh interpreter (`spawn`), so nothing of the
    harness is in it."""
    return ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))


def start_launcher() -> None:
    """Start the launcher now, while the harness is small."""
    _launcher().submit(int).result()


@dataclass
class Bench:
    tmp: Path
    module: str = ""
    #: The size of the benchmark group (`run.py --members`; `--quick` a tenth of it).
    members: int = 10_000
    #: A quick run (`.ci/run`): every figure once, so the benchmarks never rot; timings rough.
    quick: bool = False
    figures: list[Figure] = field(default_factory=list)
    _demos: dict[int, Path] = field(default_factory=dict)
    _peak_mb: float | None = None

    @property
    def group(self) -> str:
        """The benchmark group's size as figure names say it: "10,000"."""
        return f"{self.members:,}"

    def scaled(self, count: int) -> int:
        """`count` (sized for 10,000 members) scaled to this run's group, at least 1."""
        return max(1, count * self.members // 10_000)

    def repeats(self, count: int) -> int:
        """How many times to repeat a timing: once in a quick run or at 100,000 members."""
        return 1 if self.quick or self.members > 10_000 else count

    def figure(
        self,
        name: str,
        seconds: float,
        *,
        goal: float | None = None,
        baseline: float | None = None,
        baseline_name: str = "",
        unit: str = "s",
        ratio_goal: float | None = None,
        peak_goal_mb: float | None = None,
    ) -> Figure:
        """Record a figure; the peak memory of the processes run since the last one goes
        with it."""
        result = Figure(
            self.module,
            name,
            seconds,
            goal,
            baseline,
            baseline_name,
            unit,
            ratio_goal,
            self._peak_mb,
            peak_goal_mb,
        )
        self._peak_mb = None
        self.figures.append(result)
        print(format_row(result), flush=True)
        return result

    def best_of(self, fn: Callable[[], Any], repeat: int = 3) -> float:
        best = float("inf")
        for _ in range(1 if self.quick else repeat):
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
        command: list[str | os.PathLike[str]] = [sys.executable, "-m", "groupdesk"]
        if data_dir is not None:
            command += ["--data-dir", str(data_dir)]
        command += [str(a) for a in args]
        return self.process(command, env=env).seconds

    def process(
        self, command: list[str | os.PathLike[str]], env: dict[str, str] | None = None
    ) -> Completed:
        """Run a child process, noting its peak memory for the next figure."""
        done = run_process(command, env)
        self._peak_mb = max(self._peak_mb or 0.0, done.peak_mb)
        return done

    def gui_timings(self, script: Path, *args: str | os.PathLike[str]) -> dict[str, float]:
        """The timings a GUI benchmark script prints as JSON on its last line (Qt offscreen
        unless told otherwise), its peak memory noted for the next figure."""
        env = {"QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        done = self.process([sys.executable, script, *args], env=env)
        timings: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
        return timings

    def page_opening(self, script: Path, name: Callable[[Path], str], reads: str) -> None:
        """The figure of a page's opening (goal 300 ms, issue 16), timed by `script` (a
        `*_page.py` built on `page_timing`) on a copy of the demo group; `name(folder)` words
        the figure, `reads` the baseline (the page's own reads called directly). A page that
        shows what is in sight first adds a figure for its whole list: within 1.5x of its
        reads called directly."""
        folder = self.copy_of(self.demo_folder(self.members), script.stem)
        timing = self.gui_timings(script, folder)
        title = name(folder)
        self.figure(title, timing["open"], goal=0.3, baseline=timing["reads"], baseline_name=reads)
        if "whole" in timing:  # what is in sight came first: when the rest was in too
            self.figure(
                f"{title}: the whole list read too",
                timing["whole"],
                baseline=timing["reads"],
                baseline_name=reads,
                ratio_goal=1.5,
            )

    def demo_folder(self, members: int) -> Path:
        """A data folder with the demo group of `members` members: built once per version of
        the code that builds it (kept in `CACHE`), copied into this run's folder once."""
        if members not in self._demos:
            cached = CACHE / demo_version() / f"demo-{members}"
            if not cached.exists():
                building = self.tmp / f"building-{members}"
                run_process(
                    [
                        sys.executable,
                        "-m",
                        "groupdesk",
                        "--data-dir",
                        building,
                        "demo",
                        "--members",
                        str(members),
                    ]
                )
                self.keep_demo(members, building)
            folder = self.tmp / f"demo-{members}"
            shutil.copytree(cached, folder)
            self._demos[members] = folder
        return self._demos[members]

    def keep_demo(self, members: int, folder: Path) -> None:
        """Keep `folder`, a demo group just made of `members` members, for later runs."""
        cached = CACHE / demo_version() / f"demo-{members}"
        if cached.exists():
            return
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_name(f"{cached.name}.partial")
        shutil.rmtree(partial, ignore_errors=True)
        shutil.copytree(folder, partial)
        partial.rename(cached)

    def copy_of(self, folder: Path, name: str) -> Path:
        target = self.tmp / name
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(folder, target)
        return target


def demo_version() -> str:
    """What a cached demo group depends on: the app's version, the schema, and the source of
    every module that writes demo rows (so editing a demo invalidates the cache)."""
    from groupdesk import __version__
    from groupdesk.migrations import SCHEMA_HEAD

    source = Path(__file__).resolve().parent.parent / "groupdesk"
    digest = hashlib.sha256(f"{__version__} {SCHEMA_HEAD}".encode())
    for path in sorted(source.rglob("demo.py")):
        digest.update(path.read_bytes())
    return f"{__version__}-{SCHEMA_HEAD}-{digest.hexdigest()[:12]}"


def _seconds(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"
    return f"{value:.1f} {unit}"


def _cells(figure: Figure) -> tuple[str, str, str, str, str, str]:
    """measured, goal, verdict, baseline, ratio, peak memory — as text."""
    goals = []
    if figure.goal is not None:
        goals.append(f"≤ {_seconds(figure.goal, figure.unit)}")
    if figure.ratio_goal is not None:
        goals.append(f"≤ {figure.ratio_goal:g}×")
    goal = ", ".join(goals) or "—"
    verdict = {True: "met", False: "MISSED", None: "—"}[figure.met]
    baseline = (
        f"{_seconds(figure.baseline, figure.unit)} ({figure.baseline_name})"
        if figure.baseline is not None
        else "—"
    )
    ratio = f"{figure.ratio:.2f}×" if figure.ratio is not None else "—"
    peak = f"{figure.peak_mb:.0f} MB" if figure.peak_mb is not None else "—"
    return _seconds(figure.seconds, figure.unit), goal, verdict, baseline, ratio, peak


def format_row(figure: Figure) -> str:
    measured, goal, verdict, baseline, ratio, peak = _cells(figure)
    return (
        f"{figure.name:<52} {measured:>10}  goal {goal:<10} {verdict:<6} "
        f"baseline {baseline}  ratio {ratio}  peak {peak}"
    )


def markdown_table(figures: list[Figure]) -> str:
    lines = [
        "| figure | measured | goal | met | baseline | ratio | peak memory |",
        "|---|---|---|---|---|---|---|",
    ]
    lines += ["| " + " | ".join((f.name, *_cells(f))) + " |" for f in figures]
    return "\n".join(lines)
