"""RSS and Atom feeds: one Article per item, from its own text or (optionally) its page."""
from __future__ import annotations

import logging
from pathlib import Path

import feedparser
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad import config
from marsad.ingest import readers
from marsad.ingest.article import Article, Skip
from marsad.ingest.feeds import item_time
from marsad.ingest.html import html_article
from fixtures.local_server import serve

FIXTURES = Path(__file__).parent / "fixtures"
RSS = FIXTURES / "alsham-arab.rss"
ATOM = FIXTURES / "sawt-aljanoub.atom"
SITE = "https://alsham-aljadeed.example"


@pytest.fixture(scope="module")
def cfg():
    return config.load()


def items(path: Path, cfg) -> list[Article | Skip]:
    return list(readers.read_source(str(path), cfg))


def test_feed_rss_one_article_per_item(cfg):
    got = items(RSS, cfg)
    assert [type(a) for a in got] == [Article] * 3
    assert [a.origin for a in got] == [f"{RSS}#{n}" for n in (1, 2, 3)]
    assert {a.outlet for a in got} == {"الشام الجديد"} and {a.fmt for a in got} == {"feed"}


def test_feed_rss_item_fields(cfg):
    a = items(RSS, cfg)[0]
    assert a.id == f"{SITE}/?p=48213"
    assert a.url == f"{SITE}/arab/2026/01/04/axios-paris-meeting"
    assert a.title == "أكسيوس: لقاء سوري–إسرائيلي في باريس غدًا لاستئناف التفاوض حول اتفاق أمني"
    assert a.published == "2026-01-04T21:36:00+03:00"  # the feed's own offset is kept
    assert a.author == "عمرو أحمد"


def test_feed_rss_text_is_title_then_full_content(cfg):
    """content:encoded (full text) wins over the clipped description ending in […]."""
    a = items(RSS, cfg)[0]
    assert a.text.startswith(a.title + "\n\nكشف موقع «أكسيوس»")
    assert "[…]" not in a.text and "<p>" not in a.text
    kinds = [(b.kind, b.text[:20]) for b in a.blocks]
    assert kinds[0][0] == "title"
    assert ("subheading", "لقاء مرتقب بين مسؤولين"[:20]) in kinds
    assert [b.kind for b in a.blocks].count("teaser") == 1


def test_feed_rss_item_without_guid_uses_link_and_plain_text(cfg):
    a = items(RSS, cfg)[2]
    assert a.id == a.url == f"{SITE}/arab/2026/01/02/macron-gaza"
    assert a.author is None
    assert '"لا يزال هشًا للغاية"' in a.text  # &quot; decoded


def test_feed_atom_entries(cfg):
    got = items(ATOM, cfg)
    assert [a.id for a in got] == [f"tag:sawt-aljanoub.example,2026:news-{n}" for n in (9940, 9941, 9938)]
    assert [a.published for a in got] == ["2026-01-03T13:40:00+03:00",
                                          "2026-01-03T18:15:00+03:00",  # no <published>: <updated>
                                          "2026-01-01T20:00:00+00:00"]
    assert {a.outlet for a in got} == {"صوت الجنوب"}
    assert got[0].author == "وحدة الرصد" and got[2].author is None


def test_feed_atom_html_and_xhtml_content_become_paragraphs(cfg):
    first, second, third = items(ATOM, cfg)
    assert [b.kind for b in first.blocks] == ["title", "body", "teaser", "subheading", "body"]
    assert [b.kind for b in second.blocks] == ["title", "body", "body"]
    assert third.text.endswith("فتح حوار مباشر وخفض التوتر.")


@pytest.mark.parametrize("path", [RSS, ATOM])
def test_feed_blocks_point_into_the_text(path, cfg):
    for a in items(path, cfg):
        a.to_doc().check_offsets()
        assert "".join(a.text[b.start:b.end] for b in a.blocks) == "".join(b.text for b in a.blocks)


@pytest.mark.parametrize("raw,value", [
    ("Sun, 04 Jan 2026 21:36:00 +0300", "2026-01-04T21:36:00+03:00"),
    ("Sun, 4 Jan 2026 21:36 EET", "2026-01-04T21:36:00"),  # zone unknown to email.utils: no offset
    ("Sunday, 4 January 2026 21:36:00 UT", "2026-01-04T21:36:00+00:00"),  # feedparser's reading
    ("2026-01-04 21:36:00", "2026-01-04T21:36:00"),
    ("٢٠٢٦-٠١-٠٤T21:36:00+03:00", "2026-01-04T21:36:00+03:00"),
    ("04-01-2026", None),        # day or month first? feedparser guesses 2004-01-20: left unset
    ("2026/01/04", None),        # feedparser guesses 2026-11-01
    ("أمس", None),
])
def test_feed_item_times(raw, value):
    data = ('<rss version="2.0"><channel><title>t</title><item><title>خبر</title>'
            f"<pubDate>{raw}</pubDate></item></channel></rss>").encode()
    assert item_time(feedparser.parse(data).entries[0]) == value


def test_feed_malformed_is_one_skip_with_reason(cfg):
    got = items(FIXTURES / "malformed.rss", cfg)
    assert len(got) == 1 and isinstance(got[0], Skip)
    assert got[0].reason.startswith("malformed feed (") and "CDATA" in got[0].reason


def test_feed_without_items_is_a_skip(cfg):
    data = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
    assert list(readers.read_bytes(data, "empty.rss", cfg)) == [Skip("empty.rss", "feed has no items")]


@pytest.mark.parametrize("name,head,fmt", [
    ("news.xml", RSS.read_bytes()[:4096], "feed"),
    ("news.xml", ATOM.read_bytes()[:4096], "feed"),
    ("page.xml", b'<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', "html"),
    ("feed", RSS.read_bytes()[:4096], "feed"),
    ("x.rss", b"", "feed"),
    ("x.atom", b"", "feed"),
])
def test_feed_xml_is_read_as_a_feed_only_when_it_is_one(name, head, fmt):
    assert readers.guess_format(name, head) == fmt


def _served_feed(base: str) -> bytes:
    """The RSS fixture with its links pointing at the local server."""
    return RSS.read_bytes().replace(SITE.encode(), base.encode())


def test_feed_follow_items_reads_linked_pages(cfg, caplog):
    page = (FIXTURES / "paris-talks-axios-preview.html").read_bytes()
    with serve({"/arab/2026/01/04/axios-paris-meeting": (page, "text/html")}) as base:
        follow = config.load(fetch={"follow_feed_items": True, "allow_private": True})
        with caplog.at_level(logging.WARNING, logger="marsad.ingest.feeds"):
            got = list(readers.read_bytes(_served_feed(base), "feed.rss", follow))
    first, second, third = got
    expected = html_article(page, "p.html", cfg)
    assert (first.fmt, first.text, first.blocks) == ("html", expected.text, expected.blocks)
    assert first.id == f"{base}/?p=48213" and first.url == f"{base}/arab/2026/01/04/axios-paris-meeting"
    # pages that are not there: the feed's own text, and the reason in the log
    assert (second.fmt, third.fmt) == ("feed", "feed")
    assert second.text.startswith("مصدر دبلوماسي سوري يكشف تفاصيل لقاء باريس")
    assert "HTTP 404" in caplog.text and "feed.rss#2" in caplog.text


def test_feed_follow_items_refuses_private_links_by_default(caplog):
    with serve() as base:
        follow = config.load(fetch={"follow_feed_items": True})
        with caplog.at_level(logging.WARNING, logger="marsad.ingest.feeds"):
            got = list(readers.read_bytes(_served_feed(base), "feed.rss", follow))
    assert [a.fmt for a in got] == ["feed"] * 3
    assert "loopback" in caplog.text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(min_value=0, max_value=len(RSS.read_bytes())), st.binary(max_size=40))
def test_feed_cut_or_corrupted_feeds_never_raise(cfg, cut, junk):
    data = RSS.read_bytes()[:cut] + junk
    for item in readers.read_bytes(data, "fuzz.rss", cfg):
        assert isinstance(item, (Article, Skip))
