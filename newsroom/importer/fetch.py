"""Downloading a link (``newsroom-import https://...``) safely: one web page, never more.

Limits: http and https only; at most ``MAX_REDIRECTS`` redirects, each hop checked like the first;
the host's addresses must be public (no loopback, private, link-local, multicast or reserved
address, unless ``allow_local``, for tests), checked before the request and again on the connected
socket (so a name that resolves differently the second time gains nothing); ``TIMEOUT`` seconds
to connect and between bytes, ``DEADLINE`` for the whole download; ``MAX_BYTES`` read at most
(streamed, after decompression); HTML content types only. The user agent names the tool.

Every problem is a ``FetchError``, one line that names the address at fault.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

MAX_REDIRECTS = 5
MAX_BYTES = 10 * 1024 * 1024
TIMEOUT = 15.0
"""Seconds to connect, and to wait for each part of the answer."""
DEADLINE = 60.0
"""Seconds for the whole download, however slowly the bytes come."""
CHUNK = 64 * 1024
HTML_TYPES = ("text/html", "application/xhtml+xml")
USER_AGENT = (
    "newsroom-import/0.1 (the UNESCO Clubs newsroom's article importer, one page at an editor's request; "
    "+https://unesco-clubs-kz.github.io/newsroom/)"
)
SCHEMES = ("http", "https")


class FetchError(ValueError):
    """A link that cannot be imported: ``<address>: <reason>``, the address at fault (a redirect's, maybe)."""

    def __init__(self, url: str, reason: str) -> None:
        self.url, self.reason = url, reason
        super().__init__(f"{url}: {reason}")


@dataclass(frozen=True)
class Download:
    """A downloaded page: its bytes, the address it came from (after redirects), its declared charset."""

    url: str
    data: bytes
    charset: str | None = None


def fetch(url: str, allow_local: bool = False) -> Download:
    """Download the page at ``url`` within the limits above; FetchError otherwise."""
    started = time.monotonic()
    with requests.Session() as session:
        session.trust_env = False  # no proxies, .netrc or certificates from the environment
        session.headers.update({"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml"})
        if not allow_local:
            session.mount("http://", _PublicOnlyAdapter())
            session.mount("https://", _PublicOnlyAdapter())
        for _hop in range(MAX_REDIRECTS + 1):
            check_address(url, allow_local)
            response = _get(session, url)
            with response:
                location = response.headers.get("Location") if response.is_redirect else None
                if location is None:
                    return _read(response, url, started)
            url = urljoin(url, location)
    raise FetchError(url, f"more than {MAX_REDIRECTS} redirects")


def check_address(url: str, allow_local: bool) -> None:
    """FetchError unless ``url`` is an http(s) address whose host resolves to public addresses only."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in SCHEMES:
        raise FetchError(url, "only http and https links can be imported")
    try:
        host, port = parts.hostname, parts.port
    except ValueError:
        raise FetchError(url, "not a valid address (bad port)") from None
    if not host:
        raise FetchError(url, "not a valid address (no host)")
    try:
        found = socket.getaddrinfo(host, port or 443, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as error:
        raise FetchError(url, f"cannot find the host {host} ({error})") from None
    if allow_local:
        return
    for *_, address in found:
        if problem := address_problem(address[0]):
            raise FetchError(url, f"{host} is {address[0]}, {problem}; links must point to public web sites")


def address_problem(address: str) -> str:
    """Why an IP address is out of bounds (loopback, private...), or '' for a public one."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for name, flag in (
        ("a loopback address", ip.is_loopback),
        ("a private address", ip.is_private),
        ("a link-local address", ip.is_link_local),
        ("a multicast address", ip.is_multicast),
        ("a reserved address", ip.is_reserved or ip.is_unspecified),
        ("not a public address", not ip.is_global),
    ):
        if flag:
            return name
    return ""


def _get(session: requests.Session, url: str) -> requests.Response:
    try:
        return session.get(url, allow_redirects=False, stream=True, timeout=TIMEOUT)
    except requests.exceptions.Timeout:
        raise FetchError(url, f"no answer within {TIMEOUT:g} seconds") from None
    except requests.exceptions.SSLError:
        raise FetchError(url, "the site's certificate cannot be verified (https)") from None
    except requests.exceptions.RequestException as error:
        raise FetchError(url, f"cannot connect ({_reason(error)})") from None


def _read(response: requests.Response, url: str, started: float) -> Download:
    """The page's bytes, when the answer is a successful HTML page within the size and time limits."""
    if not 200 <= response.status_code < 300:
        raise FetchError(url, f"the site answered HTTP {response.status_code} {response.reason or ''}".rstrip())
    header = Message()
    header["content-type"] = response.headers.get("Content-Type", "text/html")
    if header.get_content_type() not in HTML_TYPES:
        raise FetchError(url, f"not a web page (Content-Type: {header.get_content_type()})")
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > MAX_BYTES:
        raise FetchError(url, f"the page is larger than {MAX_BYTES // (1024 * 1024)} MB")
    chunks, size = [], 0
    try:
        for chunk in response.iter_content(CHUNK):
            size += len(chunk)
            if size > MAX_BYTES:
                raise FetchError(url, f"the page is larger than {MAX_BYTES // (1024 * 1024)} MB")
            if time.monotonic() - started > DEADLINE:
                raise FetchError(url, f"the download took more than {DEADLINE:g} seconds")
            chunks.append(chunk)
    except requests.exceptions.RequestException as error:
        raise FetchError(url, f"the download broke off ({_reason(error)})") from None
    charset = header.get_param("charset")
    return Download(url, b"".join(chunks), charset if isinstance(charset, str) else None)


def _reason(error: Exception) -> str:
    """The innermost reason of a requests error, on one line."""
    while error.__context__ is not None and not str(error):
        error = error.__context__  # type: ignore[assignment]
    text = " ".join(str(error).split())
    if "timed out" in text.lower():
        return f"no answer within {TIMEOUT:g} seconds"
    return text[:200]


class _PublicOnlyConnection(HTTPConnection):
    """A connection that closes itself when the socket it opened leads to a non-public address."""

    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        _check_peer(sock)
        return sock


class _PublicOnlyHTTPSConnection(HTTPSConnection):
    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        _check_peer(sock)
        return sock


def _check_peer(sock: socket.socket) -> None:
    address = sock.getpeername()[0]
    if problem := address_problem(address):
        sock.close()
        raise OSError(f"connected to {address}, {problem}")


class _PublicOnlyPool(HTTPConnectionPool):
    ConnectionCls = _PublicOnlyConnection


class _PublicOnlyHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _PublicOnlyHTTPSConnection


class _PublicOnlyAdapter(HTTPAdapter):
    """requests' adapter whose connections refuse non-public peers (see ``_check_peer``)."""

    def init_poolmanager(self, *args: object, **kwargs: object) -> None:
        super().init_poolmanager(*args, **kwargs)  # type: ignore[arg-type]
        self.poolmanager.pool_classes_by_scheme = {"http": _PublicOnlyPool, "https": _PublicOnlyHTTPSPool}
