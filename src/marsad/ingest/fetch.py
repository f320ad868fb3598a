"""Fetch a URL without becoming a proxy into the local network (SSRF) or hanging on a slow server."""
from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
from dataclasses import dataclass
from urllib.parse import quote, urljoin, urlsplit

from ..config import Config
from ..errors import FetchError

MAX_REDIRECTS = 5
REDIRECTS = frozenset({301, 302, 303, 307, 308})
CHUNK = 65536
# `timeout` bounds each wait on the server; a server dripping bytes must also stop somewhere.
TOTAL_TIME_FACTOR = 4
URL_SAFE = "/%:@!$&'()*+,;=-._~?"


@dataclass(frozen=True)
class Target:
    """A checked URL: where to connect (the address that passed the check) and what to ask for."""

    scheme: str
    host: str
    port: int
    address: str
    path: str


def fetch(url: str, cfg: Config) -> tuple[bytes, str]:
    """The body and Content-Type of `url`, following at most 5 redirects, each one re-checked."""
    opts = cfg["fetch"]
    deadline = time.monotonic() + TOTAL_TIME_FACTOR * opts["timeout"]
    for hop in range(MAX_REDIRECTS + 1):
        try:
            target = check_url(url, opts["allow_private"] or _listed(url, opts["allow_hosts"]))
        except FetchError as exc:
            raise FetchError(f"redirect to {url} refused: {exc}" if hop else str(exc)) from exc
        status, location, content_type, body = _request(target, opts, deadline)
        if status in REDIRECTS:
            if not location:
                raise FetchError(f"HTTP {status} redirect without a Location header")
            url = urljoin(url, _utf8_header(location))
            continue
        if not 200 <= status < 300:
            raise FetchError(f"HTTP {status} from {url}")
        return body, content_type
    raise FetchError(f"more than {MAX_REDIRECTS} redirects")


def _listed(url: str, hosts: list[str]) -> bool:
    """Whether the URL's host is one of the configured private hosts (fetch.allow_hosts)."""
    return (urlsplit(url).hostname or "") in {h.lower() for h in hosts}


def check_url(url: str, allow_private: bool = False) -> Target:
    """The URL's target if it is http(s) and its host resolves only to addresses we may reach."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(f"only http and https URLs are fetched, not {scheme or 'no scheme'}")
    try:
        host = (parts.hostname or "").encode("idna").decode("ascii")  # «مثال.مصر» -> xn--…
        port = parts.port or (443 if scheme == "https" else 80)
    except (ValueError, UnicodeError) as exc:
        raise FetchError(f"bad host or port in {url} ({exc})") from exc
    if not host:
        raise FetchError(f"no host in {url}")
    addresses = resolve(host, port)
    if not allow_private:
        for address in addresses:
            if reason := refused_reason(address):
                raise FetchError(f"{host} resolves to {reason} address {address} "
                                 "(fetch.allow_private / fetch.allow_hosts)")
    return Target(scheme, host, port, addresses[0], request_path(parts.path, parts.query))


def request_path(path: str, query: str) -> str:
    """Path and query percent-encoded: Arabic slugs are sent as UTF-8 escapes, escapes kept."""
    path = quote(path or "/", safe=URL_SAFE)
    return f"{path}?{quote(query, safe=URL_SAFE)}" if query else path


def _utf8_header(value: str) -> str:
    """A header http.client decoded as Latin-1 that was really UTF-8 (raw Arabic Locations)."""
    try:
        return value.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return value


def resolve(host: str, port: int) -> list[str]:
    """Every address the host resolves to (all are checked, the first is used)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve {host}: {exc}") from exc
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def refused_reason(address: str) -> str | None:
    """Why an address must not be fetched from ("loopback", "private" …), or None if public."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is loopback too
    for reason in ("loopback", "link_local", "unspecified", "multicast", "reserved", "private"):
        if getattr(ip, f"is_{reason}"):
            return reason.replace("_", "-")
    return None if ip.is_global else "non-global"


def _request(target: Target, opts: dict, deadline: float) -> tuple[int, str, str, bytes]:
    """One GET to the checked address: status, Location, Content-Type and body."""
    conn = _connection(target, opts["timeout"])
    try:
        conn.request("GET", target.path, headers={
            "User-Agent": opts["user_agent"],
            "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                      "application/xml;q=0.9,*/*;q=0.5",
            "Accept-Encoding": "identity", "Connection": "close"})
        resp = conn.getresponse()
        location, ctype = resp.getheader("Location") or "", resp.getheader("Content-Type") or ""
        body = b"" if resp.status in REDIRECTS else _read_limited(resp, opts["max_bytes"], deadline)
        return resp.status, location, ctype, body
    except (socket.timeout, TimeoutError) as exc:
        raise FetchError(f"{target.host}: timed out after {opts['timeout']} s") from exc
    except (OSError, http.client.HTTPException) as exc:
        raise FetchError(f"{target.host}: {type(exc).__name__}: {exc}".split("\n")[0]) from exc
    finally:
        conn.close()


def _connection(target: Target, timeout: float) -> http.client.HTTPConnection:
    """A connection that dials the checked address, so DNS cannot be changed under us."""
    if target.scheme == "https":
        return _PinnedHTTPS(target.host, target.port, target.address, timeout)
    return _PinnedHTTP(target.host, target.port, target.address, timeout)


class _PinnedHTTP(http.client.HTTPConnection):
    """HTTP to a fixed address (defeats DNS rebinding between the check and the connect)."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self.address = address

    def connect(self) -> None:
        """Dial the checked address, not whatever the host resolves to now."""
        self.sock = socket.create_connection((self.address, self.port), self.timeout)


class _PinnedHTTPS(_PinnedHTTP):
    """HTTPS to a fixed address, with the certificate checked against the host name."""

    default_port = 443

    def connect(self) -> None:
        """Dial the checked address, then TLS with SNI and verification for the host name."""
        super().connect()
        self.sock = ssl.create_default_context().wrap_socket(self.sock, server_hostname=self.host)


def _read_limited(resp: http.client.HTTPResponse, max_bytes: int, deadline: float) -> bytes:
    """The body, refused as soon as it passes `max_bytes` or the total time budget."""
    declared = resp.getheader("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"response of {int(declared):,} bytes is over the limit of "
                         f"{max_bytes:,} (fetch.max_bytes)")
    chunks, size = [], 0
    while chunk := resp.read(CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"response is over the limit of {max_bytes:,} bytes (fetch.max_bytes)")
        if time.monotonic() > deadline:
            raise FetchError("response too slow: over the total time budget")
        chunks.append(chunk)
    return b"".join(chunks)
