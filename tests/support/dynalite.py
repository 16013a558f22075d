"""dynalite (DynamoDB's API, from npm) on loopback for the tests that need a real DynamoDB:
the diary's store suite, the diary by voice through the handler, and the Lambda runtime run.

dynalite comes from ``make node-deps`` (``npm ci`` from ``tests/skill/diary/node``'s lock file);
where node or the installed package is absent, ``dynalite`` skips and says why.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from skill.diary.dynamo_store import TTL_ATTRIBUTE, table_spec
from tests.support.loopback import HOST, free_port, stop

NODE_DIR = Path(__file__).resolve().parents[1] / "skill" / "diary" / "node"
DYNALITE_CLI = NODE_DIR / "node_modules" / "dynalite" / "cli.js"
START_SECONDS = 30.0
POLL_SECONDS = 0.05


def dynalite_skip_reason() -> str | None:
    if shutil.which("node") is None:
        return "node is not installed: the DynamoDB diary tests run the store against dynalite"
    if not DYNALITE_CLI.is_file():
        return "dynalite is not installed: run `make node-deps` (needs npm)"
    return None


def wait_for_port(process: subprocess.Popen[bytes], port: int, log: Path, seconds: float) -> None:
    """Return once something accepts TCP connections on ``port``; fail if ``process`` exits or
    ``seconds`` pass first."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((HOST, port), timeout=POLL_SECONDS):
                return
        except OSError:
            pass
        try:  # the bounded wait between polls doubles as the "did it die?" check
            process.wait(timeout=POLL_SECONDS)
        except subprocess.TimeoutExpired:
            continue
        pytest.fail(f"dynalite exited with {process.returncode}:\n{log.read_text()}")
    pytest.fail(f"dynalite did not listen on {HOST}:{port} in {seconds:g} s:\n{log.read_text()}")


@contextlib.contextmanager
def running_dynalite(log: Path) -> Iterator[str]:
    """dynalite (in memory) on a free loopback port while the block runs; yields its endpoint
    URL (the tests' fixture and the benchmarks both start it here)."""
    port = free_port()
    command = ["node", str(DYNALITE_CLI), "--host", HOST, "--port", str(port)]
    command += ["--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0"]
    with log.open("wb") as sink:
        process = subprocess.Popen(command, cwd=NODE_DIR, stdout=sink, stderr=subprocess.STDOUT)
    try:
        wait_for_port(process, port, log, START_SECONDS)
        yield f"http://{HOST}:{port}"
    finally:
        stop(process, 5.0)


@pytest.fixture(scope="session")
def dynalite(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """dynalite (in memory) on a free loopback port for the session; yields its endpoint URL."""
    reason = dynalite_skip_reason()
    if reason is not None:
        pytest.skip(reason)
    with running_dynalite(tmp_path_factory.mktemp("dynalite") / "dynalite.log") as endpoint:
        yield endpoint


@pytest.fixture
def aws_env(dynalite: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    """Dummy credentials, us-east-1, and boto3's standard endpoint variable pointing at dynalite;
    no profile or config file of the machine's leaks in."""
    for name in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL", "AWS_REGION"):
        monkeypatch.delenv(name, raising=False)
    for name, value in local_aws_environment(dynalite, tmp_path).items():
        monkeypatch.setenv(name, value)
    return dynalite


@pytest.fixture
def dynamo_table(aws_env: str) -> Iterator[str]:
    """A fresh diary table (the key schema ``table_spec`` gives the SAM template), then gone."""
    name = create_table()
    yield name
    dynamodb_client().delete_table(TableName=name)


def local_aws_environment(endpoint: str, scratch: Path) -> dict[str, str]:
    """What ``aws_env`` sets, as a mapping for a child process or a benchmark."""
    return {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_CONFIG_FILE": str(scratch / "no-aws-config"),
        "AWS_SHARED_CREDENTIALS_FILE": str(scratch / "no-aws-credentials"),
        "AWS_EC2_METADATA_DISABLED": "true",
        "AWS_ENDPOINT_URL_DYNAMODB": endpoint,
    }


def dynamodb_client() -> Any:
    """A boto3 DynamoDB client from the environment ``aws_env`` sets."""
    import boto3  # noqa: PLC0415 - only where dynalite runs

    return boto3.session.Session().client("dynamodb")


def create_table(name: str | None = None) -> str:
    """A new diary table (``table_spec``'s key schema, TTL on where dynalite allows)."""
    client = dynamodb_client()
    name = name or f"diary-{uuid.uuid4().hex}"
    client.create_table(**table_spec(name))
    client.get_waiter("table_exists").wait(
        TableName=name, WaiterConfig={"Delay": 0, "MaxAttempts": 200}
    )
    with contextlib.suppress(client.exceptions.ClientError):
        client.update_time_to_live(
            TableName=name,
            TimeToLiveSpecification={"Enabled": True, "AttributeName": TTL_ATTRIBUTE},
        )
    return name
