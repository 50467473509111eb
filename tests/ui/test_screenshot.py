"""`gtgcrm --screenshot` renders the real app offscreen from the workspace of --data-dir."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from tests.conftest import PASSPHRASE, run_gtgcrm_subprocess


@pytest.mark.parametrize(("screen", "language"), [("contacts", "ar"), ("contacts", "en")])
def test_screenshot_writes_a_png_and_exits_0(data_dir, tmp_path, screen, language):
    target = tmp_path / f"{screen}_{language}.png"
    result = run_gtgcrm_subprocess(
        "--data-dir",
        str(data_dir),
        "--screenshot",
        str(target),
        "--screen",
        screen,
        "--lang",
        language,
        env={"GTGCRM_PASSPHRASE": PASSPHRASE},
    )
    assert result.code == 0, result.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1280, 800)


def test_screenshot_without_a_way_to_unlock_exits_2(data_dir, tmp_path):
    target = tmp_path / "never.png"
    passphrase_file = tmp_path / "wrong.txt"
    passphrase_file.write_text("wrong passphrase\n", encoding="utf-8")
    result = run_gtgcrm_subprocess(
        "--data-dir",
        str(data_dir),
        "--passphrase-file",
        str(passphrase_file),
        "--screenshot",
        str(target),
        "--lang",
        "en",
    )
    assert result.code == 2
    assert "Wrong passphrase" in result.stderr
    assert not target.exists()


def test_screenshot_of_a_missing_workspace_exits_2_and_creates_nothing(tmp_path):
    folder = tmp_path / "nothing-here"
    result = run_gtgcrm_subprocess(
        "--data-dir", str(folder), "--screenshot", str(tmp_path / "x.png"), "--lang", "en"
    )
    assert result.code == 2
    assert not folder.exists()


def test_the_start_up_probe_records_the_first_paint_of_rows_and_leaves(data_dir, tmp_path):
    import time

    from gtgcrm_desktop.core.models import Contact
    from gtgcrm_desktop.store import Secrets, Workspace

    with Workspace.open(data_dir, Secrets(passphrase=PASSPHRASE)) as workspace:
        workspace.contacts.add(Contact(given_name="سارة"))
    probe = tmp_path / "probe.txt"
    started = time.time()
    result = run_gtgcrm_subprocess(
        "--data-dir",
        str(data_dir),
        env={"GTGCRM_PASSPHRASE": PASSPHRASE, "GTGCRM_STARTUP_PROBE": str(probe)},
    )
    assert result.code == 0, result.stderr
    assert started < float(probe.read_text()) < time.time()
