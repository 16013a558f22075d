"""What loading the advice content adds to a cold start (budget: under 10 ms).

Each run is a fresh ``python -X importtime`` that imports ``skill.advice.catalog`` and then calls
``load_content`` for the first time (the content is read on the first request, then cached).
Two figures per run: the import's cumulative time as ``-X importtime`` reports it, and the first
``load_content`` call timed directly; their sum is what content costs a cold start.

Runs come in two kinds, alternating. "After the SDK": the minimal ask-sdk-core skill is imported
first, as a Lambda handler has by then, so only what content adds is counted (the figure held
against the budget). "Alone": nothing imported before, so standard-library modules that any skill
loads anyway (``dataclasses``, ``json``, ``typing``) are counted too (an upper bound). The first
call for every other model locale is timed as well (each locale's layers are cached separately).

    .venv/bin/python benchmarks/content_load.py [--runs 30]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

from measure import REFERENCE_DIR, ROOT, Summary, ms, print_table

from legcramp.packaging.scenarios import model_locales

BUDGET_SECONDS = 0.010
MODULE = "skill.advice.catalog"

_CHILD = """
import json, sys, time
if sys.argv[1] == "after-sdk":
    sys.path.insert(0, sys.argv[2])
    import lambda_function
import skill.advice.catalog as catalog
started = time.perf_counter()
catalog.load_content("en-US")
first = time.perf_counter() - started
started = time.perf_counter()
for locale in sys.argv[3:]:
    catalog.load_content(locale)
others = time.perf_counter() - started
print(json.dumps({"first": first, "others": others}))
"""


def one_run(mode: str, locales: list[str]) -> tuple[float, float, float]:
    """(import seconds from -X importtime, first load seconds, the other locales' loads)."""
    completed = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", _CHILD, mode, str(REFERENCE_DIR), *locales],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    imported = None
    for line in completed.stderr.splitlines():
        fields = line.removeprefix("import time:").split("|")
        if len(fields) == 3 and fields[2].strip() == MODULE:
            imported = int(fields[1]) / 1_000_000  # cumulative microseconds
    if imported is None:
        raise RuntimeError(f"{MODULE} missing from -X importtime output")
    timings = json.loads(completed.stdout)
    return imported, timings["first"], timings["others"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    locales = [locale for locale in model_locales(ROOT) if locale != "en-US"]
    runs: dict[str, list[tuple[float, float, float]]] = {"after-sdk": [], "alone": []}
    for _ in range(args.runs):
        for mode, results in runs.items():
            results.append(one_run(mode, locales))

    def row(label: str, samples: list[float], budget: bool) -> list[str]:
        summary = Summary.of(samples)
        ratio = summary.median / BUDGET_SECONDS
        return [
            label,
            ms(summary.median),
            f"{ms(summary.p10)}-{ms(summary.p90)}",
            f"{ratio:.2f}x" if budget else "",
            ("within" if ratio < 1 else "OVER") if budget else "",
        ]

    print(f"Python {sys.version.split()[0]}, {args.runs} fresh interpreters of each kind")
    rows = []
    for mode, label in (("after-sdk", "after the SDK"), ("alone", "alone")):
        results = runs[mode]
        rows += [
            row(f"{label}: import {MODULE}", [r[0] for r in results], False),
            row(f"{label}: first load_content('en-US')", [r[1] for r in results], False),
            row(
                f"{label}: content's cold-start cost",
                [r[0] + r[1] for r in results],
                mode == "after-sdk",
            ),
        ]
    rows.append(
        row(
            f"first load of the other {len(locales)} locales, together",
            [r[2] for r in runs["after-sdk"]],
            False,
        )
    )
    print_table(
        "Content load at cold start (ms)",
        ["what", "median", "p10-p90", "of 10 ms budget", "verdict"],
        rows,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
