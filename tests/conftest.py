"""Fixtures for every test: a fresh workspace per test, a test keychain, a CLI runner."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import keyring
import pytest

from tests.support.memory_keyring import MemoryKeyring

PASSPHRASE = "correct horse battery staple"
ROOT = Path(__file__).resolve().parents[1]

# Nothing from the developer's shell may leak into a test.
for _variable in (
    "GTGCRM_PASSPHRASE",
    "GTGCRM_NEW_PASSPHRASE",
    "GTGCRM_RECOVERY_CODE",
    "GTGCRM_DATA_DIR",
    "GTGCRM_CLOUD_PASSWORD",
    "GTGCRM_NO_KEYCHAIN",
    "PYTHON_KEYRING_BACKEND",
):
    os.environ.pop(_variable, None)
os.environ["GTGCRM_LANG"] = "en"


@pytest.fixture(scope="session", autouse=True)
def _private_runtime_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The app's single-instance lock and socket go to the runtime folder: one of the test
    session's own (inherited by child processes), not the machine's /tmp."""
    folder = tmp_path_factory.mktemp("runtime")
    folder.chmod(0o700)
    before = os.environ.get("XDG_RUNTIME_DIR")
    os.environ["XDG_RUNTIME_DIR"] = str(folder)
    yield
    if before is None:
        os.environ.pop("XDG_RUNTIME_DIR", None)
    else:
        os.environ["XDG_RUNTIME_DIR"] = before


@dataclass
class TemplateWorkspace:
    path: Path
    recovery_code: str
    keyring_secrets: dict[tuple[str, str], str]


@pytest.fixture(scope="session")
def _template_workspace(tmp_path_factory: pytest.TempPathFactory) -> TemplateWorkspace:
    """One workspace made once per session (the passphrase KDF is deliberately slow)."""
    from gtgcrm_desktop.store import Workspace
    from gtgcrm_desktop.store.keychain import Keychain

    chain = MemoryKeyring()
    path = tmp_path_factory.mktemp("template") / "workspace"
    workspace, code = Workspace.create(path, PASSPHRASE, Keychain(chain))
    workspace.close()
    return TemplateWorkspace(path, code, dict(chain.secrets))


@pytest.fixture(autouse=True)
def test_keyring(_template_workspace: TemplateWorkspace) -> Iterator[MemoryKeyring]:
    """Every test gets its own in-memory keychain holding the template workspace's key."""
    chain = MemoryKeyring()
    chain.secrets.update(_template_workspace.keyring_secrets)
    previous = keyring.get_keyring()
    keyring.set_keyring(chain)
    yield chain
    keyring.set_keyring(previous)


@pytest.fixture
def data_dir(tmp_path: Path, _template_workspace: TemplateWorkspace) -> Path:
    """A fresh copy of an empty workspace (unlocks via the test keychain or PASSPHRASE)."""
    target = tmp_path / "workspace"
    shutil.copytree(_template_workspace.path, target)
    return target


@pytest.fixture
def recovery_code(_template_workspace: TemplateWorkspace) -> str:
    return _template_workspace.recovery_code


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[object]:
    """The unlocked workspace of `data_dir`."""
    from gtgcrm_desktop.store import Secrets, Workspace

    opened = Workspace.open(data_dir, Secrets(passphrase=PASSPHRASE))
    yield opened
    opened.close()


@dataclass
class CliResult:
    code: int
    stdout: str
    stderr: str


@pytest.fixture
def run_cli(monkeypatch: pytest.MonkeyPatch, data_dir: Path):  # type: ignore[no-untyped-def]
    """Run `gtgcrm ARGS` in this process against `data_dir` (passphrase from the environment)."""
    from gtgcrm_desktop.cli import main

    def run(
        *args: str, env: dict[str, str | None] | None = None, data: Path | None = None
    ) -> CliResult:
        with monkeypatch.context() as patch:
            patch.setenv("GTGCRM_PASSPHRASE", PASSPHRASE)
            for name, value in (env or {}).items():
                if value is None:
                    patch.delenv(name, raising=False)
                else:
                    patch.setenv(name, value)
            out, err = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                try:
                    code = main(["--data-dir", str(data or data_dir), *args])
                except SystemExit as exit_:
                    code = int(exit_.code or 0)
            return CliResult(code, out.getvalue(), err.getvalue())

    return run


def run_gtgcrm_subprocess(
    *args: str, env: dict[str, str] | None = None, timeout: float = 60
) -> CliResult:
    """Run the real `python -m gtgcrm_desktop` in a child process (no keychain unless asked)."""
    child_env = {**os.environ, "GTGCRM_NO_KEYCHAIN": "1", "PYTHONPATH": str(ROOT), **(env or {})}
    done = subprocess.run(
        [sys.executable, "-m", "gtgcrm_desktop", *args],
        capture_output=True,
        text=True,
        env=child_env,
        timeout=timeout,
        check=False,
    )
    return CliResult(done.returncode, done.stdout, done.stderr)


# PySide6 6.12.0 dropped a reference to True on every Signal.emit(), which ended the session in
# "bool_dealloc" after every test had run (6.12.0 is now excluded in pyproject.toml and
# tests/ui/test_pyside_refcounts.py guards it). The session's outcome is settled by then, so
# it still leaves without finalisation: Qt objects are not torn down by the collector.
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    session.config.stash[_EXIT_STATUS] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    status = config.stash.get(_EXIT_STATUS, None)
    if status is not None and "PySide6.QtCore" in sys.modules:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)


_EXIT_STATUS = pytest.StashKey[int]()
