"""A capability: a folder under ``skill/`` that brings its handlers and its views to the builder."""

from __future__ import annotations

from dataclasses import dataclass

from ask_sdk_core.dispatch_components import AbstractRequestHandler

from skill.dialog.views import View


@dataclass(frozen=True, slots=True)
class Capability:
    """What one folder registers: request handlers (in dispatch order) and view classes."""

    name: str
    handlers: tuple[AbstractRequestHandler, ...]
    views: tuple[type[View], ...] = ()
