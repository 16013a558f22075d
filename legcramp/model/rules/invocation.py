"""The invocation name: checks 3-6 of the platform-rules checklist."""

from __future__ import annotations

import re
from collections.abc import Iterator

from legcramp.model.findings import Finding
from legcramp.model.rules.document import ModelFile

_FORM = re.compile(r"^[a-z][a-z' .]*[a-z.]$")
_ACRONYM_LETTER = re.compile(r"^[a-z]\.$")
MIN_LENGTH = 2
MAX_LENGTH = 50
# Check 4: a two-word name may not use one of these.
ARTICLES_AND_PREPOSITIONS = frozenset(
    {"the", "a", "an", "for", "to", "of", "about", "up", "by", "at", "off", "with"}
)
# Check 5 (a strict reading of the documented lists): wake words, "skill"/"app",
# launch phrases and connecting words.
FORBIDDEN_WORDS = frozenset(
    {
        "alexa",
        "amazon",
        "echo",
        "computer",
        "skill",
        "app",
        "run",
        "start",
        "play",
        "resume",
        "use",
        "launch",
        "ask",
        "open",
        "tell",
        "load",
        "begin",
        "enable",
        "to",
        "from",
        "in",
        "using",
        "with",
        "about",
        "for",
        "that",
        "by",
        "if",
        "and",
        "whether",
    }
)


def _invocation(model: ModelFile) -> str | None:
    name = model.language.get("invocationName")
    return name if isinstance(name, str) and name.strip() else None


def check_invocation_form(model: ModelFile) -> Iterator[Finding]:
    """Check 3: lower-case letters, apostrophes and periods, single spaces, 2-50 characters."""
    name = _invocation(model)
    if name is None:
        return
    if not _FORM.match(name):
        yield model.finding(
            "R3",
            f"{name!r} may hold only lower-case letters, spaces, apostrophes and periods",
            "invocationName",
        )
    if "  " in name:
        yield model.finding("R3", f"{name!r} must use single spaces", "invocationName")
    if not MIN_LENGTH <= len(name) <= MAX_LENGTH:
        yield model.finding(
            "R3", f"{name!r} must be {MIN_LENGTH}-{MAX_LENGTH} characters long", "invocationName"
        )


def check_invocation_words(model: ModelFile) -> Iterator[Finding]:
    """Check 4: two words at least; a two-word name has no article or preposition."""
    name = _invocation(model)
    if name is None:
        return
    words = name.split()
    if len(words) < 2:
        yield model.finding("R4", f"{name!r} needs at least two words", "invocationName")
    elif len(words) == 2 and ARTICLES_AND_PREPOSITIONS & set(words):
        yield model.finding(
            "R4", f"two-word name {name!r} may not use an article or preposition", "invocationName"
        )


def check_invocation_forbidden(model: ModelFile) -> Iterator[Finding]:
    """Check 5: no wake word, launch phrase, connecting word, "skill" or "app"."""
    name = _invocation(model)
    if name is None:
        return
    for word in sorted(FORBIDDEN_WORDS & set(name.split())):
        yield model.finding("R5", f"{name!r} may not contain {word!r}", "invocationName")


def check_invocation_periods(model: ModelFile) -> Iterator[Finding]:
    """Check 6: a period may only follow a single letter, as in "n. p. r."."""
    name = _invocation(model)
    if name is None:
        return
    for word in name.split():
        if "." in word and not _ACRONYM_LETTER.match(word):
            yield model.finding(
                "R6",
                f"period in {word!r}: only single letters take one (n. p. r.)",
                "invocationName",
            )
