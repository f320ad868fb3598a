"""Fetching URLs against a real local HTTP server: SSRF guards, redirects, size and time limits."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from marsad import config
from marsad.errors import FetchError
from marsad.ingest import readers
from marsad.ingest.article import Article, Skip
from marsad.ingest.fetch import MAX_REDIRECTS, check_url, fetch, refused_reason, request_path
from fixtures.local_server import SLOW_SECONDS, serve

FIXTURES = Path(__file__).parent / "fixtures"
AXIOS = FIXTURES / "paris-talks-axios-preview.html"


@pytest.fixture(scope="module")
def base():
    with serve() as url:
        yield url


def cfg_with(**fetch_opts):
    return config.load(fetch=fetch_opts)


OPEN = cfg_with(allow_private=True)


def test_fetch_loopback_refused_by_default(base):
    with pytest.raises(FetchError, match="resolves to loopback address 127.0.0.1"):
        fetch(f"{base}/{AXIOS.name}", config.load())


def test_fetch_works_with_allow_private(base):
    body, ctype = fetch(f"{base}/{AXIOS.name}", OPEN)
    assert body == AXIOS.read_bytes() and ctype == "text/html"


def test_fetch_allow_hosts_opens_one_host_only(base):
    body, _ = fetch(f"{base}/{AXIOS.name}", cfg_with(allow_hosts=["127.0.0.1"]))
    assert body == AXIOS.read_bytes()


@pytest.mark.parametrize("target", ["http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/",
                                    "http://localhost:9/", "http://[::1]:9/", "http://0.0.0.0:9/"])
def test_fetch_redirect_to_private_address_refused(base, target):
    """The first hop is allowed (fetch.allow_hosts); where it redirects to is checked again."""
    with pytest.raises(FetchError, match=f"redirect to {target.replace('[', '.').replace(']', '.')} refused"):
        fetch(f"{base}/redirect?to={target}", cfg_with(allow_hosts=["127.0.0.1"]))


def test_fetch_redirect_to_file_scheme_refused_even_when_private_allowed(base):
    with pytest.raises(FetchError, match="only http and https"):
        fetch(f"{base}/redirect?to=file:///etc/passwd", OPEN)


def test_fetch_follows_up_to_five_redirects(base):
    body, _ = fetch(f"{base}/chain/{MAX_REDIRECTS}", OPEN)
    assert body == AXIOS.read_bytes()
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(f"{base}/chain/{MAX_REDIRECTS + 1}", OPEN)


@pytest.mark.parametrize("path", ["/big", "/big-chunked"])
def test_fetch_oversize_body_refused(base, path):
    with pytest.raises(FetchError, match="over the limit of 100,000 bytes|100,000 \\(fetch.max_bytes\\)"):
        fetch(base + path, cfg_with(allow_private=True, max_bytes=100_000))


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1/",
                                 "javascript:alert(1)", "/etc/passwd"])
def test_fetch_non_http_scheme_refused(url):
    with pytest.raises(FetchError, match="only http and https"):
        fetch(url, OPEN)


def test_fetch_timeout_honoured(base):
    start = time.monotonic()
    with pytest.raises(FetchError, match="timed out after 0.5 s"):
        fetch(f"{base}/slow", cfg_with(allow_private=True, timeout=0.5))
    assert time.monotonic() - start < SLOW_SECONDS - 0.5


def test_fetch_sends_the_configured_user_agent(base):
    body, _ = fetch(f"{base}/ua", cfg_with(allow_private=True, user_agent="marsad-test/1"))
    assert body == b"marsad-test/1"


def test_fetch_http_error_status(base):
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(f"{base}/missing.html", OPEN)


def test_fetch_arabic_path_is_percent_encoded(base):
    body, _ = fetch(f"{base}/أخبار/باريس", OPEN)
    assert "صوت الجنوب".encode() in body
    assert request_path("/أخبار/لقاء باريس", "q=سوريا&x=%20").startswith("/%D8%A3%D8%AE%D8%A8")
    assert request_path("/a%20b", "") == "/a%20b"


def test_fetch_unresolvable_host():
    with pytest.raises(FetchError, match="cannot resolve"):
        check_url("http://no-such-host.invalid/", allow_private=True)


@pytest.mark.parametrize("address,reason", [
    ("127.0.0.1", "loopback"), ("::1", "loopback"), ("::ffff:127.0.0.1", "loopback"),
    ("10.1.2.3", "private"), ("192.168.1.1", "private"), ("172.16.0.1", "private"),
    ("169.254.169.254", "link-local"), ("fe80::1%eth0", "link-local"), ("224.0.0.1", "multicast"),
    ("0.0.0.0", "unspecified"), ("::", "unspecified"), ("240.0.0.1", "reserved"),
    ("100.64.0.1", "non-global"), ("8.8.8.8", None), ("2001:4860:4860::8888", None),
])
def test_fetch_address_classes(address, reason):
    assert refused_reason(address) == reason


def test_fetch_read_source_url_gives_articles_and_skips(base):
    got = list(readers.read_source(f"{base}/{AXIOS.name}", OPEN))
    assert [type(a) for a in got] == [Article] and got[0].origin == f"{base}/{AXIOS.name}"
    assert got[0].id == f"{base}/{AXIOS.name}"  # the URL asked for; url is the page's canonical
    assert got[0].url == "https://alsham-aljadeed.example/arab/2026/01/04/axios-paris-meeting"
    got = list(readers.read_source(f"{base}/{AXIOS.name}", config.load()))
    assert len(got) == 1 and isinstance(got[0], Skip) and "loopback" in got[0].reason
    feed = list(readers.read_source(f"{base}/alsham-arab.rss", OPEN))
    assert [a.fmt for a in feed] == ["feed"] * 3
    crawl = list(readers.read_source(f"{base}/crawl.warc.gz", OPEN))
    assert [a.fmt for a in crawl] == ["warc"] * 2
