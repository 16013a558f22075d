"""Settings read from the environment once, at start-up."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import NamedTuple


class Settings(NamedTuple):
    """Deployment settings shared by every entry point."""

    skill_id: str | None = None
    log_level: str = "INFO"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> Settings:
        """Read ``SKILL_ID`` (requests for any other skill are rejected) and ``LOG_LEVEL``."""
        return cls(
            skill_id=environ.get("SKILL_ID") or None,
            log_level=environ.get("LOG_LEVEL", "INFO").upper(),
        )
