"""Every install route carries fresh compiled translations: the tree, a wheel, an editable install."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

SCRIPT = ROOT / "scripts" / "build_translations.py"


def _translations():
    spec = importlib.util.spec_from_file_location("build_translations", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _compile(ts_file: Path, target: Path) -> bytes:
    subprocess.run(
        [_translations().lrelease(), "-silent", str(ts_file), "-qm", str(target)], check=True
    )
    return target.read_bytes()


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_trees_qm_files_are_those_of_its_ts_files_now(language, tmp_path):
    """What the app loads from a checkout is exactly what lrelease makes of the .ts as it is."""
    ts_file = ROOT / "i18n" / f"gtgcrm_{language}.ts"
    qm_file = ROOT / "i18n" / f"gtgcrm_{language}.qm"
    assert qm_file.is_file(), "no .qm: scripts/setup (or pip install -e .) compiles them"
    assert qm_file.read_bytes() == _compile(ts_file, tmp_path / "fresh.qm")
    stamp = qm_file.with_name(qm_file.name + ".source").read_text(encoding="ascii").strip()
    assert stamp == _translations().source_digest(ts_file)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(folder), str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    (built,) = folder.glob("gtgcrm_desktop-*.whl")
    return built


@pytest.mark.slow
def test_a_wheel_carries_resources_and_fresh_qm_files(wheel, tmp_path):
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        for language in ("ar", "en"):
            ts_bytes = archive.read(f"gtgcrm_desktop/_data/i18n/gtgcrm_{language}.ts")
            qm_bytes = archive.read(f"gtgcrm_desktop/_data/i18n/gtgcrm_{language}.qm")
            (tmp_path / "x.ts").write_bytes(ts_bytes)
            assert qm_bytes == _compile(tmp_path / "x.ts", tmp_path / "x.qm")
    assert "gtgcrm_desktop/_data/resources/fonts/NotoSansArabic-Regular.ttf" in names
    assert "gtgcrm_desktop/_data/resources/policy/privacy-policy.ar.txt" in names
    assert "gtgcrm_desktop/store/migrations/0001_initial.sql" in names


INSTALLED_PROBE = """
import sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
import gtgcrm_desktop
from gtgcrm_desktop.core.resources import project_root
from gtgcrm_desktop.ui.language import SourceTranslator, install_language
app = QApplication([])
translators = install_language(app, "ar")
assert "site-packages" in gtgcrm_desktop.__file__, gtgcrm_desktop.__file__
assert project_root().name == "_data", project_root()
assert not any(isinstance(t, SourceTranslator) for t in translators), "no usable .qm"
print(QCoreApplication.translate("TemplateListModel", "Type"))
print(QCoreApplication.translate("MainWindow", "%n contact(s)", None, 7))
"""


@pytest.mark.slow
def test_an_installed_wheel_shows_arabic_from_its_own_qm_files(wheel, tmp_path):
    """pip install of the wheel, away from the source tree: the app finds its .qm and fonts."""
    target = tmp_path / "venv"
    venv.create(target, with_pip=False)
    python = target / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", site, str(wheel)],
        check=True,
    )
    # The dependencies come from this environment, after the wheel's own package.
    Path(site, "zz_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [str(python), "-c", INSTALLED_PROBE],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    header, count = done.stdout.splitlines()
    assert header == "النوع"
    assert "7" in count and "contact" not in count
