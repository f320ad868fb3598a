"""HTML news pages to Articles: trafilatura finds the story, marsad keeps its structure as blocks."""
from __future__ import annotations

import codecs
import copy
import re
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterator

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from ..config import Config
from ..doc import Block
from ..errors import InputError
from . import readers
from .article import Article, Skip, check_text
from .decode import decode_bytes
from .layout import Line, is_sentence_like, marker_kind

# A page cut off before its first paragraph still yields header crumbs («الإثنين 05 ي»): not a story.
MIN_BODY_CHARS = 100
# htmldate's free-text guessing finds copyright years and sidebar dates; trust the page's markup only.
DATE_PARAMS = {"extensive_search": False, "original_date": True}
# Apache's old `AddDefaultCharset ISO-8859-1` labelled many windows-1256 Arabic sites as Latin-1.
UNTRUSTED_LABELS = frozenset({"latin_1", "iso8859_1", "cp1252", "ascii"})
# Elements whose children are the paragraphs (trafilatura's XML names, then HTML's).
CONTAINERS = frozenset({"list", "quote", "table", "div", "main", "body", "ul", "ol", "blockquote",
                        "tbody", "thead", "section", "article"})
HEADINGS = frozenset({"head", "h1", "h2", "h3", "h4", "h5", "h6"})
BREAKS = ("lb", "br", "item", "row", "li", "tr", "p", "div", *HEADINGS)

_META_CHARSET_RE = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
_XML_ENCODING_RE = re.compile(rb"""<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_:.-]+)""")
_HEADER_CHARSET_RE = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_:.-]+)", re.I)
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TAG_RE = re.compile(r"<[^>]*>?")
_JSONLD_DATE_RE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_TIME_XPATH = (
    "//meta[@property='article:published_time' or @name='article:published_time'"
    " or @itemprop='datePublished' or @name='pubdate' or @name='publishdate']/@content"
    " | //*[@itemprop='datePublished']/@datetime | //time/@datetime")

Parts = list[tuple[str, str]]


def read_html_bytes(data: bytes, origin: str, cfg: Config) -> Iterator[Article | Skip]:
    """An HTML page as one Article (the registered "html" reader)."""
    yield html_article(data, origin, cfg)


def html_article(data: bytes, origin: str, cfg: Config, url: str | None = None,
                 content_type: str | None = None, fmt: str = "html") -> Article:
    """The article in one HTML page, or InputError saying why there is none."""
    page = decode_html(data, origin, content_type)
    check_text(page, origin, cfg["ingest"]["max_chars"])
    tree = _parse(page, origin)
    meta, parts = _extract(tree, url)
    title = _clean(meta.get("title") or "") or None
    parts = _drop_title_echo(parts, title)
    if sum(len(t) for k, t in parts if k == "body") < MIN_BODY_CHARS:
        raise InputError(f"{origin}: no article text found")
    text, blocks = assemble(title, parts)
    return Article(text=text, id=url or _source_id(origin), url=url or meta.get("url") or _url(origin),
                   published=precise_time(tree, meta.get("date")), title=title,
                   outlet=meta.get("sitename") or None, author=meta.get("author") or None,
                   fmt=fmt, origin=origin, blocks=blocks)


def decode_html(data: bytes, origin: str, content_type: str | None = None) -> str:
    """Page text, honouring the HTTP header's charset, then <meta charset> or <?xml encoding>,
    then guessing."""
    codec = declared_charset(data, content_type)
    if codec in (None, "utf_8"):
        data = _drop_cut_character(data)
    return decode_bytes(data, origin, codec)


def _drop_cut_character(data: bytes) -> bytes:
    """Bytes without a UTF-8 letter cut in half at the very end (a dropped download).

    Otherwise the strict UTF-8 decode fails and the whole page is misread as windows-1256.
    """
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.end == len(data) and exc.reason == "unexpected end of data":
            return data[:exc.start]
    return data


def declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    """The Python codec the server or page declares, unless it is a known-unreliable label."""
    labels = []
    if content_type and (m := _HEADER_CHARSET_RE.search(content_type)):
        labels.append(m.group(1))
    for pattern in (_META_CHARSET_RE, _XML_ENCODING_RE):
        if m := pattern.search(data[:4096]):
            labels.append(m.group(1).decode("ascii"))
    for label in labels:
        codec = _codec_name(label)
        if codec in UNTRUSTED_LABELS and not data.isascii():
            continue
        if codec:
            return codec
    return None


def _codec_name(label: str) -> str | None:
    """Python's name for a charset label; the HTML spec reads a meta "utf-16" as UTF-8."""
    try:
        name = codecs.lookup(label).name.replace("-", "_")
    except LookupError:
        return None
    return "utf_8" if name.startswith("utf_16") else name


def _parse(page: str, origin: str) -> lxml_html.HtmlElement:
    """The page's tree (lxml repairs truncated markup as browsers do)."""
    tree = trafilatura.load_html(page)
    if tree is None:
        raise InputError(f"{origin}: not an HTML page")
    return tree


def _extract(tree: lxml_html.HtmlElement, url: str | None) -> tuple[dict[str, str], Parts]:
    """Metadata and text parts from the first extraction strategy that finds any text."""
    for strategy in STRATEGIES:
        try:
            found = strategy(tree, url)
        except (ValueError, etree.LxmlError):  # a page trafilatura chokes on: try the next one
            continue
        if found is not None and found[1]:
            return found
    return {}, []


def _by_trafilatura(tree: lxml_html.HtmlElement, url: str | None) -> tuple[dict, Parts] | None:
    """trafilatura's main-text extraction, as XML so headings and bold stay visible."""
    xml = trafilatura.extract(tree, url=url, output_format="xml", with_metadata=True,
                              include_formatting=True, include_comments=False,
                              include_tables=True, date_extraction_params=DATE_PARAMS)
    if not xml:
        return None
    doc = etree.fromstring(xml.encode("utf-8"))
    main = doc.find("main")
    return dict(doc.attrib), [] if main is None else list(element_parts(main))


def _by_baseline(tree: lxml_html.HtmlElement, url: str | None) -> tuple[dict, Parts] | None:
    """trafilatura's baseline (JSON-LD articleBody, <article>, all <p>) plus page metadata."""
    body, _, _ = trafilatura.baseline(tree)
    found = trafilatura.extract_metadata(tree, default_url=url, date_config=DATE_PARAMS)
    meta = {k: v for k, v in found.as_dict().items() if isinstance(v, str)}
    return meta, list(element_parts(body))


Strategy = Callable[[lxml_html.HtmlElement, str | None], "tuple[dict, Parts] | None"]
STRATEGIES: tuple[Strategy, ...] = (_by_trafilatura, _by_baseline)  # tried in order


def element_parts(container: etree._Element) -> Iterator[tuple[str, str]]:
    """(kind, line) for each line of each paragraph, heading, list item or table row."""
    if _has_loose_text(container):
        yield from ((line_kind(line), line) for line in element_lines(container))
        return
    for el in container:
        if not isinstance(el.tag, str):
            continue
        if el.tag in CONTAINERS and len(el):
            yield from element_parts(el)
            continue
        lines = element_lines(el)
        heading = el.tag in HEADINGS or (
            len(lines) == 1 and _all_bold(el) and not is_sentence_like(Line(0, 0, lines[0])))
        yield from ((line_kind(line, heading), line) for line in lines)


def element_lines(el: etree._Element) -> list[str]:
    """The non-empty lines of an element's text, whitespace collapsed, split at breaks and blocks."""
    el = copy.deepcopy(el)  # the tails below must not leak into trafilatura's tree
    for br in el.iter(*BREAKS):
        br.tail = "\n" + (br.tail or "")
    for cell in el.iter("cell", "td", "th"):
        cell.tail = " " + (cell.tail or "")
    return [c for c in (_clean(s) for s in "".join(el.itertext()).split("\n")) if c]


def _has_loose_text(el: etree._Element) -> bool:
    """Text sitting directly in a container rather than in its paragraphs (plain feed summaries)."""
    return bool((el.text or "").strip() or any((k.tail or "").strip() for k in el))


def _all_bold(el: etree._Element) -> bool:
    """A paragraph that is nothing but one bold run: how CMSs write a subheading."""
    kids = [k for k in el if isinstance(k.tag, str)]
    return (len(kids) == 1 and kids[0].tag in ("hi", "b", "strong")
            and kids[0].get("rend", "#b") in ("#b", "#b#i")
            and not (el.text or "").strip() and not (kids[0].tail or "").strip())


def line_kind(line: str, heading: bool = False) -> str:
    """A line's block kind: a boilerplate marker («اقرأ أيضا») wins, then heading, else body."""
    kind = marker_kind(Line(0, len(line), line))
    if kind:
        return "author" if kind == "byline" else kind
    return "subheading" if heading else "body"


def html_fragment_parts(fragment: str) -> Parts:
    """(kind, line) parts of an HTML snippet such as a feed summary; plain text splits by line."""
    fragment = _CONTROL_RE.sub("", fragment)  # lxml refuses text with control characters
    if not fragment.strip():
        return []
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, etree.LxmlError):  # markup lxml cannot take: keep its text
        return [(line_kind(c), c) for c in map(_clean, _TAG_RE.sub("\n", fragment).split("\n")) if c]
    return list(element_parts(root))


def assemble(title: str | None, parts: Parts) -> tuple[str, tuple[Block, ...]]:
    """Article text (title, blank line, one paragraph a line) and a Block for every piece."""
    pieces = ([("title", title)] if title else []) + list(parts)
    chunks: list[str] = []
    blocks: list[Block] = []
    pos = 0
    for i, (kind, line) in enumerate(pieces):
        sep = "" if i == 0 else ("\n\n" if i == 1 and title else "\n")
        pos += len(sep)
        chunks.append(sep + line)
        blocks.append(Block(pos, pos + len(line), line, kind=kind))
        pos += len(line)
    return "".join(chunks), tuple(blocks)


def _drop_title_echo(parts: Parts, title: str | None) -> Parts:
    """Parts without the headline repeated as the first line (trafilatura keeps the <h1>)."""
    if not title:
        return parts
    out = []
    for kind, line in parts:
        if line == title:
            continue
        if line.startswith(title + " ") and not out:
            line = line[len(title):].strip()  # recall mode merges headline, date and byline
        out.append((kind, line))
    return out


def precise_time(tree: lxml_html.HtmlElement, day: str | None) -> str | None:
    """The page's full timestamp when its markup has one on trafilatura's day, else the day."""
    if not day:
        return None
    scripts = " ".join(tree.xpath("//script[@type='application/ld+json']/text()"))
    for value in [*tree.xpath(_TIME_XPATH), *_JSONLD_DATE_RE.findall(scripts)]:
        value = str(value).strip()
        if value.startswith(day) and "T" in value:
            try:
                return datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
            except ValueError:
                continue
    return day


def _clean(text: str) -> str:
    """Whitespace (including no-break spaces) collapsed to single spaces, ends trimmed."""
    return " ".join(text.split())


def _source_id(origin: str) -> str | None:
    """The URL read, or a file's name, as the id; stdin gets a text-derived id instead."""
    return None if origin == "-" else origin if "://" in origin else Path(origin).name


def _url(origin: str) -> str | None:
    """The origin when it is a URL (a page fetched by `read_source`)."""
    return origin if "://" in origin else None


readers.register_reader("html", read_html_bytes, ".html", ".htm", ".xhtml")
