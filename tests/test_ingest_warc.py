"""WARC archives: every HTML response becomes an Article; damage costs one record, not the file."""
from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from marsad import config
from marsad.ingest import readers
from marsad.ingest.article import Article, Skip

FIXTURES = Path(__file__).parent / "fixtures"
CRAWL = FIXTURES / "crawl.warc.gz"
AXIOS_URL = "https://alsham-aljadeed.example/arab/2026/01/04/axios-paris-meeting"
SYRIAN_URL = "https://sawt-aljanoub.example/n/9940"
PAGE = (FIXTURES / "paris-talks-syrian-source.html").read_bytes()


@pytest.fixture(scope="module")
def cfg():
    return config.load()


def read(data: bytes, cfg, name: str = "crawl.warc.gz") -> list[Article | Skip]:
    return list(readers.read_bytes(data, name, cfg))


def warc(records: list[tuple[str, str, bytes, str]], gz: bool = True) -> bytes:
    """A WARC of (uri, status line, body, content type) responses."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    for uri, status, body, ctype in records:
        http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                      http_headers=http))
    return out.getvalue()


def test_warc_html_responses_become_articles(cfg):
    got = list(readers.read_source(str(CRAWL), cfg))
    assert [type(a) for a in got] == [Article, Article]  # warcinfo and the PNG are not articles
    assert [a.url for a in got] == [AXIOS_URL, SYRIAN_URL]
    assert [a.id for a in got] == [AXIOS_URL, SYRIAN_URL]
    assert {a.fmt for a in got} == {"warc"}
    for a in got:
        a.to_doc().check_offsets()


def test_warc_legacy_encoding_from_the_http_header(cfg):
    axios = read(CRAWL.read_bytes(), cfg)[0]
    assert axios.title == "أكسيوس: لقاء سوري–إسرائيلي في باريس غدًا لاستئناف التفاوض حول اتفاق أمني"
    assert axios.published == "2026-01-04T21:36:00+03:00"


def test_warc_crawl_date_is_never_the_publication_date(cfg):
    syrian = read(CRAWL.read_bytes(), cfg)[1]
    assert syrian.published is None  # the page has no date; WARC-Date 2026-01-05 is the crawl


def test_warc_uncompressed_reads_the_same(cfg):
    plain = gzip.decompress(CRAWL.read_bytes())
    assert readers.sniff(plain[:4096]) == "warc"
    assert [a.text for a in read(plain, cfg, "crawl.warc")] == [a.text for a in read(CRAWL.read_bytes(), cfg)]


def test_warc_redirects_and_error_pages_are_not_articles(cfg):
    data = warc([("https://x.example/old", "301 Moved Permanently", b"<html>moved</html>", "text/html"),
                 ("https://x.example/gone", "404 Not Found", PAGE, "text/html"),
                 (SYRIAN_URL, "200 OK", PAGE, "text/html; charset=utf-8")])
    assert [a.url for a in read(data, cfg)] == [SYRIAN_URL]


def test_warc_page_without_text_is_a_skip_and_reading_goes_on(cfg):
    data = warc([("https://x.example/empty", "200 OK", b"<html><body></body></html>", "text/html"),
                 (SYRIAN_URL, "200 OK", PAGE, "text/html")])
    skip, article = read(data, cfg)
    assert skip == Skip("crawl.warc.gz#1 https://x.example/empty", "no article text found")
    assert article.url == SYRIAN_URL


def test_warc_damaged_gzip_member_is_skipped(cfg):
    data = CRAWL.read_bytes()
    second = data.index(b"\x1f\x8b\x08", 1)  # member 2, after the warcinfo: the Axios record
    flipped = bytes(b ^ 0x55 for b in data[second + 200:second + 400])
    broken = data[:second + 200] + flipped + data[second + 400:]
    skip, article = read(broken, cfg)
    assert isinstance(skip, Skip) and skip.reason.startswith("damaged WARC record skipped")
    assert article.url == SYRIAN_URL


def test_warc_record_with_wrong_length_is_skipped_in_plain_warc(cfg, capfd):
    plain = gzip.decompress(CRAWL.read_bytes())
    broken = plain.replace(b"Content-Length: ", b"Content-Length: 9", 1)  # warcinfo swallows record 2
    got = read(broken, cfg, "crawl.warc")
    assert [type(a) for a in got] == [Skip, Article] and got[1].url == SYRIAN_URL


def test_warc_record_without_status_line_is_skipped(cfg):
    data = warc([("https://x.example/bad", "", PAGE, "text/html"), (SYRIAN_URL, "200 OK", PAGE, "text/html")])
    skip, article = read(data, cfg)
    assert skip.reason == "damaged record: no HTTP status line" and article.url == SYRIAN_URL


@pytest.mark.parametrize("cut", [100, 3000, 7000])
def test_warc_truncated_archive_gives_what_it_has(cut, cfg):
    got = read(CRAWL.read_bytes()[:cut], cfg)
    assert all(isinstance(a, (Article, Skip)) for a in got)
    assert all(a.url in (AXIOS_URL, SYRIAN_URL) for a in got if isinstance(a, Article))


def test_warc_routes_by_suffix():
    assert readers.guess_format("crawl.warc.gz", b"\x1f\x8b") == "warc"
    assert readers.guess_format("crawl.warc", b"") == "warc"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(min_value=0, max_value=len(CRAWL.read_bytes()) - 1), st.binary(min_size=1, max_size=64))
def test_warc_corrupted_bytes_never_raise(cfg, at, junk):
    data = CRAWL.read_bytes()
    for item in read(data[:at] + junk + data[at + len(junk):], cfg):
        assert isinstance(item, (Article, Skip))
