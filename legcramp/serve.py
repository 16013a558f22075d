"""``legcramp serve``: the self-hosted endpoint on Flask's development server.

For production run the same app under gunicorn: ``gunicorn 'skill.web.app:create_app()'``
(the README's self-hosting section). ``--no-verify`` is for local tools that cannot sign
requests (curl, virtual-alexa); it is refused unless the server binds a loopback address.
"""

from __future__ import annotations

import argparse
import ipaddress
import logging
import sys

from flask import Flask

from skill.settings import Settings, local_store
from skill.web.app import ConfigurationError, create_app
from skill.web.verification import TrustRootsError

LOG = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 5000
EXIT_REFUSED = 2


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``serve``."""
    serve = subparsers.add_parser(
        "serve",
        help="serve the skill as a web service (POST / for Alexa, GET /health)",
        description=(
            "Serve POST / (Alexa requests, verified) and GET /health. Settings: SKILL_ID, "
            "LEGCRAMP_TRUST_ROOTS, LEGCRAMP_CERT_DIR. Production: gunicorn (see the README)."
        ),
    )
    serve.add_argument(
        "--host", default=DEFAULT_HOST, help=f"address to bind (default {DEFAULT_HOST})"
    )
    serve.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"port to bind (default {DEFAULT_PORT})"
    )
    serve.add_argument(
        "--no-verify",
        action="store_true",
        help="skip signature and timestamp checks (local testing only; loopback addresses only)",
    )
    serve.set_defaults(func=run_serve)


def run_serve(args: argparse.Namespace) -> int:
    """``legcramp serve``: exit status 2 when the settings are refused."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    settings = Settings.from_env(default_store=local_store())
    if args.no_verify:
        if not is_loopback(args.host):
            print(
                f"legcramp serve: --no-verify is refused on {args.host}: bind a loopback address "
                "(127.0.0.1, ::1 or localhost), or keep verification on",
                file=sys.stderr,
            )
            return EXIT_REFUSED
        settings = settings.replace(verify=False)
        LOG.warning("--no-verify: whoever reaches %s:%s can pose as Alexa", args.host, args.port)
    try:
        app = create_app(settings)
    except (ConfigurationError, TrustRootsError) as exc:
        print(f"legcramp serve: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    start(app, args.host, args.port)
    return 0


def is_loopback(host: str) -> bool:
    """Whether ``host`` is a loopback address literal or ``localhost`` (names are not resolved)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def start(app: Flask, host: str, port: int) -> None:
    """Run the development server until interrupted."""
    app.run(host=host, port=port, threaded=True, use_reloader=False)
