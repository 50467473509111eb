"""Store each contact's normalised search text; rebuild the search index with FTS5
secure-delete, fed that text, so a deleted contact's words leave the index at once; add a narrow
rowid -> sort key index (sorting search matches reads it instead of whole rows); drop two
indexes that only slowed writes."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gtgcrm_desktop.store.database import Database


def upgrade(database: Database) -> None:
    from gtgcrm_desktop.core.hlc import HybridLogicalClock
    from gtgcrm_desktop.store.changelog import ChangeLog
    from gtgcrm_desktop.store.contacts import ContactRepository
    from gtgcrm_desktop.store.search import contact_document

    database.execute("ALTER TABLE contacts ADD COLUMN search_text TEXT NOT NULL DEFAULT ''")
    database.execute("CREATE INDEX contacts_sort_key_by_rowid ON contacts (rowid, sort_key)")
    database.execute("DROP INDEX IF EXISTS contacts_by_updated")
    database.execute("DROP INDEX IF EXISTS change_log_by_op")
    reader = ContactRepository(database, ChangeLog(database, HybridLogicalClock("migration")))
    ids = [row[0] for row in database.all("SELECT id FROM contacts")]
    for start in range(0, len(ids), 1000):
        for contact in reader.get_many(ids[start : start + 1000]):
            database.execute(
                "UPDATE contacts SET search_text = ? WHERE id = ?",
                (" " + contact_document(contact), contact.id),
            )
    # Contentless with secure-delete: an entry is removed with the 'delete' command and the
    # exact text it was indexed with (contacts.search_text), and its tokens are purged from
    # the index pages at once, with no 'optimize' pass over the whole index.
    database.execute("DROP TABLE contact_search")
    database.execute(
        "CREATE VIRTUAL TABLE contact_search USING fts5 (document, content = '',"
        " tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
    )
    database.execute(
        "INSERT INTO contact_search (contact_search, rank) VALUES ('secure-delete', 1)"
    )
    database.execute(
        "INSERT INTO contact_search (rowid, document) SELECT rowid, search_text FROM contacts"
    )
