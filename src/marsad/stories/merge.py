"""Event merge: the same real event reported by several articles becomes one story event.

Two reports are one event when they have the same PLOVER type, compatible participant
countries, a compatible place and dates within `[stories] event_date_days`; a planned and a
happened report of one meeting (paris-talks-axios-preview.txt's «لقاء مرتقب» and
paris-talks-syrian-source.txt's «لقاء سري») are linked, each keeping its own modality.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..config import Config
from ..doc import Actor, Doc, Event
from ..text.normalize import normalize
from .segments import Segment


@dataclass(frozen=True)
class Report:
    """One source's report of an event: which member said it, how, and where in its text."""

    member: str
    doc_id: str
    published: str | None
    event: Event

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


def compatible(a: Event, b: Event, date_days: float) -> bool:
    """Whether two reports can be the same real event (see the module docstring)."""
    if a.type != b.type:
        return False
    ca, cb = countries(a), countries(b)
    if ca and cb and not ca & cb:
        return False
    place = same_place(a.location, b.location)
    if place is False:
        return False
    da, db = day_of(a), day_of(b)
    if da and db and abs((da - db).days) > date_days:
        return False
    # Agreement on nothing at all is not evidence: require shared countries or a shared place.
    return bool(ca & cb) or place is True


def member_events(doc: Doc, seg: Segment) -> list[Event]:
    """The events of a Doc whose trigger lies in the segment."""
    return [e for e in doc.events if seg.start <= e.trigger.start < seg.end]


def merge_events(members: list[tuple[str, Doc, Segment]], cfg: Config) -> list[StoryEvent]:
    """Story events of a story's members (id, Doc, Segment), in order of first report."""
    days = cfg["stories"]["event_date_days"]
    merged: list[StoryEvent] = []
    for member, doc, seg in members:
        for event in member_events(doc, seg):
            report = Report(member, doc.id, doc.meta.published, event)
            # One article reporting two compatible events («لم يسفر عن اتفاقات», «اتُفق على عقد
            # اجتماعات») reports two events: a story event has one report per member.
            home = next((se for se in merged if member not in se.sources
                         and any(compatible(event, r.event, days) for r in se.reports)), None)
            if home is None:
                merged.append(StoryEvent(event.type, [report]))
            else:
                home.reports.append(report)
    return merged
