"""Turn a read trigger into an `Event`: spans, mode, modality, date, source chain, confidence."""
from __future__ import annotations

from ..doc import Actor, DateMention, Doc, Event
from .context import SOFT, Sentence
from .draft import Draft

BASE_CONFIDENCE = {True: 0.6, False: 0.5}   # verb triggers are surer than nouns
INHERITED_PENALTY = {"": 0.0, "clause": 0.05, "referent": 0.1, "meeting": 0.1, "pair": 0.1, "previous": 0.15}


def build_event(doc: Doc, sent: Sentence, d: Draft) -> Event:
    """The contract's event for one draft."""
    toks = sent.toks
    trigger = doc.span(toks[d.i].start, toks[d.j - 1].end)
    s = doc.sentences[sent.index]
    roles = d.roles
    received = {(r.start, r.end) for r in roles.recipients}
    actors = [a for a in _unique(roles.actors) if (a.start, a.end) not in received]  # one side per mention
    return Event(type=d.type, trigger=trigger, evidence=doc.span(s.start, s.end),
                 mode=mode_of(d), context=d.match.trigger.context, modality=d.modality,
                 actors=tuple(actors), recipients=tuple(_unique(roles.recipients)),
                 mediators=tuple(_unique(roles.mediators)), location=roles.location, date=d.date,
                 source_chain=source_chain(doc, trigger.start), confidence=confidence(d))


def mode_of(d: Draft) -> str | None:
    """The lexicon's mode, or for meetings: third-party, visit, from where and with whom."""
    if d.mode or d.type != "CONSULT":
        return d.mode
    roles = d.roles
    if roles.mediators:
        return "third-party"
    place = roles.location.country if roles.location else None
    sides = {a.country for a in roles.actors + roles.recipients if a.country}
    if not place or not sides:
        return None
    if place not in sides:
        return "third-party"
    hosts = {a.country for a in roles.recipients}
    return "visit" if place in hosts and place not in {a.country for a in roles.actors} else None


SPANS_OF_TIME = frozenset({"duration", "set"})  # «لمدة أسبوع», «كل يوم»: how long or how often, not when


def governing_date(sent: Sentence, d: Draft) -> DateMention | None:
    """The date in the trigger's clause nearest to it (a date in another clause dates another event)."""
    if not sent.dates:
        return None
    toks = sent.toks
    lo, hi = sent.clause(d.i, SOFT)
    inside = [m for m in sent.dates if toks[lo].start <= m.start < toks[hi - 1].end
              and m.type not in SPANS_OF_TIME]
    return min(inside, key=lambda m: abs(m.start - toks[d.i].start)) if inside else None


def confidence(d: Draft) -> float:
    """How sure the reading is: verbs over nouns, own participants over inherited ones."""
    score = BASE_CONFIDENCE[d.verbal] + 0.1 * (len(d.match.trigger.words) > 1)
    if d.roles.actors:
        score += 0.2 - INHERITED_PENALTY.get(d.inherited, 0.1)
    return round(min(score, 0.95), 3)


def source_chain(doc: Doc, offset: int) -> tuple:
    """Who relays the sentence, from the quotes stage when it has run (else no chain)."""
    if "quotes" not in doc.done:
        return ()
    try:
        from ..quotes import source_chain_at  # isolated: the quotes stage is optional
    except ImportError:
        return ()
    return tuple(source_chain_at(doc, offset))


def _unique(actors: list[Actor]) -> list[Actor]:
    """Actors without repeats of the same span."""
    seen, out = set(), []
    for a in actors:
        if (a.start, a.end) not in seen:
            seen.add((a.start, a.end))
            out.append(a)
    return out
