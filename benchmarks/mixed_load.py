"""Mixed load on the real WSGI server: genuine, forged and malformed requests together, on loopback.

gunicorn serves ``skill.web.app:create_app()`` on 127.0.0.1 (a free port), with ``SKILL_ID``,
``LEGCRAMP_TRUST_ROOTS`` and ``LEGCRAMP_CERT_DIR`` pointing at a PKI minted for this run, so no
chain is ever fetched. Client threads then send a fixed rotation (half genuine, a quarter forged,
a quarter malformed) until the time or the request cap runs out, and the server is stopped.

Targets: no 5xx, no forged request accepted, every genuine request answered within the response
contract. Latency is measured around each HTTP exchange; the clients are Python threads on the
same two cores as the server, so the figures include their contention.

    .venv/bin/python benchmarks/mixed_load.py [--seconds 60] [--concurrency 16] [--max-requests N]
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import os
import socket
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from measure import ROOT, Summary, ms, print_table

from legcramp.contract import check_response
from legcramp.envelopes import EnvelopeFactory
from legcramp.resolution import ResolutionStatus, SlotResolution
from skill.web.verification import MAX_BODY_BYTES
from tests.support.fuzzing import MALFORMED_BODIES, SigningPki, forgeries, json_body
from tests.support.loopback import HOST, free_port, serving

SKILL_ID = "amzn1.ask.skill.0c0ffee0-10ad-4000-8000-00000000f07e"
START_TIMEOUT_SECONDS = 30.0
REQUEST_TIMEOUT_SECONDS = 30.0
# Half genuine, a quarter forged, a quarter malformed.
ROTATION = ("valid", "forged", "valid", "malformed")


@dataclass(frozen=True)
class Probe:
    """One request to send: its class, variant, and what goes on the wire."""

    kind: str
    variant: str
    method: str = "POST"
    path: str = "/"
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()
    envelope: dict[str, Any] | None = None  # set for genuine requests: the contract is checked
    raw: bytes | None = None  # sent as is on a fresh socket instead of an HTTP request
    # On a connection of its own: the server answers 413 before reading the body and then drops
    # the connection although its answer says keep-alive, which would fail the next request.
    own_connection: bool = False


@dataclass
class Outcome:
    """What came back for one probe."""

    status: int | None  # None: no HTTP response at all (a transport error)
    seconds: float
    answered: bool = False


@dataclass
class Tally:
    """Everything recorded for one class of request."""

    statuses: Counter[int | None] = field(default_factory=Counter)
    latencies: list[float] = field(default_factory=list)
    answered: int = 0
    unexpected: Counter[str] = field(default_factory=Counter)


def genuine(pki: SigningPki) -> list[Callable[[], Probe]]:
    """Builders of genuine requests, each stamped and signed when it is built."""

    def signed(
        variant: str, make: Callable[[EnvelopeFactory], dict[str, Any]]
    ) -> Callable[[], Probe]:
        def build() -> Probe:
            envelope = make(EnvelopeFactory(skill_id=SKILL_ID))
            body = json_body(envelope)
            headers = tuple(pki.headers(body).items())
            return Probe("valid", variant, body=body, headers=headers, envelope=envelope)

        return build

    magnesium = {
        "topic": SlotResolution("magnesium", ResolutionStatus.MATCH, "MINERALS", "minerals")
    }

    def resumed(factory: EnvelopeFactory) -> dict[str, Any]:
        factory.attributes, factory.new_session = (
            {"view": "walk:causes:2", "disclaimed": True},
            False,
        )
        return factory.intent("AMAZON.NextIntent")

    return [
        signed("launch", lambda f: f.launch()),
        signed("help", lambda f: f.intent("AMAZON.HelpIntent")),
        signed("causes", lambda f: f.intent("CausesIntent")),
        signed("topic", lambda f: f.intent("TopicIntent", magnesium)),
        signed("next in a list", resumed),
        signed("stop", lambda f: f.intent("AMAZON.StopIntent")),
        signed("session ended", lambda f: f.session_ended("ERROR", {"type": "INVALID_RESPONSE"})),
        signed("can fulfill", lambda f: f.can_fulfill("TopicIntent", magnesium)),
    ]


def forged(pki: SigningPki) -> list[Callable[[], Probe]]:
    """Builders of requests Alexa did not send (or not now, or not to this skill)."""

    def under(
        variant: str, headers_for: Callable[[bytes], list[tuple[str, str]]]
    ) -> Callable[[], Probe]:
        def build() -> Probe:
            body = json_body(EnvelopeFactory(skill_id=SKILL_ID).launch())
            return Probe("forged", variant, body=body, headers=tuple(headers_for(body)))

        return build

    def signed_envelope(
        variant: str, factory: Callable[[], EnvelopeFactory]
    ) -> Callable[[], Probe]:
        def build() -> Probe:
            body = json_body(factory().launch())
            return Probe("forged", variant, body=body, headers=tuple(pki.headers(body).items()))

        return build

    def ten_minutes_ago() -> datetime:
        return datetime.now(UTC) - timedelta(minutes=10)

    return [
        *(under(name, make) for name, make in sorted(forgeries(pki).items())),
        signed_envelope(
            "replayed", lambda: EnvelopeFactory(skill_id=SKILL_ID, clock=ten_minutes_ago)
        ),
        signed_envelope("another skill", lambda: EnvelopeFactory(skill_id="amzn1.ask.skill.other")),
    ]


def malformed(pki: SigningPki) -> list[Callable[[], Probe]]:
    """Builders of requests that are not Alexa requests at all."""
    probes = [
        Probe("malformed", f"{name} ({how})", body=body, headers=headers)
        for name, body in sorted(MALFORMED_BODIES.items())
        for how, headers in (("unsigned", ()), ("signed", tuple(pki.headers(body).items())))
    ]
    probes += [
        Probe("malformed", "too large", body=b" " * (MAX_BODY_BYTES + 1), own_connection=True),
        Probe("malformed", "random bytes", body=os.urandom(512)),
        Probe("malformed", "GET /", method="GET"),
        Probe("malformed", "POST /nope", path="/nope", body=b"{}"),
        Probe("malformed", "not HTTP", raw=b"HELLO THERE\r\n\r\n"),
    ]
    return [lambda probe=probe: probe for probe in probes]


def expected(probe: Probe, outcome: Outcome) -> bool:
    """Whether ``outcome`` is right for ``probe``: answered, or refused with a 4xx."""
    if probe.kind == "valid":
        return outcome.answered
    return outcome.status is not None and 400 <= outcome.status < 500


class Client:
    """One keep-alive connection, reopened after the server closes it."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.connection: http.client.HTTPConnection | None = None

    def send(self, probe: Probe) -> Outcome:
        started = time.perf_counter()
        if probe.raw is not None:
            return Outcome(self._raw(probe.raw), time.perf_counter() - started)
        if probe.own_connection:
            self.close()
        try:
            connection = self.connection or http.client.HTTPConnection(
                HOST, self.port, timeout=REQUEST_TIMEOUT_SECONDS
            )
            self.connection = connection
            connection.request(
                probe.method, probe.path, body=probe.body, headers=dict(probe.headers)
            )
            response = connection.getresponse()
            payload = response.read()
            if probe.own_connection or response.getheader("Connection", "").lower() == "close":
                self.close()
        except (OSError, http.client.HTTPException):
            self.close()
            return Outcome(None, time.perf_counter() - started)
        outcome = Outcome(response.status, time.perf_counter() - started)
        if probe.envelope is not None and response.status == 200:
            outcome.answered = check_response(_json(payload), probe.envelope) == []
        return outcome

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None

    def _raw(self, data: bytes) -> int | None:
        try:
            with socket.create_connection(
                (HOST, self.port), timeout=REQUEST_TIMEOUT_SECONDS
            ) as raw:
                raw.sendall(data)
                status_line = raw.makefile("rb").readline().split()
            return int(status_line[1]) if len(status_line) > 1 else None
        except (OSError, ValueError):
            return None


def _json(payload: bytes) -> Any:
    try:
        return json.loads(payload)
    except ValueError:
        return {}


@contextmanager
def running_server(
    directory: Path, pki: SigningPki, port: int, workers: int, threads: int
) -> Iterator[None]:
    """gunicorn on loopback with this run's PKI: entered once ``/health`` answers, then stopped."""
    files = pki.install(directory)
    environment = {
        **os.environ,
        "SKILL_ID": SKILL_ID,
        **files.environment(),
        "PYTHONPATH": str(ROOT),
    }
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "--bind",
        f"{HOST}:{port}",
        "--worker-class",
        "gthread",
        "--workers",
        str(workers),
        "--threads",
        str(threads),
        "--log-level",
        "warning",
        "skill.web.app:create_app()",
    ]
    with serving(
        command,
        port,
        name="gunicorn",
        log=directory / "server.log",
        env=environment,
        cwd=ROOT,
        start_seconds=START_TIMEOUT_SECONDS,
        stop_seconds=15,
    ):
        yield


def load(
    port: int, pki: SigningPki, concurrency: int, seconds: float, cap: int
) -> dict[str, Tally]:
    """Run the clients until ``seconds`` pass or ``cap`` requests are sent, whichever is first."""
    builders = {"valid": genuine(pki), "forged": forged(pki), "malformed": malformed(pki)}
    tallies = {kind: Tally() for kind in builders}
    lock = threading.Lock()
    sent = itertools.count()
    deadline = time.monotonic() + seconds

    def client(number: int) -> None:
        # Alexa's requests and an attacker's never share a connection: one per class.
        connections = {kind: Client(port) for kind in builders}
        cycles: dict[str, Iterator[Callable[[], Probe]]] = {
            kind: itertools.islice(itertools.cycle(found), number, None)
            for kind, found in builders.items()
        }
        for kind in itertools.islice(itertools.cycle(ROTATION), number, None):
            if time.monotonic() >= deadline or next(sent) >= cap:
                break
            probe = next(cycles[kind])()
            outcome = connections[kind].send(probe)
            with lock:
                tally = tallies[kind]
                tally.statuses[outcome.status] += 1
                tally.latencies.append(outcome.seconds)
                tally.answered += outcome.answered
                if not expected(probe, outcome):
                    tally.unexpected[f"{probe.variant} -> {outcome.status}"] += 1
        for connection in connections.values():
            connection.close()

    workers = [threading.Thread(target=client, args=(n,)) for n in range(concurrency)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return tallies


def report(tallies: dict[str, Tally], seconds: float, server_log: str) -> bool:
    """Print the tables; whether every target was met."""
    rows = []
    for kind, tally in tallies.items():
        total = sum(tally.statuses.values())
        codes = " ".join(f"{code}:{n}" for code, n in sorted(tally.statuses.items(), key=str))
        server_errors = sum(
            n for code, n in tally.statuses.items() if code is not None and code >= 500
        )
        accepted = sum(n for code, n in tally.statuses.items() if code is not None and code < 300)
        latency = Summary.of(tally.latencies or [0.0])
        rows.append(
            [
                kind,
                str(total),
                codes,
                str(server_errors),
                str(accepted),
                str(tally.answered) if kind == "valid" else "-",
                str(tally.statuses[None]),
                ms(latency.median),
                ms(latency.p99),
            ]
        )
    print_table(
        f"Mixed load on gunicorn ({seconds:.0f} s; status None = no HTTP response)",
        [
            "class",
            "requests",
            "status codes",
            "5xx",
            "2xx",
            "answered",
            "no response",
            "p50 ms",
            "p99 ms",
        ],
        rows,
    )
    all_codes = Counter[int | None]()
    for tally in tallies.values():
        all_codes.update(tally.statuses)
    server_errors = sum(n for code, n in all_codes.items() if code is not None and code >= 500)
    forged_accepted = sum(n for c, n in tallies["forged"].statuses.items() if c and c < 300)
    valid = tallies["valid"]
    valid_total = sum(valid.statuses.values())
    total = sum(all_codes.values())
    print(f"\n{total} requests, {total / seconds:.0f}/s")
    print(f"5xx: {server_errors} (target 0)")
    print(f"forged accepted: {forged_accepted} (target 0)")
    print(f"valid answered within the contract: {valid.answered} of {valid_total} (target all)")
    for kind, tally in tallies.items():
        for what, n in tally.unexpected.most_common(10):
            print(f"  unexpected {kind}: {what} x{n}")
    errors = [line for line in server_log.splitlines() if "[ERROR]" in line or "Traceback" in line]
    print(f"server log: {len(errors)} error lines")
    for line in errors[:5]:
        print(f"  {line}")
    return server_errors == 0 and forged_accepted == 0 and valid.answered == valid_total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="how long to send (default 60)")
    parser.add_argument("--concurrency", type=int, default=16, help="client threads (default 16)")
    parser.add_argument("--max-requests", type=int, default=500_000, help="cap on all requests")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument("--threads", type=int, default=8, help="threads per gunicorn worker")
    args = parser.parse_args()

    pki = SigningPki.mint(datetime.now(UTC))
    with tempfile.TemporaryDirectory(prefix="legcramp-load-") as temporary:
        directory = Path(temporary)
        port = free_port()
        with running_server(directory, pki, port, args.workers, args.threads):
            started = time.monotonic()
            tallies = load(port, pki, args.concurrency, args.seconds, args.max_requests)
            elapsed = time.monotonic() - started
        met = report(tallies, elapsed, (directory / "server.log").read_text(errors="replace"))
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
