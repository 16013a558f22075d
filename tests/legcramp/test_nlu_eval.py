"""The shipped annotation set, its accuracy, and ``legcramp nlu-eval``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from legcramp.model.utterances import key
from legcramp.resolver import Resolver
from legcramp.resolver.builtins import builtin_phrases
from legcramp.resolver.evaluation import AnnotationError, evaluate, read_annotations
from legcramp.resolver.resolver import model_document
from skill.advice.models import TopicId
from skill.names import CUSTOM_INTENTS, Intent

ANNOTATIONS = Path(__file__).resolve().parents[1] / "data" / "nlu_annotations.tsv"
FALLBACK = Intent.FALLBACK.value


def test_annotation_set_size_and_coverage() -> None:
    rows = read_annotations(ANNOTATIONS)
    assert len(rows) >= 150
    intents = Counter(row.intent for row in rows)
    assert intents[FALLBACK] >= 20
    assert set(intents) <= {i.value for i in Intent}
    assert {i.value for i in CUSTOM_INTENTS} <= set(intents)
    assert len([i for i in intents if i.startswith("AMAZON.") and i != FALLBACK]) >= 10
    topics = {row.topic for row in rows if row.topic is not None}
    assert topics <= {t.value for t in TopicId}
    assert len(topics) >= 15
    assert all(row.topic is None for row in rows if row.intent != Intent.TOPIC.value)
    assert len({row.utterance for row in rows}) == len(rows)


def test_annotations_are_not_copies_of_samples_or_built_in_phrases() -> None:
    language = model_document("en-US")["interactionModel"]["languageModel"]
    known = {key(s) for i in language["intents"] for s in i["samples"] if "{" not in s}
    known |= {key(p) for items in builtin_phrases().values() for p in items}
    copies = [row.utterance for row in read_annotations(ANNOTATIONS) if key(row.utterance) in known]
    assert copies == []


def test_shipped_set_accuracy() -> None:
    result = evaluate(Resolver.for_locale("en-US"), read_annotations(ANNOTATIONS))
    assert result.accuracy >= 0.95, [m.annotation.utterance for m in result.misses]
    strangers = [o for o in result.outcomes if o.annotation.intent == FALLBACK]
    assert sum(o.correct for o in strangers) / len(strangers) >= 0.8


def write(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "set.tsv"
    path.write_text("# a comment\nutterance\tintent\ttopic\n" + "".join(rows), encoding="utf-8")
    return path


def test_command_on_the_shipped_set(
    resolve_cli: Callable[..., int], capsys: pytest.CaptureFixture[str]
) -> None:
    assert resolve_cli("nlu-eval", str(ANNOTATIONS)) == 0
    first, *misses = capsys.readouterr().out.splitlines()
    assert first.startswith("accuracy ")
    assert f"on {ANNOTATIONS} for en-US" in first
    assert all(line.startswith("MISS line ") for line in misses)


def test_command_lists_misses_and_fails_below_the_bar(
    resolve_cli: Callable[..., int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(
        tmp_path,
        "does magnesium help\tTopicIntent\tMINERALS\n",
        "is it my thyroid\tTopicIntent\t\n",
        "does magnesium help at night\tTopicIntent\tQUININE\n",
        "play some jazz\tCausesIntent\t\n",
    )
    assert resolve_cli("nlu-eval", str(path)) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"accuracy 50.00% (2/4) on {path} for en-US"
    assert out[1].startswith(
        "MISS line 5: 'does magnesium help at night': expected TopicIntent QUININE, "
        "got TopicIntent MINERALS"
    )
    assert out[2].startswith("MISS line 6: 'play some jazz': expected CausesIntent, got AMAZON.")
    assert resolve_cli("nlu-eval", str(path), "--min-accuracy", "0.5") == 0


def test_command_per_locale(
    resolve_cli: Callable[..., int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "can i take paracetamol\tTopicIntent\tPAINKILLERS\n")
    assert resolve_cli("nlu-eval", str(path), "--locale", "en-GB") == 0
    assert resolve_cli("nlu-eval", str(path), "--locale", "en-US") == 1
    capsys.readouterr()


def test_malformed_files(
    resolve_cli: Callable[..., int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    headless = tmp_path / "headless.tsv"
    headless.write_text("does magnesium help\tTopicIntent\tMINERALS\n", encoding="utf-8")
    with pytest.raises(AnnotationError, match="header"):
        read_annotations(headless)
    assert resolve_cli("nlu-eval", str(headless)) == 1
    assert resolve_cli("nlu-eval", str(tmp_path / "absent.tsv")) == 1
    with pytest.raises(AnnotationError, match="required"):
        read_annotations(write(tmp_path, "\tTopicIntent\t\n"))
    capsys.readouterr()
