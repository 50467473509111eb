"""One CardDAV sync: pull (sync-collection, or a full ETag listing), then push with If-Match."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urlsplit

from gtgcrm_desktop.core import settings
from gtgcrm_desktop.core.errors import InputError
from gtgcrm_desktop.core.models import CONTACT_FIELDS, Contact
from gtgcrm_desktop.core.validation import settle_contact
from gtgcrm_desktop.store.carddav_state import (
    CARD_VERSION_KEY,
    LOCAL_MARK_KEY,
    SYNC_TOKEN_KEY,
    CardDavState,
    CardItem,
    is_erased_card,
)
from gtgcrm_desktop.store.erasure import with_e164
from gtgcrm_desktop.store.sync_state import SyncStore
from gtgcrm_desktop.sync.apply import field_clock
from gtgcrm_desktop.sync.carddav._errors import (
    AddressBookFullError,
    AddressBookRefusedError,
    UnreadableCardError,
)
from gtgcrm_desktop.sync.carddav._http import CARD_LIMIT, Answer, DavClient
from gtgcrm_desktop.sync.carddav._suppressed import SeenCard, delete_suppressed_cards
from gtgcrm_desktop.sync.carddav._vcard import (
    CardCodec,
    Fields,
    card_fields,
    normalized,
    with_card_fields,
)
from gtgcrm_desktop.sync.carddav._xml import (
    CARDDAV,
    DAV,
    address_data_versions,
    href_path,
    multiget,
    propfind,
    sync_collection,
    tag,
)
from gtgcrm_desktop.sync.pairing import PairingIndex, merge_pair, merged_extra

_log = logging.getLogger(__name__)

ENTITY = "contact"
_GETETAG = tag(DAV, "getetag")
_SYNC_TOKEN = tag(DAV, "sync-token")
_RESOURCETYPE = tag(DAV, "resourcetype")
_COLLECTION = tag(DAV, "collection")
_ADDRESS_DATA = tag(CARDDAV, "address-data")
_ATTEMPTS = 3
_FULL = 507  # Insufficient Storage (RFC 4918 section 11.5)

#: (href, ETag) of a changed card, or (href, None) of a removed one.
Change = tuple[str, str | None]


@dataclass
class CardDavReport:
    """The counts one CardDAV sync reports."""

    pulled: int = 0
    pushed: int = 0
    conflicts: int = 0
    #: Cards paired with a contact already here (the same person), instead of doubling it.
    paired: int = 0
    fetched: int = 0
    precondition_failed: int = 0
    rejected: int = 0
    skipped: int = 0
    suppressed: int = 0
    full_listing: bool = False
    open_conflicts: int = 0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class CardDavHooks:
    """Test seam: called between the pull and the push (an edit there makes a 412)."""

    before_push: Callable[[], None] | None = None


@dataclass
class CardDavEngine:
    """Syncs the workspace's contacts with one address book (no Qt; call from a worker)."""

    workspace: Any
    client: DavClient
    collection_url: str
    codec: CardCodec
    hooks: CardDavHooks = field(default_factory=CardDavHooks)
    batch_size: int = 100

    def __post_init__(self) -> None:
        self.state = CardDavState(self.workspace.db)
        self.conflicts = SyncStore(self.workspace.db)
        self.contacts = self.workspace.contacts
        self.path = href_path(self.collection_url, self.collection_url)
        self.region = str(self.workspace.settings.get(settings.DEFAULT_REGION))
        self.suppressed_cards: list[SeenCard] = []
        self._index: PairingIndex | None = None
        self._full = False
        self._not_sent = 0

    def run(self) -> CardDavReport:
        """Pull then push; each step can stop anywhere and resume on the next run."""
        report = CardDavReport()
        self._learn_card_version()
        self.pull(report)
        if self.hooks.before_push is not None:
            self.hooks.before_push()
        self.push(report)
        delete_suppressed_cards(
            self.workspace, self.client, self.state, self.suppressed_cards, report
        )
        report.open_conflicts = len(self.conflicts.conflicts())
        _log.info(
            "carddav sync: pulled %d pushed %d conflicts %d fetched %d",
            report.pulled,
            report.pushed,
            report.conflicts,
            report.fetched,
        )
        return report

    def _learn_card_version(self) -> None:
        """Once per account: the best vCard version the address book advertises for new cards
        (CARDDAV:supported-address-data, RFC 6352 section 6.2.2), else 3.0."""
        if self.state.get(CARD_VERSION_KEY):
            return
        found = self.client.propfind(self.collection_url, propfind("C:supported-address-data"), "0")
        versions = [v for r in found.responses for v in address_data_versions(r)]
        with self.workspace.db.transaction():
            self.state.put(CARD_VERSION_KEY, "4.0" if "4.0" in versions else "3.0")

    # -- pull -----------------------------------------------------------------------------

    def pull(self, report: CardDavReport) -> None:
        """Fetch what changed; the new sync-token is saved with the last applied change."""
        token = self.state.sync_token
        changes: list[Change] | None = None
        new_token: str | None = None
        if token:
            changes, new_token = self._changes_since(token)
        if changes is None:
            report.full_listing = True
            changes, new_token = self._listing()
        known = self.state.etags()
        wanted = [h for h, etag in changes if etag is not None and known.get(h) != etag]
        gone = [h for h, etag in changes if etag is None and h in known]
        for start in range(0, len(wanted), self.batch_size):
            batch = wanted[start : start + self.batch_size]
            cards = self._fetch(batch)
            report.fetched += len(cards)
            with self.workspace.db.transaction():
                for href in batch:
                    if href in cards:
                        self._apply_card(href, *cards[href], report)
                    elif href in known:
                        gone.append(href)
        with self.workspace.db.transaction():
            for href in gone:
                self._apply_gone(href, report)
            self.state.put(SYNC_TOKEN_KEY, new_token)

    def _changes_since(self, token: str) -> tuple[list[Change] | None, str | None]:
        """Changed and removed members since `token`; None when the server refuses the token."""
        changes: list[Change] = []
        while True:
            answer = self.client.report(self.collection_url, sync_collection(token))
            # DAV:valid-sync-token (RFC 6578 section 3.2) is 403 or 409; some servers say 412,
            # 410 or 400 for a token they no longer know. Either way: list the whole book again.
            if answer.status in (400, 403, 409, 410, 412):
                _log.info(
                    "carddav sync-token refused (%d); listing the address book", answer.status
                )
                return None, None
            found = self.client.multistatus(answer)
            truncated = False
            for response in found.responses:
                path = href_path(self.collection_url, response.href)
                if path.rstrip("/") == self.path.rstrip("/"):
                    truncated = truncated or response.status == 507
                elif response.status == 404:
                    changes.append((path, None))
                else:
                    changes.append((path, response.text(_GETETAG) or ""))
            if not found.sync_token:
                return None, None
            token = found.sync_token
            if not truncated:
                return changes, token

    def _listing(self) -> tuple[list[Change], str | None]:
        """Every member with its ETag (PROPFIND Depth 1), the removed ones, and the token."""
        found = self.client.propfind(
            self.collection_url, propfind("D:getetag", "D:sync-token", "D:resourcetype"), "1"
        )
        token: str | None = None
        changes: list[Change] = []
        for response in found.responses:
            path = href_path(self.collection_url, response.href)
            if path.rstrip("/") == self.path.rstrip("/"):
                token = response.text(_SYNC_TOKEN) or None
                continue
            kinds = response.props.get(_RESOURCETYPE)
            if kinds is not None and kinds.find(_COLLECTION) is not None:
                continue
            changes.append((path, response.text(_GETETAG) or ""))
        present = {h for h, _ in changes}
        changes.extend((h, None) for h in self.state.hrefs() if h not in present)
        return changes, token

    def _fetch(self, hrefs: list[str]) -> dict[str, tuple[str, str]]:
        """href -> (ETag, card text) by addressbook-multiget; missing cards are left out."""
        if not hrefs:
            return {}
        body = multiget([urlsplit(self.client.absolute(h)).path for h in hrefs])
        answer = self.client.report(self.collection_url, body)
        if answer.status != 207:
            raise AddressBookRefusedError(status=answer.status)
        cards: dict[str, tuple[str, str]] = {}
        for response in self.client.multistatus(answer).responses:
            data = response.text(_ADDRESS_DATA)
            if response.status == 200 and data:
                path = href_path(self.collection_url, response.href)
                if len(data.encode("utf-8")) > CARD_LIMIT:
                    data = ""  # left as it is on the server, never read (see _apply_card)
                cards[path] = (response.text(_GETETAG) or "", data)
        return cards

    # -- applying remote changes (inside the caller's transaction) --------------------------

    def _settle(self, contact: Contact) -> Contact:
        """A validated copy; a value that does not validate is kept as written (flagged), so
        one odd value (a text birthday) leaves the others normalised (phones in E.164)."""
        try:
            return settle_contact(contact, self.region)[0]
        except InputError:
            return contact  # nothing in it identifies a person

    def _link_target(self, uid: str) -> str | None:
        """An unpaired local contact this card was made from (our UID is urn:uuid:<id>)."""
        contact_id = uid[len("urn:uuid:") :] if uid.lower().startswith("urn:uuid:") else ""
        paired = self.state.by_contact(contact_id) if contact_id else None
        if contact_id and paired is None and self.contacts.exists(contact_id):
            return contact_id
        return None

    def _apply_card(self, href: str, etag: str, text: str, report: CardDavReport) -> None:
        item = self.state.by_href([href]).get(href)
        if item is not None and is_erased_card(item.remote_base):
            item.etag = etag  # the card is deleted on push: only its new ETag is kept
            self.state.save(item)
            return
        try:
            if not text:
                raise UnreadableCardError()  # larger than CARD_LIMIT
            card, uid = self.codec.read(text)
        except (UnreadableCardError, InputError):
            _log.warning("carddav: a card could not be read; it is left as it is")
            report.skipped += 1
            return
        version = self.codec.version_of(text)
        remote = card_fields(self.codec, card)
        settled = self._settle(card)
        if item is None:
            linked = self._link_target(uid)
            if linked is None:
                if self.workspace.suppression.matches(with_e164(settled, self.region)):
                    _log.info("carddav: a card of an erased person was not imported")
                    report.suppressed += 1
                    self.suppressed_cards.append((href, etag))
                    return
                same = self._pairing().take(settled)
                if same is not None:
                    local = self.contacts.get(same.id)
                    item = CardItem(local.id, href, uid, etag, version=version)
                    self._pair(local, item, card, report)
                    report.paired += 1
                    return
                stored = self.contacts.add(settled)
                self.state.save(
                    CardItem(
                        stored.id,
                        href,
                        uid,
                        etag,
                        remote,
                        normalized(self.codec, stored),
                        version=version,
                    )
                )
                report.pulled += 1
                return
            self._pairing().claim(linked)
            item = CardItem(linked, href, uid, etag)
        item.version = version
        self._merge_remote(item, etag, uid, remote, card_fields(self.codec, settled), report)

    def _pairing(self) -> PairingIndex:
        """The local contacts with no card yet (validated copies, so that a phone kept as typed
        matches by its E.164 form), for pairing cards read for the first time."""
        if self._index is None:
            found = self.contacts.get_many(self.state.unpaired_contacts())
            settled = [self._settle(c) for c in found]
            self._index = PairingIndex(settled, self.codec.same_person)
        return self._index

    def _pair(self, local: Contact, item: CardItem, card: Contact, report: CardDavReport) -> None:
        """Pair `local` with the card `card` of the same person: the card fills what is missing
        here, lists are united, and a field the two hold differently keeps the local value and
        becomes a conflict (the card's value in it, validated like the local one); the next
        push writes the merged contact to the card."""
        settled = self._settle(card)
        merge = merge_pair(self._settle(local), settled)
        card_extra = {k: v for k, v in settled.extra.items() if k in self.codec.extra_keys}
        values = {**merge.values, "extra": merged_extra(local.extra, card_extra)}
        merged = local.with_fields(values)
        merged.id, merged.created_at = local.id, local.created_at
        if merged.field_values() != local.field_values() or merged.extra != local.extra:
            merged = self.contacts.update(merged)
        clocks = self.contacts.clocks_of([local.id]).get(local.id, {})
        for name, (mine, theirs) in merge.conflicts.items():
            report.conflicts += self.conflicts.add_conflict(
                ENTITY, local.id, name, "field", mine, theirs, field_clock(clocks, name) or "",
                "", "local",
            )  # fmt: skip
        item.remote_base = card_fields(self.codec, card)
        # In step when the merged contact, written in the card's version, is the card already
        # (a phone typed 050... here and tel:+96650... there): then nothing is pushed.
        written = self.codec.read(self.codec.write(merged, item.uid, item.version))[0]
        in_step = card_fields(self.codec, written) == item.remote_base
        item.local_base = normalized(self.codec, merged if in_step else card)
        self.state.save(item)

    def _merge_remote(
        self,
        item: CardItem,
        etag: str,
        uid: str,
        remote: Fields,
        settled: Fields,
        report: CardDavReport,
    ) -> None:
        """Three-way merge per field with the two bases; both sides changed = a conflict, which
        keeps both values in the shape of a stored contact (`settled`: the card validated)."""
        cid = item.contact_id
        changed = [f for f in CONTACT_FIELDS if remote.get(f) != item.remote_base.get(f)]
        found = self.contacts.get_many([cid])
        item.etag, item.uid, item.remote_base = etag, uid or item.uid, remote
        if not found:
            if changed:  # edited there, deleted here: a conflict, never a resurrection
                report.conflicts += self.conflicts.add_conflict(
                    ENTITY,
                    cid,
                    "*",
                    "delete",
                    None,
                    settled,
                    self.contacts.tombstone_hlc(cid) or "",
                    "",
                    "local",
                )
            self.state.save(item)
            return
        local = found[0]
        before = normalized(self.codec, local)
        values, clocks = card_fields(self.codec, local), self.contacts.clocks_of([cid]).get(cid, {})
        apply: Fields = {}
        for name in changed:
            if before.get(name) != item.local_base.get(name):
                if before.get(name) == remote.get(name):
                    continue
                report.conflicts += self.conflicts.add_conflict(
                    ENTITY,
                    cid,
                    name,
                    "field",
                    values.get(name),
                    settled.get(name),
                    field_clock(clocks, name) or "",
                    "",
                    "remote",
                )
            apply[name] = remote.get(name)
        after = before
        if apply:
            merged = with_card_fields(self.codec, local, apply)
            settled = self._settle(merged).field_values()
            final = merged.with_fields({name: settled[name] for name in apply})
            final.id, final.created_at = local.id, local.created_at
            after = normalized(self.codec, self.contacts.update(final))
            report.pulled += 1
        item.local_base = {
            name: after.get(name)
            if name in apply or after.get(name) == remote.get(name)
            else item.local_base.get(name)
            for name in CONTACT_FIELDS
        }
        self.state.save(item)

    def _apply_gone(self, href: str, report: CardDavReport) -> None:
        item = self.state.by_href([href]).get(href)
        if item is None:
            return
        found = self.contacts.get_many([item.contact_id])
        if found and not is_erased_card(item.remote_base):
            local = found[0]
            now = normalized(self.codec, local)
            if any(now.get(f) != item.local_base.get(f) for f in CONTACT_FIELDS):
                clocks = self.contacts.clocks_of([local.id]).get(local.id, {})
                report.conflicts += self.conflicts.add_conflict(
                    ENTITY,
                    local.id,
                    "*",
                    "delete",
                    card_fields(self.codec, local),
                    None,
                    max(clocks.values(), default=""),
                    "",
                    "remote",
                )
            self.contacts.delete(local.id)
            report.pulled += 1
        self.state.drop(item.contact_id)

    # -- push -----------------------------------------------------------------------------

    def push(self, report: CardDavReport) -> None:
        """Deletes, edits and new contacts, each with its precondition."""
        touched, top = self.state.touched_since(self.state.local_mark)
        rejected = report.rejected
        self.push_erasures(report)
        delete_suppressed_cards(
            self.workspace, self.client, self.state, self.suppressed_cards, report
        )
        for item in self.state.deleted_locally():
            if not is_erased_card(item.remote_base):
                self._push_delete(item, report)
        for item in touched:
            if not is_erased_card(item.remote_base):
                self._push_update(item, report)
        for contact_id in self.state.unpaired_contacts():
            self._push_create(contact_id, report)
        if self._full:  # nothing more fits on the server: tell, and try it all again next time
            raise AddressBookFullError(count=self._not_sent)
        if report.rejected == rejected:  # refused edits are looked at again next time
            with self.workspace.db.transaction():
                self.state.put(LOCAL_MARK_KEY, str(top))

    def _put(self, url: str, text: str, etag: str | None) -> Answer | None:
        """PUT a card; None when the server is full (507): this and later writes wait."""
        if self._full:
            self._not_sent += 1
            return None
        answer = self.client.put(url, text, etag=etag)
        if answer.status == _FULL:
            _log.warning("carddav: the address book server is full (507)")
            self._full = True
            self._not_sent += 1
            return None
        return answer

    def push_erasures(self, report: CardDavReport) -> None:
        """Delete the cards of erased contacts on the server (also run by `carddav remove`)."""
        for contact_id in self.state.erased_contacts():
            self._push_erasure(contact_id, report)

    def _refetch(self, item: CardItem, report: CardDavReport) -> CardItem | None:
        """After a 412: the card as it is now, merged in; the pairing afterwards."""
        cards = self._fetch([item.href])
        report.fetched += len(cards)
        with self.workspace.db.transaction():
            if item.href in cards:
                self._apply_card(item.href, *cards[item.href], report)
            else:
                self._apply_gone(item.href, report)
        return self.state.by_contact(item.contact_id)

    def _saved_after_put(self, item: CardItem, answer: Answer, text: str, local: Contact) -> None:
        """Record the new ETag and bases; a server that changed the card sends no ETag."""
        remote_text, etag = text, answer.etag
        if not etag:
            fetched = self._fetch([item.href]).get(item.href)
            if fetched is not None:
                etag, remote_text = fetched
        item.etag = etag or ""
        item.version = self.codec.version_of(remote_text)
        item.remote_base = card_fields(self.codec, self.codec.read(remote_text)[0])
        item.local_base = normalized(self.codec, local)
        with self.workspace.db.transaction():
            self.state.save(item)

    def _push_update(self, item: CardItem, report: CardDavReport) -> None:
        current: CardItem | None = item
        for _ in range(_ATTEMPTS):
            if current is None:
                return
            found = self.contacts.get_many([current.contact_id])
            if not found:
                return
            local = found[0]
            now = normalized(self.codec, local)
            if all(now.get(f) == current.local_base.get(f) for f in CONTACT_FIELDS):
                return
            # Written back in the version it was read in, 3.0 when that is not known.
            text = self.codec.write(local, current.uid, current.version or "3.0")
            answer = self._put(self.client.absolute(current.href), text, current.etag or "*")
            if answer is None:
                return
            if answer.status < 300:
                self._saved_after_put(current, answer, text, local)
                report.pushed += 1
                return
            if answer.status == 412:
                report.precondition_failed += 1
                current = self._refetch(current, report)
                continue
            if answer.status == 404:
                with self.workspace.db.transaction():
                    self._apply_gone(current.href, report)
                return
            _log.warning("carddav: the server refused an edit (%d)", answer.status)
            report.rejected += 1
            return

    def _push_delete(self, item: CardItem, report: CardDavReport) -> None:
        current: CardItem | None = item
        for _ in range(_ATTEMPTS):
            if current is None or self.contacts.exists(current.contact_id):
                return
            answer = self.client.delete(self.client.absolute(current.href), current.etag or "*")
            if answer.status < 300 or answer.status == 404:
                with self.workspace.db.transaction():
                    self.state.drop(current.contact_id)
                report.pushed += answer.status < 300
                return
            if answer.status == 412:
                report.precondition_failed += 1
                current = self._refetch(current, report)
                continue
            _log.warning("carddav: the server refused a deletion (%d)", answer.status)
            report.rejected += 1
            return

    def _push_erasure(self, contact_id: str, report: CardDavReport) -> None:
        """Delete the card of an erased (or anonymised) contact, then forget the pairing.

        A 412 means the card changed on the server since it was last seen: it goes all the
        same (the person asked to be erased), with If-Match on its current ETag, read by HEAD
        so that none of its content is fetched."""
        item = self.state.by_contact(contact_id)
        for _ in range(_ATTEMPTS):
            if item is None:
                return
            url = self.client.absolute(item.href)
            answer = self.client.delete(url, item.etag or "*")
            if answer.status == 412:
                report.precondition_failed += 1
                current = self.client.head(url)
                if current.status != 404:
                    item.etag = current.etag or ""
                    continue
            elif answer.status >= 300 and answer.status != 404:
                _log.warning("carddav: the server refused an erasure (%d)", answer.status)
                report.rejected += 1
                return
            with self.workspace.db.transaction():
                self.state.drop(contact_id)
            report.pushed += answer.status < 300
            return
        report.rejected += 1

    def _push_create(self, contact_id: str, report: CardDavReport) -> None:
        names = [f"{contact_id}.vcf", f"{contact_id}-{uuid.uuid4().hex[:8]}.vcf"]
        for name in names:
            found = self.contacts.get_many([contact_id])
            if not found or self.state.by_contact(contact_id) is not None:
                return
            local = found[0]
            version = self.state.card_version
            item = CardItem(contact_id, self.path + name, f"urn:uuid:{contact_id}", "")
            item.version = version
            text = self.codec.write(local, item.uid, version)
            answer = self._put(self.client.absolute(item.href), text, None)
            if answer is None:
                return
            if answer.status < 300:
                self._saved_after_put(item, answer, text, local)
                report.pushed += 1
                return
            if answer.status == 412:  # already there (a sync cut after the PUT): pair with it
                report.precondition_failed += 1
                self._refetch(item, report)
                continue
            _log.warning("carddav: the server refused a new card (%d)", answer.status)
            report.rejected += 1
            return
