"""Load on the self-hosted endpoint under gunicorn, request verification on and off, same run.

Two gunicorn servers run from this checkout on loopback: one with verification on (the production
``create_app()``, trusting a root minted here and reading the chain from ``LEGCRAMP_CERT_DIR``),
one with verification off. Rounds alternate between them; each round keeps ``--concurrency``
clients busy for ``--duration`` seconds with signed LaunchRequests (signed ahead of each round, so
the client measures the server, not its own RSA). The table gives requests/s and p50/p99 latency
as the median over rounds with their range, errors, and the throughput ratio on/off.

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
import base64
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"
SKILL_ID = "amzn1.ask.skill.0b5e7c3d-1f2a-4e6b-9c8d-7a6b5c4d3e2f"
CHAIN_NAME = "echo-api-cert.pem"
CERT_URL = f"https://s3.amazonaws.com/echo.api/{CHAIN_NAME}"
TARGET_COST = 0.20
START_TIMEOUT_SECONDS = 60.0
SIGNED_BODIES = 64


# --- a throwaway PKI: root → intermediate → leaf for echo-api.amazon.com -------------------------


def _certificate(
    subject: str,
    key: rsa.RSAPrivateKey,
    issuer: x509.Certificate | None,
    issuer_key: rsa.RSAPrivateKey,
    *,
    ca: bool,
) -> x509.Certificate:
    now = datetime.now(UTC)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)])
    usage = dict.fromkeys(
        (
            "content_commitment",
            "data_encipherment",
            "key_agreement",
            "encipher_only",
            "decipher_only",
        ),
        False,
    )
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(issuer.subject if issuer else name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=7))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
            critical=False,
        )
        .add_extension(
            x509.KeyUsage(
                digital_signature=not ca,
                key_encipherment=not ca,
                key_cert_sign=ca,
                crl_sign=ca,
                **usage,
            ),
            critical=True,
        )
    )
    if not ca:
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        ).add_extension(
            x509.SubjectAlternativeName([x509.DNSName("echo-api.amazon.com")]), critical=False
        )
    return builder.sign(issuer_key, hashes.SHA256())


@dataclass(frozen=True)
class Pki:
    roots_file: Path
    cert_dir: Path
    leaf_key: rsa.RSAPrivateKey


def mint_pki(directory: Path) -> Pki:
    keys = [rsa.generate_private_key(public_exponent=65537, key_size=2048) for _ in range(3)]
    root = _certificate("Bench Root", keys[0], None, keys[0], ca=True)
    intermediate = _certificate("Bench Intermediate", keys[1], root, keys[0], ca=True)
    leaf = _certificate("echo-api.amazon.com", keys[2], intermediate, keys[1], ca=False)
    roots_file = directory / "roots.pem"
    roots_file.write_bytes(root.public_bytes(serialization.Encoding.PEM))
    cert_dir = directory / "chains"
    cert_dir.mkdir()
    chain = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in (leaf, intermediate))
    (cert_dir / CHAIN_NAME).write_bytes(chain)
    return Pki(roots_file, cert_dir, keys[2])


# --- the servers ------------------------------------------------------------------------------


def serve(verify: bool, port: int, workers: int, threads: int) -> None:
    """Child process: gunicorn (gthread workers) over ``create_app``, until terminated."""
    from gunicorn.app.base import BaseApplication  # noqa: PLC0415

    from skill.web.app import create_app  # noqa: PLC0415
    from skill.web.settings import WebSettings  # noqa: PLC0415

    settings = WebSettings.from_env()
    if not verify:
        settings = WebSettings(skill_id=settings.skill_id, verify=False)
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


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class Running:
    name: str
    port: int
    process: subprocess.Popen[bytes]
    log: Path


@contextmanager
def running_server(
    name: str, verify: bool, pki: Pki, args: argparse.Namespace, log_dir: Path
) -> Iterator[Running]:
    port = _free_port()
    env = {
        **os.environ,
        "SKILL_ID": SKILL_ID,
        "LEGCRAMP_TRUST_ROOTS": str(pki.roots_file),
        "LEGCRAMP_CERT_DIR": str(pki.cert_dir),
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
    log = log_dir / f"{name.replace(' ', '-')}.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=sink, stderr=sink)
    server = Running(name, port, process, log)
    try:
        _wait_healthy(server)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)


def _wait_healthy(server: Running) -> None:
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection(HOST, server.port, timeout=2)
            connection.request("GET", "/health")
            if connection.getresponse().status == 200:
                connection.close()
                return
        except OSError:
            pass
        try:  # bounded wait between polls, which also notices a server that died
            server.process.wait(timeout=0.1)
        except subprocess.TimeoutExpired:
            continue
        raise RuntimeError(f"{server.name} exited:\n{server.log.read_text()}")
    raise RuntimeError(f"{server.name} did not start within {START_TIMEOUT_SECONDS} s")


# --- the load ---------------------------------------------------------------------------------


@dataclass
class Signed:
    body: bytes
    headers: dict[str, str]


def signed_requests(key: rsa.RSAPrivateKey, count: int) -> list[Signed]:
    """``count`` LaunchRequests stamped now (valid for 150 s), each with its Signature-256."""
    from legcramp.envelopes import EnvelopeFactory  # noqa: PLC0415

    requests = []
    for _ in range(count):
        envelope = EnvelopeFactory(skill_id=SKILL_ID).launch()
        body = json.dumps(envelope, separators=(",", ":")).encode()
        signature = base64.b64encode(key.sign(body, padding.PKCS1v15(), hashes.SHA256()))
        headers = {
            "Content-Type": "application/json",
            "SignatureCertChainUrl": CERT_URL,
            "Signature-256": signature.decode(),
        }
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
        pki = mint_pki(directory)
        servers = {
            "verify on": stack.enter_context(
                running_server("verify on", True, pki, args, directory)
            ),
            "verify off": stack.enter_context(
                running_server("verify off", False, pki, args, directory)
            ),
        }
        warm = signed_requests(pki.leaf_key, 4)
        for server in servers.values():  # fills the chain cache in every worker
            load_round(server.port, warm, args.concurrency, 1.0)
        for round_number in range(args.rounds):
            for name, server in servers.items():
                if time.monotonic() + args.duration > hard_stop:
                    print(f"deadline reached before round {round_number + 1} ({name})")
                    break
                requests = signed_requests(pki.leaf_key, SIGNED_BODIES)
                outcome = load_round(server.port, requests, args.concurrency, args.duration)
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
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
