"""``legcramp screens``: the real handler's night screens drawn as HTML at every viewport, and
photographed by headless Chromium where it is installed."""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any

import pytest

from legcramp.apl_preview import VIEWPORTS, UnsupportedError, evaluate, to_html
from legcramp.screens import (
    RENDER,
    SAMPLE_COUNTS,
    SCREENS,
    browser,
    photograph,
    sample_chart,
    screen_requests,
)
from skill.builder import make_lambda_handler
from skill.settings import Settings


def rendered(viewport_name: str) -> dict[str, dict[str, Any]]:
    """Each screen's RenderDocument, as the real handler sends it to that viewport."""
    viewport = next(v for v in VIEWPORTS if v.name == viewport_name)
    handler = make_lambda_handler(Settings())
    found = {}
    for name, event in screen_requests("en-US", viewport):
        directives = handler(event, None)["response"]["directives"]
        found[name] = next(d for d in directives if d["type"] == RENDER)
    return found


@pytest.mark.parametrize("viewport", VIEWPORTS, ids=lambda v: v.name)
def test_every_screen_draws_at_every_viewport(viewport: Any) -> None:
    for name, render in rendered(viewport.name).items():
        page = to_html(render["document"], render["datasources"], viewport)
        night = render["datasources"]["night"]
        assert night["headline"].split()[0] in page, name
        assert "${" not in page and "@" not in page.split("<body>")[1], name
        round_only = viewport.shape == "round"
        assert (night["body"].split()[0] in page) is not round_only or not night["body"], name
    assert {name for name, _, _ in SCREENS} == set(rendered(viewport.name))


def test_expressions_and_resources_evaluate_as_apl_does() -> None:
    scope = {"viewport": {"shape": "round", "pixelWidth": 480}, "payload": {"n": 3, "s": ""}}
    resources = {"amber": "#E0A84E", "ink": "#C8B597"}
    assert evaluate("${payload.n > 2 ? @amber : @ink}", scope, resources) == "#E0A84E"
    small = "${viewport.shape != 'round' && viewport.pixelWidth < 1100}"
    assert evaluate(small, scope, {}) is False
    assert evaluate("${payload.s != ''}", scope, {}) is False
    assert evaluate("n = ${payload.n - 1}", scope, {}) == "n = 2"
    assert evaluate("@ink", scope, resources) == "#C8B597"
    with pytest.raises(UnsupportedError):
        evaluate("${Math.min(1, 2)}", scope, {})


def test_a_component_the_preview_cannot_draw_is_refused() -> None:
    document = {"type": "APL", "mainTemplate": {"items": [{"type": "VectorGraphic"}]}}
    with pytest.raises(UnsupportedError):
        to_html(document, {}, VIEWPORTS[0])


def test_chromium_photographs_a_screen_at_the_viewport_size(tmp_path: Path) -> None:
    chrome = browser()
    if chrome is None:
        pytest.skip("no headless Chromium: `apt-get install chromium` to take the pictures")
    viewport = VIEWPORTS[1]
    render = rendered(viewport.name)["cramp-now"]
    page = tmp_path / "cramp-now.html"
    page.write_text(to_html(render["document"], render["datasources"], viewport), "utf-8")
    picture = tmp_path / "cramp-now.png"
    photograph(chrome, page, picture, viewport)
    header = picture.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", header[16:24]) == (viewport.width, viewport.height)


def test_the_sample_diary_chart_draws_as_svg(tmp_path: Path) -> None:
    """The real handler's diary summary on a diary of sample nights, drawn."""
    page = sample_chart("en-US", VIEWPORTS[2], tmp_path).read_text("utf-8")
    assert page.count("<svg") == 1
    assert page.count("<path") == 2  # the axis and the bars
    assert page.count(" Z") == sum(1 for count in SAMPLE_COUNTS if count)  # a bar a night
    assert "Four weeks ago" in page
    assert "In the last 7 nights you logged" in page  # what the summary said
