"""What the validator reports: one finding per problem, naming the file, JSON path and rule."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, order=True)
class Finding:
    """A problem at ``path`` (a JSONPath such as ``$.interactionModel.languageModel``) in ``file``.

    ``rule`` is the check's number in the platform-rules checklist (``R14``), or the name of a
    cross-check with the rest of the project (``HANDLERS``, ``TOPICS``, ``CONTENT``…).
    """

    file: str
    path: str
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.path}: [{self.rule}] {self.message}"


def json_path(*parts: str | int) -> str:
    """``json_path("a", 2, "b")`` → ``$.a[2].b``."""
    out = ["$"]
    for part in parts:
        out.append(f"[{part}]" if isinstance(part, int) else f".{part}")
    return "".join(out)
