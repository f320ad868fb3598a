"""Event merge: the same real event reported by several articles becomes one story event.

Two reports are one event when they have the same PLOVER type, compatible participant
countries, a compatible place and dates within `[stories] event_date_days`, and something
specific corroborates them: the same trigger word, much shared wording, or several shared names
(a shared country alone joined Turkey's strikes of different days in Afrin). A planned and a
happened report of one meeting (paris-talks-axios-preview.txt's «لقاء مرتقب» and
paris-talks-syrian-source.txt's «لقاء سري») are linked, each keeping its own modality.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date

from ..config import Config
from ..doc import Actor, Doc, Event
from ..text.normalize import normalize
from .features import _function_words
from .segments import Segment


@dataclass(frozen=True)
class Clues:
    """What two reports of one event tend to share: trigger word, evidence words, names."""

    trigger: str
    words: frozenset[str]
    names: frozenset[str]


@dataclass(frozen=True)
class Report:
    """One source's report of an event: which member said it, how, and where in its text."""

    member: str
    doc_id: str
    published: str | None
    event: Event
    clues: Clues = field(compare=False)

    def to_dict(self) -> dict:
        """The source entry of a story event."""
        e = self.event
        return {"member": self.member, "article": self.doc_id, "published": self.published,
                "modality": e.modality, "source_chain": [s.text for s in e.source_chain],
                "date": None if e.date is None else e.date.value,
                "location": None if e.location is None else place_name(e.location),
                "evidence": {"article": self.doc_id, "start": e.evidence.start,
                             "end": e.evidence.end, "text": e.evidence.text},
                "trigger": e.trigger.to_dict()}


@dataclass
class StoryEvent:
    """One real event of a story and every report of it."""

    type: str
    reports: list[Report] = field(default_factory=list)

    @property
    def sources(self) -> list[str]:
        """Member ids reporting the event, in arrival order, each once."""
        return list(dict.fromkeys(r.member for r in self.reports))


def countries(e: Event) -> frozenset[str]:
    """Countries of every participant of an event (actors, recipients, mediators)."""
    return frozenset(a.country for a in (*e.actors, *e.recipients, *e.mediators) if a.country)


def place_name(a: Actor) -> str:
    """A place's canonical name, else its normalised text."""
    return a.name or normalize(a.text)


def same_place(a: Actor | None, b: Actor | None) -> bool | None:
    """True/False when both events name a place, None when either does not."""
    if a is None or b is None:
        return None
    if a.kb_id and b.kb_id:
        return a.kb_id == b.kb_id
    return place_name(a) == place_name(b)


def day_of(e: Event) -> date | None:
    """The event's date to the day, when known."""
    value = e.date.value if e.date is not None else None
    try:
        return date.fromisoformat(value[:10]) if value and len(value) >= 10 else None
    except ValueError:
        return None


def conflicting(a: Event, b: Event, date_days: float) -> bool:
    """Whether two reports cannot be one event: other type, countries, place or dates."""
    if a.type != b.type:
        return True
    ca, cb = countries(a), countries(b)
    if ca and cb and not ca & cb:
        return True
    da, db = day_of(a), day_of(b)
    na, nb = trigger_numbers(a), trigger_numbers(b)
    return same_place(a.location, b.location) is False or bool(
        da and db and abs((da - db).days) > date_days) or bool(na and nb and not na & nb)


def trigger_numbers(e: Event) -> frozenset[int]:
    """Numbers inside a trigger («طرد 60 دبلوماسيا» vs «طرد 23 دبلوماسيا»: two expulsions); int()
    reads Arabic-Indic digits («٦٠») as well."""
    return frozenset(int(n) for n in re.findall(r"\d+", e.trigger.text))


def anchored(a: Event, b: Event) -> bool:
    """Whether two reports share a participant country or name the same place."""
    return bool(countries(a) & countries(b)) or same_place(a.location, b.location) is True


def compatible(a: Event, b: Event, date_days: float) -> bool:
    """Whether two reports can be the same real event: no conflict, and a country or place shared."""
    return not conflicting(a, b, date_days) and anchored(a, b)


def clues(doc: Doc, e: Event, starts: list[int]) -> Clues:
    """Trigger lemma, content lemmas and entity names of an event's evidence sentence
    (`starts`: the document's token starts)."""
    stop = _function_words()
    toks = doc.tokens[bisect_left(starts, e.evidence.start):bisect_left(starts, e.evidence.end)]
    head = next((t.lemma for t in toks if t.start >= e.trigger.start), None)
    words = {t.lemma for t in toks if t.is_word and len(t.norm) > 2 and t.norm not in stop}
    if not toks:  # no tokens stage: normalised words
        head = (normalize(e.trigger.text).split() or [""])[0]
        words = {w for w in normalize(e.evidence.text).split() if len(w) > 2 and w not in stop}
    names = {x.kb_id or x.name or normalize(x.text) for x in doc.entities
             if e.evidence.start <= x.start < e.evidence.end}
    return Clues(head or "", frozenset(words), frozenset(names))


def overlap(a: Clues, b: Clues) -> float:
    """Jaccard similarity of two evidence sentences' content words."""
    union = a.words | b.words
    return len(a.words & b.words) / len(union) if union else 0.0


def corroborated(a: Clues, b: Clues, opts: dict, strong: bool = False) -> bool:
    """Whether two reports share something specific enough to be one event.

    Reports sharing a country or place need the same trigger word or some shared wording; reports
    that share neither (one names no country) need much shared wording or several shared names.
    """
    if strong:
        return (overlap(a, b) >= opts["event_strong_overlap"]
                or len(a.names & b.names) >= opts["event_shared_names"])
    return bool(a.trigger and a.trigger == b.trigger) or overlap(a, b) >= opts[
        "event_word_overlap"] or len(a.names & b.names) >= opts["event_shared_names"]


def same_event(a: Report, b: Report, opts: dict) -> bool:
    """No conflict, and corroborated (more strongly where no country or place is shared)."""
    if conflicting(a.event, b.event, opts["event_date_days"]):
        return False
    return corroborated(a.clues, b.clues, opts, strong=not anchored(a.event, b.event))


def fit(report: Report, se: StoryEvent, opts: dict) -> float:
    """How well a report fits a story event: the share of its reports it is one event with."""
    if report.member in se.sources:
        return 0.0
    return sum(same_event(report, r, opts) for r in se.reports) / len(se.reports)


def best_home(report: Report, merged: list[StoryEvent], opts: dict) -> StoryEvent | None:
    """The story event the report fits best, if it is one event with enough of its reports."""
    fits = [fit(report, se, opts) for se in merged]
    best = max(fits, default=0.0)
    return merged[fits.index(best)] if best >= opts["event_fit"] else None


def member_events(doc: Doc, seg: Segment) -> list[Event]:
    """The events of a Doc whose trigger lies in the segment."""
    return [e for e in doc.events if seg.start <= e.trigger.start < seg.end]


def merge_events(members: list[tuple[str, Doc, Segment]], cfg: Config) -> list[StoryEvent]:
    """Story events of a story's members (id, Doc, Segment), in order of first report."""
    opts = cfg["stories"]
    merged: list[StoryEvent] = []
    for member, doc, seg in members:
        starts = [t.start for t in doc.tokens]
        for event in member_events(doc, seg):
            report = Report(member, doc.id, doc.meta.published, event, clues(doc, event, starts))
            # One article reporting two compatible events («لم يسفر عن اتفاقات», «اتُفق على عقد
            # اجتماعات») reports two events: a story event has one report per member.
            home = best_home(report, merged, opts)
            if home is None:
                merged.append(StoryEvent(event.type, [report]))
            else:
                home.reports.append(report)
    return merged
