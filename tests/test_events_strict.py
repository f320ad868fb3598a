"""PLOVER-strict folding of native modality (plover.yaml, strict_folding)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from marsad.doc import Actor, Event, Span
from marsad.events import plover_strict

SYR = Actor(0, 5, "سوريا", country="SYR")
BASE = Event(type="CONSULT", trigger=Span(6, 10, "لقاء"), evidence=Span(0, 20, "x" * 20), actors=(SYR,))


@pytest.mark.parametrize("etype, modality, want_type, want_context", [
    ("CONSULT", "happened", "CONSULT", ()),
    ("CONSULT", "planned", "AGREE", ("future",)),        # future cooperation is AGREE
    ("ASSAULT", "planned", "THREATEN", ("future",)),     # an announced attack is a threat
    ("RETREAT", "demanded", "REQUEST", ()),              # the demand is the event
    ("AGREE", "hypothetical", "AGREE", ("hypothetical",)),
    ("ASSAULT", "historical", "ASSAULT", ("historical",)),
])
def test_strict_folds_modality(etype, modality, want_type, want_context):
    out = plover_strict(replace(BASE, type=etype, modality=modality))
    assert out.type == want_type and out.context == want_context


@pytest.mark.parametrize("modality", ["negated", "denied"])
def test_strict_drops_negated_and_denied(modality):
    assert plover_strict(replace(BASE, modality=modality)) is None


def test_strict_drops_events_without_a_source_actor():
    assert plover_strict(replace(BASE, actors=())) is None


def test_strict_demand_mode_comes_from_what_is_demanded():
    assert plover_strict(replace(BASE, type="RETREAT", modality="demanded")).mode == "yield"
