"""PLOVER-strict reading of a native event: modality folded into type and context as the codebook says
(data/events/plover.yaml, `strict_folding`)."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..doc import Event
from ..resources import read_yaml

# What a demanded event asks for, as a REQUEST mode (the codebook's DEMAND modes).
DEMAND_MODES = {"RETREAT": "yield", "CONCEDE": "yield", "CONSULT": "meet", "AGREE": "change",
                "AID": "assist", "COOPERATE": "assist", "SUPPORT": "assist"}
# What a conflictual act announced in advance threatens (THREATEN modes).
THREAT_MODES = {"ASSAULT": "violence", "MOBILIZE": "violence", "SANCTION": "relations",
                "PROTEST": "restrict"}


@lru_cache(maxsize=1)
def folding() -> dict:
    """The codebook's folding rules keyed by id, and the modality-to-context table."""
    fold = read_yaml("events/plover.yaml")["strict_folding"]
    return {"contexts": fold["modality_to_context"], "rules": {r["id"]: r for r in fold["rules"]}}


def _rule_types(rule_id: str) -> frozenset[str]:
    """The event types a folding rule applies to."""
    return frozenset(folding()["rules"][rule_id]["when"]["types"])


def plover_strict(event: Event) -> Event | None:
    """The event as PLOVER codes it, or None when the codebook leaves it out.

    Negated and denied events are not coded; a planned cooperative act is an AGREE, a planned
    conflictual one a THREATEN; a demanded act is the demander's REQUEST; hypothetical and
    historical events keep their type with that context; events without a source actor are not
    coded (rule source_actor_required).
    """
    modality = event.modality
    context = folding()["contexts"].get(modality)
    if context == "negation" or not event.actors:
        return None
    if modality == "planned" and event.type in _rule_types("future_cooperation_is_agree"):
        return _with(event, "AGREE", None, context)
    if modality == "planned" and event.type in _rule_types("threatened_conflict_is_threaten"):
        return _with(event, "THREATEN", THREAT_MODES.get(event.type), context)
    if modality == "demanded" and event.type != "REQUEST":
        return _with(event, "REQUEST", DEMAND_MODES.get(event.type, "change"), None)
    return _with(event, event.type, event.mode, context)


def _with(event: Event, etype: str, mode: str | None, context: str | None) -> Event:
    """A copy with a new type and mode, and the special context added once."""
    ctx = event.context + ((context,) if context and context not in event.context else ())
    return replace(event, type=etype, mode=mode, context=ctx)
