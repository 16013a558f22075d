"""Web settings come from the environment once; verification cannot be turned off from there."""

from __future__ import annotations

from pathlib import Path

from skill.settings import Settings


def test_settings_are_read_from_the_environment() -> None:
    settings = Settings.from_env(
        {
            "SKILL_ID": "amzn1.ask.skill.abc",
            "LEGCRAMP_TRUST_ROOTS": "/etc/legcramp/roots.pem",
            "LEGCRAMP_CERT_DIR": "/var/lib/legcramp/chains",
        }
    )
    assert settings == Settings(
        skill_id="amzn1.ask.skill.abc",
        trust_roots=Path("/etc/legcramp/roots.pem"),
        cert_dir=Path("/var/lib/legcramp/chains"),
        verify=True,
    )


def test_empty_values_mean_unset_and_verification_stays_on() -> None:
    settings = Settings.from_env(
        {"SKILL_ID": "", "LEGCRAMP_TRUST_ROOTS": "", "VERIFY": "0", "LEGCRAMP_VERIFY": "false"}
    )
    assert settings == Settings()
    assert settings.verify is True
