"""Privacy benchmark: export and erasure of one contact in a 100,000-contact workspace.

Run:  .venv/bin/python -m tests.benchmarks.bench_privacy [--contacts 100000] [--runs 9]

Prints medians beside a baseline measured in the same run: the same reads and deletes in
plain SQLite (the sqlcipher3 engine without a key) on an unencrypted copy of the database.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import sqlcipher3

from gtgcrm_desktop.core.models import Contact, EmailAddress, PhoneNumber, PostalAddress
from gtgcrm_desktop.privacy.erasure import erase_contact
from gtgcrm_desktop.privacy.export import export
from gtgcrm_desktop.privacy.ledger import ConsentLedger
from gtgcrm_desktop.store import Secrets, Workspace
from gtgcrm_desktop.store.keychain import Keychain
from tests.support.memory_keyring import MemoryKeyring

PASSPHRASE = "benchmark passphrase"
GIVEN = [
    "أحمد",
    "محمد",
    "فاطمة",
    "نورة",
    "خالد",
    "سارة",
    "Omar",
    "Layla",
    "John",
    "Maria",
    "يوسف",
    "ليلى",
]
FAMILY = [
    "العتيبي",
    "القحطاني",
    "الحربي",
    "الشمري",
    "Smith",
    "Khan",
    "García",
    "الزهراني",
    "Haddad",
]
CITIES = ["الرياض", "جدة", "الدمام", "Dubai", "Cairo", "مكة"]


def generate(count: int, seed: int = 5) -> list[Contact]:
    rnd = random.Random(seed)
    contacts = []
    for i in range(count):
        given, family = rnd.choice(GIVEN), rnd.choice(FAMILY)
        contacts.append(
            Contact(
                given_name=given,
                family_name=f"{family}{i % 97 or ''}",
                organization=rnd.choice(["", "شركة النخبة", "Acme Trading", "مؤسسة الريادة"]),
                emails=[EmailAddress(f"user{i}@example{i % 50}.com", "work")],
                phones=[PhoneNumber(f"+9665{i:08d}", f"+9665{i:08d}", "mobile")],
                addresses=[
                    PostalAddress("home", f"{i} شارع الملك فهد", rnd.choice(CITIES), "", "", "SA")
                ],
                tags=[rnd.choice(["عميل", "VIP", "lead", "supplier"])],
                notes="ملاحظة قصيرة" if i % 3 == 0 else "",
            )
        )
    return contacts


def build(data_dir: Path, count: int) -> None:
    started = time.perf_counter()
    workspace, _ = Workspace.create(data_dir, PASSPHRASE, Keychain(MemoryKeyring()))
    with workspace:
        contacts = generate(count)
        for start in range(0, count, 2000):
            workspace.contacts.add_many(contacts[start : start + 2000])
        ledger = ConsentLedger(workspace)
        for contact_id in [r[0] for r in workspace.db.all("SELECT id FROM contacts LIMIT 2000")]:
            ledger.set_contact(
                contact_id,
                purpose="marketing",
                channel="email",
                status="granted",
                lawful_basis="consent",
                source="web form",
                evidence="double opt-in",
            )
        workspace.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print(f"built {count} contacts in {time.perf_counter() - started:.1f} s", flush=True)


def median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:8.1f} ms (min {min(samples) * 1000:.1f}, max {max(samples) * 1000:.1f})"


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def baseline(plain: Path, ids: list[str]) -> tuple[list[float], list[float]]:
    """The same work in plain, unencrypted SQLite: read one contact with its children and its
    consent history; delete one contact and rewrite the search index."""
    connection = sqlcipher3.connect(str(plain), isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA secure_delete = ON")
    reads, deletes = [], []
    for contact_id in ids:

        def read(cid: str = contact_id) -> None:
            rowid = connection.execute(
                "SELECT rowid FROM contacts WHERE id = ?", (cid,)
            ).fetchone()[0]
            connection.execute("SELECT * FROM contacts WHERE rowid = ?", (rowid,)).fetchall()
            for table in ("contact_emails", "contact_phones", "contact_addresses", "contact_tags"):
                connection.execute(
                    f"SELECT * FROM {table} WHERE contact_rowid = ?", (rowid,)
                ).fetchall()
            connection.execute(
                "SELECT * FROM consent_events WHERE subject_type = 'contact' AND subject_id = ?",
                (cid,),
            ).fetchall()
            connection.execute(
                "SELECT * FROM change_log WHERE entity = 'contact' AND entity_id = ?", (cid,)
            ).fetchall()

        reads.append(timed(read))

        def delete(cid: str = contact_id) -> None:
            connection.execute("BEGIN IMMEDIATE")
            rowid = connection.execute(
                "SELECT rowid FROM contacts WHERE id = ?", (cid,)
            ).fetchone()[0]
            connection.execute(
                "INSERT INTO contact_search (contact_search, rowid, document)"
                " SELECT 'delete', rowid, search_text FROM contacts WHERE rowid = ?",
                (rowid,),
            )
            connection.execute("DELETE FROM contacts WHERE rowid = ?", (rowid,))
            connection.execute(
                "UPDATE change_log SET fields = '{}' WHERE entity = 'contact' AND entity_id = ?",
                (cid,),
            )
            connection.execute("COMMIT")
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")

        deletes.append(timed(delete))
    connection.close()
    return reads, deletes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--data-dir", type=Path, help="keep the generated workspace here (reused)")
    args = parser.parse_args(argv)

    temporary = None
    if args.data_dir is None:
        temporary = Path(tempfile.mkdtemp(prefix="gtgcrm-bench-privacy-"))
        data_dir = temporary / "workspace"
    else:
        data_dir = args.data_dir
    try:
        if not Workspace.exists(data_dir):
            build(data_dir, args.contacts)
        out = data_dir.parent / "bench-exports"
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir()
        with Workspace.open(
            data_dir, Secrets(passphrase=PASSPHRASE, use_keychain=False)
        ) as workspace:
            total = workspace.contacts.count()
            rnd = random.Random(7)
            ids = [r[0] for r in workspace.db.all("SELECT id FROM contacts LIMIT 2000")]
            picked = rnd.sample(ids, args.runs * 3)
            export_ids, erase_ids, baseline_ids = (
                picked[: args.runs],
                picked[args.runs : 2 * args.runs],
                picked[2 * args.runs :],
            )
            plain = data_dir.parent / "bench-plain.db"
            plain.unlink(missing_ok=True)
            workspace.decrypt_to(plain)
            exports = [
                timed(lambda c=c: export(workspace, out / f"{c}.zip", contact_id=c))
                for c in export_ids
            ]
            sealed = [
                timed(
                    lambda c=c: export(workspace, out / f"{c}.enc", contact_id=c, passphrase="pw")
                )
                for c in export_ids[:3]
            ]
            erasures = [timed(lambda c=c: erase_contact(workspace, c)) for c in erase_ids]
        base_reads, base_deletes = baseline(plain, baseline_ids)
        plain.unlink(missing_ok=True)
        print(
            f"workspace: {total} contacts (SQLCipher {sqlcipher3.sqlite_version}), {args.runs} runs each"
        )
        print(
            f"export one contact (zip: JSON, CSV, vCard, README)   median {median_ms(exports)}   target < 200 ms"
        )
        print(f"  same, encrypted (Argon2id 64 MiB + AES-GCM)         median {median_ms(sealed)}")
        print(
            f"  baseline: plain SQLite reads of the same rows       median {median_ms(base_reads)}"
        )
        print(
            f"erase one contact (index secure-delete, checkpoint)  median {median_ms(erasures)}   target < 500 ms"
        )
        print(
            f"  baseline: plain SQLite delete + index delete + ckpt median {median_ms(base_deletes)}"
        )
    finally:
        if temporary is not None:
            shutil.rmtree(temporary, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
