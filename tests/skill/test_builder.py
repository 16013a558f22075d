"""One builder from one settings object: capabilities, persistence adapter and API client."""

from __future__ import annotations

from pathlib import Path

import pytest
from ask_sdk_core.exceptions import ApiClientException
from ask_sdk_model.services import ApiClientRequest

from skill.api_client import LazyApiClient
from skill.builder import CAPABILITIES, handled_intents, make_skill, make_skill_builder
from skill.names import INTENTS
from skill.settings import Settings, local_store
from skill.storage import SqliteAttributes, StoreConfigurationError


def test_settings_come_from_the_environment_once() -> None:
    settings = Settings.from_env(
        {"SKILL_ID": "amzn1.ask.skill.x", "LOG_LEVEL": "debug", "DIARY_STORE": "sqlite:///d.db"}
    )
    assert settings == Settings(
        skill_id="amzn1.ask.skill.x", log_level="DEBUG", store="sqlite:///d.db"
    )
    assert Settings.from_env({}, default_store="sqlite:///x.db").store == "sqlite:///x.db"
    assert Settings.from_env({}).store is None


def test_the_local_store_lives_in_the_users_data_folder(tmp_path: Path) -> None:
    store = local_store({"XDG_DATA_HOME": str(tmp_path)})
    assert store == f"sqlite:///{tmp_path}/leg-cramp-helper/diary.db"


def test_the_builder_wires_the_store_and_the_api_client(tmp_path: Path) -> None:
    skill = make_skill(make_skill_builder(Settings(store=f"sqlite:///{tmp_path}/s.db")))
    adapter = skill.persistence_adapter
    assert isinstance(adapter, SqliteAttributes)
    assert adapter.path == tmp_path / "s.db"
    assert not adapter.path.exists(), "opened on first use, not at cold start"
    assert isinstance(skill.api_client, LazyApiClient)
    assert make_skill(make_skill_builder(Settings())).persistence_adapter is None


def test_an_unknown_store_is_refused_at_start_up() -> None:
    with pytest.raises(StoreConfigurationError, match="redis"):
        make_skill_builder(Settings(store="redis://cache"))


def test_the_lazy_api_client_is_the_sdks_own_client() -> None:
    client = LazyApiClient()
    request = ApiClientRequest(method="GET", url="http://127.0.0.1:9/v1/alerts/reminders")
    with pytest.raises(ApiClientException, match=r"(?i)https"):
        client.invoke(request)


def test_every_custom_intent_and_built_in_has_exactly_one_handler_route() -> None:
    names = [
        intent
        for capability in CAPABILITIES
        for route in capability.routes
        for intent in route.intents
    ]
    assert sorted(names) == sorted(set(names))
    assert handled_intents() == frozenset(INTENTS)
