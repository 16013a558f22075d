"""Zip size and cold start of the Lambda package, against a minimal ask-sdk-core skill.

Both skills are packaged the same way (``legcramp package``'s code, the same pinned wheels) and
unpacked into read-only folders; each cold start is a fresh ``python3.12 -I -S`` that imports
``lambda_function`` and answers one LaunchRequest. Runs alternate between the variants so a
change in machine load hits them alike.

    .venv/bin/python benchmarks/lambda_package.py [--runs 30] [--python 3.12]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

from measure import (
    OURS,
    REFERENCE,
    ColdStart,
    Summary,
    build,
    cold_start,
    launch_event,
    ms,
    ours_layout,
    print_table,
    reference_layout,
    unpacked,
    verdict,
    zip_environment,
)

from legcramp.packaging.archive import MIB, ArchiveStats
from legcramp.packaging.target import LambdaTarget, find_interpreter

SIZE_TARGET = 1.2
COLD_TARGET = 1.15
BYTECODE_TARGET = 0.6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30, help="cold starts per variant")
    parser.add_argument("--python", default="3.12", choices=("3.12", "3.13"))
    args = parser.parse_args()
    target = LambdaTarget(python=args.python)
    interpreter = find_interpreter(target.python)
    if interpreter is None:
        print(f"no Python {target.python} here: cold starts cannot be measured", file=sys.stderr)
        return 1

    with tempfile.TemporaryDirectory(prefix="legcramp-bench-zips-") as folder:
        out = Path(folder)
        builds = {
            "ours": build(ours_layout(), out / "ours.zip", target),
            "ours, no bytecode": build(ours_layout(), out / "ours-src.zip", target, bytecode=False),
            "reference": build(reference_layout(), out / "reference.zip", target),
        }
        print(f"Python {target.python} ({interpreter}), {args.runs} cold starts per variant")
        size_table(builds["ours"].archive, builds["reference"].archive)
        with ExitStack() as stack:
            code = {
                name: stack.enter_context(unpacked(b.archive.path)) for name, b in builds.items()
            }
            samples = measure_cold_starts(interpreter, code, args.runs)
    cold_table(samples)
    return 0


def size_table(ours: ArchiveStats, reference: ArchiveStats) -> None:
    ratio = ours.zipped_bytes / reference.zipped_bytes
    print_table(
        "Zip size (bytes)",
        ["package", "zipped", "unzipped", "files", f"zipped vs {REFERENCE}", "target"],
        [
            [
                OURS,
                f"{ours.zipped_bytes:,}",
                f"{ours.unzipped_bytes:,}",
                str(ours.files),
                f"{ratio:.3f}x",
                verdict(ratio, SIZE_TARGET),
            ],
            [
                REFERENCE,
                f"{reference.zipped_bytes:,}",
                f"{reference.unzipped_bytes:,}",
                str(reference.files),
                "1.000x",
                "",
            ],
        ],
    )
    print(
        f"(Lambda's limits: 50 MiB zipped, 250 MiB unzipped; ours is "
        f"{ours.zipped_bytes / MIB:.2f} MiB zipped.)"
    )


def measure_cold_starts(
    interpreter: Path, code: dict[str, Path], runs: int
) -> dict[str, list[ColdStart]]:
    event = launch_event()
    samples: dict[str, list[ColdStart]] = {name: [] for name in code}
    for _ in range(runs):
        for name, folder in code.items():
            samples[name].append(
                cold_start(
                    interpreter,
                    [folder],
                    event,
                    bare=True,
                    # Lambda cannot write __pycache__ into its code folder either.
                    write_bytecode=False,
                    environment=zip_environment(folder),
                )
            )
    return samples


def cold_table(samples: dict[str, list[ColdStart]]) -> None:
    def row(label: str, name: str, against: str, target: float | None) -> list[str]:
        mine = Summary.of([s.import_and_first for s in samples[name]])
        base = Summary.of([s.import_and_first for s in samples[against]])
        wall = Summary.of([s.process_wall for s in samples[name]])
        ratio = mine.median / base.median
        return [
            label,
            ms(mine.median),
            f"{ms(mine.p10)}-{ms(mine.p90)}",
            ms(wall.median),
            f"{ratio:.3f}x",
            verdict(ratio, target) if target else "",
        ]

    print_table(
        "Cold start from the unpacked zip: import + first response (ms, in the child)",
        ["variant", "median", "p10-p90", "process median", "ratio", "target"],
        [
            row(f"{OURS} (bytecode)", "ours", "reference", COLD_TARGET),
            row(REFERENCE + " (bytecode)", "reference", "reference", None),
            row(f"{OURS} with vs without bytecode", "ours", "ours, no bytecode", BYTECODE_TARGET),
            row(f"{OURS} without bytecode", "ours, no bytecode", "reference", None),
        ],
    )
    print(
        "(ratio: the variant's median over the median it is compared with; 'process median'"
        " is spawn to exit of the whole interpreter, for scale.)"
    )


if __name__ == "__main__":
    sys.exit(main())
