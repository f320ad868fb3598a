"""Find the right reader for a path, URL or stream, and yield Articles (or Skips)."""
from __future__ import annotations

import gzip
import io
import json
import logging
import sys
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, Callable, Iterator

from ..config import Config
from ..errors import InputError
from .article import Article, Skip, check_text
from .decode import decode_bytes

log = logging.getLogger(__name__)
Item = Article | Skip
Reader = Callable[[bytes, str, Config], Iterator[Item]]


def read_text_bytes(data: bytes, origin: str, cfg: Config) -> Iterator[Item]:
    """A plain-text article, as pasted from a news page."""
    text = decode_bytes(data, origin).replace("\r\n", "\n").replace("\r", "\n")
    check_text(text, origin, cfg["ingest"]["max_chars"])
    yield Article(text=text, id=Path(origin).name if origin != "-" else None, origin=origin)


def read_jsonl_bytes(data: bytes, origin: str, cfg: Config) -> Iterator[Item]:
    """JSON Lines: the contract input, or an archive export (docno/time/source fields)."""
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    for n, line in enumerate(io.BytesIO(data), 1):
        if not line.strip():
            continue
        where = f"{origin}:{n}"
        try:
            yield article_from_record(json.loads(line), where, cfg)
        except (ValueError, InputError, TypeError, AttributeError) as exc:
            yield Skip(where, _reason(exc))


def article_from_record(rec: dict[str, Any], origin: str, cfg: Config) -> Article:
    """An Article from one JSON object (contract fields first, archive fields as fallback)."""
    if not isinstance(rec, dict):
        raise InputError("a JSON line must be an object")
    text = rec.get("text")
    if not isinstance(text, str):
        raise InputError("missing string field 'text'")
    check_text(text, origin, cfg["ingest"]["max_chars"])
    rid = rec.get("id", rec.get("docno"))
    return Article(text=text, id=None if rid is None else str(rid),
                   published=iso_time(rec.get("published") or rec.get("time")),
                   url=rec.get("url"), title=rec.get("title") or None,
                   outlet=rec.get("outlet") or rec.get("source") or None,
                   author=rec.get("author") or None, fmt="jsonl", origin=origin)


def iso_time(value: Any) -> str | None:
    """An ISO-8601 string from ISO or RFC 2822 input; None stays None."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InputError(f"time must be a string, got {value!r}")
    if value[:4].isdigit():
        return value
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError) as exc:
        raise InputError(f"unreadable time {value!r}") from exc


def _reason(exc: Exception) -> str:
    """A one-line reason for a skip."""
    if isinstance(exc, json.JSONDecodeError):
        return f"invalid JSON ({exc.msg} at column {exc.colno})"
    return str(exc).split("\n")[0]


READERS: dict[str, Reader] = {"text": read_text_bytes, "jsonl": read_jsonl_bytes}
SUFFIXES = {".txt": "text", ".text": "text", ".jsonl": "jsonl", ".ndjson": "jsonl",
            ".jsonl.gz": "jsonl"}


def register_reader(fmt: str, reader: Reader, *suffixes: str) -> None:
    """Add a reader for a format and the file endings that select it."""
    READERS[fmt] = reader
    SUFFIXES.update({s: fmt for s in suffixes})


def guess_format(name: str, head: bytes) -> str:
    """The format from the file ending, else from the first bytes."""
    low = name.lower()
    for suffix in sorted(SUFFIXES, key=len, reverse=True):
        if low.endswith(suffix):
            return SUFFIXES[suffix]
    return sniff(head)


def sniff(head: bytes) -> str:
    """The format from the first bytes of unnamed input (stdin, URLs without an ending)."""
    start = head.lstrip()[:200].lower()
    if start.startswith(b"warc/") and "warc" in READERS:
        return "warc"
    if start.startswith(b"{"):
        return "jsonl"
    if (b"<rss" in start or b"<feed" in start or b"<rdf" in start) and "feed" in READERS:
        return "feed"
    if start.startswith((b"<!doctype html", b"<html", b"<?xml")) and "html" in READERS:
        return "feed" if b"<rss" in head[:2000] or b"<feed" in head[:2000] else "html"
    return "text"


def read_bytes(data: bytes, origin: str, cfg: Config, fmt: str | None = None) -> Iterator[Item]:
    """Articles from one input's bytes; an unreadable input becomes one Skip."""
    if len(data) > cfg["ingest"]["max_bytes"]:
        yield Skip(origin, f"{len(data):,} bytes is over the limit of "
                           f"{cfg['ingest']['max_bytes']:,} (ingest.max_bytes)")
        return
    if not data.strip():
        yield Skip(origin, "empty input")
        return
    fmt = fmt or guess_format(origin, data[:4096])
    try:
        yield from READERS[fmt](data, origin, cfg)
    except InputError as exc:
        yield Skip(origin, str(exc).removeprefix(origin + ": "))


def read_source(source: str, cfg: Config, fmt: str | None = None) -> Iterator[Item]:
    """Articles from a path (file or folder), a URL, or '-' for standard input."""
    if source == "-":
        yield from read_bytes(sys.stdin.buffer.read(), "-", cfg, fmt)
    elif source.startswith(("http://", "https://")) or "://" in source:
        yield from _read_url(source, cfg, fmt)
    else:
        yield from _read_path(Path(source), cfg, fmt)


def _read_path(path: Path, cfg: Config, fmt: str | None) -> Iterator[Item]:
    """A file, or every file under a folder in name order."""
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            if not child.name.startswith("."):
                yield from _read_path(child, cfg, fmt)
        return
    try:
        size = path.stat().st_size
        if size > cfg["ingest"]["max_bytes"]:
            yield Skip(str(path), f"{size:,} bytes is over the limit of "
                                  f"{cfg['ingest']['max_bytes']:,} (ingest.max_bytes)")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Skip(str(path), f"cannot read: {exc.strerror or exc}")
        return
    yield from read_bytes(data, str(path), cfg, fmt)


def _read_url(url: str, cfg: Config, fmt: str | None) -> Iterator[Item]:
    """Fetch a URL safely and read what it returns."""
    from .fetch import fetch
    try:
        data, content_type = fetch(url, cfg)
    except InputError as exc:
        yield Skip(url, str(exc))
        return
    if fmt is None and "html" in content_type and "html" in READERS:
        fmt = "html"
    yield from read_bytes(data, url, cfg, fmt)


def read_sources(sources: list[str], cfg: Config, fmt: str | None = None) -> Iterator[Item]:
    """Articles from every source in turn."""
    for source in sources:
        yield from read_source(source, cfg, fmt)


from . import html, feeds, warc  # noqa: E402,F401  (register readers)
