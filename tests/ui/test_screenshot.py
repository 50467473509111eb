"""`gtgcrm --screenshot` renders the real app offscreen from the workspace of --data-dir."""

from __future__ import annotations

import hashlib
from array import array
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import PASSPHRASE, run_gtgcrm_subprocess

SCREENS = ("contacts", "templates", "privacy", "sync")
#: Text, icons and borders, antialiased, give a real screen hundreds of colours; a blank or
#: failed render has a handful.
MIN_COLOURS = 200
#: No single colour (the background) covers more than this share of a real screen.
MAX_BACKGROUND_SHARE = 0.85


def colour_counts(image: QImage) -> Counter[int]:
    """How many pixels have each colour."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    return Counter(array("I", bytes(rgb.constBits())))


def screenshot(data_dir: Path, target: Path, screen: str, language: str) -> QImage:
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
    return QImage(str(target))


@pytest.mark.parametrize(("screen", "language"), [("contacts", "ar"), ("contacts", "en")])
def test_screenshot_writes_a_png_and_exits_0(data_dir, tmp_path, screen, language):
    image = screenshot(data_dir, tmp_path / f"{screen}_{language}.png", screen, language)
    assert (image.width(), image.height()) == (1280, 800)


def test_each_screen_renders_something_of_its_own(data_dir, tmp_path):
    from gtgcrm_desktop.core.models import Contact, EmailAddress
    from gtgcrm_desktop.store import Secrets, Workspace

    with Workspace.open(data_dir, Secrets(passphrase=PASSPHRASE)) as workspace:
        workspace.contacts.add(Contact(given_name="سارة", emails=[EmailAddress("s@example.com")]))
    digests = set()
    for screen in SCREENS:
        image = screenshot(data_dir, tmp_path / f"{screen}.png", screen, "ar")
        assert (image.width(), image.height()) == (1280, 800)
        counts = colour_counts(image)
        background_share = counts.most_common(1)[0][1] / (image.width() * image.height())
        assert len(counts) > MIN_COLOURS, f"{screen}: only {len(counts)} colours"
        assert background_share < MAX_BACKGROUND_SHARE, f"{screen}: mostly one colour"
        digests.add(hashlib.sha256(bytes(image.constBits())).hexdigest())
    assert len(digests) == len(SCREENS)  # four different screens, not one four times


def test_a_blank_image_fails_the_checks():
    image = QImage(1280, 800, QImage.Format.Format_RGB32)
    image.fill(0xEFEFEF)
    counts = colour_counts(image)
    assert len(counts) == 1 and counts.most_common(1)[0][1] == 1280 * 800


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
