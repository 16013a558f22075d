"""The deployment check itself: it must catch writes, foreign imports, errors and crashes.

Each test zips a tiny stand-in ``lambda_function.py`` and runs the real check on it with the
interpreter running the tests (the stand-ins need nothing beyond the standard library).
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path
from typing import Any

from legcramp.packaging.archive import write_zip
from legcramp.packaging.deployment_check import CheckReport, check_zip
from legcramp.packaging.scenarios import Scenario
from legcramp.packaging.target import running_python

EVENT = {
    "version": "1.0",
    "context": {"System": {"application": {"applicationId": "amzn1.ask.skill.test"}}},
    "request": {"type": "LaunchRequest", "locale": "en-US"},
}


def no_problems(response: dict[str, Any], request: dict[str, Any]) -> list[str]:
    return []


def check_handler(tmp_path: Path, source: str, checker: Any = no_problems) -> CheckReport:
    code = tmp_path / "code"
    code.mkdir()
    (code / "lambda_function.py").write_text(textwrap.dedent(source), encoding="utf-8")
    archive = write_zip(code, tmp_path / "fake.zip").path
    scenarios = [Scenario("launch", EVENT), Scenario("again", EVENT)]
    return check_zip(archive, scenarios, Path(sys.executable), running_python(), checker)


def test_a_well_behaved_handler_passes(tmp_path: Path) -> None:
    report = check_handler(
        tmp_path,
        """
        def handler(event, context):
            return {"version": "1.0", "response": {"shouldEndSession": True}}
        """,
    )

    assert report.ok, report.lines()
    assert [answer.response for answer in report.answers] == [
        {"version": "1.0", "response": {"shouldEndSession": True}}
    ] * 2


def test_writing_next_to_the_code_is_reported(tmp_path: Path) -> None:
    report = check_handler(
        tmp_path,
        """
        import os
        def handler(event, context):
            try:  # refused by the read-only mode, unless the tests run as root
                with open(os.path.join(os.path.dirname(__file__), "state.txt"), "w") as f:
                    f.write("x")
            except OSError:
                pass
            return {}
        """,
    )

    assert not report.ok
    assert any(
        "wrote outside the scratch folder" in p and "state.txt" in p for p in report.problems
    )


def test_writing_to_the_temporary_folder_is_allowed(tmp_path: Path) -> None:
    report = check_handler(
        tmp_path,
        """
        import os, tempfile
        def handler(event, context):
            with open(os.path.join(tempfile.gettempdir(), "cache.json"), "w") as f:
                f.write("{}")
            return {}
        """,
    )

    assert report.ok, report.lines()


def test_the_handler_sees_only_its_folder_and_the_standard_library(tmp_path: Path) -> None:
    report = check_handler(
        tmp_path,
        """
        def handler(event, context):
            import pytest  # installed where the tests run, but not in the zip
            return {}
        """,
    )

    assert not report.ok
    assert all(
        "ModuleNotFoundError: No module named 'pytest'" in a.problems[0] for a in report.answers
    )


def test_the_interpreter_is_isolated_without_site_packages(tmp_path: Path) -> None:
    seen: list[dict[str, Any]] = []

    def record(response: dict[str, Any], request: dict[str, Any]) -> list[str]:
        seen.append(response)
        return []

    report = check_handler(
        tmp_path,
        """
        import os, sys
        def handler(event, context):
            return {"isolated": sys.flags.isolated, "no_site": sys.flags.no_site,
                    "first": sys.path[0], "here": os.path.dirname(os.path.abspath(__file__)),
                    "site": "site" in sys.modules}
        """,
        record,
    )

    assert report.ok, report.lines()
    assert seen[0]["isolated"] == 1 and seen[0]["no_site"] == 1
    assert seen[0]["first"] == seen[0]["here"]
    assert seen[0]["site"] is False


def test_the_handler_gets_a_lambda_like_context(tmp_path: Path) -> None:
    seen: list[dict[str, Any]] = []

    def record(response: dict[str, Any], request: dict[str, Any]) -> list[str]:
        seen.append(response)
        return []

    check_handler(
        tmp_path,
        """
        def handler(event, context):
            return {"name": context.function_name, "arn": context.invoked_function_arn,
                    "id": context.aws_request_id, "memory": context.memory_limit_in_mb,
                    "left": context.get_remaining_time_in_millis(),
                    "group": context.log_group_name}
        """,
        record,
    )

    assert seen[0]["name"] == "leg-cramp-helper"
    assert seen[0]["arn"].startswith("arn:aws:lambda:")
    assert seen[0]["id"] != seen[1]["id"]
    assert 0 < seen[0]["left"] <= 7000
    assert seen[0]["group"] == "/aws/lambda/leg-cramp-helper"


def test_contract_problems_exceptions_and_logged_errors_fail_the_check(tmp_path: Path) -> None:
    def complain(response: dict[str, Any], request: dict[str, Any]) -> list[str]:
        return ["shouldEndSession is missing"] if response.get("bad") else []

    report = check_handler(
        tmp_path,
        """
        import logging
        calls = []
        def handler(event, context):
            calls.append(1)
            if len(calls) == 1:
                logging.getLogger("skill").error("handler failed: KeyError")
                return {"bad": True}
            raise RuntimeError("boom")
        """,
        complain,
    )

    first, second = report.answers
    assert "shouldEndSession is missing" in first.problems
    assert any("logged an error: skill: handler failed" in p for p in first.problems)
    assert "RuntimeError: boom" in second.problems[0]
    assert not report.ok


def test_the_skill_id_of_the_requests_is_set_in_the_environment(tmp_path: Path) -> None:
    seen: list[dict[str, Any]] = []

    def record(response: dict[str, Any], request: dict[str, Any]) -> list[str]:
        seen.append(response)
        return []

    check_handler(
        tmp_path,
        """
        import os
        def handler(event, context):
            return {"skill": os.environ.get("SKILL_ID"), "cwd": os.getcwd(),
                    "root": os.environ.get("LAMBDA_TASK_ROOT")}
        """,
        record,
    )

    assert seen[0]["skill"] == "amzn1.ask.skill.test"
    assert seen[0]["cwd"] == seen[0]["root"]
