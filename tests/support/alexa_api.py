"""A loopback TLS stand-in of the Alexa APIs the reminders capability calls.

The Reminders API (list, create, update, delete under ``/v1/alerts/reminders``) and the device
time-zone setting (``/v2/devices/{id}/settings/System.timeZone``), at the ``apiEndpoint`` a test
puts in its request envelope. Every create and update body is checked against the documented
schema (``schemas/reminder_request.schema.json``); a body that fails answers 400 and is kept in
``invalid``. ``fail_next`` makes the next call of a method answer an error instead.

``silent`` is the same API hanging: a loopback TLS server that accepts every connection and
never answers.
"""

from __future__ import annotations

import json
import socket
import socketserver
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from tests.support.pki import LoopbackTls

SCHEMA = Path(__file__).resolve().parent / "schemas" / "reminder_request.schema.json"
REMINDERS = "/v1/alerts/reminders"
TIME_ZONE = "/settings/System.timeZone"
HOST = "127.0.0.1"
# How long ``silent`` holds a connection the client never gives up on: a client without a
# timeout fails its test after this long instead of hanging the suite.
SILENT_GIVE_UP_SECONDS = 30.0

Json = dict[str, Any]


@dataclass
class Call:
    """One request the stand-in received."""

    method: str
    path: str
    authorization: str | None
    body: Json | None


@dataclass
class AlexaApi:
    """The stand-in's state: stored reminders, every call, refused bodies, injected failures."""

    time_zone: str = "Europe/London"
    time_zone_fails: bool = False
    reminders: dict[str, Json] = field(default_factory=dict)
    calls: list[Call] = field(default_factory=list)
    invalid: list[str] = field(default_factory=list)
    failures: dict[str, tuple[int, Json]] = field(default_factory=dict)
    url: str = ""
    _next_id: int = 0

    def fail_next(self, method: str, status: int, code: str = "ERROR") -> None:
        """The next ``method`` call to the Reminders API answers ``status`` with ``code``."""
        self.failures[method] = (status, {"code": code, "message": f"stand-in {status}"})

    def writes(self) -> list[Call]:
        """The calls that changed reminders (POST, PUT, DELETE)."""
        return [c for c in self.calls if c.method != "GET"]

    def answer(self, method: str, path: str, body: Json | None) -> tuple[int, object]:
        """The status and JSON body for one request."""
        if path.endswith(TIME_ZONE):
            if self.time_zone_fails:
                return 500, {"code": "INTERNAL_ERROR", "message": "stand-in settings failure"}
            return 200, self.time_zone
        if not path.startswith(REMINDERS):
            return 404, {"code": "NOT_FOUND", "message": path}
        token = path.removeprefix(REMINDERS).strip("/")
        if method in self.failures:
            status, error = self.failures.pop(method)
            if status == 404:  # the reminder is gone (deleted in the Alexa app meanwhile)
                self.reminders.pop(token, None)
            return status, error
        if method in ("POST", "PUT"):
            errors = [e.message for e in _validator().iter_errors(body)]
            if errors:
                self.invalid.extend(errors)
                return 400, {"code": "INVALID_REQUEST", "message": "; ".join(errors)}
        match method, token:
            case "GET", "":
                alerts = list(self.reminders.values())
                return 200, {"totalCount": str(len(alerts)), "alerts": alerts}
            case "POST", "":
                self._next_id += 1
                token = f"stand-in-alert-{self._next_id}"
                self.reminders[token] = self._stored(token, body)
                return 200, self._summary(token)
            case "PUT", _ if token in self.reminders:
                self.reminders[token] = self._stored(token, body)
                return 200, self._summary(token)
            case "DELETE", _ if token in self.reminders:
                del self.reminders[token]
                return 200, {}
        return 404, {"code": "NOT_FOUND", "message": token}

    @staticmethod
    def _stored(token: str, body: Json | None) -> Json:
        return {**(body or {}), "alertToken": token, "status": "ON", "version": "1"}

    def _summary(self, token: str) -> Json:
        return {"alertToken": token, "status": "ON", "version": "1", "href": REMINDERS + token}


def _validator() -> Draft202012Validator:
    return Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))


def _handler(api: AlexaApi) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            body = json.loads(raw) if raw else None
            api.calls.append(Call(self.command, self.path, self.headers.get("Authorization"), body))
            status, answer = api.answer(self.command, self.path, body)
            data = json.dumps(answer).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_PUT = do_DELETE = _serve  # noqa: N815

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: the test reads ``api.calls``."""

    return Handler


@contextmanager
def serving(tls: LoopbackTls, directory: Path, api: AlexaApi | None = None) -> Iterator[AlexaApi]:
    """Run the stand-in on a free loopback port over TLS until the block ends; the CA file for
    ``REQUESTS_CA_BUNDLE`` is ``directory / "root.pem"``."""
    api = api or AlexaApi()
    _, chain, key = tls.install(directory)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(chain, key)
    server = ThreadingHTTPServer((HOST, 0), _handler(api))
    server.socket = context.wrap_socket(server.socket, server_side=True)
    api.url = f"https://{HOST}:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield api
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@contextmanager
def silent(tls: LoopbackTls, directory: Path, *, handshake: bool = True) -> Iterator[str]:
    """A loopback server that accepts connections and never answers, until the block ends;
    yields its ``https://`` URL (the CA file for ``REQUESTS_CA_BUNDLE`` is
    ``directory / "root.pem"``). With ``handshake`` it completes TLS, reads the request and
    sends nothing back; without, it never answers the client's TLS hello either. Each connection
    is held until the client closes it (or ``SILENT_GIVE_UP_SECONDS`` pass)."""
    _, chain, key = tls.install(directory)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(chain, key)

    class Hold(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            connection: socket.socket = self.request
            connection.settimeout(SILENT_GIVE_UP_SECONDS)
            try:
                if handshake:
                    with context.wrap_socket(connection, server_side=True) as tls_connection:
                        _read_until_closed(tls_connection)
                else:
                    _read_until_closed(connection)
            except OSError:  # the client gave up mid-handshake, or the give-up time passed
                return

    server = socketserver.ThreadingTCPServer((HOST, 0), Hold)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://{HOST}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _read_until_closed(connection: socket.socket) -> None:
    """Take whatever the client sends and answer nothing, until it closes the connection."""
    while connection.recv(4096):
        pass
