"""The one `Doc` that flows through every stage, and the frozen spans it carries."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Iterable

from .errors import OffsetError


HEADER_KINDS = ("outlet", "title", "dateline", "author")


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the original text: `doc.text[start:end] == text`, always."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        """The contract's `Span` object."""
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True, kw_only=True)
class Block(Span):
    """A line or paragraph of the page with its role (body, title, teaser, caption …)."""

    kind: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Sentence(Span):
    """A sentence inside one body or heading block."""

    block: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Token(Span):
    """A word with clitics split off: `span` is the stem, `prefix`/`suffix` the clitics."""

    norm: str
    lemma: str
    prefix: str = ""
    suffix: str = ""
    sentence: int = -1
    is_word: bool = True


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity(Span):
    """A named mention with its label and, when linked, its canonical id."""

    label: str
    kb_id: str | None = None
    country: str | None = None
    name: str | None = None
    sector: str | None = None
    metonym_for: str | None = None
    antecedent: int | None = None
    source: str = "gazetteer"

    def to_dict(self) -> dict[str, Any]:
        """The contract's entity object, plus marsad's extra fields."""
        out = Span.to_dict(self)
        out.update(label=self.label, kb_id=self.kb_id, country=self.country, name=self.name,
                   sector=self.sector, metonym_for=self.metonym_for, antecedent=self.antecedent)
        return out


@dataclass(frozen=True, slots=True, kw_only=True)
class DateMention(Span):
    """A temporal expression and its value resolved against publication time."""

    type: str = "date"
    value: str | None = None
    precision: str | None = None
    strategy: str | None = None
    flags: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The contract's date object, plus type, strategy and flags."""
        out = Span.to_dict(self)
        out.update(value=self.value, precision=self.precision, type=self.type,
                   strategy=self.strategy, flags=list(self.flags))
        return out


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor(Span):
    """An event participant: a span resolved to an entity, country and sector."""

    kb_id: str | None = None
    country: str | None = None
    sector: str | None = None
    name: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The contract's `Actor` object."""
        out = Span.to_dict(self)
        out.update(kb_id=self.kb_id, country=self.country, sector=self.sector, name=self.name)
        return out


@dataclass(frozen=True, slots=True)
class Quote:
    """Reported speech: who (if known) said what, through which cue, relayed by whom."""

    cue: Span
    content: Span
    speaker: Span | None = None
    direct: bool = False
    source_chain: tuple[Span, ...] = ()
    speaker_resolved: Span | None = None
    stance: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The contract's quote object."""
        return {"speaker": _opt(self.speaker), "cue": self.cue.to_dict(),
                "content": self.content.to_dict(), "direct": self.direct,
                "source_chain": [s.to_dict() for s in self.source_chain],
                "speaker_resolved": _opt(self.speaker_resolved), "stance": self.stance}


@dataclass(frozen=True, slots=True)
class Event:
    """A PLOVER event with its participants, modality and the words that evidence it."""

    type: str
    trigger: Span
    evidence: Span
    mode: str | None = None
    context: tuple[str, ...] = ()
    modality: str = "happened"
    actors: tuple[Actor, ...] = ()
    recipients: tuple[Actor, ...] = ()
    mediators: tuple[Actor, ...] = ()
    location: Actor | None = None
    date: DateMention | None = None
    source_chain: tuple[Span, ...] = ()
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        """The contract's event object."""
        date = None if self.date is None else {
            "value": self.date.value, "precision": self.date.precision, **self.date.to_dict()}
        return {"type": self.type, "mode": self.mode, "context": list(self.context),
                "modality": self.modality, "actors": [a.to_dict() for a in self.actors],
                "recipients": [a.to_dict() for a in self.recipients],
                "mediators": [a.to_dict() for a in self.mediators],
                "location": _opt(self.location), "date": date,
                "trigger": self.trigger.to_dict(), "evidence": self.evidence.to_dict(),
                "source_chain": [s.to_dict() for s in self.source_chain],
                "confidence": round(self.confidence, 3)}


@dataclass(frozen=True, slots=True)
class Meta:
    """What the page says about itself: outlet, headline, author, time, address, language."""

    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None
    language_score: float | None = None
    timezone: str | None = None
    fmt: str = "text"


@dataclass(frozen=True, slots=True)
class Doc:
    """An article: the original text and every annotation, each pointing into that text."""

    id: str
    text: str
    meta: Meta = field(default_factory=Meta)
    blocks: tuple[Block, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = ()
    entities: tuple[Entity, ...] = ()
    dates: tuple[DateMention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    skipped: tuple[tuple[str, str], ...] = ()
    flags: tuple[str, ...] = ()
    done: frozenset[str] = frozenset()

    def span(self, start: int, end: int) -> Span:
        """A `Span` over `text[start:end]`, so callers never copy strings by hand."""
        if not 0 <= start <= end <= len(self.text):
            raise OffsetError(f"span {start}:{end} outside a text of {len(self.text)} characters")
        return Span(start, end, self.text[start:end])

    def replace(self, **changes: Any) -> "Doc":
        """A new Doc with some fields changed: stages never mutate."""
        return dataclasses.replace(self, **changes)

    def blocks_of(self, *kinds: str) -> list[Block]:
        """The blocks of the given kinds, in text order."""
        return [b for b in self.blocks if b.kind in kinds]

    def body_sentences(self) -> list[Sentence]:
        """Sentences of body paragraphs only: headings and boilerplate never yield events."""
        body = {i for i, b in enumerate(self.blocks) if b.kind == "body"}
        return [s for s in self.sentences if s.block in body]

    @property
    def is_arabic(self) -> bool:
        """Whether Arabic stages should run on this document."""
        return self.meta.language in (None, "ar", "arz")

    def all_spans(self) -> Iterable[Span]:
        """Every span the Doc holds, for checking the offset invariant."""
        yield from self.blocks
        yield from self.sentences
        yield from self.tokens
        yield from self.entities
        yield from self.dates
        for q in self.quotes:
            yield from (s for s in (q.cue, q.content, q.speaker, q.speaker_resolved) if s)
            yield from q.source_chain
        for e in self.events:
            yield from (e.trigger, e.evidence, *e.actors, *e.recipients, *e.mediators)
            yield from (s for s in (e.location, e.date) if s)
            yield from e.source_chain

    def check_offsets(self) -> None:
        """Raise `OffsetError` if any span's text is not exactly `text[start:end]`."""
        for s in self.all_spans():
            if self.text[s.start:s.end] != s.text:
                raise OffsetError(f"{type(s).__name__} {s.start}:{s.end} says {s.text!r}, "
                                  f"text has {self.text[s.start:s.end]!r}")

    def to_dict(self) -> dict[str, Any]:
        """The evaluation contract's JSON object (see schema/doc.schema.json)."""
        m = self.meta
        return {
            "id": self.id, "title": m.title, "outlet": m.outlet, "author": m.author,
            "published": m.published, "url": m.url, "language": m.language,
            "body": [{"start": b.start, "end": b.end} for b in self.blocks_of("body")],
            "subheadings": [b.to_dict() for b in self.blocks_of("subheading")],
            "header": [{**b.to_dict(), "kind": b.kind} for b in self.blocks_of(*HEADER_KINDS)],
            "boilerplate": [{**b.to_dict(), "kind": b.kind} for b in self.blocks
                            if b.kind not in ("body", "subheading", *HEADER_KINDS)],
            "entities": [e.to_dict() for e in self.entities],
            "dates": [d.to_dict() for d in self.dates],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [e.to_dict() for e in self.events],
            "skipped": [{"stage": s, "reason": r} for s, r in self.skipped],
            "flags": list(self.flags),
        }


def _opt(span: Span | None) -> dict[str, Any] | None:
    """`span.to_dict()` or None."""
    return None if span is None else span.to_dict()
