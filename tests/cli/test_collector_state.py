"""The command line leaves Python's cycle collector as it found it; commands run with it on."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest

from tests.conftest import ROOT


@pytest.fixture
def restore_collector():  # type: ignore[no-untyped-def]
    was = gc.isenabled()
    yield
    (gc.enable if was else gc.disable)()


def test_a_command_runs_with_the_collector_on_and_leaves_it_on(
    run_cli, restore_collector, monkeypatch
):
    from gtgcrm_desktop.store.contacts import ContactRepository

    seen: list[bool] = []
    original = ContactRepository.list_summaries

    def watched(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return original(self, *args, **kwargs)

    gc.enable()
    monkeypatch.setattr(ContactRepository, "list_summaries", watched)
    assert run_cli("contacts", "list", "--json").code == 0
    assert seen == [True] and gc.isenabled()
    assert run_cli("contacts", "list", "--no-such-option").code != 0  # an error leaves it too
    assert gc.isenabled()


def test_a_collector_turned_off_by_the_caller_stays_off(run_cli, restore_collector):
    """The app's GUI collector turns automatic collection off; a command run in the same
    process (tests do) must not turn it back on behind its back."""
    gc.disable()
    assert run_cli("contacts", "list", "--json").code == 0
    assert not gc.isenabled()


def test_python_m_runs_commands_with_the_collector_on(data_dir):
    code = (
        "import gc, runpy, sys\n"
        "from gtgcrm_desktop.store.contacts import ContactRepository\n"
        "original = ContactRepository.list_summaries\n"
        "def watched(self, *a, **k):\n"
        "    print('collecting' if gc.isenabled() else 'not collecting', file=sys.stderr)\n"
        "    return original(self, *a, **k)\n"
        "ContactRepository.list_summaries = watched\n"
        f"sys.argv = ['gtgcrm', '--data-dir', {str(data_dir)!r}, 'contacts', 'list', '--json']\n"
        "runpy.run_module('gtgcrm_desktop', run_name='__main__')\n"
    )
    from tests.conftest import PASSPHRASE

    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={
            **__import__("os").environ,
            "GTGCRM_PASSPHRASE": PASSPHRASE,
            "GTGCRM_NO_KEYCHAIN": "1",
        },
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "collecting" in done.stderr.splitlines()
