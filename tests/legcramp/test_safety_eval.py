"""The safety evaluation: what is *said* to every red-flag, medicine and muscle annotation line,
resolved offline and answered by the real handler, judged on its first sentence (target 100 %)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from legcramp.cli import main
from legcramp.contract import speech_of
from legcramp.resolver.evaluation import Annotation, read_annotations
from legcramp.safety import JUDGED_GROUPS, expected_problem, judge
from skill.advice.catalog import load_content

ANNOTATIONS = Path(__file__).resolve().parents[1] / "data" / "nlu_annotations.tsv"
CONTENT = load_content("en-US")


def test_every_safety_critical_line_is_answered_right_first() -> None:
    verdicts = list(judge(read_annotations(ANNOTATIONS)))
    assert {v.annotation.group for v in verdicts} == set(JUDGED_GROUPS)
    wrong = [
        f"line {v.annotation.line} {v.annotation.utterance!r} ({v.intent}): said {v.said!r}: "
        f"{v.problem}"
        for v in verdicts
        if v.problem is not None
    ]
    assert wrong == [], "\n".join(wrong)


def _line(group: str, tier: str | None = None, **slots: str) -> Annotation:
    return Annotation(1, "words", "SymptomIntent", slots, group, tier)


def test_the_judge_rejects_the_wrong_kind_of_help() -> None:
    stretch = "Straighten your knee and gently pull your toes toward your shin."
    emergency = CONTENT.triage.tiers["emergency"].action  # type: ignore[index]
    assert expected_problem(_line("red_flag", "emergency"), stretch, CONTENT) is not None
    assert expected_problem(_line("red_flag", "same_day"), emergency, CONTENT) is not None
    assert expected_problem(_line("red_flag", "emergency"), emergency, CONTENT) is None
    assert expected_problem(_line("medicine"), "Statins can cause aches.", CONTENT) is not None
    assert expected_problem(_line("muscle", muscle="THIGH_FRONT"), stretch, CONTENT) is not None
    red_calf = _line("muscle", muscle="CALF", symptom="SWOLLEN")
    assert expected_problem(red_calf, stretch, CONTENT) is not None


def test_a_cramp_now_on_a_medicine_is_judged_stretch_first_then_do_not_stop() -> None:
    line = Annotation(1, "words", "CrampNowIntent", {"muscle": "CALF"}, "medicine", None)
    stretch = "Straighten your knee and gently pull your toes toward your shin."
    do_not_stop = "Don't stop or change your water pills on your own; ask your pharmacist."
    both = f"{stretch} Or stand. {do_not_stop}"
    assert expected_problem(line, stretch, CONTENT, said=both) is None
    assert expected_problem(line, stretch, CONTENT, said=stretch) is not None  # medicine dropped
    assert expected_problem(line, do_not_stop, CONTENT, said=do_not_stop) is not None  # no stretch
    thigh = Annotation(1, "words", "CrampNowIntent", {"muscle": "THIGH"}, "medicine", None)
    question = "Is it the front or the back of your thigh?"
    assert expected_problem(thigh, question, CONTENT, question, said=question) is None
    assert expected_problem(thigh, stretch, CONTENT, question, said=both) is not None
    # A medicine question that is not a cramp now still opens with "don't stop or change".
    asked = Annotation(1, "words", "MedicineIntent", {"medicine": "DIURETIC"}, "medicine", None)
    assert expected_problem(asked, stretch, CONTENT, said=both) is not None
    assert expected_problem(asked, do_not_stop, CONTENT) is None


def test_the_command_prints_each_group_and_fails_on_a_wrong_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text(
        "utterance\tintent\tslots\tgroup\ttier\n"
        "my calf is swollen and red\tSymptomIntent\tsymptom=SWOLLEN\tred_flag\temergency\n",
        encoding="utf-8",
    )
    assert main(["safety-eval", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "group red_flag: 0/1 right" in out
    assert "WRONG line 2: 'my calf is swollen and red'" in out


@pytest.mark.parametrize(
    ("utterance", "first"),
    [
        ("i think i'm having a heart attack", "Call nine one one now."),
        ("heart attack", "Call nine one one now."),
        ("it won't stop", "Straighten your knee and gently pull your toes toward your shin."),
        ("make it stop", "Straighten your knee and gently pull your toes toward your shin."),
    ],
)
def test_what_a_listener_trial_found_unsafe_is_answered_right(
    utterance: str, first: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A heart attack was once met with a calf stretch, and "it won't stop" with goodnight."""
    assert main(["ask", "--json", utterance]) == 0
    turn = json.loads(capsys.readouterr().out)
    words = speech_of(turn["response"]["response"])
    assert words.startswith(first), words
