"""Per-request latency in process and fresh-interpreter cold start, against a minimal skill.

Both handlers run from the checkout on this interpreter (with its site-packages): ours from
``lambda/``, the minimal ask-sdk-core skill from ``benchmarks/reference_skill``. Warm latency is
the handler call alone, over ``--requests`` LaunchRequests after one warm-up call (and, for ours,
the same count spread over one request of every kind the deployment check sends). Cold start is a
fresh ``python -I`` per run: import ``lambda_function`` + first response, for a LaunchRequest
(the target row) and, for context, the one-shots people say from bed, which also load their
capability and the advice content (every capability is imported by the first request that uses
it, so a first request pays for what it says).

    .venv/bin/python benchmarks/handler_latency.py [--requests 1000] [--runs 30]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from measure import (
    OURS,
    REFERENCE,
    REFERENCE_DIR,
    ROOT,
    Summary,
    cold_start,
    launch_event,
    ms,
    print_table,
    verdict,
)

from legcramp.envelopes import EnvelopeFactory
from legcramp.packaging.deployment_check import run_invoker
from legcramp.packaging.scenarios import deployment_scenarios
from legcramp.resolution import ResolutionStatus, SlotResolution

COLD_TARGET = 1.15
WARM_TARGET = 1.5
OUR_CODE = ROOT / "lambda"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=1000, help="timed requests per handler")
    parser.add_argument("--runs", type=int, default=30, help="cold starts per handler")
    args = parser.parse_args()
    python = Path(sys.executable)
    print(f"Python {sys.version.split()[0]} ({python})")
    warm_table(python, args.requests)
    cold_table(python, args.runs)
    return 0


def warm(
    python: Path,
    code: Path,
    events: list[dict[str, object]],
    requests: int,
    environment: dict[str, str] | None = None,
) -> Summary:
    rounds = max(1, requests // len(events))
    result = run_invoker(python, [code], events, bare=False, rounds=rounds, environment=environment)
    if result["errors"]:
        raise RuntimeError(result["errors"][0]["traceback"])
    return Summary.of(result["latencies"])


def warm_table(python: Path, requests: int) -> None:
    launch = [launch_event()]
    mixed = [scenario.event for scenario in deployment_scenarios()]
    reference = warm(python, REFERENCE_DIR, launch, requests)
    ours = warm(python, OUR_CODE, launch, requests)
    ours_mixed = warm(python, OUR_CODE, mixed, requests)
    quiet = warm(python, OUR_CODE, launch, requests, dict(os.environ, LOG_LEVEL="WARNING"))

    def row(label: str, summary: Summary, target: float | None) -> list[str]:
        ratio = summary.median / reference.median
        return [
            label,
            str(summary.count),
            ms(summary.median),
            ms(summary.p99),
            f"{ms(summary.p10)}-{ms(summary.p90)}",
            f"{ratio:.3f}x",
            verdict(ratio, target) if target else "",
        ]

    print_table(
        "Warm per-request latency in process (ms; handler call only)",
        ["handler, requests", "n", "median", "p99", "p10-p90", "median ratio", "target"],
        [
            row(f"{OURS}, LaunchRequest", ours, WARM_TARGET),
            row(f"{REFERENCE}, LaunchRequest", reference, None),
            row(f"{OURS}, every kind ({len(mixed)} requests)", ours_mixed, None),
            row(f"{OURS}, LaunchRequest, LOG_LEVEL=WARNING", quiet, None),
        ],
    )
    print(
        "(ours logs one structured line per answered request at INFO, as deployed;"
        " the last row shows the cost without them.)"
    )


def first_requests() -> list[tuple[str, dict[str, Any]]]:
    """The first requests of a cold start worth a row: the launch (the target), and the one-shots
    people say from bed, which load their capability and the advice content too."""
    factory = EnvelopeFactory()
    calf = {"muscle": SlotResolution("calf", ResolutionStatus.MATCH, "CALF")}
    swollen = {"symptom": SlotResolution("swollen", ResolutionStatus.MATCH, "SWOLLEN")}
    return [
        ("LaunchRequest", launch_event()),
        ("CrampNowIntent, calf (one-shot)", factory.intent("CrampNowIntent", calf)),
        ("CausesIntent (one-shot)", factory.intent("CausesIntent")),
        ("SymptomIntent, swollen (one-shot)", factory.intent("SymptomIntent", swollen)),
    ]


def cold_table(python: Path, runs: int) -> None:
    firsts = first_requests()
    samples: dict[str, list[float]] = {label: [] for label, _ in firsts}
    samples[REFERENCE] = []
    for _ in range(runs):  # interleaved, so load drifts hit every row alike
        for label, event in firsts:
            run = cold_start(python, [OUR_CODE], event, bare=False)
            samples[label].append(run.import_and_first)
        reference_run = cold_start(python, [REFERENCE_DIR], launch_event(), bare=False)
        samples[REFERENCE].append(reference_run.import_and_first)
    reference = Summary.of(samples[REFERENCE])
    rows = []
    for label, _ in firsts:
        ours = Summary.of(samples[label])
        ratio = ours.median / reference.median
        spread = f"{ms(ours.p10)}-{ms(ours.p90)}"
        target = verdict(ratio, COLD_TARGET) if label == "LaunchRequest" else ""
        rows.append(
            [f"{OURS}, {label}", str(ours.count), ms(ours.median), spread, f"{ratio:.3f}x", target]
        )
    spread = f"{ms(reference.p10)}-{ms(reference.p90)}"
    rows.append(
        [
            f"{REFERENCE}, LaunchRequest",
            str(reference.count),
            ms(reference.median),
            spread,
            "1.000x",
            "",
        ]
    )
    print_table(
        "Cold start in a fresh interpreter: import + first response (ms)",
        ["handler, first request", "runs", "median", "p10-p90", "ratio", "target"],
        rows,
    )


if __name__ == "__main__":
    sys.exit(main())
