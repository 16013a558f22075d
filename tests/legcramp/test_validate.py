"""``legcramp validate``: a clean model passes; each rule has a fixture that produces its error."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from legcramp.model import commands
from legcramp.model.layout import Layout
from legcramp.model.project import skill_facts
from legcramp.model.validate import ProjectFacts, validate

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "models"
LANGUAGE = "$.interactionModel.languageModel"
PHRASES = "$.manifest.publishingInformation.locales.en-US"
MODEL = "skill-package/interactionModels/custom/en-US.json"
MANIFEST = "skill-package/skill.json"

# fixture → (rule it breaks, a file and JSON path the error must name)
EXPECTED: dict[str, tuple[str, str, str]] = {
    "r01-locale-not-in-manifest": ("R1", "skill-package/interactionModels/custom/en-GB.json", "$"),
    "r02-invalid-json": ("R2", MODEL, "$"),
    "r03-upper-case-invocation": ("R3", MODEL, f"{LANGUAGE}.invocationName"),
    "r04-one-word-invocation": ("R4", MODEL, f"{LANGUAGE}.invocationName"),
    "r05-launch-word-in-invocation": ("R5", MODEL, f"{LANGUAGE}.invocationName"),
    "r06-period-after-word": ("R6", MODEL, f"{LANGUAGE}.invocationName"),
    "r07-duplicate-intent": ("R7", MODEL, f"{LANGUAGE}.intents[7].name"),
    "r08-missing-fallback": ("R8", MODEL, f"{LANGUAGE}.intents"),
    "r09-too-many-intents": ("R9", MODEL, f"{LANGUAGE}.intents"),
    "r10-bad-type-name": ("R10", MODEL, f"{LANGUAGE}.types[1].name"),
    "r11-unknown-slot-type": ("R11", MODEL, f"{LANGUAGE}.intents[5].slots[0].type"),
    "r12-slot-named-like-intent": ("R12", MODEL, f"{LANGUAGE}.intents[5].slots[0].name"),
    "r13-undeclared-slot": ("R13", MODEL, f"{LANGUAGE}.intents[5].samples[2]"),
    "r14-question-mark": ("R14", MODEL, f"{LANGUAGE}.intents[5].samples[2]"),
    "r15-duplicate-sample": ("R15", MODEL, f"{LANGUAGE}.intents[6].samples[2]"),
    "r16-search-query-only": ("R16", MODEL, f"{LANGUAGE}.intents[7].samples[0]"),
    "r17-long-synonym": ("R17", MODEL, f"{LANGUAGE}.types[0].values[0].name.synonyms[1]"),
    "r18-missing-prompt": (
        "R18",
        MODEL,
        "$.interactionModel.dialog.intents[0].slots[0].prompts.elicitation",
    ),
    "r34-example-not-a-sample": ("R34", MANIFEST, f"{PHRASES}.examplePhrases[2]"),
    "r35-http-endpoint": ("R35", MANIFEST, "$.manifest.apis.custom.endpoint.uri"),
    "r36-can-fulfill-not-declared": ("R36", MANIFEST, "$.manifest.apis.custom.interfaces"),
    "r37-no-disclaimer": ("R37", MANIFEST, f"{PHRASES}.description"),
}


def test_every_fixture_is_mapped() -> None:
    on_disk = {path.name for path in FIXTURES.iterdir() if path.is_dir()}
    assert on_disk == {*EXPECTED, "clean"}
    checks = {int(rule.removeprefix("R")) for rule, _, _ in EXPECTED.values()}
    assert checks == {*range(1, 19), 34, 35, 36, 37}


def test_clean_fixture_passes() -> None:
    assert validate(Layout(FIXTURES / "clean"), ProjectFacts()) == []


@pytest.mark.parametrize("fixture", sorted(EXPECTED))
def test_fixture_produces_only_its_rule(fixture: str) -> None:
    rule, file, path = EXPECTED[fixture]
    findings = validate(Layout(FIXTURES / fixture), ProjectFacts())
    assert {finding.rule for finding in findings} == {rule}
    assert (file, path) in {(finding.file, finding.path) for finding in findings}


def test_finding_line_names_file_path_and_rule() -> None:
    findings = validate(Layout(FIXTURES / "r14-question-mark"), ProjectFacts())
    assert [str(finding) for finding in findings] == [
        f"{MODEL}: {LANGUAGE}.intents[5].samples[2]: [R14] 'why do i get cramps?': "
        "character '?' is not allowed in a sample"
    ]


def test_cfir_declared_without_a_handler_is_an_error() -> None:
    findings = validate(Layout(FIXTURES / "clean"), ProjectFacts(handles_can_fulfill=False))
    assert [(f.rule, f.path) for f in findings] == [("R36", "$.manifest.apis.custom.interfaces")]


def test_the_repository_passes_with_the_real_skill() -> None:
    layout = Layout.repo()
    facts, problems, _ = skill_facts(layout)
    assert problems == []
    assert facts.handled_intents is not None
    assert [str(finding) for finding in validate(layout, facts)] == []


def run(root: Path) -> int:
    return commands.run_validate(argparse.Namespace(root=root))


def test_command_exit_status_and_one_line_per_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(Layout.repo().root) == 0
    assert capsys.readouterr().out == ""
    assert run(FIXTURES / "r35-http-endpoint") == 1
    lines = capsys.readouterr().out.splitlines()
    assert all(re.match(r"^\S+: \$\S*: \[[A-Z0-9]+\] \S", line) for line in lines)
    assert f"{MANIFEST}: $.manifest.apis.custom.endpoint.uri: [R35]" in "\n".join(lines)
