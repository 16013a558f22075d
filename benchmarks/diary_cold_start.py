"""What the diary costs a cold start of requests that do not use it, against the minimal
ask-sdk-core skill in the same run.

Every run is a fresh interpreter (``benchmarks/measure.py``'s ``cold_start``: import
``lambda_function`` + the first response), from the checkout on this interpreter, with
``DIARY_STORE=dynamodb://TABLE`` and ``AWS_ENDPOINT_URL_DYNAMODB`` pointing at dynalite (started
here). Rows, interleaved run by run so load drifts hit them alike:

- ours, LaunchRequest with DIARY_STORE=dynamodb (the target row): boto3 is never imported;
- ours, CausesIntent (a one-shot that also builds its capability and content) with and without
  DIARY_STORE=dynamodb: the two should match, since the diary is touched by diary requests only;
- the minimal skill (LaunchRequest), the 1.0x reference;
- the minimal skill with the stock DynamoDB adapter (LaunchRequest reads its item), for context.

    .venv/bin/python benchmarks/diary_cold_start.py [--runs 20]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from diary_store import reference_diary_table
from measure import OURS, REFERENCE, REFERENCE_DIR, ROOT, Summary, cold_start, ms, print_table

from legcramp.envelopes import EnvelopeFactory
from tests.support.dynalite import (
    create_table,
    dynalite_skip_reason,
    local_aws_environment,
    running_dynalite,
)

TARGET = 1.15
OUR_CODE = ROOT / "lambda"
REFERENCE_DIARY_DIR = ROOT / "benchmarks" / "reference_diary_skill"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="cold starts per row")
    args = parser.parse_args()
    reason = dynalite_skip_reason()
    if reason is not None:
        print(f"not run: {reason}")
        return 1
    python = Path(sys.executable)
    print(f"Python {sys.version.split()[0]} ({python})")
    with tempfile.TemporaryDirectory(prefix="legcramp-cold-") as temporary:
        scratch = Path(temporary)
        with running_dynalite(scratch / "dynalite.log") as endpoint:
            aws = local_aws_environment(endpoint, scratch)
            os.environ.update(aws)
            table = create_table()
            base = {k: v for k, v in os.environ.items() if k != "DIARY_STORE"}
            with_store = {**base, "DIARY_STORE": f"dynamodb://{table}"}
            reference_env = {**base, "REFERENCE_TABLE": reference_diary_table()}
            rows = run_rows(python, args.runs, base, with_store, reference_env)
    print_rows(rows)
    return 0


def run_rows(
    python: Path,
    runs: int,
    base: dict[str, str],
    with_store: dict[str, str],
    reference_env: dict[str, str],
) -> dict[str, list[float]]:
    plans = [
        (f"{OURS}, LaunchRequest, DIARY_STORE=dynamodb", OUR_CODE, "launch", with_store),
        (f"{OURS}, CausesIntent, DIARY_STORE=dynamodb", OUR_CODE, "causes", with_store),
        (f"{OURS}, CausesIntent, no DIARY_STORE", OUR_CODE, "causes", base),
        (f"{REFERENCE}, LaunchRequest", REFERENCE_DIR, "launch", base),
        ("minimal skill + stock DynamoDB adapter, LaunchRequest", REFERENCE_DIARY_DIR, "launch",
         reference_env),
    ]  # fmt: skip
    samples: dict[str, list[float]] = {label: [] for label, *_ in plans}
    for _ in range(runs):
        for label, code, kind, environment in plans:
            device = EnvelopeFactory(locale="en-US")  # a new user: a first-time cold start
            event = device.launch() if kind == "launch" else device.intent("CausesIntent")
            run = cold_start(python, [code], event, bare=False, environment=environment)
            samples[label].append(run.import_and_first)
    return samples


def print_rows(samples: dict[str, list[float]]) -> None:
    reference = Summary.of(samples[f"{REFERENCE}, LaunchRequest"]).median
    rows = []
    for label, values in samples.items():
        summary = Summary.of(values)
        ratio = summary.median / reference
        target = f"<= {TARGET:g}x {'met' if ratio <= TARGET else 'MISSED'}"
        targeted = label == f"{OURS}, LaunchRequest, DIARY_STORE=dynamodb"
        rows.append(
            [
                label,
                str(summary.count),
                ms(summary.median),
                f"{ms(summary.p10)}-{ms(summary.p90)}",
                f"{ratio:.3f}x",
                target if targeted else "",
            ]
        )
    print_table(
        "Cold start in a fresh interpreter: import + first response (ms), vs the minimal skill",
        ["handler, request", "runs", "median", "p10-p90", "ratio", "target"],
        rows,
    )


if __name__ == "__main__":
    sys.exit(main())
