"""Cold start counted in instructions under valgrind: import + first response, ours against the
minimal skill.

On a shared VM the wall-clock cold starts of ``handler_latency.py`` spread by a third from run to
run, so a ratio near the target can land either side of it. The number of instructions a cold
start executes does not depend on the machine's load. Each run here is the same fresh
``python -I`` that the wall-clock cold table starts (``lambda_invoker``), under
``valgrind --tool=callgrind``. The same invoker around an empty handler (interpreter start-up and
the invoker's own work) is subtracted from every run, which leaves what importing
``lambda_function`` and answering the first request cost. Instructions leave out time spent in
the kernel (file reads, stats) and cache misses, so these figures complement the wall-clock table;
they do not replace it. Hash randomisation makes runs differ slightly, hence a median.

    .venv/bin/python benchmarks/cold_instructions.py [--runs 5]
"""

from __future__ import annotations

import argparse
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

from handler_latency import OUR_CODE, first_requests
from measure import OURS, REFERENCE, REFERENCE_DIR, Summary, launch_event, print_table

from legcramp.packaging.deployment_check import run_invoker

TARGET = 1.15
EMPTY_HANDLER = "def handler(event, context):\n    return {}\n"
PAUSED_REFERENCE = """\
import gc
import importlib.util

gc.disable()
try:
    spec = importlib.util.spec_from_file_location("reference_skill", {path!r})
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    handler = module.handler
finally:
    gc.freeze()
    gc.enable()
"""
"""The minimal skill behind the same garbage-collector pause as our entry point: a row for
context, showing how much of our ratio is the pause rather than the code."""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per row")
    args = parser.parse_args()
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        print("valgrind is not installed: instructions cannot be counted", file=sys.stderr)
        return 1
    python = Path(sys.executable)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        empty = folder / "empty"
        empty.mkdir()
        (empty / "lambda_function.py").write_text(EMPTY_HANDLER, encoding="utf-8")
        paused = folder / "paused"
        paused.mkdir()
        source = PAUSED_REFERENCE.format(path=str(REFERENCE_DIR / "lambda_function.py"))
        (paused / "lambda_function.py").write_text(source, encoding="utf-8")
        counter = Counter(folder, valgrind, python)
        rows = [(f"{OURS}, {label}", OUR_CODE, event) for label, event in first_requests()]
        rows.append((f"{REFERENCE} + our start-up GC pause, LaunchRequest", paused, launch_event()))
        rows.append((f"{REFERENCE}, LaunchRequest", REFERENCE_DIR, launch_event()))
        samples: dict[str, list[float]] = {label: [] for label, _, _ in rows}
        for _ in range(args.runs):  # interleaved, like the wall-clock table
            start_up = counter.count(empty, launch_event())
            for label, code, event in rows:
                samples[label].append(counter.count(code, event) - start_up)
    reference = Summary.of(samples[rows[-1][0]])
    table = []
    for label, _, _ in rows:
        ours = Summary.of(samples[label])
        ratio = ours.median / reference.median
        verdict = f"<= {TARGET:g}x {'met' if ratio <= TARGET else 'MISSED'}"
        table.append(
            [
                label,
                str(ours.count),
                f"{ours.median / 1e6:.1f}",
                f"{ours.p10 / 1e6:.1f}-{ours.p90 / 1e6:.1f}",
                f"{ratio:.3f}x",
                verdict if label.endswith("LaunchRequest") and label.startswith(OURS) else "",
            ]
        )
    print(f"Python {sys.version.split()[0]} ({python}), valgrind {counter.version()}")
    print_table(
        "Cold start in instructions: import + first response (millions, start-up subtracted)",
        ["handler, first request", "runs", "median", "p10-p90", "ratio", "target"],
        table,
    )
    return 0


class Counter:
    """Runs the invoker under callgrind through a wrapper that ``run_invoker`` takes for the
    interpreter, and reads the instruction total callgrind writes."""

    def __init__(self, folder: Path, valgrind: str, python: Path) -> None:
        self.output = folder / "callgrind.out"
        self.wrapper = folder / "python-under-callgrind"
        self.wrapper.write_text(
            "#!/bin/sh\n"
            f'exec "{valgrind}" --tool=callgrind --callgrind-out-file="{self.output}" '
            f'"{python}" "$@"\n',
            encoding="utf-8",
        )
        self.wrapper.chmod(self.wrapper.stat().st_mode | stat.S_IXUSR)
        self.valgrind = valgrind

    def count(self, code: Path, event: dict[str, object]) -> float:
        result = run_invoker(self.wrapper, [code], [event], bare=False, cwd=code)
        if result["errors"]:
            raise RuntimeError(result["errors"][0]["traceback"])
        for line in self.output.read_text(encoding="utf-8").splitlines():
            if line.startswith("summary:") or line.startswith("totals:"):
                return float(line.split()[1])
        raise RuntimeError(f"no instruction total in {self.output}")

    def version(self) -> str:
        found = subprocess.run(
            [self.valgrind, "--version"], capture_output=True, text=True, check=False
        )
        return found.stdout.strip().removeprefix("valgrind-")


if __name__ == "__main__":
    sys.exit(main())
