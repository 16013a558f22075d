"""Load on the self-hosted endpoint under gunicorn, request verification on and off, same run.

Two gunicorn servers run from this checkout on loopback: one with verification on (the production
``create_app()``, trusting a root minted for the run by ``tests.support.pki`` and reading the
chain from ``LEGCRAMP_CERT_DIR``), one with verification off. Rounds alternate between them; each
round keeps ``--concurrency`` clients busy for ``--duration`` seconds with signed LaunchRequests
(signed ahead of each round, so the client measures the server, not its own RSA). The table gives
requests/s and p50/p99 latency as the median over rounds with their range, errors, and the
throughput ratio on/off.

Targets: 0 errors; verification costs at most 20 % of throughput (chains cached).

One single-threaded gunicorn worker (gthread, so client connections are kept alive) by default.
On a 2-core machine the server then has one core and the load generator the other, so the figures
are the server's rather than the scheduler's. Threads are off because the app is CPU-bound: with
4 threads per worker, throughput fell by about a sixth and the RSA check, which releases the GIL,
cost twice as much through GIL hand-offs (``--threads 4`` shows it).

    .venv/bin/python benchmarks/web_load.py [--duration 30] [--rounds 3] [--concurrency 16]

Traffic goes to 127.0.0.1 only, and every phase is bounded: the servers are stopped at the end,
or after ``--deadline`` seconds at the latest.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as `python benchmarks/web_load.py` from a checkout

from legcramp.envelopes import EnvelopeFactory  # noqa: E402
from tests.support.loopback import HOST, free_port, serving  # noqa: E402
from tests.support.pki import SigningPki, TrustFiles  # noqa: E402

SKILL_ID = "amzn1.ask.skill.0b5e7c3d-1f2a-4e6b-9c8d-7a6b5c4d3e2f"
TARGET_COST = 0.20
START_TIMEOUT_SECONDS = 60.0
SIGNED_BODIES = 64


# --- the servers ------------------------------------------------------------------------------


def serve(verify: bool, port: int, workers: int, threads: int) -> None:
    """Child process: gunicorn (gthread workers) over ``create_app``, until terminated."""
    from gunicorn.app.base import BaseApplication  # noqa: PLC0415

    from skill.settings import Settings  # noqa: PLC0415
    from skill.web.app import create_app  # noqa: PLC0415

    settings = Settings.from_env()
    if not verify:
        settings = Settings(skill_id=settings.skill_id, verify=False)
    app = create_app(settings)
    options = {
        "bind": f"{HOST}:{port}",
        "workers": workers,
        "threads": threads,
        "worker_class": "gthread",
        "keepalive": 5,
        "accesslog": None,
        "loglevel": "warning",
    }

    class Server(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self) -> Any:
            return app

    Server().run()


@contextmanager
def running_server(
    name: str, verify: bool, files: TrustFiles, args: argparse.Namespace, log_dir: Path
) -> Iterator[int]:
    """A gunicorn child of this script on a free loopback port, answering; yields the port."""
    port = free_port()
    env = {
        **os.environ,
        "SKILL_ID": SKILL_ID,
        **files.environment(),
        "PYTHONPATH": str(ROOT),
    }
    command = [
        sys.executable,
        __file__,
        "--serve",
        "on" if verify else "off",
        "--port",
        str(port),
        "--workers",
        str(args.workers),
        "--threads",
        str(args.threads),
    ]
    with serving(
        command,
        port,
        name=name,
        log=log_dir / f"{name.replace(' ', '-')}.log",
        env=env,
        cwd=ROOT,
        start_seconds=START_TIMEOUT_SECONDS,
        stop_seconds=15,
    ):
        yield port


# --- the load ---------------------------------------------------------------------------------


@dataclass
class Signed:
    body: bytes
    headers: dict[str, str]


def signed_requests(pki: SigningPki, count: int) -> list[Signed]:
    """``count`` LaunchRequests stamped now (valid for 150 s), each with its Signature-256."""
    requests = []
    for _ in range(count):
        envelope = EnvelopeFactory(skill_id=SKILL_ID).launch()
        body = json.dumps(envelope, separators=(",", ":")).encode()
        headers = {"Content-Type": "application/json", **pki.headers(body)}
        requests.append(Signed(body, headers))
    return requests


@dataclass
class RoundResult:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    elapsed: float = 0.0
    first_error: str = ""

    @property
    def throughput(self) -> float:
        return len(self.latencies) / self.elapsed if self.elapsed else 0.0

    def percentile(self, fraction: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _client(
    port: int, requests: Sequence[Signed], stop_at: float, offset: int, out: RoundResult
) -> None:
    latencies: list[float] = []
    errors = 0
    first_error = ""
    connection = http.client.HTTPConnection(HOST, port, timeout=10)
    index = offset
    while (started := time.perf_counter()) < stop_at:
        signed = requests[index % len(requests)]
        index += 1
        try:
            connection.request("POST", "/", body=signed.body, headers=signed.headers)
            response = connection.getresponse()
            payload = response.read()
            ok = response.status == 200 and json.loads(payload).get("version") == "1.0"
        except (OSError, http.client.HTTPException, ValueError) as exc:
            ok, payload = False, repr(exc).encode()
            connection.close()
            connection = http.client.HTTPConnection(HOST, port, timeout=10)
        if ok:
            latencies.append(time.perf_counter() - started)
        else:
            errors += 1
            first_error = first_error or payload[:200].decode(errors="replace")
    connection.close()
    with _LOCK:
        out.latencies += latencies
        out.errors += errors
        out.first_error = out.first_error or first_error


_LOCK = threading.Lock()


def load_round(
    port: int, requests: Sequence[Signed], concurrency: int, seconds: float
) -> RoundResult:
    result = RoundResult()
    begin = time.perf_counter()
    stop_at = begin + seconds
    clients = [
        threading.Thread(target=_client, args=(port, requests, stop_at, n * 7, result))
        for n in range(concurrency)
    ]
    for client in clients:
        client.start()
    for client in clients:
        client.join(timeout=seconds + 30)
    result.elapsed = time.perf_counter() - begin
    return result


# --- the report -------------------------------------------------------------------------------


def _spread(values: Sequence[float], scale: float = 1.0, digits: int = 0) -> str:
    median = statistics.median(values) * scale
    low, high = min(values) * scale, max(values) * scale
    return f"{median:.{digits}f} ({low:.{digits}f}-{high:.{digits}f})"


def report(results: dict[str, list[RoundResult]], args: argparse.Namespace) -> None:
    headers = [
        "mode",
        "rounds",
        "req/s median (range)",
        "p50 ms (range)",
        "p99 ms (range)",
        "errors",
    ]
    rows = []
    for name, rounds in results.items():
        rows.append(
            [
                name,
                str(len(rounds)),
                _spread([r.throughput for r in rounds]),
                _spread([r.percentile(0.50) for r in rounds], 1000, 2),
                _spread([r.percentile(0.99) for r in rounds], 1000, 2),
                str(sum(r.errors for r in rounds)),
            ]
        )
    widths = [max(len(row[i]) for row in [headers, *rows]) for i in range(len(headers))]
    print(
        f"\nweb endpoint under gunicorn ({args.workers} workers x {args.threads} threads, gthread),"
        f" {args.concurrency} clients, {args.duration:g} s rounds, loopback"
    )
    for row in [headers, ["-" * w for w in widths], *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    on = statistics.median(r.throughput for r in results["verify on"])
    off = statistics.median(r.throughput for r in results["verify off"])
    cost = 1 - on / off if off else float("nan")
    errors = sum(r.errors for rounds in results.values() for r in rounds)
    print(
        f"\nthroughput on/off: {on / off:.3f} (verification costs {cost:.1%}; target <= "
        f"{TARGET_COST:.0%}: {'met' if cost <= TARGET_COST else 'MISSED'}); errors: {errors} "
        f"(target 0: {'met' if errors == 0 else 'MISSED'})"
    )
    for name, rounds in results.items():
        for r in rounds:
            if r.first_error:
                print(f"first error ({name}): {r.first_error}")
                break


def run(args: argparse.Namespace) -> int:
    hard_stop = time.monotonic() + args.deadline
    results: dict[str, list[RoundResult]] = {"verify on": [], "verify off": []}
    with (
        tempfile.TemporaryDirectory(prefix="legcramp-web-load-") as temporary,
        ExitStack() as stack,
    ):
        directory = Path(temporary)
        pki = SigningPki.mint(datetime.now(UTC))
        files = pki.install(directory)
        ports = {
            "verify on": stack.enter_context(
                running_server("verify on", True, files, args, directory)
            ),
            "verify off": stack.enter_context(
                running_server("verify off", False, files, args, directory)
            ),
        }
        warm = signed_requests(pki, 4)
        for port in ports.values():  # fills the chain cache in every worker
            load_round(port, warm, args.concurrency, 1.0)
        for round_number in range(args.rounds):
            for name, port in ports.items():
                if time.monotonic() + args.duration > hard_stop:
                    print(f"deadline reached before round {round_number + 1} ({name})")
                    break
                requests = signed_requests(pki, SIGNED_BODIES)
                outcome = load_round(port, requests, args.concurrency, args.duration)
                results[name].append(outcome)
                print(
                    f"round {round_number + 1} {name}: {outcome.throughput:.0f} req/s, "
                    f"p50 {outcome.percentile(0.5) * 1000:.2f} ms, "
                    f"p99 {outcome.percentile(0.99) * 1000:.2f} ms, errors {outcome.errors}",
                    flush=True,
                )
    if not all(results.values()):
        print("no complete pair of rounds: nothing to compare")
        return 1
    report(results, args)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=30.0, help="seconds per round (30)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per mode (3)")
    parser.add_argument("--concurrency", type=int, default=16, help="concurrent clients (16)")
    parser.add_argument("--workers", type=int, default=1, help="gunicorn workers (1)")
    parser.add_argument("--threads", type=int, default=1, help="threads per worker (1)")
    parser.add_argument(
        "--deadline", type=float, default=900.0, help="stop starting rounds after this (900 s)"
    )
    parser.add_argument("--serve", choices=["on", "off"], help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        serve(args.serve == "on", args.port, args.workers, args.threads)
        return 0
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
