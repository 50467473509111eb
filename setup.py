"""Build hook: every wheel, editable install and sdist build carries freshly compiled .qm files.

`build_py` compiles `i18n/*.ts` with Qt's own `lrelease` (from PySide6, a build requirement) and,
for a regular wheel, copies `resources/` and `i18n/` into the package as `gtgcrm_desktop/_data/`,
where `core/resources.py` finds them. An editable install compiles into the source tree's `i18n/`.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _translations_module():  # noqa: ANN202 (the script is loaded by path: no package to import)
    spec = importlib.util.spec_from_file_location(
        "build_translations", ROOT / "scripts" / "build_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildWithTranslations(build_py):
    """Compile the .qm files, then (non-editable) ship resources and translations as data."""

    def run(self) -> None:
        super().run()
        translations = _translations_module()
        if self.editable_mode:
            translations.release()
            return
        data = Path(self.build_lib) / "gtgcrm_desktop" / "_data"
        shutil.rmtree(data, ignore_errors=True)
        shutil.copytree(ROOT / "resources", data / "resources")
        (data / "i18n").mkdir(parents=True)
        for ts_file in sorted((ROOT / "i18n").glob("*.ts")):
            shutil.copy2(ts_file, data / "i18n" / ts_file.name)
        translations.release(data / "i18n")


setup(cmdclass={"build_py": BuildWithTranslations})
