"""``template.yaml`` (AWS SAM) passes cfn-lint and says what the issue requires of the function."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cfnlint.api import lint, lint_file
from cfnlint.decode import decode

from legcramp.package import DEFAULT_OUT
from legcramp.packaging.layout import HANDLER, project_root

ROOT = project_root()
TEMPLATE = ROOT / "template.yaml"


@pytest.fixture(scope="module")
def template() -> dict[str, Any]:
    decoded, errors = decode(str(TEMPLATE))
    assert not errors
    assert isinstance(decoded, dict)
    return decoded


def function_properties(template: dict[str, Any]) -> dict[str, Any]:
    functions = [
        resource["Properties"]
        for resource in template["Resources"].values()
        if resource["Type"] == "AWS::Serverless::Function"
    ]
    assert len(functions) == 1
    properties: dict[str, Any] = functions[0]
    return properties


def test_cfn_lint_finds_nothing() -> None:
    assert [str(match) for match in lint_file(TEMPLATE)] == []


def test_cfn_lint_would_catch_a_retired_runtime() -> None:
    broken = TEMPLATE.read_text(encoding="utf-8").replace("python3.12", "python2.7")

    assert any("E2533" in str(match) for match in lint(broken))


def test_the_function_runs_a_supported_python_small_and_fast(template: dict[str, Any]) -> None:
    function = function_properties(template)

    assert function["Runtime"] in {"python3.12", "python3.13"}
    assert 128 <= function["MemorySize"] <= 256
    assert function["Timeout"] <= 7
    assert function["Handler"] == HANDLER
    assert Path(function["CodeUri"]) == DEFAULT_OUT


def test_only_the_skill_named_by_the_parameter_may_invoke_it(template: dict[str, Any]) -> None:
    function = function_properties(template)
    events = list(function["Events"].values())

    assert [event["Type"] for event in events] == ["AlexaSkill"]
    assert events[0]["Properties"]["SkillId"] == {"Ref": "SkillId"}
    assert template["Parameters"]["SkillId"]["Type"] == "String"
    assert "Default" not in template["Parameters"]["SkillId"]
    assert function["Environment"]["Variables"]["SKILL_ID"] == {"Ref": "SkillId"}


def test_the_ask_cli_deploys_the_same_runtime_and_handler(template: dict[str, Any]) -> None:
    function = function_properties(template)
    resources = json.loads((ROOT / "ask-resources.json").read_text(encoding="utf-8"))
    user_config = resources["profiles"]["default"]["skillInfrastructure"]["userConfig"]

    assert user_config["runtime"] == function["Runtime"]
    assert user_config["handler"] == function["Handler"]


def test_the_diary_table_matches_the_store_and_the_function_gets_only_what_it_uses(
    template: dict[str, Any],
) -> None:
    from skill.diary.dynamo_store import TTL_ATTRIBUTE, table_spec  # noqa: PLC0415

    tables = {
        name: resource["Properties"]
        for name, resource in template["Resources"].items()
        if resource["Type"] == "AWS::DynamoDB::Table"
    }
    assert list(tables) == ["DiaryTable"]
    table = tables["DiaryTable"]
    spec = table_spec("any")
    assert table["KeySchema"] == spec["KeySchema"]
    assert table["AttributeDefinitions"] == spec["AttributeDefinitions"]
    assert table["BillingMode"] == "PAY_PER_REQUEST"
    assert table["PointInTimeRecoverySpecification"] == {"PointInTimeRecoveryEnabled": True}
    assert table["TimeToLiveSpecification"] == {"AttributeName": TTL_ATTRIBUTE, "Enabled": True}

    function = function_properties(template)
    assert function["Environment"]["Variables"]["DIARY_STORE"] == {
        "Fn::Sub": "dynamodb://${DiaryTable}"
    }
    (policy,) = function["Policies"]
    (statement,) = policy["Statement"]
    assert statement["Resource"] == {"Fn::GetAtt": ["DiaryTable", "Arn"]}
    # Exactly the calls skill/diary/dynamo_store.py makes.
    assert sorted(statement["Action"]) == [
        "dynamodb:BatchWriteItem",
        "dynamodb:DeleteItem",
        "dynamodb:GetItem",
        "dynamodb:PutItem",
        "dynamodb:Query",
    ]
