"""Benchmark: import of a Google CSV (default 100,000 rows) against plain csv + sqlite3, and
export of the imported contacts to vCard 4.0 and JSON; then import of a vCard 2.1 file of as
many quoted-printable cards against plain sqlite3 doing the same inserts. Prints medians,
ratios, peak memory.

    .venv/bin/python -m tests.benchmarks.bench_import [--rows 100000] [--repeat 3] [--vcard-only]

Each measured run is a child process, so its peak memory (ru_maxrss) is its own.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import quopri
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

GIVEN_AR = [
    "أحمد",
    "محمد",
    "فاطمة",
    "عائشة",
    "عبدالله",
    "نورة",
    "خالد",
    "سارة",
    "يوسف",
    "مريم",
    "عمر",
    "هند",
]
FAMILY_AR = ["العلي", "الحربي", "القحطاني", "الزهراني", "الشهري", "الدوسري", "العتيبي", "المطيري"]
GIVEN_EN = ["John", "Sarah", "Omar", "Lina", "David", "Maria", "Rami", "Nadia", "James", "Layla"]
FAMILY_EN = ["Smith", "Haddad", "Khoury", "Johnson", "Nasser", "Brown", "Saleh", "Taylor"]
ORGS = ["شركة النخبة", "مؤسسة الفجر", "Acme", "Contoso", "مجموعة البحر", "Globex", "دار الخليج"]
HEADER = [
    "First Name", "Middle Name", "Last Name", "Organization Name", "Organization Title", "Birthday",
    "Notes", "Labels", "E-mail 1 - Label", "E-mail 1 - Value", "Phone 1 - Label", "Phone 1 - Value",
    "Address 1 - Label", "Address 1 - City", "Address 1 - Country",
]  # fmt: skip


def generate(path: Path, rows: int) -> None:
    rng = random.Random(20241209)
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(HEADER)
        for i in range(rows):
            arabic = i % 2 == 0
            given = rng.choice(GIVEN_AR if arabic else GIVEN_EN)
            if arabic:  # given name, father's name, family name
                given = f"{given} {rng.choice(GIVEN_AR[::2])}"
            family = rng.choice(FAMILY_AR if arabic else FAMILY_EN)
            # About fifty people per organisation; a third have none.
            org = "" if i % 3 == 1 else f"{rng.choice(ORGS)} {i // 150}"
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            writer.writerow([
                given, "", family, org, "", f"{rng.randint(1950, 2005)}-{month:02d}-{day:02d}" if i % 3 == 0 else "",
                "عميل من المعرض" if i % 10 == 0 else "", "* myContacts ::: عملاء" if arabic else "* myContacts",
                "* Work", f"user{i}@example{i % 97}.com", "Mobile", f"05{i % 10}{i:07d}",
                "Work", "الرياض" if arabic else "Dubai", "السعودية" if arabic else "UAE",
            ])  # fmt: skip


def _qp(text: str) -> str:
    """`text` as UTF-8 quoted-printable with soft breaks, as phones write vCard 2.1."""
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").replace("\n", "\r\n")


def generate_vcard(path: Path, rows: int) -> None:
    """The people of `generate` as vCard 2.1, names, notes and addresses quoted-printable."""
    rng = random.Random(20241209)
    with path.open("w", encoding="ascii", newline="") as out:
        for i in range(rows):
            arabic = i % 2 == 0
            given = rng.choice(GIVEN_AR if arabic else GIVEN_EN)
            if arabic:
                given = f"{given} {rng.choice(GIVEN_AR[::2])}"
            family = rng.choice(FAMILY_AR if arabic else FAMILY_EN)
            org = "" if i % 3 == 1 else f"{rng.choice(ORGS)} {i // 150}"
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            city, country = ("الرياض", "السعودية") if arabic else ("Dubai", "UAE")
            qp = ";CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:"
            lines = [
                "BEGIN:VCARD",
                "VERSION:2.1",
                f"N{qp}{_qp(f'{family};{given};;;')}",
                f"FN{qp}{_qp(f'{given} {family}')}",
                f"ORG{qp}{_qp(org)}" if org else "",
                f"BDAY:{rng.randint(1950, 2005)}{month:02d}{day:02d}" if i % 3 == 0 else "",
                f"NOTE{qp}{_qp('عميل من المعرض، تمت زيارته في الفرع الرئيسي لمدة طويلة جدا')}"
                if i % 10 == 0
                else "",
                f"EMAIL;INTERNET;WORK:user{i}@example{i % 97}.com",
                f"TEL;CELL:05{i % 10}{i:07d}",
                f"ADR;WORK{qp}{_qp(f';;;{city};;;{country}')}",
                "END:VCARD",
            ]
            out.write("".join(line + "\r\n" for line in lines if line))


# --- the measured phases (each runs in its own child process) -----------------------------------


def _workspace(folder: Path):  # type: ignore[no-untyped-def]
    from gtgcrm_desktop.store import Secrets, Workspace
    from gtgcrm_desktop.store.keychain import Keychain
    from tests.support.memory_keyring import MemoryKeyring

    if folder.exists():
        return Workspace.open(folder, Secrets(passphrase="bench"), Keychain(MemoryKeyring()))
    return Workspace.create(folder, "bench", Keychain(MemoryKeyring()))[0]


def phase_import(csv_path: Path, folder: Path) -> dict[str, object]:
    from gtgcrm_desktop.interchange import import_file

    workspace = _workspace(folder)  # key derivation and schema: not part of the import
    started = time.perf_counter()
    report = import_file(workspace, csv_path)
    elapsed = time.perf_counter() - started
    workspace.close()
    return {"seconds": elapsed, "counts": report.counts()}


def phase_baseline(csv_path: Path, folder: Path) -> dict[str, object]:
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    connection = sqlite3.connect(folder / "plain.db")
    connection.execute(
        "CREATE TABLE contacts (given TEXT, family TEXT, organization TEXT, birthday TEXT,"
        " notes TEXT, labels TEXT, email TEXT, phone TEXT, city TEXT, country TEXT)"
    )
    with csv_path.open(encoding="utf-8", newline="") as source, connection:
        reader = csv.DictReader(source)
        connection.executemany(
            "INSERT INTO contacts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (r["First Name"], r["Last Name"], r["Organization Name"], r["Birthday"], r["Notes"],
                 r["Labels"], r["E-mail 1 - Value"], r["Phone 1 - Value"], r["Address 1 - City"],
                 r["Address 1 - Country"])
                for r in reader
            ),
        )  # fmt: skip
    connection.close()
    return {"seconds": time.perf_counter() - started}


def phase_same(csv_path: Path, folder: Path) -> dict[str, object]:
    """The import, then plain `csv` + `sqlite3` doing the same inserts, back to back.

    The import's statements and rows are recorded as it runs (timed, recording included);
    then the file is read again with `csv.DictReader` and the recorded statements are
    replayed into plain sqlite3 with the same schema and pragmas (timed): a program that
    writes the same rows and does no parsing, validation, matching or encryption."""
    from gtgcrm_desktop.interchange import import_file
    from gtgcrm_desktop.store.database import Database

    workspace = _workspace(folder / "ours")
    plain = sqlite3.connect(folder / "same.db", isolation_level=None)
    for pragma in (
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = NORMAL",
        "PRAGMA foreign_keys = ON",
        "PRAGMA secure_delete = ON",
        "PRAGMA temp_store = MEMORY",
        "PRAGMA cache_size = -65536",
    ):
        plain.execute(pragma)
    for name, sql in workspace.db.all(
        "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
    ):
        if not name.startswith(("contact_search_", "sqlite_")):  # FTS5 makes its own tables
            plain.execute(sql)
    recorded: list[tuple[str, object, bool]] = []
    real_many, real_one = Database.executemany, Database.execute

    def record_many(self: Database, sql: str, rows: object) -> None:
        rows = list(rows)  # type: ignore[call-overload]
        recorded.append((sql, rows, True))
        real_many(self, sql, rows)

    def record_one(self: Database, sql: str, params: object = ()) -> object:
        recorded.append((sql, params, False))
        return real_one(self, sql, params)  # type: ignore[arg-type]

    Database.executemany, Database.execute = record_many, record_one  # type: ignore[method-assign]
    started = time.perf_counter()
    report = import_file(workspace, csv_path)
    ours = time.perf_counter() - started
    Database.executemany, Database.execute = real_many, real_one  # type: ignore[method-assign]
    workspace.close()
    started = time.perf_counter()
    if csv_path.suffix == ".vcf":  # read the cards' lines, no unfolding or decoding
        with csv_path.open("rb") as source:
            rows = sum(1 for line in source if line.startswith(b"BEGIN:VCARD"))
    else:
        with csv_path.open(encoding="utf-8", newline="") as source:
            rows = sum(1 for _ in csv.DictReader(source))
    plain.execute("BEGIN")  # the import is one transaction (its own BEGIN, savepoints: skipped)
    control = ("BEGIN", "COMMIT", "SAVEPOINT", "RELEASE", "ROLLBACK")
    for sql, params, many in recorded:
        if sql.lstrip().upper().startswith(control):
            continue
        if many:
            plain.executemany(sql, params)  # type: ignore[arg-type]
        else:
            plain.execute(sql, params).fetchall()  # type: ignore[arg-type]
    plain.execute("COMMIT")
    same = time.perf_counter() - started
    plain.close()
    return {"seconds": ours, "same_seconds": same, "rows": rows, "counts": report.counts()}


def phase_export(folder: Path, fmt: str, target: Path) -> dict[str, object]:
    from gtgcrm_desktop.interchange import export_contacts

    workspace = _workspace(folder)
    started = time.perf_counter()
    count = export_contacts(workspace, target, fmt)
    elapsed = time.perf_counter() - started
    workspace.close()
    return {"seconds": elapsed, "count": count, "bytes": target.stat().st_size}


def _child(args: list[str]) -> tuple[dict[str, object], float]:
    """Run one phase in a child process; returns its result and its peak RSS in MB."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.benchmarks.bench_import", "--phase", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert process.stdout is not None
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = status
    if status != 0:
        raise SystemExit(f"phase {args[0]} failed")
    return json.loads(output), usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--vcard-only", action="store_true", help="only the vCard 2.1 import")
    parser.add_argument("--phase", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        name, *rest = args.phase
        if name == "import":
            result = phase_import(Path(rest[0]), Path(rest[1]))
        elif name == "baseline":
            result = phase_baseline(Path(rest[0]), Path(rest[1]))
        elif name == "same":
            result = phase_same(Path(rest[0]), Path(rest[1]))
        else:
            result = phase_export(Path(rest[0]), rest[1], Path(rest[2]))
        print(json.dumps(result))
        return

    folder = Path(tempfile.mkdtemp(prefix="gtgcrm-bench-"))
    try:
        if not args.vcard_only:
            _csv_and_exports(folder, args.rows, args.repeat)
        _vcard(folder, args.rows, args.repeat)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _vcard(folder: Path, rows: int, repeat: int) -> None:
    source = folder / "contacts.vcf"
    generate_vcard(source, rows)
    print(f"vCard 2.1 quoted-printable: {rows:,} cards, {source.stat().st_size / 1e6:.1f} MB")
    ratios, times = [], []
    for run in range(repeat):
        result, _ = _child(["same", str(source), str(folder / f"vsame{run}")])
        times.append(float(result["seconds"]))  # type: ignore[arg-type]
        ratios.append(float(result["seconds"]) / float(result["same_seconds"]))  # type: ignore[arg-type]
        print(
            f"  paired run {run + 1}: import {result['seconds']:.2f} s, plain sqlite3"
            f" doing the same inserts {result['same_seconds']:.2f} s, ratio {ratios[-1]:.2f}x;"
            f" {result['counts']}"
        )
    # The paired runs keep every statement in memory to replay it: peak RSS from a plain run.
    alone, peak = _child(["import", str(source), str(folder / "vimport")])
    print(
        f"vCard import (median of {repeat} paired runs): {statistics.median(times):.2f} s,"
        f" {rows / statistics.median(times):,.0f} cards/s; a plain run {alone['seconds']:.2f} s,"
        f" peak RSS {peak:.0f} MB"
    )
    print(
        f"ratio vCard import / same inserts (median of {repeat}): {statistics.median(ratios):.2f}x"
    )


def _csv_and_exports(folder: Path, rows: int, repeat: int) -> None:
    source = folder / "contacts.csv"
    generate(source, rows)
    print(f"{rows:,} rows, {source.stat().st_size / 1e6:.1f} MB, Python {sys.version.split()[0]}")
    ours, base, ours_mem, base_mem = [], [], [], []
    last = folder / "ws-last"
    for run in range(repeat):
        result, peak = _child(["baseline", str(source), str(folder / f"plain{run}")])
        base.append(float(result["seconds"]))  # type: ignore[arg-type]
        base_mem.append(peak)
        target = folder / f"ws{run}"
        result, peak = _child(["import", str(source), str(target)])
        ours.append(float(result["seconds"]))  # type: ignore[arg-type]
        ours_mem.append(peak)
        print(
            f"  run {run + 1}: import {ours[-1]:.2f} s ({peak:.0f} MB), baseline {base[-1]:.2f} s; {result['counts']}"
        )
        if run == repeat - 1:
            target.rename(last)
        else:
            shutil.rmtree(target)
    m_ours, m_base = statistics.median(ours), statistics.median(base)
    print(
        f"import (median of {repeat}):   {m_ours:.2f} s, {rows / m_ours:,.0f} rows/s, peak RSS {max(ours_mem):.0f} MB"
    )
    print(f"baseline csv + sqlite3 (median): {m_base:.2f} s, peak RSS {max(base_mem):.0f} MB")
    print(f"ratio import / flat baseline:    {m_ours / m_base:.1f}x")
    ratios = []
    for run in range(repeat):
        result, _ = _child(["same", str(source), str(folder / f"same{run}")])
        ratios.append(float(result["seconds"]) / float(result["same_seconds"]))  # type: ignore[arg-type]
        print(
            f"  paired run {run + 1}: import {result['seconds']:.2f} s, plain csv + sqlite3 doing"
            f" the same inserts {result['same_seconds']:.2f} s, ratio {ratios[-1]:.2f}x"
        )
    print(f"ratio import / same inserts (median of {repeat}): {statistics.median(ratios):.2f}x")
    for fmt in ("vcard4", "json"):
        times, peaks = [], []
        for run in range(repeat):
            result, peak = _child(["export", str(last), fmt, str(folder / f"out{run}.{fmt}")])
            times.append(float(result["seconds"]))  # type: ignore[arg-type]
            peaks.append(peak)
        print(
            f"export {fmt} (median of {repeat}):  {statistics.median(times):.2f} s for {result['count']:,} contacts,"
            f" {int(result['bytes']) / 1e6:.1f} MB, peak RSS {max(peaks):.0f} MB"
        )  # type: ignore[call-overload]


if __name__ == "__main__":
    main()
