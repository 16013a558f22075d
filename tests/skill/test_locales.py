from __future__ import annotations

import json
from pathlib import Path

import pytest

from skill.locales import DEFAULT_LOCALE, existing_layers, locale_chain, merge, read_layers


@pytest.mark.parametrize(
    ("locale", "chain"),
    [
        ("en-GB", ("en-GB", "en")),
        ("en", ("en",)),
        ("de-DE", ("de-DE", "de", "en")),
        ("fr", ("fr", "en")),
    ],
)
def test_chain_goes_from_specific_to_default(locale: str, chain: tuple[str, ...]) -> None:
    assert locale_chain(locale) == chain


@pytest.mark.parametrize("untrusted", [None, "", "EN-us", "en_GB", "../../etc/passwd", "e" * 300])
def test_malformed_locales_fall_back_to_the_default(untrusted: str | None) -> None:
    assert locale_chain(untrusted) == (DEFAULT_LOCALE,)


def test_merge_is_deep_for_objects_and_replaces_the_rest() -> None:
    base = {"values": {"a": "1", "b": "2"}, "list": [1, 2], "text": "x"}
    merged = merge(base, {"values": {"b": "3"}, "list": [9], "text": "y"})
    assert merged == {"values": {"a": "1", "b": "3"}, "list": [9], "text": "y"}
    assert base["values"] == {"a": "1", "b": "2"}


def test_layers_are_read_most_general_first(tmp_path: Path) -> None:
    (tmp_path / "en.json").write_text(json.dumps({"k": "base", "only_base": "b"}))
    (tmp_path / "en-GB.json").write_text(json.dumps({"k": "british"}))
    layers = existing_layers(tmp_path, "en-GB")
    assert [p.name for p in layers] == ["en.json", "en-GB.json"]
    assert read_layers(layers) == {"k": "british", "only_base": "b"}
    assert [p.name for p in existing_layers(tmp_path, "en-AU")] == ["en.json"]
