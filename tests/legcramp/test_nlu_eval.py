"""The shipped annotation set, its accuracy targets, and ``legcramp nlu-eval``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from legcramp.model.utterances import key
from legcramp.resolver import Resolver
from legcramp.resolver.builtins import builtin_phrases
from legcramp.resolver.evaluation import (
    GROUPS,
    TIERS,
    AnnotationError,
    evaluate,
    read_annotations,
)
from legcramp.resolver.resolver import model_document
from skill.names import CUSTOM_INTENTS, INTENTS, Intent

ANNOTATIONS = Path(__file__).resolve().parents[1] / "data" / "nlu_annotations.tsv"
FALLBACK = Intent.FALLBACK
HEADER = "utterance\tintent\tslots\tgroup\ttier\n"
# The targets for the offline resolver on the shipped set.
MIN_OVERALL = 0.97
MIN_OUT_OF_DOMAIN = 0.95
# The minimum number of new lines per group (core: the first set, kept as it was).
MIN_NEW_LINES = {
    "red_flag": 80,
    "medicine": 40,
    "muscle": 40,
    "long_tail": 120,
    "out_of_domain": 50,
    "diary": 30,
}


def language() -> dict[str, Any]:
    found: dict[str, Any] = model_document("en-US")["interactionModel"]["languageModel"]
    return found


def test_annotation_set_size_and_coverage() -> None:
    rows = read_annotations(ANNOTATIONS)
    groups = Counter(row.group for row in rows)
    for group, least in MIN_NEW_LINES.items():
        assert groups[group] >= least, group
    assert sum(n for group, n in groups.items() if group != "core") >= 400
    assert groups["core"] >= 150
    intents = Counter(row.intent for row in rows)
    assert intents[FALLBACK] >= 70
    assert set(intents) <= set(INTENTS)
    assert set(CUSTOM_INTENTS) <= set(intents)
    assert len([i for i in intents if i.startswith("AMAZON.") and i != FALLBACK]) >= 10
    assert all(row.intent == FALLBACK for row in rows if row.group == "out_of_domain")
    assert len({row.utterance for row in rows}) == len(rows)


def test_slots_are_declared_and_ids_are_listed_values() -> None:
    model = language()
    declared = {
        i["name"]: {s["name"]: s["type"] for s in i.get("slots", [])} for i in model["intents"]
    }
    ids = {t["name"]: {v["id"] for v in t["values"]} for t in model["types"]}
    rows = read_annotations(ANNOTATIONS)
    for row in rows:
        for name, value in row.slots.items():
            assert name in declared[row.intent], (row.line, name)
            assert value in ids[declared[row.intent][name]], (row.line, value)
    topics = {row.slots["topic"] for row in rows if "topic" in row.slots}
    assert len(topics) >= 23
    filled = Counter(name for row in rows for name in row.slots)
    assert filled["symptomThree"] >= 3 and filled["situation"] >= 10
    assert filled["medicine"] >= 50 and filled["muscle"] >= 80


def test_red_flag_lines_carry_the_tier_to_lead_with() -> None:
    rows = read_annotations(ANNOTATIONS)
    red = [row for row in rows if row.group == "red_flag"]
    assert all(row.tier in TIERS for row in red)
    assert all(row.tier is None for row in rows if row.group != "red_flag")
    tiers = Counter(row.tier for row in red)
    assert tiers["emergency"] >= 20 and tiers["same_day"] >= 20 and tiers["appointment"] >= 20
    assert all(row.slots for row in red)


def test_annotations_are_not_copies_of_samples_or_built_in_phrases() -> None:
    samples = {key(s) for i in language()["intents"] for s in i["samples"] if "{" not in s}
    samples |= {key(p) for items in builtin_phrases().values() for p in items}
    copies = [r.utterance for r in read_annotations(ANNOTATIONS) if key(r.utterance) in samples]
    assert copies == []


def test_new_lines_are_not_samples_filled_with_their_own_values() -> None:
    resolver = Resolver.for_locale("en-US")
    rows = [row for row in read_annotations(ANNOTATIONS) if row.group != "core"]
    assert [row.utterance for row in rows if resolver.is_sample(row.utterance)] == []


@pytest.fixture(scope="module")
def shipped() -> Any:
    return evaluate(Resolver.for_locale("en-US"), read_annotations(ANNOTATIONS))


def test_overall_accuracy_target(shipped: Any) -> None:
    misses = [(m.annotation.utterance, m.resolution.intent) for m in shipped.misses]
    assert shipped.accuracy >= MIN_OVERALL, misses


def test_out_of_domain_target(shipped: Any) -> None:
    strangers = shipped.group("out_of_domain")
    assert strangers.total >= 50
    assert strangers.share >= MIN_OUT_OF_DOMAIN, [
        m.annotation.utterance for m in shipped.misses if m.annotation.group == "out_of_domain"
    ]


# A red flag heard as a topic or as Fallback, a medicine or a muscle missed, is a wrong answer
# to a worried person: every such line resolves exactly, in every locale's model.
SAFETY_CRITICAL = ("red_flag", "medicine", "muscle")


@pytest.mark.parametrize("locale", ["en-AU", "en-CA", "en-GB", "en-IN", "en-US"])
def test_safety_critical_lines_all_resolve_exactly(locale: str) -> None:
    rows = [row for row in read_annotations(ANNOTATIONS) if row.group in SAFETY_CRITICAL]
    result = evaluate(Resolver.for_locale(locale), rows)
    assert [(m.annotation.utterance, m.resolution.intent, m.slots) for m in result.misses] == []


def test_slot_accuracy_on_every_group(shipped: Any) -> None:
    assert shipped.slot_accuracy.share >= 0.97
    assert set(shipped.groups) == set(GROUPS)


def write(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "set.tsv"
    path.write_text("# a comment\n" + HEADER + "".join(rows), encoding="utf-8")
    return path


def test_command_on_the_shipped_set(
    resolve_cli: Callable[..., int], capsys: pytest.CaptureFixture[str], shipped: Any
) -> None:
    status = resolve_cli("nlu-eval", str(ANNOTATIONS))
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("accuracy ") and f"on {ANNOTATIONS} for en-US" in lines[0]
    assert lines[1].startswith("slot accuracy ")
    groups = 2 + len(GROUPS)
    assert [line.split(":")[0] for line in lines[2:groups]] == [f"group {g}" for g in GROUPS]
    intents = [line for line in lines if line.startswith("intent ")]
    assert len(intents) >= len(INTENTS) - 3
    assert all("precision" in line and "recall" in line for line in intents)
    misses = [line for line in lines if line.startswith("MISS line ")]
    assert len(misses) == len(shipped.misses)
    assert len(lines) == groups + len(intents) + len(misses)
    met = shipped.accuracy >= MIN_OVERALL and shipped.group("out_of_domain").share >= 0.95
    assert status == (0 if met else 1)


def test_command_lists_misses_and_fails_below_the_bar(
    resolve_cli: Callable[..., int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(
        tmp_path,
        "does magnesium help\tTopicIntent\ttopic=MINERALS\tcore\t\n",
        "my calf is swollen red and hot\tSymptomIntent\t"
        "muscle=CALF;symptom=SWOLLEN;symptomTwo=RED;symptomThree=WARM\tred_flag\tsame_day\n",
        "does magnesium help at night\tTopicIntent\ttopic=QUININE\tlong_tail\t\n",
        "play some jazz\tCausesIntent\t\tout_of_domain\t\n",
    )
    assert resolve_cli("nlu-eval", str(path), "--min-out-of-domain", "0") == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"accuracy 50.00% (2/4) on {path} for en-US"
    assert out[1] == "slot accuracy 66.67% (2/3) of the lines with the right intent"
    assert "group red_flag: 100.00% (1/1)" in out
    assert "group long_tail: 0.00% (0/1)" in out
    causes = next(line for line in out if line.startswith("intent CausesIntent"))
    assert "precision 100.00% (0/0)" in causes and "recall 0.00% (0/1)" in causes
    misses = [line for line in out if line.startswith("MISS")]
    assert misses[0].startswith(
        "MISS line 5: 'does magnesium help at night': expected TopicIntent topic=QUININE, "
        "got TopicIntent topic=MINERALS"
    )
    assert misses[1].startswith("MISS line 6: 'play some jazz': expected CausesIntent, got AMAZON.")
    assert (
        resolve_cli("nlu-eval", str(path), "--min-accuracy", "0.5", "--min-out-of-domain", "0") == 0
    )
    assert resolve_cli("nlu-eval", str(path), "--min-accuracy", "0.5") == 1  # 0 of 1 to Fallback
    capsys.readouterr()


def test_command_per_locale(
    resolve_cli: Callable[..., int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "can i take co codamol\tTopicIntent\ttopic=PAINKILLERS\tcore\t\n")
    assert resolve_cli("nlu-eval", str(path), "--locale", "en-GB") == 0
    assert resolve_cli("nlu-eval", str(path), "--locale", "en-US") == 1
    capsys.readouterr()


@pytest.mark.parametrize(
    ("row", "complaint"),
    [
        ("\tTopicIntent\t\tcore\t\n", "required"),
        ("does magnesium help\tTopicIntent\ttopic=MINERALS\tsomewhere\t\n", "group"),
        ("my calf is swollen\tSymptomIntent\tsymptom=SWOLLEN\tred_flag\t\n", "needs a tier"),
        ("my calf is swollen\tSymptomIntent\tsymptom=SWOLLEN\tred_flag\tsoon\n", "needs a tier"),
        ("does magnesium help\tTopicIntent\ttopic=MINERALS\tcore\tsame_day\n", "only red_flag"),
        ("does magnesium help\tTopicIntent\ttopic MINERALS\tcore\t\n", "name=ID"),
        ("does magnesium help\tTopicIntent\ttopic=A;topic=B\tcore\t\n", "twice"),
        ("does magnesium help\tTopicIntent\t\tcore\t\textra\n", "columns"),
    ],
)
def test_malformed_rows(tmp_path: Path, row: str, complaint: str) -> None:
    with pytest.raises(AnnotationError, match=complaint):
        read_annotations(write(tmp_path, row))


def test_malformed_files(
    resolve_cli: Callable[..., int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    headless = tmp_path / "headless.tsv"
    headless.write_text(
        "does magnesium help\tTopicIntent\ttopic=MINERALS\tcore\t\n", encoding="utf-8"
    )
    with pytest.raises(AnnotationError, match="header"):
        read_annotations(headless)
    old = tmp_path / "old.tsv"
    old.write_text("utterance\tintent\ttopic\ndoes magnesium help\tTopicIntent\tMINERALS\n")
    with pytest.raises(AnnotationError, match="header"):
        read_annotations(old)
    assert resolve_cli("nlu-eval", str(headless)) == 1
    assert resolve_cli("nlu-eval", str(tmp_path / "absent.tsv")) == 1
    capsys.readouterr()


def test_slots_read_as_a_mapping(tmp_path: Path) -> None:
    [row] = read_annotations(
        write(
            tmp_path,
            " my calf is swollen and red \tSymptomIntent\t symptom=SWOLLEN ; symptomTwo=RED;"
            "muscle=CALF\tred_flag\tsame_day\n",
        )
    )
    assert row.utterance == "my calf is swollen and red"
    assert dict(row.slots) == {"symptom": "SWOLLEN", "symptomTwo": "RED", "muscle": "CALF"}
    assert (row.group, row.tier, row.line) == ("red_flag", "same_day", 3)
