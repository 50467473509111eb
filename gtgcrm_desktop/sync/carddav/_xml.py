"""WebDAV XML: request bodies for PROPFIND and REPORT, and a reader for multistatus answers."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from urllib.parse import unquote, urljoin, urlsplit
from xml.sax.saxutils import escape

import defusedxml  # type: ignore[import-untyped]
import defusedxml.ElementTree as SafeET  # type: ignore[import-untyped]

from gtgcrm_desktop.sync.carddav._errors import BadServerAnswerError

DAV = "DAV:"
CARDDAV = "urn:ietf:params:xml:ns:carddav"
_HEAD = '<?xml version="1.0" encoding="utf-8"?>\n'
_NS = f'xmlns:D="{DAV}" xmlns:C="{CARDDAV}"'


def tag(namespace: str, name: str) -> str:
    """The ElementTree name of `name` in `namespace`."""
    return f"{{{namespace}}}{name}"


def propfind(*props: str) -> bytes:
    """A PROPFIND body asking for `props` (prefixed names such as 'D:getetag')."""
    inner = "".join(f"<{p}/>" for p in props)
    return f"{_HEAD}<D:propfind {_NS}><D:prop>{inner}</D:prop></D:propfind>".encode()


def sync_collection(token: str) -> bytes:
    """An RFC 6578 sync-collection REPORT body for the members' ETags since `token`."""
    return (
        f"{_HEAD}<D:sync-collection {_NS}><D:sync-token>{escape(token)}</D:sync-token>"
        "<D:sync-level>1</D:sync-level><D:prop><D:getetag/></D:prop></D:sync-collection>"
    ).encode()


def multiget(hrefs: list[str]) -> bytes:
    """An RFC 6352 addressbook-multiget REPORT body for the ETag and data of `hrefs`."""
    listed = "".join(f"<D:href>{escape(h)}</D:href>" for h in hrefs)
    return (
        f"{_HEAD}<C:addressbook-multiget {_NS}><D:prop><D:getetag/><C:address-data/></D:prop>"
        f"{listed}</C:addressbook-multiget>"
    ).encode()


@dataclass(slots=True)
class DavResponse:
    """One `response` of a multistatus: its href, its status, and the properties found."""

    href: str
    status: int = 200
    props: dict[str, ET.Element] = field(default_factory=dict)
    #: The URL the answer came from (after redirects), which relative hrefs are resolved against.
    base: str = ""

    def text(self, name: str) -> str | None:
        found = self.props.get(name)
        return None if found is None else (found.text or "")

    def href_in(self, name: str) -> str | None:
        """The first href inside property `name` (principal, home set)."""
        found = self.props.get(name)
        if found is None:
            return None
        inner = found.find(tag(DAV, "href"))
        return None if inner is None or not inner.text else inner.text.strip()


@dataclass(slots=True)
class Multistatus:
    """A parsed 207 answer."""

    responses: list[DavResponse]
    sync_token: str | None = None


def _status(text: str | None) -> int:
    parts = (text or "").split()
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 200


def parse_multistatus(body: bytes) -> Multistatus:
    """The responses of a multistatus body (defusedxml: no DTDs, entities or external refs)."""
    try:
        root = SafeET.fromstring(body, forbid_dtd=True)
    except defusedxml.DefusedXmlException as exc:
        raise BadServerAnswerError(detail="DTD") from exc
    except ET.ParseError as exc:
        raise BadServerAnswerError(detail="XML") from exc
    if root.tag != tag(DAV, "multistatus"):
        raise BadServerAnswerError(detail=root.tag)
    responses: list[DavResponse] = []
    for node in root.findall(tag(DAV, "response")):
        href = node.findtext(tag(DAV, "href"))
        if not href:
            continue
        found = DavResponse(href.strip(), _status(node.findtext(tag(DAV, "status"))))
        for propstat in node.findall(tag(DAV, "propstat")):
            if _status(propstat.findtext(tag(DAV, "status"))) != 200:
                continue
            prop = propstat.find(tag(DAV, "prop"))
            for child in [] if prop is None else list(prop):
                found.props[child.tag] = child
        responses.append(found)
    token = root.findtext(tag(DAV, "sync-token"))
    return Multistatus(responses, token.strip() if token else None)


def address_data_versions(response: DavResponse) -> list[str]:
    """The vCard versions a collection's CARDDAV:supported-address-data lists (RFC 6352 6.2.2)."""
    found = response.props.get(tag(CARDDAV, "supported-address-data"))
    if found is None:
        return []
    versions: list[str] = []
    # Xandikos spells the element `content-type`; the RFC `address-data-type`.
    kinds = [
        *found.findall(tag(CARDDAV, "address-data-type")),
        *found.findall(tag(CARDDAV, "content-type")),
    ]
    for kind in kinds:
        if kind.get("content-type", "text/vcard").lower() == "text/vcard":
            versions.append(kind.get("version", "3.0"))
    return versions


def href_path(base_url: str, href: str) -> str:
    """The decoded path of `href` (absolute or relative to `base_url`), for comparing hrefs."""
    return unquote(urlsplit(urljoin(base_url, href)).path)
