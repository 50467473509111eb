"""`privacy open` on an export from someone else: bounded cost, bounded size, safe names, all
or nothing."""

from __future__ import annotations

import io
import os
import stat
import struct
import sys
import time
import zipfile
from pathlib import Path

import pytest

from gtgcrm_desktop.privacy import sealed
from gtgcrm_desktop.privacy.errors import ExportTooDemandingError

FAST_KDF = sealed.KdfParams(memory_cost=1024, iterations=1, lanes=1)
PASSPHRASE = "export secret"
ENV = {"GTGCRM_EXPORT_PASSPHRASE": PASSPHRASE}
GOOD = {"README.txt": b"read me", "data.json": b'{"contacts": []}'}


def zip_of(entries: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            stand_in = name.replace("\0", "#")  # zipfile would cut the name at a NUL
            archive.writestr(zipfile.ZipInfo(stand_in, (2024, 1, 1, 0, 0, 0)), data)
    raw = buffer.getvalue()
    for name, _ in entries:
        if "\0" in name:
            raw = raw.replace(name.replace("\0", "#").encode(), name.encode())
    return raw


def sealed_bytes(plain: bytes) -> bytes:
    buffer = io.BytesIO()
    sealed.seal(plain, PASSPHRASE, buffer, FAST_KDF)
    return buffer.getvalue()


def write_sealed(tmp_path: Path, plain: bytes) -> Path:
    path = tmp_path / "export.zip.enc"
    path.write_bytes(sealed_bytes(plain))
    return path


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in ("export.zip.enc", "workspace"))


def header_with(**fields: int) -> bytes:
    values = {"memory": 65536, "iterations": 3, "lanes": 4, "chunk": sealed.CHUNK_SIZE, **fields}
    header = struct.pack(
        ">8sBBIIB16s7sI",
        sealed.MAGIC,
        sealed.VERSION,
        sealed.KDF_ARGON2ID,
        values["memory"],
        values["iterations"],
        values["lanes"],
        b"s" * 16,
        b"n" * 7,
        values["chunk"],
    )
    return header + b"\0" * 64


# -- the header's key-derivation cost ---------------------------------------------------------


@pytest.mark.parametrize(
    "fields",
    [
        {"memory": 1 << 20, "iterations": 64},  # 1 GiB x 64 passes: ran 101 s
        {"memory": 4 * 65536 + 1},
        {"iterations": 4 * 3 + 1},
        {"lanes": 4 * 4 + 1},
        {"chunk": 4 * sealed.CHUNK_SIZE + 1},
        {"memory": 0xFFFFFFFF, "iterations": 0xFFFFFFFF, "lanes": 255},
    ],
)
def test_a_header_asking_for_more_than_the_app_writes_is_refused_before_deriving(
    fields: dict[str, int],
) -> None:
    start = time.monotonic()
    with pytest.raises(ExportTooDemandingError) as caught:
        sealed.unseal(header_with(**fields), PASSPHRASE, "x.enc")
    assert time.monotonic() - start < 0.5
    assert "more than GTG CRM ever writes" in str(caught.value)
    assert caught.value.exit_code == 1


def test_the_cli_refuses_a_demanding_header_with_one_translated_line(run_cli, tmp_path) -> None:
    path = tmp_path / "export.zip.enc"
    path.write_bytes(header_with(memory=1 << 20, iterations=64))
    start = time.monotonic()
    result = run_cli("privacy", "open", str(path), "-o", str(tmp_path / "out"), env=ENV)
    assert time.monotonic() - start < 2
    assert result.code == 1
    assert "more than GTG CRM ever writes" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    arabic = run_cli(
        "--lang", "ar", "privacy", "open", str(path), "-o", str(tmp_path / "out"), env=ENV
    )
    assert arabic.code == 1 and "GTG CRM" in arabic.stderr and "ever writes" not in arabic.stderr
    assert leftovers(tmp_path) == []


def test_what_the_app_writes_still_opens(run_cli, tmp_path) -> None:
    path = tmp_path / "export.zip.enc"
    with path.open("wb") as out:
        sealed.seal(zip_of(list(GOOD.items())), PASSPHRASE, out)  # the default cost
    result = run_cli("privacy", "open", str(path), "-o", str(tmp_path / "out"), env=ENV)
    assert result.code == 0, result.stderr
    assert (tmp_path / "out" / "data.json").read_bytes() == GOOD["data.json"]


# -- decompressed sizes -----------------------------------------------------------------------


def zip_bomb(size: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("README.txt", b"hello")
        with archive.open("data.json", "w") as entry:
            block = b"\0" * (1 << 20)
            for _ in range(size >> 20):
                entry.write(block)
    return buffer.getvalue()


def test_a_small_export_that_expands_hugely_is_refused(run_cli, tmp_path) -> None:
    bomb = zip_bomb(300 << 20)
    assert len(bomb) < 400_000  # 306 KB expanding to a 300 MB entry, as reported
    path = write_sealed(tmp_path, bomb)
    start = time.monotonic()
    result = run_cli("privacy", "open", str(path), "-o", str(tmp_path / "out"), env=ENV)
    assert time.monotonic() - start < 5
    assert result.code == 1, result.stderr
    assert "more than GTG CRM ever writes" in result.stderr
    assert leftovers(tmp_path) == []


def test_an_entry_larger_than_it_declares_is_refused(run_cli, tmp_path) -> None:
    plain = bytearray(zip_of([("README.txt", b"r"), ("data.json", b"x" * 200_000)]))
    central = plain.rindex(b"PK\x01\x02")  # data.json's central directory record
    plain[central + 24 : central + 28] = struct.pack("<I", 1000)  # declares 1000 bytes
    path = write_sealed(tmp_path, bytes(plain))
    result = run_cli("privacy", "open", str(path), "-o", str(tmp_path / "out"), env=ENV)
    assert result.code == 1, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert leftovers(tmp_path) == []


def test_too_many_entries_are_refused(run_cli, tmp_path) -> None:
    path = write_sealed(tmp_path, zip_of([(f"f{i}.txt", b"x") for i in range(500)]))
    result = run_cli("privacy", "open", str(path), "-o", str(tmp_path / "out"), env=ENV)
    assert result.code == 1, result.stderr
    assert "more than GTG CRM ever writes" in result.stderr
    assert leftovers(tmp_path) == []


# -- entry names, all or nothing --------------------------------------------------------------

BAD_NAMES = [
    "",
    "data.json",  # a duplicate of the first entry
    "DATA.JSON",  # the same file on Windows and macOS
    "/etc/passwd",
    "../outside.txt",
    "a/../../outside.txt",
    "sub/file.txt",
    "\\windows\\file.txt",
    "C:\\x.txt",
    "D:x",
    "a\x00b.txt",
    ".hidden",
    "CON",
    "file.txt:stream",
    "trailing.",
]


@pytest.mark.filterwarnings("ignore:Duplicate name")
@pytest.mark.parametrize("name", BAD_NAMES)
def test_a_bad_entry_name_leaves_nothing_behind(run_cli, tmp_path, name: str) -> None:
    entries = [("data.json", b"{}"), ("README.txt", b"r"), (name, b"bad")]
    path = write_sealed(tmp_path, zip_of(entries))
    target = tmp_path / "out"
    result = run_cli("privacy", "open", str(path), "-o", str(target), env=ENV)
    assert result.code == 1, (result.code, result.stderr)
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert not target.exists()
    assert leftovers(tmp_path) == []
    assert not (tmp_path / "outside.txt").exists()


@pytest.mark.parametrize("name", ["../outside.txt", "", "D:x"])
def test_a_zip_output_with_a_bad_entry_name_is_refused_too(run_cli, tmp_path, name: str) -> None:
    path = write_sealed(tmp_path, zip_of([("data.json", b"{}"), (name, b"bad")]))
    result = run_cli("privacy", "open", str(path), "-o", str(tmp_path / "o.zip"), env=ENV)
    assert result.code == 1, result.stderr
    assert leftovers(tmp_path) == []


def test_an_existing_empty_folder_is_filled_only_when_everything_is_valid(
    run_cli, tmp_path
) -> None:
    target = tmp_path / "out"
    target.mkdir()
    bad = write_sealed(tmp_path, zip_of([("data.json", b"{}"), ("../x", b"bad")]))
    assert run_cli("privacy", "open", str(bad), "-o", str(target), env=ENV).code == 1
    assert target.is_dir() and list(target.iterdir()) == []
    good = write_sealed(tmp_path, zip_of(list(GOOD.items())))
    result = run_cli("privacy", "open", str(good), "-o", str(target), env=ENV)
    assert result.code == 0, result.stderr
    assert sorted(p.name for p in target.iterdir()) == sorted(GOOD)
    assert leftovers(tmp_path) == ["out"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_opened_files_are_private(run_cli, tmp_path) -> None:
    old = os.umask(0o022)
    try:
        good = write_sealed(tmp_path, zip_of(list(GOOD.items())))
        assert run_cli("privacy", "open", str(good), "-o", str(tmp_path / "out"), env=ENV).code == 0
        assert (
            run_cli("privacy", "open", str(good), "-o", str(tmp_path / "o.zip"), env=ENV).code == 0
        )
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "out").stat().st_mode) == 0o700
    for name in GOOD:
        assert stat.S_IMODE((tmp_path / "out" / name).stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "o.zip").stat().st_mode) == 0o600


def test_a_damaged_zip_is_refused_cleanly(run_cli, tmp_path) -> None:
    path = write_sealed(tmp_path, b"PK\x03\x04 not really a zip")
    result = run_cli("privacy", "open", str(path), "-o", str(tmp_path / "out"), env=ENV)
    assert result.code == 1 and "not a valid zip" in result.stderr
    assert leftovers(tmp_path) == []


def test_an_unsupported_compression_method_is_refused(run_cli, tmp_path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_LZMA) as archive:
        archive.writestr("data.json", b"{}")
    path = write_sealed(tmp_path, buffer.getvalue())
    result = run_cli("privacy", "open", str(path), "-o", str(tmp_path / "out"), env=ENV)
    assert result.code == 1, result.stderr
    assert leftovers(tmp_path) == []


# -- the sealed file itself -------------------------------------------------------------------


def test_a_file_larger_than_any_export_is_refused_before_it_is_read(run_cli, tmp_path) -> None:
    """A 1 GiB + 1 byte file (sparse: nothing is written to disk) is refused at once with one
    translated line; it was read whole into memory before."""
    import resource

    path = tmp_path / "export.zip.enc"
    with path.open("wb") as huge:
        huge.write(sealed_bytes(zip_of(list(GOOD.items()))))
        huge.truncate(sealed.MAX_SEALED_BYTES + 1)
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.monotonic()
    result = run_cli("privacy", "open", str(path), "-o", str(tmp_path / "out"), env=ENV)
    assert time.monotonic() - start < 2
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before < 100_000  # KiB
    assert result.code == 1
    assert "larger than any export GTG CRM writes" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    arabic = run_cli(
        "--lang", "ar", "privacy", "open", str(path), "-o", str(tmp_path / "out"), env=ENV
    )
    assert arabic.code == 1 and "GTG CRM" in arabic.stderr and "larger than" not in arabic.stderr
    assert leftovers(tmp_path) == []
    with pytest.raises(sealed.SealedExportTooLargeError):
        sealed.unseal_file(path, PASSPHRASE)
