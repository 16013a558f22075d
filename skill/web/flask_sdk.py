"""flask-ask-sdk, imported in a way that the oscrypto defect cannot crash.

``flask_ask_sdk.skill_adapter`` imports ``ask_sdk_webservice_support.verifier``, which imports
``certvalidator`` at module level for the SDK's stock ``RequestVerifier``. certvalidator imports
oscrypto, and oscrypto 1.3.0 (its newest release) cannot parse OpenSSL version strings with a
two-digit patch number such as ``3.0.19``, so the import raises ``LibraryNotFoundError``
(oscrypto issue #78, fixed only in unreleased code).

This endpoint never uses the stock ``RequestVerifier``: ``skill.web.signature`` checks the chain
with ``cryptography``'s maintained x509 verification API. So when, and only when, certvalidator
cannot be imported, a stand-in takes its place in ``sys.modules`` for the duration of this one
import and is removed right after it. The stand-in fails closed: the SDK code that kept a
reference to it rejects every chain, so turning the stock verifier back on by mistake refuses all
requests instead of accepting them. Everything else in the process still sees the real
certvalidator (and its real error).

Import the SDK names from here, never from ``flask_ask_sdk`` or ``ask_sdk_webservice_support``.
"""

from __future__ import annotations

import importlib
import logging
import sys
from types import ModuleType
from typing import TYPE_CHECKING, Any, NoReturn

LOG = logging.getLogger(__name__)

_CERTVALIDATOR = "certvalidator"
_CERTVALIDATOR_ERRORS = "certvalidator.errors"
STAND_IN_MARKER = "__legcramp_stand_in__"


def _certvalidator_importable() -> bool:
    try:
        importlib.import_module(_CERTVALIDATOR)
    # oscrypto raises its own LibraryNotFoundError (a plain Exception) while being imported.
    except Exception as exc:
        LOG.info("certvalidator cannot be imported (%r); importing the SDK with a stand-in", exc)
        return False
    return True


def _stand_in_modules() -> dict[str, ModuleType]:
    """Just the names ``ask_sdk_webservice_support.verifier`` imports from certvalidator."""

    class PathError(Exception):
        """Stand-in for ``certvalidator.errors.PathError``."""

    class ValidationError(Exception):
        """Stand-in for ``certvalidator.errors.ValidationError``."""

    class CertificateValidator:
        """Refuses every chain: the stock verifier must stay off (see the module docstring)."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            _refuse(ValidationError)

    errors = ModuleType(_CERTVALIDATOR_ERRORS)
    errors.__dict__.update(PathError=PathError, ValidationError=ValidationError)
    package = ModuleType(_CERTVALIDATOR)
    package.__dict__.update(
        CertificateValidator=CertificateValidator, errors=errors, **{STAND_IN_MARKER: True}
    )
    return {_CERTVALIDATOR: package, _CERTVALIDATOR_ERRORS: errors}


def _refuse(error: type[Exception]) -> NoReturn:
    raise error(
        "certvalidator is unavailable (oscrypto cannot load libcrypto): the SDK's stock "
        "RequestVerifier is disabled; skill.web.signature verifies requests instead"
    )


def _import_adapter_module() -> ModuleType:
    name = "flask_ask_sdk.skill_adapter"
    if _certvalidator_importable():
        return importlib.import_module(name)
    stand_ins = _stand_in_modules()
    sys.modules.update(stand_ins)
    try:
        return importlib.import_module(name)
    finally:
        for module_name in stand_ins:
            sys.modules.pop(module_name, None)


_adapter_module = _import_adapter_module()

if TYPE_CHECKING:
    from ask_sdk_webservice_support.verifier import AbstractVerifier, VerificationException
    from flask_ask_sdk.skill_adapter import (  # type: ignore[import-untyped]
        VERIFY_SIGNATURE_APP_CONFIG,
        VERIFY_TIMESTAMP_APP_CONFIG,
        SkillAdapter,
    )
else:
    _verifier_module = importlib.import_module("ask_sdk_webservice_support.verifier")
    AbstractVerifier = _verifier_module.AbstractVerifier
    VerificationException = _verifier_module.VerificationException
    SkillAdapter = _adapter_module.SkillAdapter
    VERIFY_SIGNATURE_APP_CONFIG = _adapter_module.VERIFY_SIGNATURE_APP_CONFIG
    VERIFY_TIMESTAMP_APP_CONFIG = _adapter_module.VERIFY_TIMESTAMP_APP_CONFIG

__all__ = [
    "VERIFY_SIGNATURE_APP_CONFIG",
    "VERIFY_TIMESTAMP_APP_CONFIG",
    "AbstractVerifier",
    "SkillAdapter",
    "VerificationException",
]
