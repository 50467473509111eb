"""Passphrase-encrypted export files: Argon2id + AES-256-GCM in authenticated chunks.

Format, version 1 (all integers big-endian)::

    offset  size  field
    0       8     magic b"GTGCRMX\\x00"
    8       1     format version (1)
    9       1     KDF id (1 = Argon2id)
    10      4     Argon2id memory cost, KiB
    14      4     Argon2id iterations
    18      1     Argon2id lanes
    19      16    salt
    35      7     nonce prefix (random)
    42      4     chunk size in bytes (plaintext)
    46      ...   chunks

The key is Argon2id(passphrase as NFC UTF-8, salt, parameters above), 32 bytes. Chunk i
(from 0) is AES-256-GCM over at most `chunk size` plaintext bytes with nonce
`prefix || i (4 bytes) || last (1 byte: 1 for the final chunk, else 0)` and the 46-byte
header as associated data; it is stored as ciphertext followed by its 16-byte tag. Every chunk
but the last is full; the last may be empty. A changed header, a reordered, altered, missing
or added chunk, or a truncated file fails authentication (the STREAM construction).
"""

from __future__ import annotations

import os
import struct
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from gtgcrm_desktop.privacy.errors import (
    ExportDecryptionError,
    ExportTooDemandingError,
    NewerExportError,
    NotAnExportError,
    SealedExportTooLargeError,
)

#: The largest encrypted export opened (the app writes an export from memory, in one piece, so
#: its own stay far below); a file over this is refused before it is read into memory.
MAX_SEALED_BYTES = 1 << 30
MAGIC = b"GTGCRMX\x00"
VERSION = 1
KDF_ARGON2ID = 1
CHUNK_SIZE = 1 << 20
TAG_SIZE = 16
_HEADER = struct.Struct(">8sBBIIB16s7sI")
HEADER_SIZE = _HEADER.size  # 46


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost; the default follows the workspace's passphrase slot."""

    memory_cost: int = 65536
    iterations: int = 3
    lanes: int = 4


#: How far a header may go beyond what the app writes before it is refused unread: a file
#: from someone else must not make this computer derive keys for minutes.
HEADROOM = 4


def _demands_too_much(memory: int, iterations: int, lanes: int, chunk_size: int) -> bool:
    written = KdfParams()
    return (
        memory > written.memory_cost * HEADROOM
        or iterations > written.iterations * HEADROOM
        or lanes > written.lanes * HEADROOM
        or chunk_size > CHUNK_SIZE * HEADROOM
    )


def _key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    return Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_cost,
    ).derive(unicodedata.normalize("NFC", passphrase).encode("utf-8"))


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", index, 1 if last else 0)


def seal(
    plaintext: bytes, passphrase: str, target: BinaryIO, params: KdfParams | None = None
) -> None:
    """Write `plaintext` encrypted under `passphrase` to `target`."""
    params = params or KdfParams()
    salt, prefix = os.urandom(16), os.urandom(7)
    header = _HEADER.pack(
        MAGIC,
        VERSION,
        KDF_ARGON2ID,
        params.memory_cost,
        params.iterations,
        params.lanes,
        salt,
        prefix,
        CHUNK_SIZE,
    )
    cipher = AESGCM(_key(passphrase, salt, params))
    target.write(header)
    chunks = max(1, -(-len(plaintext) // CHUNK_SIZE))
    if len(plaintext) and len(plaintext) % CHUNK_SIZE == 0:
        chunks += 1  # a full last chunk is followed by an empty final one
    for index in range(chunks):
        piece = plaintext[index * CHUNK_SIZE : (index + 1) * CHUNK_SIZE]
        last = index == chunks - 1
        target.write(cipher.encrypt(_nonce(prefix, index, last), piece, header))


def _chunks(data: bytes, size: int) -> Iterator[tuple[int, bytes, bool]]:
    step = size + TAG_SIZE
    count = max(1, -(-len(data) // step))
    for index in range(count):
        yield index, data[index * step : (index + 1) * step], index == count - 1


def unseal(data: bytes, passphrase: str, name: str = "") -> bytes:
    """The plaintext of an encrypted export, or a typed error naming `name`."""
    if len(data) < HEADER_SIZE or not data.startswith(MAGIC):
        raise NotAnExportError(path=name)
    _magic, version, kdf, memory, iterations, lanes, salt, prefix, size = _HEADER.unpack(
        data[:HEADER_SIZE]
    )
    if version != VERSION or kdf != KDF_ARGON2ID:
        raise NewerExportError(path=name, version=f"{version}.{kdf}")
    if _demands_too_much(memory, iterations, lanes, size):
        raise ExportTooDemandingError(path=name)
    if not (8 <= memory <= 1 << 20 and 1 <= iterations <= 64 and 1 <= lanes <= 64 and size):
        raise ExportDecryptionError(path=name)
    header = data[:HEADER_SIZE]
    cipher = AESGCM(_key(passphrase, salt, KdfParams(memory, iterations, lanes)))
    parts: list[bytes] = []
    body = data[HEADER_SIZE:]
    if len(body) < TAG_SIZE:
        raise ExportDecryptionError(path=name)
    try:
        for index, chunk, last in _chunks(body, size):
            parts.append(cipher.decrypt(_nonce(prefix, index, last), chunk, header))
    except InvalidTag as exc:
        raise ExportDecryptionError(path=name) from exc
    return b"".join(parts)


def private_new_file(path: Path) -> BinaryIO:
    """A new file at `path`, open for writing, readable by its owner only."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    return os.fdopen(os.open(path, flags, 0o600), "wb")


def seal_file(
    plaintext: bytes, passphrase: str, path: Path, params: KdfParams | None = None
) -> None:
    """Write an encrypted export to `path` (a new file, written then renamed into place)."""
    partial = path.with_name(path.name + ".partial")
    try:
        with private_new_file(partial) as target:
            seal(plaintext, passphrase, target, params)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def read_sealed(path: Path) -> bytes:
    """The bytes of an encrypted export to open, refused before they are read when there are
    more than any export of the app could hold (the file may come from someone else)."""
    with path.open("rb") as source:
        if os.fstat(source.fileno()).st_size > MAX_SEALED_BYTES:
            raise SealedExportTooLargeError(path=str(path))
        data = source.read(MAX_SEALED_BYTES + 1)  # a file still growing stops here too
    if len(data) > MAX_SEALED_BYTES:
        raise SealedExportTooLargeError(path=str(path))
    return data


def unseal_file(path: Path, passphrase: str) -> bytes:
    return unseal(read_sealed(path), passphrase, str(path))
