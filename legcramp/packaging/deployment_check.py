"""Unpack a built zip read-only, call its handler from a bare interpreter, judge every answer.

The interpreter runs as ``python -I -S`` with the unpacked folder first on ``sys.path``, so only
that folder and the standard library can be imported. Lambda's code folder is read-only and only
``/tmp`` may be written: the unpacked files are made read-only, an audit hook in the child reports
writes anywhere but a scratch folder (this also catches root, whom file modes do not stop), and
the unpacked tree is compared before and after.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from legcramp.packaging.scenarios import Scenario

ContractChecker = Callable[[dict[str, Any], dict[str, Any]], list[str]]
INVOKER = Path(__file__).with_name("lambda_invoker.py")


class InvokerError(Exception):
    """The child interpreter did not produce a result."""


@dataclass(frozen=True, slots=True)
class Answer:
    """One scenario's request, the handler's response and what the contract checker said."""

    scenario: Scenario
    response: dict[str, Any] | None
    problems: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CheckReport:
    """The outcome of a deployment check."""

    python: str
    answers: tuple[Answer, ...]
    problems: tuple[str, ...]
    cold_start_seconds: float | None

    @property
    def ok(self) -> bool:
        """True when every answer passed and nothing else went wrong."""
        return not self.problems and all(not answer.problems for answer in self.answers)

    def lines(self) -> list[str]:
        """A readable summary, one line per scenario, then the general problems."""
        lines = [f"handler run by Python {self.python} from the unpacked zip (python -I -S)"]
        for answer in self.answers:
            verdict = "ok  " if not answer.problems else "FAIL"
            lines.append(f"  {verdict} {answer.scenario.name}")
            lines.extend(f"       {problem}" for problem in answer.problems)
        lines.extend(f"  FAIL {problem}" for problem in self.problems)
        return lines


def run_invoker(
    interpreter: Path,
    code_dirs: Sequence[Path],
    events: Sequence[dict[str, Any]],
    *,
    bare: bool = True,
    write_bytecode: bool = True,
    rounds: int = 0,
    allowed_write_dirs: Sequence[Path] | None = None,
    environment: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> dict[str, Any]:
    """Start a fresh interpreter that imports ``lambda_function`` and calls ``handler``.

    ``bare`` adds ``-S`` (no site-packages); ``write_bytecode=False`` adds ``-B``. Returns the
    invoker's JSON result (see ``lambda_invoker``).
    """
    command = [str(interpreter), "-I"]
    if bare:
        command.append("-S")
    if not write_bytecode:
        command.append("-B")
    command.append(str(INVOKER))
    job = {
        "code_dirs": [str(folder) for folder in code_dirs],
        "events": list(events),
        "rounds": rounds,
        "allowed_write_dirs": (
            None if allowed_write_dirs is None else [str(folder) for folder in allowed_write_dirs]
        ),
    }
    completed = subprocess.run(
        command,
        input=json.dumps(job),
        capture_output=True,
        text=True,
        env=environment,
        cwd=cwd,
        check=False,
        timeout=300,
    )
    try:
        result: dict[str, Any] = json.loads(completed.stdout)
    except json.JSONDecodeError as error:
        raise InvokerError(
            f"{interpreter} exited with {completed.returncode} and no result:\n{completed.stderr}"
        ) from error
    result["stderr"] = completed.stderr
    return result


def unpack_read_only(archive: Path, destination: Path) -> None:
    """Extract ``archive`` into ``destination`` and take away every write permission."""
    with zipfile.ZipFile(archive) as opened:
        opened.extractall(destination)
    for folder, _, files in os.walk(destination):
        for name in files:
            os.chmod(os.path.join(folder, name), 0o444)
        os.chmod(folder, 0o555)


def make_writable(tree: Path) -> None:
    """Give write permission back so a temporary folder can be removed."""
    for folder, _, files in os.walk(tree):
        os.chmod(folder, 0o755)
        for name in files:
            os.chmod(os.path.join(folder, name), 0o644)


def snapshot(tree: Path) -> dict[str, str]:
    """``{relative path: sha256}`` of every file and folder under ``tree``."""
    state = {}
    for path in sorted(tree.rglob("*")):
        key = path.relative_to(tree).as_posix()
        state[key] = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
    return state


def lambda_environment(code: Path, scratch: Path, skill_id: str | None) -> dict[str, str]:
    """Environment variables like a Lambda function's, with HOME and TMPDIR in ``scratch``."""
    environment = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "HOME": str(scratch),
        "TMPDIR": str(scratch),
        "LAMBDA_TASK_ROOT": str(code),
        "AWS_LAMBDA_FUNCTION_NAME": "leg-cramp-helper",
        "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": "128",
        "AWS_REGION": "us-east-1",
    }
    if skill_id:
        environment["SKILL_ID"] = skill_id
    return environment


def has_bytecode_for(archive: Path, python: str) -> bool:
    """True when the zip holds ``.pyc`` files for CPython ``python`` (``"3.12"``)."""
    tag = ".cpython-" + python.replace(".", "") + ".pyc"
    with zipfile.ZipFile(archive) as opened:
        return any(name.endswith(tag) for name in opened.namelist())


def check_zip(
    archive: Path,
    scenarios: Sequence[Scenario],
    interpreter: Path,
    interpreter_python: str,
    checker: ContractChecker,
) -> CheckReport:
    """Run every scenario against the unpacked ``archive`` and collect what went wrong."""
    skill_id = _application_id(scenarios[0].event) if scenarios else None
    with tempfile.TemporaryDirectory(prefix="legcramp-check-") as temporary:
        code, scratch = Path(temporary) / "task", Path(temporary) / "tmp"
        scratch.mkdir()
        unpack_read_only(archive, code)
        try:
            before = snapshot(code)
            result = run_invoker(
                interpreter,
                [code],
                [scenario.event for scenario in scenarios],
                write_bytecode=has_bytecode_for(archive, interpreter_python),
                allowed_write_dirs=[scratch],
                environment=lambda_environment(code, scratch, skill_id),
                cwd=code,
            )
            changed = snapshot(code) != before
        finally:
            make_writable(code)
    return _judge(result, scenarios, checker, changed)


def _judge(
    result: dict[str, Any], scenarios: Sequence[Scenario], checker: ContractChecker, changed: bool
) -> CheckReport:
    problems = ["files in the unpacked code folder changed"] if changed else []
    problems += [f"wrote outside the scratch folder: {write}" for write in result.get("writes", [])]
    problems += [f"imported from outside the zip: {m}" for m in result.get("outside_modules", [])]
    logged: dict[int, list[str]] = {}
    for entry in result.get("logged_errors", []):
        logged.setdefault(entry["index"], []).append(f"logged an error: {entry['message']}")
    problems += logged.pop(-1, [])
    errors = {error["index"]: error["traceback"] for error in result["errors"]}
    if -1 in errors:
        problems.append(f"importing the handler failed:\n{errors[-1]}")
    responses = result.get("responses", [])
    answers = []
    for index, scenario in enumerate(scenarios):
        response = responses[index] if index < len(responses) else None
        if index in errors:
            found = [f"the handler raised:\n{errors[index]}"]
        elif response is None:
            found = ["no response"]
        else:
            found = checker(response, scenario.event)
        found += logged.get(index, [])
        answers.append(Answer(scenario, response, tuple(found)))
    return CheckReport(
        python=str(result.get("python", "?")),
        answers=tuple(answers),
        problems=tuple(problems),
        cold_start_seconds=result.get("cold_start_seconds"),
    )


def _application_id(event: dict[str, Any]) -> str | None:
    application = event.get("context", {}).get("System", {}).get("application", {})
    skill_id = application.get("applicationId")
    return skill_id if isinstance(skill_id, str) else None
