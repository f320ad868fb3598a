"""Events of the two bundled articles against the analyst's expectations (required and forbidden)."""
from __future__ import annotations

import pytest

import marsad
from conftest import EXAMPLES, example_expected, example_text


@pytest.fixture(scope="module")
def analysed() -> dict:
    """Each example article analysed once through the configured pipeline."""
    return {name: marsad.analyze(example_text(name), id=name) for name in EXAMPLES}


def _trigger_spans(text: str, trigger: str) -> list[tuple[int, int]]:
    """Every occurrence of the expected trigger text."""
    spans, start = [], text.find(trigger)
    while start >= 0:
        spans.append((start, start + len(trigger)))
        start = text.find(trigger, start + 1)
    return spans


def _countries(actors) -> set:
    return {a.country for a in actors}


def _matches(event, want: dict, text: str) -> bool:
    """Whether one marsad event is the analyst's event: type, trigger, participants, place, modality."""
    if event.type != want["type"] or event.modality != want.get("modality", event.modality):
        return False
    if "trigger" in want and not any(s < event.trigger.end and event.trigger.start < e
                                     for s, e in _trigger_spans(text, want["trigger"])):
        return False
    if "actors" in want and _countries(event.actors) != set(want["actors"]):
        return False
    if "recipients" in want and _countries(event.recipients) != set(want["recipients"]):
        return False
    if "mediator" in want and want["mediator"] not in _countries(event.mediators):
        return False
    if "mode" in want and event.mode != want["mode"]:
        return False
    loc = want.get("location")
    if loc and (event.location is None or event.location.kb_id != loc.get("kb_id", event.location.kb_id)
                or event.location.text != loc["text"]):
        return False
    return True


REQUIRED = [(name, ev["id"]) for name in EXAMPLES for ev in example_expected(name)["events"]["required"]]


@pytest.mark.parametrize("name, event_id", REQUIRED)
def test_events_required_event_is_found(analysed, name, event_id):
    want = next(e for e in example_expected(name)["events"]["required"] if e["id"] == event_id)
    doc = analysed[name]
    found = [e for e in doc.events if _matches(e, want, doc.text)]
    assert found, (event_id, [(e.type, e.modality, e.trigger.text, _countries(e.actors),
                               _countries(e.recipients)) for e in doc.events if e.type == want["type"]])


@pytest.mark.parametrize("name", EXAMPLES)
def test_events_forbidden_events_absent(analysed, name):
    for bad in example_expected(name)["events"].get("forbidden", []):
        for e in analysed[name].events:
            assert not (set(bad.get("actors", [])) <= _countries(e.actors)
                        and set(bad.get("recipients", [])) <= _countries(e.recipients)), (bad, e.trigger.text)


@pytest.mark.parametrize("name", EXAMPLES)
def test_events_come_only_from_body_sentences(analysed, name):
    doc = analysed[name]
    body = [(b.start, b.end) for b in doc.blocks_of("body")]
    for e in doc.events:
        assert any(s <= e.trigger.start and e.trigger.end <= t for s, t in body), e.trigger.text
        assert e.evidence.start <= e.trigger.start < e.trigger.end <= e.evidence.end
    doc.check_offsets()


@pytest.mark.parametrize("name", EXAMPLES)
def test_events_one_event_per_clause_and_type(analysed, name):
    seen = set()
    for e in analysed[name].events:
        key = (e.type, e.trigger.start)
        assert key not in seen
        seen.add(key)


def test_events_every_event_has_a_modality(analysed):
    from marsad.events.modality import MODALITIES
    for doc in analysed.values():
        assert all(e.modality in MODALITIES for e in doc.events)
