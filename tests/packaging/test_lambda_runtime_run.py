"""The built zip run the way Lambda runs it: ``awslambdaric`` (the runtime interface client of
Lambda's own Python images) polls a loopback Lambda Runtime API
(``tests.support.lambda_runtime_api``) and calls ``lambda_function.handler`` from the unpacked,
read-only zip, with the diary in DynamoDB (``DIARY_STORE=dynamodb://TABLE``,
``AWS_ENDPOINT_URL_DYNAMODB`` pointing at dynalite).

The interpreter is bare (``-I -S``): it sees the zip's folder first, then a runtime folder holding
only awslambdaric and what it needs (as Lambda's ``/var/task`` comes before ``/var/runtime``), so
boto3 must come from the zip. Skips with the reason where node or dynalite is absent.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from legcramp.contract import assert_contract
from legcramp.packaging.build import BuildRequest, build_package
from legcramp.packaging.bytecode import plan_bytecode
from legcramp.packaging.dependencies import default_wheelhouse
from legcramp.packaging.deployment_check import (
    lambda_environment,
    make_writable,
    unpack_read_only,
)
from legcramp.packaging.layout import skill_layout
from legcramp.packaging.target import LambdaTarget
from skill.diary.entries import Owner
from skill.speech.catalog import speech_catalog
from tests.support.dynalite import aws_env, dynalite, dynamo_table, dynamodb_client
from tests.support.lambda_runtime_api import RuntimeApi, runtime_api
from tests.support.listener import Listener, match
from tests.support.loopback import stop

__all__ = ["aws_env", "dynalite", "dynamo_table"]  # fixtures used below

ROOT = Path(__file__).resolve().parents[2]
SPEECH = speech_catalog("en-US")
# What Lambda's /var/runtime holds besides the interpreter: the runtime interface client, its
# native HTTP client and its two dependencies. No boto3 here: the zip must bring its own.
RUNTIME_MODULES = ("awslambdaric", "runtime_client", "simplejson", "snapshot_restore_py")
HANDLER = "lambda_function.handler"
BOOT = (
    "import sys; sys.path[:0] = sys.argv[1:3]; "
    "from awslambdaric.__main__ import main; main(['awslambdaric', sys.argv[3]])"
)


@pytest.fixture(scope="module")
def built_zip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The zip ``legcramp package`` builds by default (``lambda/requirements.txt`` pins)."""
    target = LambdaTarget()
    request = BuildRequest(
        layout=skill_layout(ROOT),
        requirements=ROOT / "lambda" / "requirements.txt",
        target=target,
        out=tmp_path_factory.mktemp("dist") / "lambda.zip",
        wheelhouse=default_wheelhouse(target),
        bytecode=plan_bytecode(target, wanted=True),
    )
    return build_package(request, log=lambda _: None).archive.path


def runtime_folder(destination: Path) -> Path:
    """A folder of links to awslambdaric and its dependencies, as installed for this Python."""
    destination.mkdir()
    for name in RUNTIME_MODULES:
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.origin, f"{name} is not installed (pip install -e .[dev])"
        origin = Path(spec.origin)
        source = origin.parent if origin.name == "__init__.py" else origin
        (destination / source.name).symlink_to(source, target_is_directory=source.is_dir())
    return destination


@pytest.fixture
def function(
    built_zip: Path, dynamo_table: str, aws_env: str, tmp_path: Path
) -> Iterator[RuntimeApi]:
    """awslambdaric running the unpacked zip against a loopback Runtime API (one instance)."""
    code, scratch = tmp_path / "task", tmp_path / "tmp"
    scratch.mkdir()
    unpack_read_only(built_zip, code)
    runtime = runtime_folder(tmp_path / "runtime")
    log = tmp_path / "function.log"
    with runtime_api() as api, log.open("wb") as sink:
        environment = lambda_environment(code, scratch, None)
        environment.update(
            AWS_LAMBDA_RUNTIME_API=api.address,
            _HANDLER=HANDLER,
            DIARY_STORE=f"dynamodb://{dynamo_table}",
            **{name: os.environ[name] for name in os.environ if name.startswith("AWS_")},
        )
        process = subprocess.Popen(
            [sys.executable, "-I", "-S", "-B", "-c", BOOT, str(code), str(runtime), HANDLER],
            cwd=code, env=environment, stdout=sink, stderr=subprocess.STDOUT,
        )  # fmt: skip
        try:
            yield api
        finally:
            stop(process, 5.0)
            make_writable(code)
            assert not api.unexpected, api.unexpected
            print(log.read_text(encoding="utf-8", errors="replace"))  # shown when a test fails


def test_launch_log_new_session_and_the_summary_counts_it(
    function: RuntimeApi, dynamo_table: str
) -> None:
    listener = Listener(send=lambda envelope: checked(function, envelope))

    listener.launch()
    assert listener.heard.startswith(SPEECH.text("launch.speech"))
    first_session = listener.factory.session_id
    listener.says("LogCrampIntent", leg=match("LEFT", "left"), muscle=match("CALF", "calf"))
    assert "Logged in your diary: a cramp in your left calf, just now." in listener.heard
    assert not listener.ended  # the stretch was said first: the rest of it is offered
    listener.says("AMAZON.StopIntent")
    assert listener.ended

    listener.says("DiarySummaryIntent")

    assert listener.factory.session_id != first_session
    assert listener.heard.startswith(
        SPEECH.text("diary.summary.one_night", span="In the last 7 nights",
                    what=SPEECH.text("diary.what.one", count=1))
    )  # fmt: skip
    owner = Owner.from_alexa(listener.factory.user_id)
    items = dynamodb_client().query(
        TableName=dynamo_table,
        KeyConditionExpression="pk = :pk",
        ExpressionAttributeValues={":pk": {"S": owner.user}},
    )["Items"]
    assert [item["leg"]["S"] for item in items if "leg" in item] == ["LEFT"]


def checked(api: RuntimeApi, envelope: dict[str, object]) -> dict[str, object]:
    response = api.invoke(dict(envelope))
    assert_contract(response, envelope)
    return response
