"""Mixed pages: split an article where its body switches to another story.

Sites append a second report under the first (paris-talks-axios-preview.txt: from «أكد مستشار
الرئيس الفرنسي» on, the page is about France on Gaza). Such a paragraph opens like a lead — a bare
reporting verb, no «و» tying it to what came before — and shares few entities and content words
with the page so far. Each part becomes a segment that may join a different story.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..config import Config
from ..doc import Doc
from ..resources import read_lines, read_yaml, word_class
from ..text.normalize import normalize


# Reporting verbs that carry on the speaker in view even without «و» (data/events/grammar.yaml).
CONTINUATION_VERBS = word_class("events/grammar.yaml", "continuation_verbs")


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of an article's blocks that tells one story; `id` is the doc id, then "<doc id>#2" …"""

    id: str
    doc_id: str
    index: int
    start: int
    end: int
    blocks: tuple[int, ...]

    @property
    def is_first(self) -> bool:
        """Whether this is the article's opening segment (the one its headline belongs to)."""
        return self.index == 1


@lru_cache(maxsize=1)
def lead_openers() -> frozenset[str]:
    """Reporting verbs that open a lead when they stand first, bare («أكد», not «وأكد»)."""
    verbs = read_yaml("events/grammar.yaml").get("reporting_verbs", [])
    return frozenset(normalize(v) for v in verbs)


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """Words too common to tell two topics apart."""
    return frozenset(normalize(w) for w in read_lines("entities/function_words.txt"))


@lru_cache(maxsize=1)
def _complementizers() -> frozenset[str]:
    """«أن», «إن» …: right after the verb they mean the speaker is the one already in view."""
    return frozenset(normalize(w) for w in read_yaml("events/grammar.yaml").get("complementizers", []))


def opens_like_lead(text: str) -> bool:
    """Whether a paragraph starts as a new report does: a bare reporting verb, then its subject.

    «أضاف أن …» continues the previous speaker; «أكد مستشار الرئيس الفرنسي …» introduces one.
    """
    words = [w.strip("،,:") for w in normalize(text).split()[:2]]
    return (len(words) == 2 and words[0] in lead_openers()
            and words[0] not in CONTINUATION_VERBS and words[1] not in _complementizers())


def block_keys(doc: Doc, block: int) -> set[str]:
    """Entity ids and content lemmas of one block: what a topic shift is measured on."""
    b = doc.blocks[block]
    keys = {f"e:{e.kb_id or e.name or normalize(e.text)}" for e in doc.entities
            if b.start <= e.start < b.end}
    stop = _function_words()
    keys.update(f"w:{t.lemma}" for t in doc.tokens if b.start <= t.start < b.end and t.is_word
                and len(t.norm) > 2 and t.norm not in stop and not t.norm.isdigit())
    return keys


def shift_score(before: set[str], after: set[str]) -> float:
    """Share of the next paragraphs' keys already seen on the page (low: a new topic)."""
    return len(before & after) / len(after) if after else 1.0


def split_segments(doc: Doc, cfg: Config) -> list[Segment]:
    """The article's segments in text order; a page about one story is a single segment."""
    body = [i for i, b in enumerate(doc.blocks) if b.kind in ("body", "subheading")]
    paras = [i for i in body if doc.blocks[i].kind == "body"]
    cuts = _cut_points(doc, paras, cfg["stories"])
    if not paras:
        return [Segment(doc.id, doc.id, 1, 0, len(doc.text), ())]
    groups, current = [], []
    for i in body:
        if i in cuts and current:
            groups.append(current)
            current = []
        current.append(i)
    groups.append(current)
    # Heading blocks (title, dateline …) belong to the first segment.
    head = tuple(i for i, b in enumerate(doc.blocks) if b.kind in ("title",) and i < groups[0][0])
    out = []
    for n, group in enumerate(groups, 1):
        blocks = (head + tuple(group)) if n == 1 else tuple(group)
        sid = doc.id if n == 1 else f"{doc.id}#{n}"
        out.append(Segment(sid, doc.id, n, doc.blocks[blocks[0]].start,
                           doc.blocks[blocks[-1]].end, blocks))
    return out


def _cut_points(doc: Doc, paras: list[int], opts: dict) -> set[int]:
    """Body blocks where a new segment starts (a subheading just before moves with it)."""
    least = opts["segment_min_paragraphs"]
    if len(paras) < 2 * least:
        return set()
    keys = {i: block_keys(doc, i) for i in paras}
    title = {i for i, b in enumerate(doc.blocks) if b.kind == "title"}
    seen = set().union(*(block_keys(doc, i) for i in title)) if title else set()
    cuts: set[int] = set()
    start = 0
    for n, i in enumerate(paras):
        if n - start >= least and len(paras) - n >= least \
                and opens_like_lead(doc.blocks[i].text):
            after = set().union(*(keys[j] for j in paras[n:n + least]))
            if shift_score(seen, after) < opts["segment_overlap"]:
                cuts.add(_with_heading(doc, i))
                seen, start = set(), n
        seen |= keys[i]
    return cuts


def _with_heading(doc: Doc, block: int) -> int:
    """The block a segment starts at: a subheading right before the paragraph goes with it."""
    if block > 0 and doc.blocks[block - 1].kind == "subheading":
        return block - 1
    return block
