"""What a reader yields: an article as read (before analysis), or a skip with its reason."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from ..doc import Block, Doc, Meta
from ..errors import InputError


_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")


@dataclass(frozen=True)
class Article:
    """An article as read from a file, URL, feed item or archive record."""

    text: str
    id: str | None = None
    published: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    fmt: str = "text"
    origin: str = "<input>"
    blocks: tuple[Block, ...] = ()

    def doc_id(self) -> str:
        """The given id, else a stable one from the text (so re-ingesting finds the same row)."""
        return self.id or "sha1:" + hashlib.sha1(self.text.encode("utf-8")).hexdigest()[:16]

    def to_doc(self) -> Doc:
        """A Doc ready for the pipeline."""
        meta = Meta(outlet=self.outlet, title=self.title, author=self.author,
                    published=self.published, url=self.url, fmt=self.fmt)
        return Doc(id=self.doc_id(), text=self.text, meta=meta, blocks=self.blocks)


@dataclass(frozen=True)
class Skip:
    """An input that could not be read as an article, and why (logged, never fatal)."""

    origin: str
    reason: str


def check_text(text: str, origin: str, max_chars: int) -> None:
    """Refuse texts that cannot be an article, with a one-line reason."""
    if not text.strip():
        raise InputError(f"{origin}: empty input")
    if len(text) > max_chars:
        raise InputError(f"{origin}: {len(text):,} characters is over the limit of {max_chars:,} "
                         "(ingest.max_chars)")
    if "\x00" in text:
        raise InputError(f"{origin}: binary data, not text")
    head = text[:20000]
    if len(_CONTROL_RE.findall(head)) > 0.1 * len(head):
        raise InputError(f"{origin}: mostly unprintable characters, not text")
