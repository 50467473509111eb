"""Finding the address books: the URL itself, else (through `/.well-known/carddav`, RFC 6764)
the principal's addressbook-home-set (RFC 6352 section 7), and choosing one of them."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import unquote, urljoin, urlsplit

from gtgcrm_desktop.sync.carddav._errors import (
    AddressBookRefusedError,
    NotAnAddressBookError,
    RedirectedElsewhereError,
    SeveralAddressBooksError,
    UnknownAddressBookError,
)
from gtgcrm_desktop.sync.carddav._http import REDIRECTS, DavClient
from gtgcrm_desktop.sync.carddav._xml import (
    CARDDAV,
    DAV,
    DavResponse,
    address_data_versions,
    parse_multistatus,
    propfind,
    tag,
)

_ADDRESSBOOK = tag(CARDDAV, "addressbook")
_RESOURCETYPE = tag(DAV, "resourcetype")
_DISPLAYNAME = tag(DAV, "displayname")
_BOOK_PROPS = ("D:resourcetype", "D:displayname", "C:supported-address-data")
_START_PROPS = (*_BOOK_PROPS, "D:current-user-principal", "C:addressbook-home-set")
_MAX_REDIRECTS = 5
WELL_KNOWN = "/.well-known/carddav"


@dataclass(frozen=True, slots=True)
class AddressBook:
    """One address book of the account: its URL (with a trailing slash), its name, and the
    vCard versions it advertises (CARDDAV:supported-address-data; empty when it says none)."""

    url: str
    name: str
    versions: tuple[str, ...] = field(default=())

    @property
    def best_version(self) -> str:
        """The vCard version new cards are written in: 4.0 when offered, else 3.0."""
        return "4.0" if "4.0" in self.versions else "3.0"


def is_address_book(response: DavResponse) -> bool:
    """True when the response's resourcetype names a CardDAV address book."""
    kinds = response.props.get(_RESOURCETYPE)
    return kinds is not None and kinds.find(_ADDRESSBOOK) is not None


def _here(client: DavClient, base: str, href: str) -> str:
    """`href` resolved against `base`; one on another server is refused (the credentials
    must never be sent anywhere but where the person pointed us)."""
    url = urljoin(base, href)
    if urlsplit(url).netloc != urlsplit(client.url).netloc or not url.startswith(client.origin):
        raise NotAnAddressBookError(url=client.url)
    return url


def _book(client: DavClient, base: str, response: DavResponse) -> AddressBook:
    url = _here(client, base, response.href)
    url = url if url.endswith("/") else url + "/"
    name = (response.text(_DISPLAYNAME) or "").strip()
    if not name:
        name = unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1])
    return AddressBook(url, name, tuple(address_data_versions(response)))


def _propfind(client: DavClient, url: str, depth: str, *props: str) -> list[DavResponse]:
    """PROPFIND following same-origin redirects only; [] when the server refuses."""
    for _ in range(_MAX_REDIRECTS):
        try:
            answer = client.call(
                "PROPFIND",
                url,
                propfind(*props),
                {"Depth": depth, "Content-Type": "application/xml; charset=utf-8"},
                (*REDIRECTS, 400, 403, 404, 405),
            )
        except AddressBookRefusedError:
            return []
        if answer.status in REDIRECTS and answer.location:
            target = urljoin(url, answer.location)
            parts = urlsplit(target)
            if f"{parts.scheme}://{parts.netloc}" != client.origin:
                raise RedirectedElsewhereError(url=f"{parts.scheme}://{parts.netloc}")
            url = target
            continue
        if answer.status != 207:
            return []
        responses = parse_multistatus(answer.body).responses
        for response in responses:  # hrefs are resolved against where the answer came from
            response.base = url
        return responses
    return []


def _first(client: DavClient, url: str, *props: str) -> DavResponse | None:
    found = _propfind(client, url, "0", *props)
    return found[0] if found else None


def _home_books(client: DavClient, start: DavResponse) -> list[AddressBook]:
    """The address books under the home set that `start` (a principal or any resource) names."""
    home = start.href_in(tag(CARDDAV, "addressbook-home-set"))
    principal = start.href_in(tag(DAV, "current-user-principal"))
    base = start.base
    if home is None and principal is not None:
        base = _here(client, start.base, principal)
        found = _first(client, base, "C:addressbook-home-set")
        home = None if found is None else found.href_in(tag(CARDDAV, "addressbook-home-set"))
        base = base if found is None else found.base
    if home is None:
        return []
    home_url = _here(client, base, home)
    members = _propfind(client, home_url, "1", *_BOOK_PROPS)
    return [_book(client, m.base, m) for m in members if is_address_book(m)]


def find_address_books(client: DavClient) -> list[AddressBook]:
    """Every address book `client.url` leads to: itself, or those of its user's home set,
    looked up from the URL and then from the server's `/.well-known/carddav`."""
    start = client.url
    here = _first(client, start, *_START_PROPS)
    if here is not None and is_address_book(here):
        return [_book(client, here.base, here)]
    books = [] if here is None else _home_books(client, here)
    if not books:
        known = _first(client, client.origin + WELL_KNOWN, *_START_PROPS)
        if known is not None:
            books = _home_books(client, known)
    if not books:
        raise NotAnAddressBookError(url=start)
    unique: dict[str, AddressBook] = {}
    for book in books:
        unique.setdefault(book.url, book)
    return list(unique.values())


def choose_address_book(books: list[AddressBook], choice: str | None) -> AddressBook:
    """The book named `choice` (its name, last path segment, path or URL); the only one when
    no choice is given; SeveralAddressBooksError when there are more and none was chosen."""
    names = ", ".join(b.name for b in books)
    if not choice:
        if len(books) == 1:
            return books[0]
        raise SeveralAddressBooksError(names=names)
    wanted = choice.strip().rstrip("/").casefold()
    for book in books:
        path = unquote(urlsplit(book.url).path).rstrip("/")
        keys = {book.name.casefold(), path.casefold(), path.rsplit("/", 1)[-1].casefold()}
        if wanted in keys or wanted == book.url.rstrip("/").casefold():
            return book
    raise UnknownAddressBookError(name=choice, names=names)


def find_address_book(client: DavClient, choice: str | None = None) -> AddressBook:
    """The address book that `client.url` (and `choice`, among several) leads to."""
    return choose_address_book(find_address_books(client), choice)
