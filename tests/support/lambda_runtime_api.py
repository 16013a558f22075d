"""The Lambda Runtime API on loopback: what AWS Lambda's service side does for a runtime client.

A runtime (``awslambdaric``, the client Lambda's own Python images run) long-polls
``GET /2018-06-01/runtime/invocation/next`` for an event, calls the handler, and posts the result
to ``POST …/invocation/{request id}/response`` or ``…/error`` (and, if the handler cannot even be
imported, ``POST /2018-06-01/runtime/init/error``). ``RuntimeApi.invoke`` plays the caller's side:
it queues one event and waits, bounded, for its outcome.

Only the parts of the API a runtime uses between start and one invocation are served; anything
else answers 404 and is recorded in ``unexpected``.
"""

from __future__ import annotations

import itertools
import json
import queue
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.support.loopback import HOST

PREFIX = "/2018-06-01/runtime"
FUNCTION_ARN = "arn:aws:lambda:us-east-1:123456789012:function:leg-cramp-helper"
DEADLINE_MS = 30_000  # what the function's timeout would allow each invocation


class InvocationError(RuntimeError):
    """The runtime reported an error (init or invocation) instead of a response."""


@dataclass(frozen=True, slots=True)
class _Outcome:
    kind: str  # "response", "error" or "init_error"
    body: bytes
    error_type: str | None


class RuntimeApi:
    """One function instance's Runtime API. ``address`` is the ``host:port`` a runtime is given
    in ``AWS_LAMBDA_RUNTIME_API``."""

    def __init__(self) -> None:
        self._events: queue.Queue[tuple[str, bytes]] = queue.Queue()
        self._outcomes: dict[str, queue.Queue[_Outcome]] = {}
        self._init_errors: queue.Queue[_Outcome] = queue.Queue()
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self.unexpected: list[str] = []
        self._server = ThreadingHTTPServer((HOST, 0), self._handler_class())
        self._server.daemon_threads = True  # a poll still waiting must not hold up shutdown
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def address(self) -> str:
        host, port = self._server.server_address[:2]
        return f"{host!s}:{port}"

    def start(self) -> None:
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def invoke(self, event: dict[str, Any], timeout: float = 60.0) -> dict[str, Any]:
        """Hand ``event`` to the runtime's next poll and return the handler's response; raise
        ``InvocationError`` with the runtime's error body if it reported one, or
        ``TimeoutError`` after ``timeout`` seconds with no outcome."""
        request_id = f"00000000-0000-4000-8000-{next(self._ids):012d}"
        outcome_box: queue.Queue[_Outcome] = queue.Queue()
        with self._lock:
            self._outcomes[request_id] = outcome_box
        self._events.put((request_id, json.dumps(event).encode("utf-8")))
        deadline = time.monotonic() + timeout
        while True:
            try:
                outcome = outcome_box.get(timeout=0.1)
                break
            except queue.Empty:
                self._raise_init_error()
                if time.monotonic() > deadline:
                    raise TimeoutError(f"no outcome for {request_id} in {timeout:g} s") from None
        if outcome.kind != "response":
            raise InvocationError(f"{outcome.error_type}: {outcome.body.decode('utf-8')}")
        result: dict[str, Any] = json.loads(outcome.body)
        return result

    def _raise_init_error(self) -> None:
        try:
            outcome = self._init_errors.get_nowait()
        except queue.Empty:
            return
        raise InvocationError(f"init failed: {outcome.error_type}: {outcome.body.decode()}")

    def _finish(self, request_id: str, outcome: _Outcome) -> bool:
        with self._lock:
            box = self._outcomes.pop(request_id, None)
        if box is None:
            return False
        box.put(outcome)
        return True

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        api = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet: the test reports what matters."""

            def do_GET(self) -> None:
                if self.path != f"{PREFIX}/invocation/next":
                    self._unexpected()
                    return
                request_id, body = api._events.get()  # a long poll, as Lambda's is
                self.send_response(HTTPStatus.OK)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Lambda-Runtime-Aws-Request-Id", request_id)
                deadline = int(time.time() * 1000) + DEADLINE_MS
                self.send_header("Lambda-Runtime-Deadline-Ms", str(deadline))
                self.send_header("Lambda-Runtime-Invoked-Function-Arn", FUNCTION_ARN)
                self.send_header("Lambda-Runtime-Trace-Id", f"Root=1-00000000-{request_id[-12:]}")
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                error_type = self.headers.get("Lambda-Runtime-Function-Error-Type")
                parts = self.path.removeprefix(PREFIX + "/").split("/")
                if parts == ["init", "error"]:
                    api._init_errors.put(_Outcome("init_error", body, error_type))
                    self._accepted()
                    return
                kinds = {"response", "error"}
                finished = len(parts) == 3 and parts[0] == "invocation" and parts[2] in kinds
                if finished and api._finish(parts[1], _Outcome(parts[2], body, error_type)):
                    self._accepted()
                    return
                self._unexpected()

            def _accepted(self) -> None:
                payload = b'{"status":"OK"}'
                self.send_response(HTTPStatus.ACCEPTED)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def _unexpected(self) -> None:
                api.unexpected.append(f"{self.command} {self.path}")
                self.send_response(HTTPStatus.NOT_FOUND)
                self.send_header("Content-Length", "0")
                self.end_headers()

        return Handler


@contextmanager
def runtime_api() -> Iterator[RuntimeApi]:
    """A started ``RuntimeApi`` on a free loopback port, closed afterwards."""
    api = RuntimeApi()
    api.start()
    try:
        yield api
    finally:
        api.close()
