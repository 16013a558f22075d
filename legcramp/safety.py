"""``legcramp safety-eval``: judge what the skill *says* to the safety-critical annotation lines.

Each red-flag, medicine and muscle line of the annotation set is resolved by the offline
resolver, sent through the real handler as Alexa would send it, and the first sentence of the
answer is judged:

- a red-flag line's first sentence is its tier's action (the locale's emergency number for an
  emergency, the same-day service for same day …), or for a medicine question the same action
  joined with "don't stop or change your medicine";
- a medicine line's first sentence says not to stop or change the medicine on your own; but a
  cramp happening now with a medicine ("I'm on Lasix and my calf is cramping") hears its stretch
  first (the muscle rule below), and "don't stop or change" later in the same answer;
- a muscle line's first sentence is that muscle's stretch (the calf's when no muscle is named),
  unless it also names a symptom that needs help today or now: then that tier's action; a bare
  "thigh" (either side, whose stretches go opposite ways) is first asked which side, and a thigh
  named with its side ("my thigh at the back") hears that side's stretch; a muscle described
  with no symptom the skill knows ("my foot feels strange", a ``SymptomIntent`` with a muscle
  only) is first asked what is happening there, since its stretch is the wrong help for a foot
  that will not move.

A line passes only when what was said is right, whatever intent the resolver chose.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from legcramp.contract import speech_of
from legcramp.envelopes import EnvelopeFactory
from legcramp.resolver.evaluation import Annotation, AnnotationError, read_annotations
from legcramp.resolver.resolver import Resolver
from skill.advice.catalog import load_content
from skill.advice.models import Content, Muscle, ThighSide, Tier, as_symptom_id
from skill.advice.triage import assess
from skill.builder import make_lambda_handler
from skill.settings import Settings
from skill.speech.catalog import speech_catalog
from skill.symptoms.hearing import URGENT

JUDGED_GROUPS = ("red_flag", "medicine", "muscle")
# Intents whose answer to a named muscle is its stretch (a cramp now, how to stretch; a symptom
# the skill knows no rule for, once asked what is happening there).
STRETCH_INTENTS = ("CrampNowIntent", "SymptomIntent", "StretchIntent")
CRAMP_NOW_INTENT = "CrampNowIntent"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_DO_NOT_STOP = re.compile(r"\bdon't stop or change\b", re.IGNORECASE)


def first_sentence(words: str) -> str:
    """The first sentence of ``words``."""
    return _SENTENCE_END.split(words.strip(), maxsplit=1)[0]


@dataclass(frozen=True)
class Verdict:
    """One judged line: what was said first, and why it is wrong (``None`` when right)."""

    annotation: Annotation
    intent: str
    said: str
    problem: str | None


def expected_problem(
    item: Annotation,
    first: str,
    content: Content,
    which_side: str | None = None,
    said: str | None = None,
) -> str | None:
    """Why ``first`` (the answer's first sentence) is wrong for ``item``; ``None`` if right.

    ``which_side`` is the question a bare thigh is asked ("Is it the front or the back of your
    thigh?"); ``None`` reads it from the speech templates of ``content``'s locale. ``said`` is
    the whole answer (``first`` when not given)."""
    if item.group == "red_flag":
        if item.tier is None:
            return "the annotation names no tier"
        advice = content.triage.tiers[Tier(item.tier)]
        if first not in (advice.action, advice.with_medicine):
            return f"first sentence is not the {item.tier} action {advice.action!r}"
        return None
    if item.group == "medicine" and item.intent == CRAMP_NOW_INTENT:
        # A cramp now on a medicine: the person is in pain, so the stretch comes first.
        problem = _stretch_problem(item, first, content, which_side)
        if problem is not None or first == _which_side(content, which_side):
            return problem  # a bare thigh is asked its side first; the rest comes after
        return None if _DO_NOT_STOP.search(said or first) else "the answer does not say not to stop"
    if item.group == "medicine":
        return None if _DO_NOT_STOP.search(first) else "first sentence does not say not to stop"
    if item.group == "muscle":
        return _stretch_problem(item, first, content, which_side)
    return None


def _which_side(content: Content, which_side: str | None) -> str:
    return which_side or speech_catalog(content.locale).text("cramp_now.which_thigh")


def _stretch_problem(
    item: Annotation, first: str, content: Content, which_side: str | None
) -> str | None:
    """Why ``first`` is not the stretch (or urgent action, or side question) ``item`` needs."""
    symptoms = {as_symptom_id(v) for k, v in item.slots.items() if k.startswith("symptom")}
    found = assess(content.triage, symptoms)
    if found is not None and found.tier in URGENT:
        # Red-flag words with a cramp come first (and the stretch may be the wrong help).
        advice = content.triage.tiers[found.tier]
        if first in (advice.action, advice.with_medicine):
            return None
        return f"first sentence is not the action {advice.action!r}"
    muscle_only = "muscle" in item.slots and "situation" not in item.slots and not symptoms
    if item.intent == "SymptomIntent" and muscle_only:
        asked = speech_catalog(content.locale).text("symptoms.what_you_feel")
        return None if first == asked else f"first sentence is not {asked!r}"
    muscle_id, side = item.slots.get("muscle"), item.slots.get("side")
    if muscle_id == Muscle.THIGH.value and side is not None and side in ThighSide.__members__:
        muscle_id = ThighSide(side).muscle.value  # "my thigh, at the back"
    if muscle_id == Muscle.THIGH.value and item.intent in STRETCH_INTENTS:
        question = _which_side(content, which_side)
        return None if first == question else f"first sentence is not {question!r}"
    if muscle_id is not None and muscle_id in Muscle.__members__:
        stretch = content.muscles[Muscle(muscle_id)].speech
    elif item.intent in (CRAMP_NOW_INTENT, "SymptomIntent"):
        stretch = content.cramp_now.speech
    else:
        return None  # a muscle-group line that is not about a cramp's stretch
    wanted = first_sentence(stretch)
    return None if first == wanted else f"first sentence is not the stretch {wanted!r}"


def judge(annotations: Iterable[Annotation], locale: str = "en-US") -> Iterator[Verdict]:
    """A verdict for every judged line, through the resolver and the real handler."""
    resolver = Resolver.for_locale(locale)
    handler = make_lambda_handler(Settings())
    content = load_content(locale)
    which_side = speech_catalog(locale).text("cramp_now.which_thigh")
    for item in annotations:
        if item.group not in JUDGED_GROUPS:
            continue
        resolution = resolver.resolve(item.utterance)
        envelope = EnvelopeFactory(locale=locale).resolved(resolution)
        response: dict[str, Any] = handler(envelope, None)
        said = speech_of(response.get("response", {}))
        first = first_sentence(said)
        problem = expected_problem(item, first, content, which_side, said)
        yield Verdict(item, resolution.intent, first, problem)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``safety-eval`` sub-command."""
    parser = subparsers.add_parser(
        "safety-eval",
        help="judge the first sentence said to every red-flag, medicine and muscle line",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="the annotation TSV")
    parser.add_argument("--locale", default="en-US")
    parser.set_defaults(func=run_safety_eval)


def run_safety_eval(args: argparse.Namespace) -> int:
    """Print the share judged right per group and every failure; exit 1 on any failure."""
    try:
        annotations = read_annotations(args.file)
    except (OSError, AnnotationError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    verdicts = list(judge(annotations, args.locale))
    for group in JUDGED_GROUPS:
        judged = [v for v in verdicts if v.annotation.group == group]
        right = sum(v.problem is None for v in judged)
        print(f"group {group}: {right}/{len(judged)} right")
    failures = [v for v in verdicts if v.problem is not None]
    for verdict in failures:
        print(
            f"WRONG line {verdict.annotation.line}: {verdict.annotation.utterance!r} "
            f"({verdict.intent}) said {verdict.said!r}: {verdict.problem}"
        )
    return 1 if failures else 0
