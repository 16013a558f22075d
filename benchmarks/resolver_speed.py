"""How fast the offline resolver turns utterances into intents and slots (no target; a record).

Builds the en-US resolver from the generated model (timed), resolves every utterance of an
annotation set once to warm up, then resolves the whole set ``--runs`` times. Each run gives one
figure, utterances resolved per second; the table shows their median and p10-p90 spread, and
the same as microseconds per utterance. Only the first column of the file is read, so the same
set can be timed against an older checkout of the resolver (copy this script and ``measure.py``
into it and pass ``--utterances``):

    .venv/bin/python benchmarks/resolver_speed.py [--runs 20] [--utterances FILE] [--locale L]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from measure import ROOT, Summary, print_table

from legcramp.resolver.resolver import Resolver, model_document

DEFAULT_SET = ROOT / "tests" / "data" / "nlu_annotations.tsv"


def utterances(path: Path) -> list[str]:
    """The first column of every line that is not a comment, blank, or the header."""
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        first = line.split("\t")[0].strip()
        if first and not first.startswith("#") and first != "utterance":
            found.append(first)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--utterances", type=Path, default=DEFAULT_SET)
    parser.add_argument("--locale", default="en-US")
    args = parser.parse_args()
    texts = utterances(args.utterances)
    document = model_document(args.locale)

    builds = []
    for _ in range(5):
        started = time.perf_counter()
        resolver = Resolver(document)
        builds.append(time.perf_counter() - started)
    for text in texts:  # warm up: caches, rapidfuzz, first-call costs
        resolver.resolve(text)

    rates, per_utterance = [], []
    for _ in range(args.runs):
        started = time.perf_counter()
        for text in texts:
            resolver.resolve(text)
        elapsed = time.perf_counter() - started
        rates.append(len(texts) / elapsed)
        per_utterance.append(elapsed / len(texts) * 1e6)

    rate, micro, build = Summary.of(rates), Summary.of(per_utterance), Summary.of(builds)
    print(
        f"Python {sys.version.split()[0]}, {ROOT.name} at {ROOT}, {len(texts)} utterances "
        f"from {args.utterances.name}, {args.runs} runs"
    )
    print_table(
        "Offline resolver speed",
        ["what", "median", "p10-p90", "runs"],
        [
            [
                "utterances resolved per second",
                f"{rate.median:,.0f}",
                f"{rate.p10:,.0f}-{rate.p90:,.0f}",
                str(rate.count),
            ],
            [
                "microseconds per utterance",
                f"{micro.median:,.0f}",
                f"{micro.p10:,.0f}-{micro.p90:,.0f}",
                str(micro.count),
            ],
            [
                "build the resolver (ms)",
                f"{build.median * 1000:,.1f}",
                f"{build.p10 * 1000:,.1f}-{build.p90 * 1000:,.1f}",
                str(build.count),
            ],
        ],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
