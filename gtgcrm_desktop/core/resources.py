"""Finds bundled resources (fonts, translations, policy, API contract) from source or frozen."""

from __future__ import annotations

import sys
from pathlib import Path


def project_root() -> Path:
    """The folder holding `resources/` and `i18n/`: the PyInstaller bundle, the `_data/` folder
    of an installed wheel (setup.py puts them there), or the source tree."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    package = Path(__file__).resolve().parents[1]
    installed = package / "_data"
    if installed.is_dir():
        return installed
    return package.parent


def resource_path(*parts: str) -> Path:
    """A path under `resources/`."""
    return project_root().joinpath("resources", *parts)


def i18n_dir() -> Path:
    """The folder with the `.ts` sources and built `.qm` translations."""
    return project_root() / "i18n"
