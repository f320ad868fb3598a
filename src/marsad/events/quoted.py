"""Who «I» and «we» are inside a direct quote: the quote's speaker.

«وتابع البشير: "بحثت مع الرئيس السيسي …"», «وأضافت ماي: "نحن كحكومة رفعنا حجم المساعدات"»: a
first-person verb in quoted speech has the speaker as its subject (CN-middleEast-305,
CN-middleEast-212). Used only when the quotes stage ran before the events stage.
"""
from __future__ import annotations

from ..doc import Actor, Doc, Quote
from ..quotes.sources import entities_in
from .actors import entity_actor
from .grammar import closed_class

FIRST_PERSON_SUFFIXES = closed_class("first_person_suffixes")


def direct_quotes(doc: Doc) -> list[tuple[int, int, tuple[Actor, ...]]]:
    """(content start, content end, speaker as actors) of the direct quotes with a speaker, when
    the quotes stage has run."""
    if "quotes" not in doc.done:
        return []
    return [(q.content.start, q.content.end, _speaker_actors(doc, q)) for q in doc.quotes
            if q.direct and q.speaker is not None]


def _speaker_actors(doc: Doc, q: Quote) -> tuple[Actor, ...]:
    """A quote's speaker as an actor: the longest person or organisation named within it
    («الرئيس عمر البشير» → البشير) or within the mention it resolves to, else the words
    themselves with the country a demonym in them gives («الوزير العراقي» → IRQ)."""
    for span in (q.speaker, q.speaker_resolved):
        named = [e for e in entities_in(doc, span) if e.label in ("PER", "ORG")] if span else []
        ent = max(named, key=lambda e: e.end - e.start, default=None)
        actor = entity_actor(ent) if ent is not None else None
        if actor is not None:
            return (actor,)
    country = next((e.country for e in entities_in(doc, q.speaker) if e.country), None)
    return (Actor(q.speaker.start, q.speaker.end, q.speaker.text, country=country),)


def quoted_speaker(quotes: list[tuple[int, int, tuple[Actor, ...]]], offset: int) -> list[Actor]:
    """The speaker of the direct quote around `offset`; none outside quotes."""
    return next((list(actors) for s, e, actors in quotes if s <= offset < e), [])


def first_person(norm: str, suffix: str) -> bool:
    """«بحثت», «رفعنا», «اتفقنا»: a past verb whose ending may say «I» or «we»."""
    return suffix in FIRST_PERSON_SUFFIXES or norm.endswith(tuple(FIRST_PERSON_SUFFIXES))
