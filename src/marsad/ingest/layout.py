"""Page layout of pasted news text: header lines, body, subheadings and boilerplate."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..dates.dateline import parse_dateline
from ..doc import Block, Doc, Meta
from ..resources import read_tsv
from ..text.normalize import normalize

MAX_HEADER_LINES = 8       # a header longer than this is not a header
OUTLET_MAX_WORDS = 4       # «الشام الجديد»
AUTHOR_MAX_WORDS = 4       # «عمرو أحمد»
SUBHEADING_MAX_WORDS = 14  # «المصدر السوري يحمل إسرائيل مسئولية التصعيد في جنوب البلاد»
SHORT_LINE_WORDS = 8       # share/caption/byline markers only count on short lines
SENTENCE_END = tuple(".!?؟…\"”»)")


@dataclass(frozen=True)
class Line:
    """One non-empty line of the page, trimmed, with its offsets."""

    start: int
    end: int
    text: str

    @property
    def words(self) -> int:
        """Number of whitespace-separated words."""
        return len(self.text.split())


def split_lines(text: str) -> list[Line]:
    """Non-empty lines with their trimmed offsets."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Line(s, e, text[s:e]))
    return out


@lru_cache(maxsize=1)
def _markers() -> tuple[tuple[str, str], ...]:
    """(normalised marker, kind) from data/layout/boilerplate.tsv, longest first."""
    rows = {(normalize(r["marker"]).rstrip(":"), r["kind"]) for r in read_tsv("layout/boilerplate.tsv")}
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def marker_kind(line: Line) -> str | None:
    """The boilerplate kind a line's leading marker announces, if any."""
    norm = normalize(line.text)
    for marker, kind in _markers():
        if not norm.startswith(marker):
            continue
        rest = norm[len(marker):len(marker) + 1]
        if rest and rest.isalnum():
            continue  # «شاركت» is not «شارك»
        if kind == "teaser" or line.words <= SHORT_LINE_WORDS:
            return kind
    return None


def is_sentence_like(line: Line) -> bool:
    """A body paragraph: ends like a sentence or is too long to be a heading."""
    return line.text.endswith(SENTENCE_END) or line.words > SUBHEADING_MAX_WORDS


def classify(text: str) -> tuple[list[Block], dict[str, str | None]]:
    """Blocks of every line and the metadata found in the header."""
    lines = split_lines(text)
    kinds: list[str | None] = [None] * len(lines)
    meta: dict[str, str | None] = {}
    if len(lines) > 1:
        _mark_header(lines, kinds, meta)
    _mark_duplicates(lines, kinds)
    _mark_markers(lines, kinds, meta)
    for i, line in enumerate(lines):
        if kinds[i] is None:
            kinds[i] = "body" if is_sentence_like(line) or len(lines) == 1 else "subheading"
    return [Block(ln.start, ln.end, ln.text, kind=k or "body") for ln, k in zip(lines, kinds)], meta


def _first_body(lines: list[Line]) -> int:
    """Index of the first line that reads as a body paragraph."""
    for i, line in enumerate(lines):
        if is_sentence_like(line) and parse_dateline(line.text) is None:
            return i
    return len(lines)


def _mark_header(lines: list[Line], kinds: list[str | None], meta: dict[str, str | None]) -> None:
    """Outlet, headline, date line and author among the lines before the first paragraph."""
    body = _first_body(lines)
    if body == 0 or body > MAX_HEADER_LINES:
        return
    head = list(range(body))
    date_at = next((i for i in head if parse_dateline(lines[i].text)), None)
    before = head if date_at is None else head[:date_at]
    after = [] if date_at is None else head[date_at + 1:]
    if date_at is not None:
        value, _, _ = parse_dateline(lines[date_at].text)
        kinds[date_at], meta["published"] = "dateline", value
    _mark_title(lines, kinds, meta, before)
    _mark_author(lines, kinds, meta, after)


def _mark_title(lines: list[Line], kinds: list[str | None], meta: dict[str, str | None],
                before: list[int]) -> None:
    """The headline is the last header line before the date line; a short line above it is the outlet."""
    if not before:
        return
    title = before[-1]
    kinds[title], meta["title"] = "title", lines[title].text
    if len(before) >= 2 and lines[before[0]].words <= OUTLET_MAX_WORDS:
        kinds[before[0]], meta["outlet"] = "outlet", lines[before[0]].text


def _mark_author(lines: list[Line], kinds: list[str | None], meta: dict[str, str | None],
                 after: list[int]) -> None:
    """A short name-like line right after the date line is the byline."""
    if not after:
        return
    first = lines[after[0]]
    repeated = len(after) > 1 and lines[after[1]].text == first.text
    if not repeated and first.words <= AUTHOR_MAX_WORDS and not re.search(r"[\d:،,.]", first.text):
        kinds[after[0]], meta["author"] = "author", _strip_byline(first.text)


def _strip_byline(text: str) -> str:
    """«كتب: عمرو أحمد» -> «عمرو أحمد»."""
    return _byline_marker().sub("", text)


@lru_cache(maxsize=1)
def _byline_marker() -> re.Pattern[str]:
    """The byline markers of data/layout/boilerplate.tsv as written, at a line start, with their colon."""
    words = dict.fromkeys(r["marker"].rstrip(":") for r in read_tsv("layout/boilerplate.tsv")
                          if r["kind"] == "byline")
    longest = sorted(words, key=len, reverse=True)  # «كتبت» before «كتب»: no stray «ت: سارة»
    return re.compile(r"^\s*(?:" + "|".join(map(re.escape, longest)) + r")(?![\w\u064B-\u0652])\s*:?\s*")


def _mark_duplicates(lines: list[Line], kinds: list[str | None]) -> None:
    """A line repeated right after itself is a photo caption (both copies)."""
    for i in range(1, len(lines)):
        if lines[i].text == lines[i - 1].text and kinds[i] is None:
            kinds[i] = "caption"
            if kinds[i - 1] in (None, "subheading"):
                kinds[i - 1] = "caption"


def _mark_markers(lines: list[Line], kinds: list[str | None], meta: dict[str, str | None]) -> None:
    """Teasers, sharing junk, caption credits and byline lines announced by a marker («كتبت:
    سارة أحمد» gives the author when the header named none)."""
    for i, line in enumerate(lines):
        if kinds[i] is not None:
            continue
        kind = marker_kind(line)
        if kind == "byline":
            kinds[i] = "author"
            meta["author"] = meta.get("author") or _strip_byline(line.text)
        elif kind:
            kinds[i] = kind


def apply_layout(doc: Doc) -> Doc:
    """Attach blocks and header metadata; metadata the caller gave wins over what is found."""
    blocks, found = classify(doc.text)
    m = doc.meta
    meta = Meta(outlet=m.outlet or found.get("outlet"), title=m.title or found.get("title"),
                author=m.author or found.get("author"),
                published=m.published or found.get("published"), url=m.url,
                language=m.language, language_score=m.language_score, timezone=m.timezone,
                fmt=m.fmt)
    return doc.replace(blocks=tuple(blocks), meta=meta)
