"""A server process on 127.0.0.1 for tests and benchmarks: a free port, start, wait, stop.

``serving`` starts a command with its output in a log file, polls ``GET /health`` until it
answers 200, and stops the process when the block ends. Every wait is bounded: the start by the
caller's timeout (a process that exits is noticed at the next poll), the stop by ``stop_seconds``
before the process is killed.
"""

from __future__ import annotations

import http.client
import socket
import subprocess
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

HOST = "127.0.0.1"
POLL_SECONDS = 0.1
REQUEST_SECONDS = 2.0


class ServerStartError(RuntimeError):
    """The server exited before it answered, or did not answer in time; the message says which."""


def free_port() -> int:
    """A TCP port on loopback that nothing is bound to at the moment of asking."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


def answers(port: int, path: str = "/health") -> bool:
    """Whether ``GET path`` on ``port`` answers 200 (False while nothing listens)."""
    connection = http.client.HTTPConnection(HOST, port, timeout=REQUEST_SECONDS)
    try:
        connection.request("GET", path)
        return connection.getresponse().status == 200
    except (OSError, http.client.HTTPException):
        return False
    finally:
        connection.close()


def wait_until_answering(
    process: subprocess.Popen[bytes], port: int, *, name: str, log: Path, timeout: float
) -> None:
    """Return once ``/health`` on ``port`` answers 200; raise ``ServerStartError`` (with ``log`` in
    the message) if ``process`` exits first or ``timeout`` seconds pass."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if answers(port):
            return
        try:  # the bounded wait between polls doubles as the "did it die?" check
            process.wait(timeout=POLL_SECONDS)
        except subprocess.TimeoutExpired:
            continue
        raise ServerStartError(f"{name} exited with {process.returncode}:\n{log.read_text()}")
    raise ServerStartError(
        f"{name} did not answer /health within {timeout:g} s:\n{log.read_text()}"
    )


def stop(process: subprocess.Popen[bytes], seconds: float) -> None:
    """Terminate ``process``; kill it if it has not exited after ``seconds``."""
    process.terminate()
    try:
        process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=seconds)


@contextmanager
def serving(
    command: Sequence[str],
    port: int,
    *,
    name: str,
    log: Path,
    env: Mapping[str, str],
    cwd: Path,
    start_seconds: float,
    stop_seconds: float = 10.0,
) -> Iterator[subprocess.Popen[bytes]]:
    """Run ``command`` (a server that will listen on ``port``) with stdout and stderr in ``log``;
    enter once it answers, stop it on the way out."""
    with log.open("wb") as sink:
        process = subprocess.Popen(command, env=env, cwd=cwd, stdout=sink, stderr=sink)
    try:
        wait_until_answering(process, port, name=name, log=log, timeout=start_seconds)
        yield process
    finally:
        stop(process, stop_seconds)
