"""Every SSML the suite produces, checked by an independent validator: ssml-check-core (Amazon).

``legcramp.ssml_rules`` is our own reading of Alexa's SSML rules; this is a second opinion from
code we did not write. The SSML comes from every recorded request through the real handler,
every view of the conversation (all topics, list positions and stretches) in every shipped locale,
text that needs escaping, and a sample of generated requests. The validator runs in node
(``tests/robustness/node``, installed by ``make node-deps``) once for all of them.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skill.advice.catalog import load_content
from skill.builder import make_lambda_handler
from skill.locales import SHIPPED_LOCALES
from skill.settings import Settings
from skill.speech.ssml import to_ssml
from tests.conftest import REQUESTS_DIR, load_request
from tests.support.fuzzing import all_views, envelopes, reproducible

Json = dict[str, Any]
Handler = Callable[[Json, Any], Json]
NODE_DIR = Path(__file__).resolve().parent / "node"
CHECK_TIMEOUT_SECONDS = 120


def _skip_reason() -> str | None:
    if shutil.which("node") is None or shutil.which("npm") is None:
        return "node and npm are not installed: ssml-check-core is a node package"
    if not (NODE_DIR / "node_modules" / "ssml-check-core").is_dir():
        return "ssml-check-core is not installed: run `make node-deps` (needs npm)"
    return None


pytestmark = pytest.mark.skipif(_skip_reason() is not None, reason=str(_skip_reason()))

# SSML → (the locale it was produced for, where it came from), per group of the corpus.
Corpus = dict[str, tuple[str, str]]


def _ssml_of(response: Json) -> Iterator[str]:
    body = response.get("response") or {}
    for speech in (body.get("outputSpeech"), (body.get("reprompt") or {}).get("outputSpeech")):
        if speech and speech.get("type") == "SSML":
            yield speech["ssml"]


def _validator_locale(locale: object) -> str:
    return locale if isinstance(locale, str) and locale in SHIPPED_LOCALES else "en-US"


def _add(corpus: Corpus, response: Json, envelope: Json, origin: str) -> None:
    locale = _validator_locale(envelope.get("request", {}).get("locale"))
    for ssml in _ssml_of(response):
        corpus.setdefault(ssml, (locale, origin))


def _fixtures(handler: Handler) -> Corpus:
    corpus: Corpus = {}
    for path in sorted(REQUESTS_DIR.glob("*.json")):
        envelope = load_request(path.stem)
        _add(corpus, handler(envelope, None), envelope, f"fixture {path.stem}")
    return corpus


def _views(handler: Handler) -> Corpus:
    """Each view said again (Repeat) in each shipped locale, before and after the disclaimer."""
    corpus: Corpus = {}
    for locale in SHIPPED_LOCALES:
        for view in all_views(load_content(locale)):
            for disclaimed in (False, True):
                envelope = load_request("repeat_tampered")
                envelope["request"]["locale"] = locale
                envelope["session"]["attributes"] = {
                    "view": view.encode(),
                    "disclaimed": disclaimed,
                }
                response = handler(envelope, None)
                # Repeat said this very view (not the help it falls back to for a bad one).
                assert response["sessionAttributes"].get("view") == (
                    view.encode() if view.remembered else None
                )
                origin = f"{locale} {view.encode()} disclaimed={disclaimed}"
                _add(corpus, response, envelope, origin)
    return corpus


def _escaped_text() -> Corpus:
    corpus: Corpus = {}

    @reproducible(100)
    @given(text=st.text(max_size=60))
    def collect(text: str) -> None:
        corpus.setdefault(to_ssml((text,)), ("en-US", f"to_ssml({text!r})"))

    collect()
    for text in ("Tom & Jerry", "<5 minutes>", "&amp;", "a\x01b", "\ud800", "\"quoted\" 'too'"):
        corpus.setdefault(to_ssml((text,)), ("en-US", f"to_ssml({text!r})"))
    return corpus


def _generated(handler: Handler) -> Corpus:
    corpus: Corpus = {}

    @reproducible(200)
    @given(envelope=envelopes(request_type=st.sampled_from(["LaunchRequest", "IntentRequest"])))
    def collect(envelope: Json) -> None:
        _add(corpus, handler(envelope, None), envelope, f"generated {json.dumps(envelope)[:300]}")

    collect()
    return corpus


def _check(corpus: Corpus) -> dict[str, list[Json]]:
    """ssml-check-core's errors for each SSML of ``corpus`` (one node process for all)."""
    order = list(corpus)
    lines = "".join(json.dumps({"ssml": ssml, "locale": corpus[ssml][0]}) + "\n" for ssml in order)
    result = subprocess.run(
        ["node", str(NODE_DIR / "check_ssml.js")],
        input=lines,
        capture_output=True,
        text=True,
        timeout=CHECK_TIMEOUT_SECONDS,
        check=True,
    )
    verdicts = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(verdicts) == len(order), result.stderr
    return {ssml: verdict["errors"] for ssml, verdict in zip(order, verdicts, strict=True)}


GROUPS = ["fixtures", "views", "escaped text", "generated"]


@pytest.fixture(scope="module")
def corpora() -> dict[str, Corpus]:
    handler = make_lambda_handler(Settings())
    return {
        "fixtures": _fixtures(handler),
        "views": _views(handler),
        "escaped text": _escaped_text(),
        "generated": _generated(handler),
    }


@pytest.fixture(scope="module")
def verdicts(corpora: dict[str, Corpus]) -> dict[str, list[Json]]:
    everything: Corpus = {}
    for corpus in corpora.values():
        for ssml, where in corpus.items():
            everything.setdefault(ssml, where)
    return _check(everything)


def test_the_validator_is_really_checking(verdicts: dict[str, list[Json]]) -> None:
    flagged = _check({"<speak>Tom & Jerry</speak>": ("en-US", "a bare ampersand")})
    assert flagged["<speak>Tom & Jerry</speak>"], "ssml-check-core must flag a bare '&'"
    rate = _check({'<speak><prosody rate="5%">x</prosody></speak>': ("en-US", "too slow")})
    assert next(iter(rate.values())), "ssml-check-core must flag a rate below 20%"


@pytest.mark.parametrize("group", GROUPS)
def test_all_ssml_passes_ssml_check_core(
    corpora: dict[str, Corpus], verdicts: dict[str, list[Json]], group: str
) -> None:
    corpus = corpora[group]
    assert corpus, f"the {group} produced no SSML"
    failures = [f"{corpus[ssml][1]}: {verdicts[ssml]}" for ssml in corpus if verdicts[ssml]]
    assert failures == []
