"""Cross-source comparison of a story's events, its timeline and its actor graph, as plain dicts.

For each story event: which sources assert, deny, qualify, demand or only plan it (from the report's
modality, and from the stance of the quote its evidence sits in), the figures, dates and places
each source gives where they differ, and which source reported it first.
"""
from __future__ import annotations

import re
from collections import defaultdict

from ..doc import Actor, Doc, Event
from ..text.normalize import western_digits
from .merge import Report, StoryEvent, countries, place_name

# modality -> what the source does with the event
STANCE_OF_MODALITY = {"happened": "asserts", "historical": "asserts", "planned": "plans",
                      "negated": "denies", "denied": "denies", "demanded": "demands",
                      "hypothetical": "qualifies"}
# quote verb stance (data/quotes/verbs.tsv) -> what the source does with what it quotes
STANCE_OF_QUOTE = {"deny": "denies", "claim": "qualifies"}
NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)?")


def figures(text: str) -> list[str]:
    """The numbers written in a piece of evidence («130 انقلابياً», «٢٦ شخصا»), in order."""
    return NUMBER_RE.findall(western_digits(text))


def stance(report: Report, doc: Doc | None) -> str:
    """asserts / denies / qualifies / demands / plans: a quote's stance overrides plain assertion."""
    base = STANCE_OF_MODALITY.get(report.event.modality, "asserts")
    if doc is None or base != "asserts":
        return base
    ev = report.event.evidence
    for q in doc.quotes:
        if q.content.start <= ev.start < q.content.end and q.stance in STANCE_OF_QUOTE:
            return STANCE_OF_QUOTE[q.stance]
    return base


def _differing(values: dict[str, object]) -> dict[str, object]:
    """Per-source values, kept only when the sources that give one disagree."""
    given = {k: v for k, v in values.items() if v not in (None, [], "")}
    distinct = {repr(v) for v in given.values()}
    return given if len(distinct) > 1 else {}


def compare_event(se: StoryEvent, docs: dict[str, Doc]) -> dict:
    """The comparison of one story event across the sources that report it."""
    by_stance: dict[str, list[str]] = defaultdict(list)
    nums, dates, places = {}, {}, {}
    for r in se.reports:
        s = stance(r, docs.get(r.doc_id))
        if r.member not in by_stance[s]:
            by_stance[s].append(r.member)
        nums.setdefault(r.member, figures(r.event.evidence.text))
        dates.setdefault(r.member, None if r.event.date is None else r.event.date.value)
        places.setdefault(r.member, None if r.event.location is None
                          else place_name(r.event.location))
    dated = [r for r in se.reports if r.published]
    first = min(dated, key=lambda r: r.published).member if dated else se.reports[0].member
    return {"stances": dict(by_stance), "figures": _differing(nums), "dates": _differing(dates),
            "places": _differing(places), "first_reported_by": first}


def event_dict(se: StoryEvent, docs: dict[str, Doc]) -> dict:
    """A story event for output: the first report's fields, every source, and the comparison."""
    head = se.reports[0].event.to_dict()
    modalities = list(dict.fromkeys(r.event.modality for r in se.reports))
    return {**head, "modalities": modalities, "sources": se.sources,
            "reports": [r.to_dict() for r in se.reports],
            "comparison": compare_event(se, docs)}


def event_day(se: StoryEvent) -> str | None:
    """When the event happened: its date if any report gives one, else its first report."""
    values = sorted(r.event.date.value for r in se.reports if r.event.date and r.event.date.value)
    if values:
        return values[0]
    published = sorted(r.published for r in se.reports if r.published)
    return published[0] if published else None


def timeline(events: list[StoryEvent]) -> list[dict]:
    """The story's events in date order (undated last, in order of first report)."""
    rows = [(event_day(se), n, se) for n, se in enumerate(events)]
    rows.sort(key=lambda r: (r[0] is None, r[0] or "", r[1]))
    return [{"event": n, "date": day, "type": se.type, "sources": se.sources,
             "modalities": list(dict.fromkeys(r.event.modality for r in se.reports)),
             "summary": se.reports[0].event.evidence.text[:160]} for day, n, se in rows]


def actor_key(a: Actor) -> str:
    """A node id for an actor: linked id, else country, else canonical name, else its text."""
    return a.kb_id or (f"country:{a.country}" if a.country else None) or a.name or a.text


def actor_graph(events: list[StoryEvent]) -> dict:
    """Who did what to whom: nodes are actors, edges actor → recipient weighted by events."""
    nodes: dict[str, dict] = {}
    edges: dict[tuple[str, str], dict] = {}
    for n, se in enumerate(events):
        e: Event = se.reports[0].event
        for a in (*e.actors, *e.recipients, *e.mediators):
            nodes.setdefault(actor_key(a), {"id": actor_key(a), "name": a.name or a.text,
                                            "country": a.country, "events": 0})
        for key in {actor_key(a) for a in (*e.actors, *e.recipients, *e.mediators)}:
            nodes[key]["events"] += 1
        for src in e.actors:
            for dst in (*e.recipients, *(e.actors if not e.recipients else ())):
                if actor_key(dst) == actor_key(src):
                    continue
                edge = edges.setdefault((actor_key(src), actor_key(dst)), {
                    "source": actor_key(src), "target": actor_key(dst), "weight": 0,
                    "types": {}, "events": []})
                edge["weight"] += 1
                edge["types"][se.type] = edge["types"].get(se.type, 0) + 1
                edge["events"].append(n)
    return {"nodes": sorted(nodes.values(), key=lambda d: d["id"]),
            "edges": sorted(edges.values(), key=lambda d: (d["source"], d["target"]))}


__all__ = ["actor_graph", "compare_event", "countries", "event_dict", "figures", "timeline"]
