"""``legcramp screens --out DIR``: every night screen at every viewport, as PNG (and HTML).

Each screen is what the real handler answers to a request from a device with a screen: the
RenderDocument's document and data, drawn by ``legcramp.apl_preview`` and photographed by headless
Chromium (Debian's ``chromium``) at the viewport's size. Without Chromium the HTML pages are
written and the command says how to get the pictures.
"""

from __future__ import annotations

import argparse
import copy
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

from legcramp.apl_preview import VIEWPORTS, Viewport, to_html
from legcramp.envelopes import EnvelopeFactory
from skill.builder import make_lambda_handler
from skill.names import Intent, IntentName
from skill.settings import Settings

RENDER = "Alexa.Presentation.APL.RenderDocument"
BROWSERS = ("chromium", "chromium-browser", "google-chrome")
SHOT_SECONDS = 60
# The diary chart: the real handler's answer to DiarySummaryIntent, on a throwaway SQLite diary
# holding these sample nights (cramps per night, oldest first, the last one being last night).
SAMPLE_CHART = "diary-chart-sample"
SAMPLE_COUNTS = (0, 1, 0, 0, 2, 0, 1, 0, 0, 0, 1, 3, 0, 0, 1, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0)
SAMPLE_NOW = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)  # a Monday morning
SAMPLE_HOUR = time(23)  # each sample cramp came late in its night's evening (UTC)
# The screens: a name and the request that shows it.
SCREENS: tuple[tuple[str, IntentName, dict[str, Any]], ...] = (
    ("cramp-now", Intent.CRAMP_NOW, {}),
    ("stretch", Intent.STRETCH, {}),
    ("triage", Intent.SEE_DOCTOR, {}),
    ("topic", Intent.TOPIC, {"topic": "MINERALS"}),
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``screens`` sub-command."""
    screens = subparsers.add_parser(
        "screens",
        help="render every night screen at every viewport to PNG (headless Chromium)",
        description="Writes NAME-VIEWPORT.png (and .html) for each screen and viewport: "
        + ", ".join(f"{v.name} ({v.device}, {v.width}x{v.height})" for v in VIEWPORTS)
        + ".",
    )
    screens.add_argument("--out", type=Path, required=True, metavar="DIR")
    screens.add_argument("--locale", default="en-US")
    screens.set_defaults(func=run_screens)


def screen_requests(locale: str, viewport: Viewport) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each screen's name and a request for it from a device with ``viewport``."""
    from legcramp.resolution import ResolutionStatus, SlotResolution  # noqa: PLC0415

    factory = EnvelopeFactory(locale=locale)
    for name, intent, slots in SCREENS:
        resolved = {
            slot: SlotResolution(value.lower(), ResolutionStatus.MATCH, value, value.lower())
            for slot, value in slots.items()
        }
        yield name, on_device(factory.intent(intent, resolved), viewport)


def on_device(envelope: dict[str, Any], viewport: Viewport) -> dict[str, Any]:
    """``envelope`` as a device with ``viewport`` that renders APL sends it."""
    event = copy.deepcopy(envelope)
    event["context"]["System"]["device"]["supportedInterfaces"] = {
        "Alexa.Presentation.APL": {"runtime": {"maxVersion": "2024.2"}}
    }
    event["context"]["Viewport"] = {
        "shape": viewport.shape.upper(),
        "pixelWidth": viewport.width,
        "pixelHeight": viewport.height,
        "dpi": 160,
        "currentPixelWidth": viewport.width,
        "currentPixelHeight": viewport.height,
    }
    return event


def browser() -> str | None:
    """The headless browser to photograph pages with, if one is installed."""
    return next((found for name in BROWSERS if (found := shutil.which(name))), None)


def photograph(chrome: str, page: Path, picture: Path, viewport: Viewport) -> None:
    """A PNG of ``page`` at exactly the viewport's size."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                chrome,
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                "--force-device-scale-factor=1",
                f"--user-data-dir={profile}",
                f"--window-size={viewport.width},{viewport.height}",
                f"--screenshot={picture}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=SHOT_SECONDS,
        )


def run_screens(args: argparse.Namespace) -> int:
    """Write every screen at every viewport; 1 if no browser could take the pictures."""
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    handler = make_lambda_handler(Settings())
    chrome = browser()
    pages: list[tuple[Path, Viewport]] = []
    for viewport in VIEWPORTS:
        for name, event in screen_requests(args.locale, viewport):
            response = handler(event, None)
            [render] = [
                d for d in response["response"].get("directives", []) if d["type"] == RENDER
            ]
            page = out / f"{name}-{viewport.name}.html"
            page.write_text(to_html(render["document"], render["datasources"], viewport), "utf-8")
            pages.append((page, viewport))
        pages.append((sample_chart(args.locale, viewport, out), viewport))
    for page, viewport in pages:
        if chrome is not None:
            picture = page.with_suffix(".png")
            photograph(chrome, page.resolve(), picture, viewport)
            print(picture)
        else:
            print(page)
    if chrome is None:
        print("no headless browser found: install Debian's chromium for the PNGs")
        return 1
    return 0


def sample_chart(locale: str, viewport: Viewport, out: Path) -> Path:
    """The diary summary's screen as the real handler sends it to ``viewport``, from a
    throwaway SQLite diary holding ``SAMPLE_COUNTS``, as an HTML page."""
    from skill.diary.entries import Owner, new_entry  # noqa: PLC0415
    from skill.diary.store import open_store  # noqa: PLC0415
    from skill.diary.summary import night_of  # noqa: PLC0415

    def clock() -> datetime:
        return SAMPLE_NOW

    factory = EnvelopeFactory(locale=locale, clock=clock)
    last_night = night_of(SAMPLE_NOW, UTC)
    with tempfile.TemporaryDirectory() as folder:
        store_url = f"sqlite:///{Path(folder) / 'diary.db'}"
        diary = open_store(store_url, clock=clock)
        owner = Owner.from_alexa(factory.user_id)
        for back, count in enumerate(reversed(SAMPLE_COUNTS)):
            if count:
                when = datetime.combine(last_night - timedelta(days=back), SAMPLE_HOUR, UTC)
                diary.add(owner, new_entry(now=SAMPLE_NOW, when=when, count=count))
        handler = make_lambda_handler(Settings(store=store_url), clock=clock)
        response = handler(on_device(factory.intent(Intent.DIARY_SUMMARY), viewport), None)
    [render] = [d for d in response["response"].get("directives", []) if d["type"] == RENDER]
    page = out / f"{SAMPLE_CHART}-{viewport.name}.html"
    page.write_text(to_html(render["document"], render["datasources"], viewport), "utf-8")
    return page
