"""Where the interaction model, its source and the ASK CLI skill package live in a project tree."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True, slots=True)
class Layout:
    """The model-related paths under one project root (the repository, or a test fixture)."""

    root: Path

    @classmethod
    def repo(cls) -> Layout:
        """The layout of this repository."""
        return cls(REPO_ROOT)

    @property
    def model_dir(self) -> Path:
        """``interaction_model/``: the generated model, one ``<locale>.json`` per locale."""
        return self.root / "interaction_model"

    @property
    def source_dir(self) -> Path:
        """``interaction_model/source/``: the one source the models are generated from."""
        return self.model_dir / "source"

    @property
    def skill_package_dir(self) -> Path:
        """``skill-package/``: the ASK CLI v2 skill package."""
        return self.root / "skill-package"

    @property
    def ask_model_dir(self) -> Path:
        """``skill-package/interactionModels/custom/``: the copies the ASK CLI deploys."""
        return self.skill_package_dir / "interactionModels" / "custom"

    @property
    def manifest(self) -> Path:
        """``skill-package/skill.json``: the skill manifest (written by the deployment work)."""
        return self.skill_package_dir / "skill.json"

    def model_file(self, locale: str) -> Path:
        """The generated model for ``locale`` under ``interaction_model/``."""
        return self.model_dir / f"{locale}.json"

    def ask_model_file(self, locale: str) -> Path:
        """The skill-package copy of the model for ``locale``."""
        return self.ask_model_dir / f"{locale}.json"

    def display(self, path: Path) -> str:
        """``path`` as shown in messages: relative to the root when it is inside it."""
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return str(path)
