"""Robustness tooling: Alexa-shaped request strategies, hostile HTTP input, a throwaway signing PKI.

Used by ``tests/robustness`` and the ``benchmarks/`` scripts. It needs hypothesis (the ``dev``
extra); nothing the skill runs imports it.
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings

from tests.support.fuzzing.envelopes import (
    OTHER_REQUEST_TYPES,
    SESSION_ENDED_ERRORS,
    SESSION_ENDED_REASONS,
    UNSEEN_REQUEST_TYPES,
    VOICE_REQUEST_TYPES,
    envelopes,
    intents,
    locales,
    secrets_of,
    timestamps,
    topic_slots,
)
from tests.support.fuzzing.http import MALFORMED_BODIES, forgeries, json_body, unverified_requests
from tests.support.fuzzing.properties import answer_problems, error_handler_calls
from tests.support.fuzzing.session import (
    all_views,
    disclaimed_values,
    near_miss_views,
    session_attributes,
    view_values,
)
from tests.support.pki import Chain, Hierarchy, SigningPki, TrustFiles


def reproducible(max_examples: int, *also_suppress: HealthCheck) -> settings:
    """Settings for a suite run: the same examples every time (no seed, no database), no deadline.

    Envelopes are large by design, so the "data too large" and "too slow" checks are off, and so
    is any check named in ``also_suppress``.
    """
    return settings(
        max_examples=max_examples,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, *also_suppress],
    )


__all__ = [
    "MALFORMED_BODIES",
    "OTHER_REQUEST_TYPES",
    "SESSION_ENDED_ERRORS",
    "SESSION_ENDED_REASONS",
    "UNSEEN_REQUEST_TYPES",
    "VOICE_REQUEST_TYPES",
    "Chain",
    "Hierarchy",
    "SigningPki",
    "TrustFiles",
    "all_views",
    "answer_problems",
    "disclaimed_values",
    "envelopes",
    "error_handler_calls",
    "forgeries",
    "intents",
    "json_body",
    "locales",
    "near_miss_views",
    "reproducible",
    "secrets_of",
    "session_attributes",
    "timestamps",
    "topic_slots",
    "unverified_requests",
    "view_values",
]
