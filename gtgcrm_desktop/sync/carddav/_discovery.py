"""Finding the address book: the URL itself, else its principal's addressbook-home-set."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from gtgcrm_desktop.sync.carddav._errors import AddressBookRefusedError, NotAnAddressBookError
from gtgcrm_desktop.sync.carddav._http import DavClient
from gtgcrm_desktop.sync.carddav._xml import CARDDAV, DAV, DavResponse, propfind, tag

_ADDRESSBOOK = tag(CARDDAV, "addressbook")
_RESOURCETYPE = tag(DAV, "resourcetype")


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


def _first(client: DavClient, url: str, *props: str) -> DavResponse | None:
    try:
        found = client.propfind(url, propfind(*props), "0").responses
    except AddressBookRefusedError:
        return None
    return found[0] if found else None


def find_address_book(client: DavClient) -> str:
    """The URL (with a trailing slash) of the address book that `client.url` leads to."""
    start = client.url
    here = _first(
        client, start, "D:resourcetype", "D:current-user-principal", "C:addressbook-home-set"
    )
    if here is None:
        raise NotAnAddressBookError(url=start)
    if is_address_book(here):
        url = _here(client, start, here.href)
        return url if url.endswith("/") else url + "/"
    home = here.href_in(tag(CARDDAV, "addressbook-home-set"))
    principal = here.href_in(tag(DAV, "current-user-principal"))
    if home is None and principal is not None:
        found = _first(client, _here(client, start, principal), "C:addressbook-home-set")
        home = None if found is None else found.href_in(tag(CARDDAV, "addressbook-home-set"))
    if home is not None:
        home_url = _here(client, start, home)
        try:
            members = client.propfind(home_url, propfind("D:resourcetype"), "1").responses
        except AddressBookRefusedError:
            members = []
        for member in members:
            if is_address_book(member):
                url = _here(client, home_url, member.href)
                return url if url.endswith("/") else url + "/"
    raise NotAnAddressBookError(url=start)
