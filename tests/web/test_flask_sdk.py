"""flask-ask-sdk imports despite oscrypto's defect, and the stock verifier it carries fails closed.

Each case runs in a fresh interpreter: what is being tested is the import itself.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from typing import Any

import pytest


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-W", "error", "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def certvalidator_imports_here() -> bool:
    return run_python("import certvalidator").returncode == 0


BREAK_CERTVALIDATOR = """
    import sys

    class Broken:  # makes `import certvalidator` fail the way oscrypto 1.3.0 does
        def find_spec(self, name, path=None, target=None):
            if name == "certvalidator":
                raise OSError("Error detecting the version of libcrypto")
            return None

    sys.meta_path.insert(0, Broken())
"""


def test_the_sdk_imports_with_a_stand_in_that_is_removed_afterwards() -> None:
    result = run_python(
        BREAK_CERTVALIDATOR
        + """
    import skill.web.flask_sdk as sdk
    import ask_sdk_webservice_support.verifier as verifier
    assert sdk.SkillAdapter.__name__ == "SkillAdapter"
    assert "certvalidator" not in sys.modules and "certvalidator.errors" not in sys.modules
    assert verifier.CertificateValidator.__module__ == "skill.web.flask_sdk"
    try:
        import certvalidator
    except OSError:
        print("real import still fails")
    """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "real import still fails"


def test_the_stock_request_verifier_then_rejects_every_chain(pki: Any) -> None:
    chain = pki.chain().decode()
    result = run_python(
        BREAK_CERTVALIDATOR
        + f"""
    import skill.web.flask_sdk as sdk
    from ask_sdk_webservice_support.verifier import RequestVerifier
    try:
        RequestVerifier()._validate_cert_chain({chain!r}.encode())
    except sdk.VerificationException as exc:
        print("rejected:", exc.args[0])
    """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "rejected: Certificate chain is not valid"


def test_a_working_certvalidator_is_used_as_it_is() -> None:
    result = run_python(
        """
    import sys, types
    fake = types.ModuleType("certvalidator")
    fake.CertificateValidator = type("CertificateValidator", (), {})
    errors = types.ModuleType("certvalidator.errors")
    errors.ValidationError = errors.PathError = type("E", (Exception,), {})
    fake.errors = errors
    sys.modules.update({"certvalidator": fake, "certvalidator.errors": errors})
    import skill.web.flask_sdk
    import ask_sdk_webservice_support.verifier as verifier
    assert verifier.CertificateValidator is fake.CertificateValidator
    assert sys.modules["certvalidator"] is fake
    """
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.skipif(
    certvalidator_imports_here(), reason="oscrypto can parse this machine's OpenSSL version"
)
def test_on_this_machine_the_plain_import_crashes_and_ours_does_not() -> None:
    plain = run_python("import flask_ask_sdk.skill_adapter")
    assert plain.returncode != 0
    assert "libcrypto" in plain.stderr
    ours = run_python("import skill.web.flask_sdk, skill.web.app")
    assert ours.returncode == 0, ours.stderr
