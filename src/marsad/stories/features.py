"""What story clustering knows of one article segment: a `Profile`, computed from its Doc alone.

Everything here is a pure function of one Doc, so it runs the same in one process or on a Dask
worker; only the embedding needs the (cached) model.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import lru_cache
from typing import Iterable

import numpy as np
from datasketch import LeanMinHash

from ..config import Config
from ..doc import Doc
from ..ingest.dedup import minhash
from ..resources import read_lines
from ..text.normalize import normalize
from .embed import embed_texts
from .segments import Segment, split_segments

ENTITY_LABELS = ("PER", "ORG", "LOC", "MISC")


@dataclass(frozen=True, eq=False)
class Profile:
    """One segment as clustering sees it: time, outlet, words, entities, signature, vector."""

    id: str
    doc_id: str
    time: float | None
    outlet: str | None
    title: str
    embed_text: str
    words: frozenset[str]
    entities: frozenset[str]
    keys: frozenset[str]
    signature: LeanMinHash
    vector: np.ndarray | None = field(default=None, repr=False)


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """Words that tell no story apart («في», «التي» …)."""
    return frozenset(normalize(w) for w in read_lines("entities/function_words.txt"))


def timestamp(published: str | None) -> float | None:
    """Seconds since the epoch of an ISO time (naive times taken as UTC); None stays None."""
    if not published:
        return None
    try:
        when = datetime.fromisoformat(published)
    except ValueError:
        return None
    if when.tzinfo is None:
        from datetime import timezone
        when = when.replace(tzinfo=timezone.utc)
    return when.timestamp()


def segment_title(doc: Doc, seg: Segment) -> str:
    """The headline of the page for its first segment; a later segment's own first line."""
    if seg.is_first:
        title = doc.meta.title or next((doc.blocks[i].text for i in seg.blocks
                                        if doc.blocks[i].kind == "title"), "")
        if title:
            return title
    first = next((doc.blocks[i].text for i in seg.blocks if doc.blocks[i].kind != "title"), "")
    return first[:200]


def segment_body(doc: Doc, seg: Segment) -> str:
    """The segment's body and subheadings, joined."""
    return "\n".join(doc.blocks[i].text for i in seg.blocks
                     if doc.blocks[i].kind in ("body", "subheading")) or doc.text[seg.start:seg.end]


def content_words(doc: Doc, seg: Segment, limit: int) -> frozenset[str]:
    """Lemmas of the first `limit` content words of the segment (headline first when in the text)."""
    stop = _function_words()
    words = [t.lemma for t in doc.tokens if seg.start <= t.start < seg.end and t.is_word
             and len(t.norm) > 2 and t.norm not in stop and not t.norm.isdigit()]
    if not words:  # no tokens stage (or not Arabic): plain normalised words
        words = [w for w in normalize(segment_body(doc, seg)).split() if len(w) > 2 and w not in stop]
    return frozenset(words[:limit])


def entity_keys(doc: Doc, seg: Segment) -> frozenset[str]:
    """Linked ids (else canonical names, else normalised text) of the segment's named entities."""
    return frozenset(e.kb_id or e.name or normalize(e.text) for e in doc.entities
                     if seg.start <= e.start < seg.end and e.label in ENTITY_LABELS)


def blocking_keys(title: str, entities: Iterable[str]) -> frozenset[str]:
    """Keys two segments must share to be compared at all: entities and headline words."""
    stop = _function_words()
    words = {f"w:{w}" for w in normalize(title).split() if len(w) > 3 and w not in stop}
    return frozenset({f"e:{e}" for e in entities} | words)


def profile_segments(doc: Doc, cfg: Config) -> list[Profile]:
    """Profiles (without vectors) of every segment of one analysed Doc."""
    opts = cfg["stories"]
    out = []
    for seg in split_segments(doc, cfg):
        title = segment_title(doc, seg)
        body = segment_body(doc, seg)
        lead = " ".join(body.split()[:opts["embed_words"]])
        ents = entity_keys(doc, seg)
        out.append(Profile(
            id=seg.id, doc_id=doc.id, time=timestamp(doc.meta.published), outlet=doc.meta.outlet,
            title=title, embed_text=f"{title}. {lead}" if title and title != lead else lead,
            words=content_words(doc, seg, opts["lexical_words"]), entities=ents,
            keys=blocking_keys(title, ents), signature=minhash(f"{title}\n{body}", cfg)))
    return out


def with_vectors(profiles: list[Profile], cfg: Config) -> list[Profile]:
    """The profiles with their embeddings (from the cache where possible)."""
    vectors = embed_texts([p.embed_text for p in profiles], cfg)
    return [replace(p, vector=v) for p, v in zip(profiles, vectors)]
