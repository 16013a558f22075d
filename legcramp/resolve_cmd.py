"""``legcramp resolve``, ``legcramp nlu-eval`` and ``legcramp nlu-calibrate``: the offline NLU."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path

from legcramp.model.layout import REPO_ROOT
from legcramp.resolution import Resolution
from legcramp.resolver import Resolver
from legcramp.resolver.calibration import choose_threshold, held_out_trials, negative_trials
from legcramp.resolver.evaluation import (
    AnnotationError,
    evaluate,
    read_annotations,
    slots_text,
)
from legcramp.resolver.resolver import DEFAULT_LOCALE, model_document
from legcramp.resolver.similarity import THRESHOLD, UNKNOWN_PENALTY

DEFAULT_MIN_ACCURACY = 0.97
DEFAULT_MIN_OOD = 0.95
OUT_OF_DOMAIN = "out_of_domain"
# The unknown-word penalties nlu-calibrate tries, with every threshold.
PENALTIES = tuple(step / 10 for step in range(11))
DEFAULT_NEGATIVES = REPO_ROOT / "tests" / "data" / "calibration_out_of_domain.txt"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``resolve``, ``nlu-eval`` and ``nlu-calibrate`` sub-commands."""
    resolve = subparsers.add_parser(
        "resolve",
        help="resolve utterances to intents and slots, offline",
        description="Prints one JSON line per utterance: utterance, intent, slots, score. "
        "With no UTTERANCE, reads one utterance per line of standard input.",
    )
    resolve.add_argument("utterances", nargs="*", metavar="UTTERANCE")
    resolve.add_argument("--locale", default=DEFAULT_LOCALE)
    resolve.set_defaults(func=run_resolve)

    nlu = subparsers.add_parser(
        "nlu-eval", help="score the resolver on an annotated set and list every miss"
    )
    nlu.add_argument(
        "file", type=Path, metavar="FILE", help="TSV: utterance, intent, slots, group, tier"
    )
    nlu.add_argument("--locale", default=DEFAULT_LOCALE)
    nlu.add_argument(
        "--min-accuracy",
        type=float,
        default=DEFAULT_MIN_ACCURACY,
        help=f"exit 1 below this accuracy (default {DEFAULT_MIN_ACCURACY})",
    )
    nlu.add_argument(
        "--min-out-of-domain",
        dest="min_ood",
        type=float,
        default=DEFAULT_MIN_OOD,
        help=f"exit 1 when fewer out_of_domain lines go to Fallback (default {DEFAULT_MIN_OOD})",
    )
    nlu.set_defaults(func=run_nlu_eval)

    calibrate = subparsers.add_parser(
        "nlu-calibrate",
        help="recompute the resolver's similarity threshold from the model's samples",
    )
    calibrate.add_argument("--locale", default=DEFAULT_LOCALE)
    calibrate.add_argument(
        "--negatives",
        type=Path,
        default=DEFAULT_NEGATIVES,
        help="requests that are not for the skill, one per line",
    )
    calibrate.set_defaults(func=run_calibrate)


def resolution_json(resolution: Resolution) -> str:
    """The one-line JSON form ``legcramp resolve`` prints."""
    slots = {name: {"value": slot.value, "id": slot.id} for name, slot in resolution.slots.items()}
    return json.dumps(
        {
            "utterance": resolution.utterance,
            "intent": resolution.intent,
            "slots": slots,
            "score": round(resolution.score, 3),
        },
        ensure_ascii=False,
    )


def run_resolve(args: argparse.Namespace) -> int:
    """Resolve the utterances given, or each line of standard input."""
    resolver = Resolver.for_locale(args.locale)
    utterances: Iterable[str] = args.utterances or (
        line.rstrip("\n") for line in sys.stdin if line.strip()
    )
    for utterance in utterances:
        print(resolution_json(resolver.resolve(utterance)))
    return 0


def run_nlu_eval(args: argparse.Namespace) -> int:
    """Print overall, slot, per-group and per-intent figures and every miss.

    Exit 1 below ``--min-accuracy`` overall or ``--min-out-of-domain`` on that group.
    """
    try:
        annotations = read_annotations(args.file)
    except (OSError, AnnotationError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    result = evaluate(Resolver.for_locale(args.locale), annotations)
    print(f"accuracy {result.overall} on {args.file} for {args.locale}")
    print(f"slot accuracy {result.slot_accuracy} of the lines with the right intent")
    for group, share in result.groups.items():
        print(f"group {group}: {share}")
    width = max((len(score.intent) for score in result.intents), default=0)
    for score in result.intents:
        print(
            f"intent {score.intent.ljust(width)}  precision {score.precision}  "
            f"recall {score.recall}"
        )
    for miss in result.misses:
        item, got = miss.annotation, miss.resolution
        expected = " ".join(filter(None, (item.intent, slots_text(item.slots))))
        found = " ".join(filter(None, (got.intent, slots_text(miss.slots))))
        print(
            f"MISS line {item.line}: {item.utterance!r}: expected {expected}, "
            f"got {found} (score {got.score:.2f})"
        )
    strangers = result.group(OUT_OF_DOMAIN)
    return 0 if result.accuracy >= args.min_accuracy and strangers.share >= args.min_ood else 1


def run_calibrate(args: argparse.Namespace) -> int:
    """Hold out each sample in turn, add the negatives, and print the best threshold."""
    try:
        lines = args.negatives.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    negatives = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    document = model_document(args.locale)
    trials = [*held_out_trials(document), *negative_trials(document, negatives)]
    result = choose_threshold(trials, penalties=PENALTIES)
    print(
        f"best threshold {result.threshold:.2f} (equally good {result.band[0]:.2f}-"
        f"{result.band[1]:.2f}) with unknown-word penalty {result.penalty:.2f}: "
        f"{result.errors} mistakes in {result.trials} trials; "
        f"shipped {THRESHOLD:.2f} with {UNKNOWN_PENALTY:.2f}"
    )
    return 0
