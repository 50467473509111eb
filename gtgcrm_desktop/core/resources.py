"""Finds bundled resources (fonts, translations, policy, API contract) from source or frozen."""

from __future__ import annotations

import sys
from pathlib import Path


def project_root() -> Path:
    """The folder holding `resources/` and `i18n/`: the PyInstaller bundle or the source tree."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parents[2]


def resource_path(*parts: str) -> Path:
    """A path under `resources/`."""
    return project_root().joinpath("resources", *parts)


def i18n_dir() -> Path:
    """The folder with the `.ts` sources and built `.qm` translations."""
    return project_root() / "i18n"
