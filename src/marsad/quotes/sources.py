"""Sources and source chains: who relays whom («أكسيوس» ← «مسؤول إسرائيلي»), and what each source is."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from ..doc import Doc, Entity, Span
from ..text.normalize import normalize
from .lexicon import QuoteLexicon, closed_class, load

SECTOR_ROLES = {"GOV": "government", "MIL": "military", "MED": "media", "JUD": "judicial",
                "LEG": "legislative", "POL": "political", "CVL": "civil", "REB": "armed group",
                "OPP": "opposition", "REL": "religious", "IGO": "international", "NGO": "ngo"}
OFFICIAL_ROLES = frozenset({"government", "diplomatic", "military", "security", "spokesperson"})
OFFICIAL_HEADS = closed_class("official_heads")


@dataclass(frozen=True, slots=True)
class Source:
    """A cited source: its span, whether it is named, anonymous or an outlet, its country and role."""

    span: Span
    kind: str
    country: str | None = None
    role: str | None = None

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready description."""
        return {**self.span.to_dict(), "kind": self.kind, "country": self.country, "role": self.role}


def describe_source(doc: Doc, span: Span, lex: QuoteLexicon | None = None) -> Source:
    """Type a source span: «مسؤول إسرائيلي» → anonymous, ISR, government; «أكسيوس» → outlet."""
    lex = lex or load()
    ents = entities_in(doc, span)
    words = [normalize(w) for w in span.text.replace("«", " ").replace("»", " ").split()]
    head = _bare(words[0]) if words else ""
    country = next((e.country for e in ents if e.country), None)
    role = _role(words, ents, lex)
    if any(e.sector == "MED" for e in ents) or lex.is_source_word(head, "media"):
        return Source(span, "outlet", country, "media")
    named = any(e.label in ("PER", "ORG") or (e.label == "LOC" and e.start == span.start)
                for e in ents)
    row = lex.source_words.get(head)
    anonymous = (row is not None and row["kind"] == "head" and row["anonymous"] == "yes"
                 and not named) or any(lex.is_source_word(w, "marker") for w in words)
    return Source(span, "anonymous" if anonymous else "named", country, role)


def _role(words: list[str], ents: list[Entity], lex: QuoteLexicon) -> str | None:
    """The role a source phrase states: its head's, an adjective's, or its entity's sector."""
    for w in [_bare(words[0])] + [_bare(x) for x in words[1:]] if words else []:
        row = lex.source_words.get(w)
        if row is not None and row["role"]:
            return row["role"]
    return next((SECTOR_ROLES[e.sector] for e in ents if e.sector in SECTOR_ROLES), None)


def _bare(word: str) -> str:
    """A normalised word without its article."""
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


def entities_in(doc: Doc, span: Span) -> list[Entity]:
    """Entities inside `span` (sorted by start)."""
    ents = doc.entities
    k = bisect_left([e.start for e in ents], span.start)
    out = []
    while k < len(ents) and ents[k].start < span.end:
        if ents[k].end <= span.end:
            out.append(ents[k])
        k += 1
    return out


@dataclass
class Known:
    """A source met so far, with the head noun anaphors are matched on."""

    source: Source
    head: str


@dataclass
class Registry:
    """Sources introduced so far in a document, for «المصدر» and «القناة السورية الرسمية»."""

    doc: Doc
    lex: QuoteLexicon
    known: list[Known] = field(default_factory=list)

    def add(self, span: Span, head_span: Span | None = None) -> Source:
        """Remember a source (its head taken from `head_span`, e.g. «قناة» of «قناة «…»»)."""
        src = describe_source(self.doc, span, self.lex)
        words = normalize((head_span or span).text).split()
        self.known.append(Known(src, _bare(words[0]) if words else ""))
        return src

    def resolve(self, span: Span) -> Span | None:
        """The earlier source a definite description points back to, if it is one."""
        words = normalize(span.text).split()
        if not words or not words[0].startswith("ال") or \
                any(e.label == "PER" for e in entities_in(self.doc, span)):
            return None
        head = _bare(words[0])
        rule = self.lex.anaphors.get(head)
        if rule is None:
            return None
        country = describe_source(self.doc, span, self.lex).country
        for k in reversed(self.known):
            s = k.source
            if s.span.start >= span.start or (country and s.country and s.country != country):
                continue
            if _matches(rule, head, k):
                return s.span
        if rule == "any":
            return next((k.source.span for k in reversed(self.known)
                         if k.source.span.start < span.start and k.source.kind != "outlet"), None)
        return None


def _matches(rule: str, head: str, k: Known) -> bool:
    """Whether a known source fits an anaphor's rule."""
    if rule in ("same", "any"):
        return k.head == head
    if rule == "official":
        return k.source.kind != "outlet" and (k.head in OFFICIAL_HEADS
                                              or k.source.role in OFFICIAL_ROLES)
    return k.source.kind == "outlet" and k.head in (head, "")


def without_repeats(chain: tuple[Span, ...]) -> tuple[Span, ...]:
    """The chain with consecutive repeats dropped.

    The publishing outlet is not a member: it is the article's `outlet`, and analysts list only
    who the publisher relays («أكسيوس» ← «مسؤول إسرائيلي»).
    """
    out: list[Span] = []
    for s in chain:
        if not out or (out[-1].start, out[-1].end) != (s.start, s.end):
            out.append(s)
    return tuple(out)


@dataclass
class ChainState:
    """The chain in force while reading a document: an attribution carries over until another."""

    current: tuple[Span, ...] = ()

    def position(self, span: Span | None) -> int:
        """Index of `span` in the current chain, or -1."""
        if span is None:
            return -1
        return next((n for n, s in enumerate(self.current)
                     if (s.start, s.end) == (span.start, span.end)), -1)

    def quote_chain(self, who: Span | None, relays: tuple[Span, ...], told: tuple[Span, ...],
                    inner: tuple[Span, ...], nest: bool) -> tuple[Span, ...]:
        """A top-level quote's chain: relays ← outlets spoken to ← speaker ← sources it quotes."""
        at = self.position(who)
        if not relays and at >= 0:
            return self.current[:at + 1] + told + inner
        own = told + ((who,) if who is not None else ()) + inner
        if relays:
            return self._relayed(relays) + own
        if who is None:
            return self.current
        return self.current + own if nest else own

    def _relayed(self, relays: tuple[Span, ...]) -> tuple[Span, ...]:
        """Relay sources, continuing the current chain when the first one is already in it."""
        at = self.position(relays[0])
        return self.current[:at + 1] + relays[1:] if at >= 0 else relays

    def sentence_chain(self, relays: tuple[Span, ...],
                       first_quote: tuple[Span, ...] | None) -> tuple[Span, ...]:
        """The chain governing a sentence; without quotes, it is also carried to the next one."""
        if first_quote is not None:
            return first_quote
        chain = self._relayed(relays) if relays else self.current
        self.current = chain
        return chain
