"""Fixtures of the robustness tests: the verified web endpoint, built once per run."""

from __future__ import annotations

import pytest

from tests.robustness.web_service import Service, start


@pytest.fixture(scope="session")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    """The real app over the throwaway PKI (``tests/robustness/web_service.py``)."""
    return start(tmp_path_factory.mktemp("pki"))
