"""Settings of the web endpoint, read from the environment once, at start-up."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from skill.settings import Settings

TRUST_ROOTS_ENV = "LEGCRAMP_TRUST_ROOTS"
CERT_DIR_ENV = "LEGCRAMP_CERT_DIR"


@dataclass(frozen=True, slots=True)
class WebSettings:
    """How the endpoint checks requests.

    ``verify`` is deliberately not read from the environment: verification can only be turned off
    in code or with ``legcramp serve --no-verify``, which insists on a loopback address.
    """

    skill_id: str | None = None
    trust_roots: Path | None = None
    cert_dir: Path | None = None
    verify: bool = True

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> WebSettings:
        """Read ``SKILL_ID``, ``LEGCRAMP_TRUST_ROOTS`` (a PEM file of anchors used instead of the
        default roots) and ``LEGCRAMP_CERT_DIR`` (pre-fetched chains, for air-gapped hosts)."""
        return cls(
            skill_id=Settings.from_env(environ).skill_id,
            trust_roots=_optional_path(environ.get(TRUST_ROOTS_ENV)),
            cert_dir=_optional_path(environ.get(CERT_DIR_ENV)),
        )


def _optional_path(value: str | None) -> Path | None:
    return Path(value) if value else None
