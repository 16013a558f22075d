"""Shared by the benchmark scripts: statistics, tables, building and unpacking zips, cold starts.

Benchmarks print figures; they never assert on time (the tests do not time anything).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as `python benchmarks/<name>.py` from a checkout

from legcramp.envelopes import EnvelopeFactory  # noqa: E402
from legcramp.packaging.build import BuildRequest, BuildResult, build_package  # noqa: E402
from legcramp.packaging.bytecode import plan_bytecode  # noqa: E402
from legcramp.packaging.dependencies import default_wheelhouse  # noqa: E402
from legcramp.packaging.deployment_check import (  # noqa: E402
    lambda_environment,
    make_writable,
    run_invoker,
    unpack_read_only,
)
from legcramp.packaging.layout import CodeLayout, skill_layout  # noqa: E402
from legcramp.packaging.target import LambdaTarget  # noqa: E402

REFERENCE_DIR = ROOT / "benchmarks" / "reference_skill"
OURS = "Leg Cramp Helper"
REFERENCE = "minimal ask-sdk-core skill"


@dataclass(frozen=True)
class Summary:
    """Median and spread of a sample, in the sample's unit."""

    median: float
    p10: float
    p90: float
    p99: float
    count: int

    @classmethod
    def of(cls, samples: Sequence[float]) -> Summary:
        ordered = sorted(samples)

        def at(fraction: float) -> float:
            return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]

        return cls(statistics.median(ordered), at(0.10), at(0.90), at(0.99), len(ordered))


def launch_event() -> dict[str, Any]:
    """The request both skills answer: "Alexa, open …" in en-US."""
    return EnvelopeFactory(locale="en-US").launch()


def ours_layout() -> CodeLayout:
    return skill_layout(ROOT)


def reference_layout() -> CodeLayout:
    return CodeLayout(handler_module=REFERENCE_DIR / "lambda_function.py")


def build(
    layout: CodeLayout, out: Path, target: LambdaTarget, *, bytecode: bool = True
) -> BuildResult:
    """Package ``layout`` exactly as ``legcramp package`` does."""
    request = BuildRequest(
        layout=layout,
        requirements=ROOT / "lambda" / "requirements.txt",
        target=target,
        out=out,
        wheelhouse=default_wheelhouse(target),
        bytecode=plan_bytecode(target, wanted=bytecode),
    )
    return build_package(request, log=lambda message: print(message, file=sys.stderr))


@contextmanager
def unpacked(archive: Path) -> Iterator[Path]:
    """The zip unpacked into a fresh read-only folder, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="legcramp-bench-") as temporary:
        code = Path(temporary) / "task"
        unpack_read_only(archive, code)
        try:
            yield code
        finally:
            make_writable(code)


@dataclass(frozen=True)
class ColdStart:
    """One fresh interpreter: import + first response (in the child) and spawn to exit."""

    import_and_first: float
    process_wall: float


def cold_start(
    interpreter: Path,
    code_dirs: Sequence[Path],
    event: dict[str, Any],
    *,
    bare: bool,
    write_bytecode: bool = True,
    environment: dict[str, str] | None = None,
) -> ColdStart:
    """Start one interpreter, import the handler, answer ``event`` once."""
    started = time.perf_counter()
    result = run_invoker(
        interpreter,
        code_dirs,
        [event],
        bare=bare,
        write_bytecode=write_bytecode,
        environment=environment,
        cwd=code_dirs[0],
    )
    wall = time.perf_counter() - started
    if result["errors"]:
        raise RuntimeError(result["errors"][0]["traceback"])
    return ColdStart(result["cold_start_seconds"], wall)


def zip_environment(code: Path) -> dict[str, str]:
    """A Lambda-like environment for a child started on an unpacked zip."""
    return lambda_environment(code, Path(tempfile.gettempdir()), None)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f}"


def verdict(ratio: float, target: float) -> str:
    return f"<= {target:g}x {'met' if ratio <= target else 'MISSED'}"


def print_table(title: str, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """A plain aligned text table."""
    widths = [max(len(str(row[i])) for row in [headers, *rows]) for i in range(len(headers))]
    print(f"\n{title}")
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)))
