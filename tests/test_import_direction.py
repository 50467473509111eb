"""Imports go one way: ui -> {sync, privacy, interchange, templates} -> store -> core (point 11)."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "gtgcrm_desktop"
NON_UI = ["core", "store", "interchange", "privacy", "sync", "templates", "commands", "cli"]

#: What each layer may import from this package (besides itself).
ALLOWED = {
    "core": set(),
    "store": {"core"},
    "interchange": {"core", "store"},
    "privacy": {"core", "store", "interchange"},
    "templates": {"core", "store", "privacy"},
    "sync": {"core", "store"},
    "commands": {"core", "store", "interchange", "privacy", "sync", "templates", "commands"},
}


def _layer(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", "") == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.add(node.args[0].value)
    return found


def test_no_qt_outside_ui_and_app() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        layer = _layer(path)
        if layer in ("ui", "app"):
            continue
        for module in _imported_modules(path):
            if module.startswith(("PySide6", "shiboken6", "gtgcrm_desktop.ui")):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert offenders == []


def test_layers_import_only_downwards() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        layer = _layer(path)
        if layer not in ALLOWED:
            continue
        for module in _imported_modules(path):
            if not module.startswith("gtgcrm_desktop."):
                continue
            target = module.split(".")[1]
            if target != layer and target not in ALLOWED[layer]:
                offenders.append(f"{path.relative_to(PACKAGE)} ({layer}) imports {module}")
    assert offenders == []


@pytest.mark.parametrize("package", NON_UI)
def test_importing_without_pyside6(package: str) -> None:
    module = f"gtgcrm_desktop.{package}"
    if package not in ("cli",) and not (PACKAGE / package).is_dir():
        pytest.skip(f"{module} does not exist yet")
    code = (
        "import importlib, pkgutil, sys\n"
        f"root = importlib.import_module({module!r})\n"
        "for info in pkgutil.walk_packages(getattr(root, '__path__', []), root.__name__ + '.'):\n"
        "    importlib.import_module(info.name)\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not loaded, loaded\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        cwd=PACKAGE.parent,
    )
    assert done.returncode == 0, done.stderr[-2000:]
