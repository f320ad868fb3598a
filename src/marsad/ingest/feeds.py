"""RSS and Atom feeds to Articles: one per item, from its summary or (optionally) its page."""
from __future__ import annotations

import calendar
import logging
import re
from datetime import datetime, timezone
from typing import Any, Iterator

import feedparser

from ..config import Config
from ..errors import InputError
from ..text.normalize import western_digits
from . import html as html_reader
from . import readers
from .article import Article, Skip

log = logging.getLogger(__name__)


def read_feed_bytes(data: bytes, origin: str, cfg: Config) -> Iterator[Article | Skip]:
    """Every item of an RSS or Atom feed (the registered "feed" reader)."""
    try:
        parsed = feedparser.parse(data)
    except ValueError as exc:  # feedparser's own encoding sniffing can fail on damaged bytes
        yield Skip(origin, f"unreadable feed ({_first_line(exc)})")
        return
    items = [e for e in parsed.entries if e.get("title") or item_html(e)]
    if not items:
        yield Skip(origin, _empty_reason(parsed))
        return
    outlet = _clean(parsed.feed.get("title")) or None
    for n, entry in enumerate(items, 1):
        where = f"{origin}#{n}"
        try:
            yield item_article(entry, where, outlet, cfg)
        except InputError as exc:
            yield Skip(where, str(exc).removeprefix(where + ": "))


def _empty_reason(parsed: Any) -> str:
    """Why a feed gave no items: the parser's complaint if it had one."""
    if parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        return f"malformed feed ({_first_line(exc)})"
    return "feed has no items"


def item_article(entry: Any, origin: str, outlet: str | None, cfg: Config) -> Article:
    """One feed item as an Article: its linked page when following items, else its own text."""
    link = entry.get("link") or None
    if cfg["fetch"]["follow_feed_items"] and link:
        try:
            return _followed(entry, link, outlet, cfg)
        except InputError as exc:  # FetchError is an InputError
            log.warning("%s: kept the feed's summary, page not read: %s", origin, exc)
    return summary_article(entry, origin, outlet)


def summary_article(entry: Any, origin: str, outlet: str | None) -> Article:
    """An Article from the feed item alone: title, blank line, its content or summary."""
    title = _clean(entry.get("title")) or None
    parts = html_reader.html_fragment_parts(item_html(entry))
    if not parts and not title:
        raise InputError(f"{origin}: feed item has no text")
    text, blocks = html_reader.assemble(title, parts)
    return Article(text=text, id=item_id(entry), published=item_time(entry),
                   url=entry.get("link") or None, title=title, outlet=outlet,
                   author=_clean(entry.get("author")) or None, fmt="feed", origin=origin,
                   blocks=blocks)


def _followed(entry: Any, link: str, outlet: str | None, cfg: Config) -> Article:
    """The item's page fetched and read as HTML; the feed fills what the page lacks."""
    from .fetch import fetch  # lazy: fetching is only needed when following items
    data, content_type = fetch(link, cfg)
    page = html_reader.html_article(data, link, cfg, url=link, content_type=content_type)
    return Article(text=page.text, id=item_id(entry), published=page.published or item_time(entry),
                   url=link, title=page.title or _clean(entry.get("title")) or None,
                   outlet=page.outlet or outlet,
                   author=page.author or _clean(entry.get("author")) or None,
                   fmt="html", origin=link, blocks=page.blocks)


def item_html(entry: Any) -> str:
    """The item's fullest text: content (content:encoded, Atom content) before summary."""
    contents = [c.get("value") or "" for c in entry.get("content") or []]
    return max(contents + [entry.get("summary") or ""], key=len)


def item_id(entry: Any) -> str | None:
    """The item's guid/id, else its link."""
    return entry.get("id") or entry.get("link") or None


def item_time(entry: Any) -> str | None:
    """Publication (else update) time as ISO-8601, keeping the feed's own UTC offset."""
    for key in ("published", "updated"):
        # dict.get: feedparser's own get() maps a missing "updated" onto "published", with a warning
        raw = dict.get(entry, key)
        if value := _raw_time(raw) or _parsed_time(dict.get(entry, f"{key}_parsed"), raw):
            return value
    return None


def _raw_time(raw: str | None) -> str | None:
    """The feed's own time string as ISO-8601 (RFC 2822 in RSS, ISO in Atom, any digits)."""
    try:
        value = readers.iso_time(western_digits(raw) if raw else raw)
        return value and datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
    except (InputError, ValueError):  # «2026/01/04 21:36» starts like ISO but is not
        return None


def _parsed_time(parsed: Any, raw: str | None) -> str | None:
    """feedparser's reading of an odd time string (UTC), trusted only when it names a month or
    zone: its guesses at bare numbers are wrong («04-01-2026» -> 2004-01-20)."""
    if not parsed or not re.search("[A-Za-z]", raw or ""):
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), timezone.utc).isoformat()
    except (OverflowError, ValueError, OSError, TypeError):
        return None


def _clean(text: str | None) -> str:
    """Whitespace collapsed, ends trimmed ('' for a missing field)."""
    return " ".join((text or "").split())


def _first_line(exc: BaseException | None) -> str:
    """A one-line reason from an exception."""
    return (str(exc).splitlines() or [type(exc).__name__])[0]


readers.register_reader("feed", read_feed_bytes, ".rss", ".atom")
