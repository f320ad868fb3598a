"""WARC crawl archives to Articles: each HTML response record is read as a page."""
from __future__ import annotations

import io
import zlib
from dataclasses import dataclass
from typing import Any, Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from ..config import Config
from ..errors import InputError
from . import html as html_reader
from . import readers
from .article import Article, Skip

# Each record of a .warc.gz is its own gzip member: after damage, reading resumes at the next one.
GZIP_MAGIC = b"\x1f\x8b\x08"
MAX_REASON = 120
# What warcio raises on damaged records; its parser also trips over its own None checks
# (AttributeError, TypeError) on mangled headers. Only warcio code runs under this net.
WARC_ERRORS = (ArchiveLoadFailed, StatusAndHeadersParserException, ValueError, EOFError, OSError,
               zlib.error, AttributeError, TypeError, IndexError)


@dataclass(frozen=True)
class Response:
    """An HTML response as archived: where it is in the file, its URL, status, type and body."""

    where: str
    uri: str | None
    status: str
    content_type: str | None
    body: bytes


def read_warc_bytes(data: bytes, origin: str, cfg: Config) -> Iterator[Article | Skip]:
    """Every HTML page in a WARC or WARC.gz; a damaged record is skipped and reading goes on."""
    for item in html_responses(data, origin):
        if isinstance(item, Skip):
            yield item
        elif (found := response_article(item, cfg)) is not None:
            yield found


def html_responses(data: bytes, origin: str) -> Iterator[Response | Skip]:
    """The HTML responses in the archive, resynchronising on the next record after damage."""
    start, n = 0, 0
    while start < len(data):
        records = ArchiveIterator(_stream_at(data, start))
        try:
            for record in records:
                response = _html_response(record, f"{origin}#{n + 1}")
                start = records.get_record_offset() + records.get_record_length()
                n += 1  # records fully read
                if response is not None:
                    yield response
            return
        except WARC_ERRORS as exc:
            n += 1
            yield Skip(f"{origin}#{n}", f"damaged WARC record skipped: {_first_line(exc)}")
            start = next_record_start(data, _past_blank_lines(data, start) + 1)  # always advances


def _stream_at(data: bytes, start: int) -> io.BytesIO:
    """The archive as a stream positioned at `start` (warcio keeps offsets absolute)."""
    stream = io.BytesIO(data)
    stream.seek(start)
    return stream


def next_record_start(data: bytes, pos: int) -> int:
    """Where the next record begins at or after `pos`: a gzip member, or a WARC/1.x line."""
    magic = GZIP_MAGIC if data[:2] == GZIP_MAGIC[:2] else b"WARC/1."
    found = data.find(magic, pos)
    return len(data) if found < 0 else found


def _past_blank_lines(data: bytes, pos: int) -> int:
    """`pos` moved past the blank lines between uncompressed records (the damage starts after)."""
    chunk = data[pos:pos + 64]
    return pos + len(chunk) - len(chunk.lstrip(b"\r\n"))


def _html_response(record: Any, where: str) -> Response | None:
    """The record as a Response if it is an HTTP response with an HTML body, else None."""
    if not is_html_response(record):
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI")
    return Response(where=f"{where} {uri}" if uri else where, uri=uri,
                    status=record.http_headers.get_statuscode() or "",
                    content_type=record.http_headers.get_header("Content-Type"),
                    body=record.content_stream().read())


def is_html_response(record: Any) -> bool:
    """An HTTP response whose body is HTML (images, scripts and styles are no articles)."""
    if record.rec_type != "response" or record.http_headers is None:
        return False
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    return "html" in ctype or not ctype


def response_article(response: Response, cfg: Config) -> Article | Skip | None:
    """The article in one response, a Skip saying why there is none, or None for a redirect
    or error page (not an article, not a failure either).

    The crawl time (WARC-Date) is never used as publication time: a page crawled in 2026
    may have been published in 2019, and a wrong date misplaces every relative date in it.
    """
    if not response.status.isdigit():
        return Skip(response.where, "damaged record: no HTTP status line")
    if not response.status.startswith("2"):
        return None
    try:
        return html_reader.html_article(response.body, response.where, cfg, url=response.uri,
                                        content_type=response.content_type, fmt="warc")
    except InputError as exc:
        return Skip(response.where, str(exc).removeprefix(response.where + ": "))


def _first_line(exc: Exception) -> str:
    """A one-line, printable reason (warcio quotes the damaged bytes)."""
    line = (str(exc).splitlines() or [type(exc).__name__])[0].split(", first line:")[0]
    line = "".join(c for c in line if c.isprintable()) or type(exc).__name__
    return line if len(line) <= MAX_REASON else line[:MAX_REASON] + "…"


readers.register_reader("warc", read_warc_bytes, ".warc", ".warc.gz")
