"""The offline resolver: utterance text to intent and slots, as Alexa's NLU would hand them over."""

from legcramp.resolver.resolver import Resolver

__all__ = ["Resolver"]
