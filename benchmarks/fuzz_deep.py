"""The deep run of the Lambda robustness property: tens of thousands of generated envelopes.

The same property as ``tests/robustness/test_fuzz_lambda.py`` (``answer_problems`` from
``tests.support.fuzzing``:
nothing raised, the response contract kept, no handler failed, speech only where it belongs), over
far more examples, in rounds with different seeds. Failures are counted, not stopped at, and the
first few are printed. Exit status 1 if any example failed.

    .venv/bin/python benchmarks/fuzz_deep.py [--examples 10000] [--rounds 3] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import dataclass, field
from typing import Any

from hypothesis import HealthCheck, Phase, given, seed, settings
from measure import Summary, print_table

from skill.builder import make_lambda_handler
from skill.settings import Settings
from tests.support.fuzzing import answer_problems, envelopes

SHOWN_FAILURES = 5


@dataclass
class Round:
    """One seeded round: how many examples ran, which failed, how long it took."""

    seed: int
    examples: int = 0
    failures: list[tuple[list[str], dict[str, Any]]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        return self.examples / self.seconds if self.seconds else 0.0


def run_round(round_seed: int, examples: int) -> Round:
    """Check ``examples`` generated envelopes against the property."""
    handler = make_lambda_handler(Settings())
    result = Round(round_seed)

    @seed(round_seed)
    @settings(
        max_examples=examples,
        database=None,
        deadline=None,
        phases=[Phase.generate],  # count every failure instead of shrinking the first one
        suppress_health_check=list(HealthCheck),
    )
    @given(envelope=envelopes())
    def check(envelope: dict[str, Any]) -> None:
        result.examples += 1
        _, problems = answer_problems(handler, envelope)
        if problems:
            result.failures.append((problems, envelope))

    started = time.perf_counter()
    check()
    result.seconds = time.perf_counter() - started
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000, help="examples per round")
    parser.add_argument("--rounds", type=int, default=3, help="rounds, each with its own seed")
    parser.add_argument("--seed", type=int, default=7, help="seed of the first round")
    args = parser.parse_args()

    rounds = [run_round(args.seed + number, args.examples) for number in range(args.rounds)]
    rows = [
        [str(r.seed), str(r.examples), str(len(r.failures)), f"{r.seconds:.1f}", f"{r.rate:.0f}"]
        for r in rounds
    ]
    print_table(
        "Lambda handler under generated envelopes (tests.support.fuzzing.answer_problems)",
        ["seed", "examples", "failures", "seconds", "examples/s"],
        rows,
    )
    rates = Summary.of([r.rate for r in rounds])
    total = sum(r.examples for r in rounds)
    failed = [failure for r in rounds for failure in r.failures]
    print(
        f"\n{total} examples in {len(rounds)} rounds, {len(failed)} failures; examples/s median "
        f"{rates.median:.0f} (min {min(r.rate for r in rounds):.0f}, "
        f"max {max(r.rate for r in rounds):.0f})"
    )
    for problems, envelope in failed[:SHOWN_FAILURES]:
        print(f"\n- {'; '.join(problems)}\n  {json.dumps(envelope)[:400]}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
