"""The built zip: what it holds, its bytecode, its reproducibility, and that it answers alone.

The zip is built once per module. The first build on a machine downloads about 2.2 MB of wheels
from PyPI into ``~/.cache/legcramp/wheelhouse``; later builds install from there with no network.
"""

from __future__ import annotations

import struct
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import pytest

from legcramp.contract import check_response
from legcramp.packaging.build import BuildRequest, BuildResult, build_package
from legcramp.packaging.bytecode import plan_bytecode
from legcramp.packaging.dependencies import default_wheelhouse, read_pins
from legcramp.packaging.deployment_check import check_zip
from legcramp.packaging.layout import project_root, skill_layout
from legcramp.packaging.scenarios import deployment_scenarios, model_locales
from legcramp.packaging.target import LambdaTarget, find_interpreter, running_python
from skill.names import CUSTOM_INTENTS

ROOT = project_root()
# Imported by the web endpoint, the content schema or the developer tools: never on Lambda.
NOT_FOR_LAMBDA = (
    "flask",
    "flask_ask_sdk",
    "cryptography",
    "jsonschema",
    "rapidfuzz",
    "gunicorn",
    "legcramp",
    "pytest",
    "hypothesis",
    "mypy",
    "ruff",
    "cfnlint",
    "werkzeug",
)


@dataclass(frozen=True)
class Built:
    """A build request and what it produced."""

    request: BuildRequest
    result: BuildResult

    @property
    def zip_path(self) -> Path:
        return self.result.archive.path


def make_request(out: Path, *, bytecode: bool = True) -> BuildRequest:
    """The request ``legcramp package`` makes by default (python3.12, x86_64)."""
    target = LambdaTarget()
    root = project_root()
    return BuildRequest(
        layout=skill_layout(root),
        requirements=root / "lambda" / "requirements.txt",
        target=target,
        out=out,
        wheelhouse=default_wheelhouse(target),
        bytecode=plan_bytecode(target, wanted=bytecode),
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The default package, as ``legcramp package`` builds it."""
    request = make_request(tmp_path_factory.mktemp("dist") / "lambda.zip")
    return Built(request, build_package(request, log=lambda _: None))


def names(built: Built) -> list[str]:
    with zipfile.ZipFile(built.zip_path) as archive:
        return archive.namelist()


def test_the_zip_answers_every_kind_of_request_from_a_bare_read_only_interpreter(
    built: Built,
) -> None:
    interpreter = find_interpreter(built.request.target.python)
    python = built.request.target.python
    if interpreter is None:  # the wheels are pure Python, so the builder's Python can stand in
        interpreter, python = Path(sys.executable), running_python()
    scenarios = deployment_scenarios(model_locales(ROOT))

    report = check_zip(built.zip_path, scenarios, interpreter, python, check_response)

    assert report.ok, "\n".join(report.lines())
    assert report.python.startswith(python)
    assert len(report.answers) == len(scenarios)
    assert all(answer.response is not None for answer in report.answers)


def test_the_scenarios_cover_each_request_kind_the_issue_names() -> None:
    scenarios = deployment_scenarios(["en-US", "en-GB"])
    request_types = {s.event["request"]["type"] for s in scenarios}
    intents = {
        s.event["request"]["intent"]["name"]
        for s in scenarios
        if s.event["request"]["type"] == "IntentRequest"
    }

    assert request_types == {
        "LaunchRequest",
        "IntentRequest",
        "SessionEndedRequest",
        "CanFulfillIntentRequest",
    }
    assert {str(intent) for intent in CUSTOM_INTENTS} <= intents
    assert any(name.startswith("AMAZON.") for name in intents)
    topic = next(s.event for s in scenarios if s.name == "TopicIntent")
    resolution = topic["request"]["intent"]["slots"]["topic"]["resolutions"]
    assert resolution["resolutionsPerAuthority"][0]["values"][0]["value"]["id"] == "DEHYDRATION"
    assert {s.event["request"]["locale"] for s in scenarios if s.name.startswith("Launch")} == {
        "en-US",
        "en-GB",
    }


def test_the_zip_holds_the_handler_the_skill_package_and_its_data(built: Built) -> None:
    shipped = set(names(built))
    data_files = sorted(
        p
        for p in (ROOT / "skill").rglob("*.json")
        if "web" not in p.relative_to(ROOT / "skill").parts
    )

    assert "lambda_function.py" in shipped
    assert "skill/__init__.py" in shipped
    assert data_files, "the skill package has no data files to ship"
    for path in data_files:
        assert path.relative_to(ROOT).as_posix() in shipped


def test_the_zip_leaves_out_the_web_endpoint_dev_tools_and_caches(built: Built) -> None:
    top_level = {PurePosixPath(name).parts[0] for name in names(built)}

    assert not any(name.startswith("skill/web/") for name in names(built))
    assert not top_level & set(NOT_FOR_LAMBDA)
    assert "bin" not in top_level
    assert not any(f"/{n}." in f"/{name}" for name in top_level for n in ("tests", "pytest"))


def test_the_zip_holds_exactly_the_pinned_runtime_distributions(built: Built) -> None:
    pins = read_pins(ROOT / "lambda" / "requirements.txt")

    assert built.result.distributions == pins
    assert "ask-sdk-core" in pins
    assert not set(pins) & {"flask", "jsonschema", "cryptography", "rapidfuzz"}


def test_every_module_ships_unchecked_hash_bytecode_for_the_target(built: Built) -> None:
    if not built.request.bytecode.enabled:
        pytest.skip(f"no bytecode in this build: {built.request.bytecode.reason}")
    tag = f"cpython-{built.request.target.python.replace('.', '')}"
    with zipfile.ZipFile(built.zip_path) as archive:
        shipped = set(archive.namelist())
        modules = [PurePosixPath(n) for n in shipped if n.endswith(".py")]
        missing = []
        for module in modules:
            pyc = module.parent / "__pycache__" / f"{module.stem}.{tag}.pyc"
            if str(pyc) not in shipped:
                missing.append(str(module))
                continue
            header = archive.read(str(pyc))[:8]
            flags = struct.unpack("<I", header[4:8])[0]
            assert flags == 0b01, f"{pyc} is not unchecked-hash bytecode (flags {flags:#b})"
    assert not missing
    assert built.result.compiled_modules == len(modules)


def test_the_same_inputs_give_the_same_zip_bytes(built: Built, tmp_path: Path) -> None:
    again = build_package(make_request(tmp_path / "again.zip"), log=lambda _: None)

    assert again.archive.path.read_bytes() == built.zip_path.read_bytes()


def test_entries_are_sorted_with_one_date_and_one_mode(built: Built) -> None:
    with zipfile.ZipFile(built.zip_path) as archive:
        entries = archive.infolist()

    assert [e.filename for e in entries] == sorted(e.filename for e in entries)
    assert {e.date_time for e in entries} == {(1980, 1, 1, 0, 0, 0)}
    assert {e.external_attr >> 16 for e in entries} == {0o100644}
    assert not any(e.is_dir() for e in entries)
