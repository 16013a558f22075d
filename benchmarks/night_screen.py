"""The night screen's costs: cold start of a voice-only request (which must not load the APL
document) against a minimal skill, and the largest response of every view on a screen device.

Cold start is a fresh ``python -I`` per run: import ``lambda_function`` + first response, for our
handler answering "what do I do for a cramp right now" (a view that carries a screen) on a
voice-only device and on an Echo Show, and for the minimal ask-sdk-core skill answering a
LaunchRequest, runs interleaved. Sizes: every view the skill can say (``VIEWS.every``), asked for
again by "repeat" from an APL device, serialised as Lambda returns it.

    .venv/bin/python benchmarks/night_screen.py [--runs 30]
"""

from __future__ import annotations

import argparse
import copy
import json
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
from skill.builder import VIEWS, make_lambda_handler
from skill.names import Attr, Intent
from skill.settings import Settings

COLD_TARGET = 1.15
OUR_CODE = ROOT / "lambda"
APL = {"Alexa.Presentation.APL": {"runtime": {"maxVersion": "2024.2"}}}
# The response limits: the conservative figure the contract tests hold to, and today's.
LIMIT_CONSERVATIVE = 24_576
LIMIT_CURRENT = 120 * 1024
RENDER = "Alexa.Presentation.APL.RenderDocument"


def with_screen(event: dict[str, Any]) -> dict[str, Any]:
    shown = copy.deepcopy(event)
    shown["context"]["System"]["device"]["supportedInterfaces"] = dict(APL)
    return shown


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30, help="cold starts per handler")
    args = parser.parse_args()
    python = Path(sys.executable)
    print(f"Python {sys.version.split()[0]} ({python})")
    cold_table(python, args.runs)
    size_table()
    return 0


def cold_table(python: Path, runs: int) -> None:
    cramp = EnvelopeFactory(locale="en-US").intent(Intent.CRAMP_NOW)
    cases = {
        f"{OURS}, CrampNowIntent, voice-only": (OUR_CODE, cramp),
        f"{OURS}, CrampNowIntent, APL device": (OUR_CODE, with_screen(cramp)),
        f"{REFERENCE}, LaunchRequest": (REFERENCE_DIR, launch_event()),
    }
    samples: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(runs):
        for name, (code, event) in cases.items():
            samples[name].append(cold_start(python, [code], event, bare=False).import_and_first)
    reference = Summary.of(samples[f"{REFERENCE}, LaunchRequest"])
    rows = []
    for name, values in samples.items():
        summary = Summary.of(values)
        ratio = summary.median / reference.median
        target = verdict(ratio, COLD_TARGET) if name.endswith("voice-only") else ""
        rows.append(
            [
                name,
                str(summary.count),
                ms(summary.median),
                f"{ms(summary.p10)}-{ms(summary.p90)}",
                f"{ratio:.3f}x",
                target,
            ]
        )
    print_table(
        "Cold start in a fresh interpreter: import + first response (ms)",
        ["handler, request", "runs", "median", "p10-p90", "ratio", "target"],
        rows,
    )


def size_table() -> None:
    handler = make_lambda_handler(Settings())
    factory = EnvelopeFactory(locale="en-US")
    sizes: list[tuple[int, str, bool]] = []
    for view in VIEWS.every(factory_content()):
        event = with_screen(factory.intent(Intent.REPEAT))
        attributes = {Attr.VIEW: view.encode(), Attr.DISCLAIMED: False}
        event["session"]["attributes"] = attributes
        response = handler(event, None)
        directives = response["response"].get("directives", [])
        shown = any(d.get("type") == RENDER for d in directives)
        sizes.append((len(json.dumps(response).encode("utf-8")), view.encode(), shown))
    sizes.sort(reverse=True)
    screens = sum(1 for _, _, shown in sizes if shown)
    rows = [
        [
            encoded,
            "yes" if shown else "no",
            str(size),
            f"{size / LIMIT_CONSERVATIVE:.1%}",
            f"{size / LIMIT_CURRENT:.1%}",
        ]
        for size, encoded, shown in sizes[:5]
    ]
    print_table(
        f"Largest responses on an APL device ({len(sizes)} views, {screens} with a screen), bytes",
        ["view", "screen", "bytes", f"of {LIMIT_CONSERVATIVE}", f"of {LIMIT_CURRENT}"],
        rows,
    )


def factory_content() -> Any:
    from skill.advice.catalog import load_content  # noqa: PLC0415

    return load_content("en-US")


if __name__ == "__main__":
    sys.exit(main())
