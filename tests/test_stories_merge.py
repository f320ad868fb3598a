"""Event merge and cross-source comparison, on Docs whose events are built by hand."""
from __future__ import annotations

from marsad import config
from marsad.doc import Actor, DateMention, Doc, Event, Meta, Quote, Span
from marsad.stories.compare import actor_graph, compare_event, figures, timeline
from marsad.stories.merge import compatible, merge_events
from marsad.stories.segments import Segment

CFG = config.load(stories={"embedding_cache": ""})


def _span(text: str, part: str) -> Span:
    i = text.index(part)
    return Span(i, i + len(part), part)


def _actor(text: str, part: str, country: str, kb=None) -> Actor:
    s = _span(text, part)
    return Actor(s.start, s.end, s.text, country=country, kb_id=kb, name=None)


def _doc(did: str, text: str, events, published=None, quotes=()) -> tuple[str, Doc, Segment]:
    doc = Doc(id=did, text=text, meta=Meta(published=published), events=tuple(events),
              quotes=tuple(quotes))
    return did, doc, Segment(did, did, 1, 0, len(text), ())


def _meeting(text, trigger, modality, date=None, place="باريس", figure=None):
    ev = _span(text, figure or trigger)
    return Event(type="CONSULT", trigger=_span(text, trigger), evidence=ev, modality=modality,
                 actors=(_actor(text, "سوريا", "SYR"), _actor(text, "إسرائيل", "ISR")),
                 location=_actor(text, place, "FRA", "Q90") if place else None,
                 date=None if date is None else DateMention(0, 0, "", value=date))


AXIOS = "لقاء مرتقب بين سوريا وإسرائيل في باريس غدا بحضور 5 مسؤولين"
SYRIAN = "لقاء سري بين سوريا وإسرائيل في باريس بحضور 7 مسؤولين"
MACRON = "مؤتمر صحفي لفرنسا وسلوفينيا في ليوبليانا"


def _members():
    a = _doc("axios", AXIOS, [_meeting(AXIOS, "لقاء مرتقب", "planned", "2026-01-05",
                                       figure="لقاء مرتقب بين سوريا وإسرائيل في باريس غدا بحضور 5")],
             "2026-01-04T21:36")
    s = _doc("syrian", SYRIAN, [_meeting(SYRIAN, "لقاء سري", "happened",
                                         figure="لقاء سري بين سوريا وإسرائيل في باريس بحضور 7")],
             "2026-01-06T10:00")
    return [a, s]


def test_stories_merge_planned_and_happened_meeting_is_one_event():
    merged = merge_events(_members(), CFG)
    assert len(merged) == 1
    assert merged[0].sources == ["axios", "syrian"]
    assert [r.event.modality for r in merged[0].reports] == ["planned", "happened"]


def test_stories_merge_keeps_other_places_apart():
    macron = Event(type="CONSULT", trigger=_span(MACRON, "مؤتمر صحفي"),
                   evidence=_span(MACRON, "مؤتمر صحفي"),
                   actors=(_actor(MACRON, "فرنسا", "FRA"),),
                   recipients=(_actor(MACRON, "سلوفينيا", "SVN"),),
                   location=_actor(MACRON, "ليوبليانا", "SVN", "Q437"))
    merged = merge_events([*_members(), _doc("macron", MACRON, [macron])], CFG)
    assert [m.sources for m in merged] == [["axios", "syrian"], ["macron"]]


def test_stories_merge_needs_same_type_and_near_dates():
    a = _meeting(AXIOS, "لقاء مرتقب", "planned", "2026-01-05")
    b = _meeting(SYRIAN, "لقاء سري", "happened", "2026-01-20")
    assert not compatible(a, b, 2.0)
    assert not compatible(a, _retyped(a, "ASSAULT"), 2.0)


def _retyped(e: Event, etype: str) -> Event:
    from dataclasses import replace
    return replace(e, type=etype)


def test_stories_compare_stances_figures_and_first_source():
    merged = merge_events(_members(), CFG)
    comp = compare_event(merged[0], {})
    assert comp["stances"] == {"plans": ["axios"], "asserts": ["syrian"]}
    assert comp["figures"] == {"axios": ["5"], "syrian": ["7"]}
    assert comp["first_reported_by"] == "axios"


def test_stories_compare_quote_stance_denies():
    text = "نفى المتحدث أن لقاء سري بين سوريا وإسرائيل في باريس عقد"
    quote = Quote(cue=_span(text, "نفى"), content=_span(text, "أن لقاء سري بين سوريا وإسرائيل في باريس عقد"),
                  stance="deny")
    member = _doc("denier", text, [_meeting(text, "لقاء سري", "happened")], quotes=[quote])
    merged = merge_events([member], CFG)
    assert compare_event(merged[0], {"denier": member[1]})["stances"] == {"denies": ["denier"]}


def test_stories_figures_read_eastern_digits():
    assert figures("مقتل ٢٦ شخصا و18 جريحا") == ["26", "18"]


def test_stories_timeline_and_actor_graph():
    merged = merge_events(_members(), CFG)
    line = timeline(merged)
    assert line[0]["date"] == "2026-01-05" and line[0]["sources"] == ["axios", "syrian"]
    graph = actor_graph(merged)
    assert {n["id"] for n in graph["nodes"]} == {"country:SYR", "country:ISR"}
    assert {(e["source"], e["target"], e["weight"]) for e in graph["edges"]} == {
        ("country:SYR", "country:ISR", 1), ("country:ISR", "country:SYR", 1)}


def test_stories_merge_one_report_per_member():
    text = "لقاء سري بين سوريا وإسرائيل في باريس ثم لقاء ثان بين سوريا وإسرائيل في باريس"
    first = _meeting(text, "لقاء سري", "happened")
    second = _meeting(text, "لقاء ثان", "happened")
    merged = merge_events([_doc("one", text, [first, second])], CFG)
    assert [m.sources for m in merged] == [["one"], ["one"]]


def _analysed(did: str, text: str, published: str):
    """A member analysed by the real pipeline (tokens, entities, events)."""
    from marsad import analyze
    doc = analyze(text, published=published, id=did)
    return did, doc, Segment(did, did, 1, 0, len(text), ())


def test_stories_merge_needs_more_than_a_shared_country():
    # Two Turkish strikes on Afrin of different days: same type and country, nothing else shared.
    a = _analysed("a", "ومنذ بدء الهجوم التركي على منطقة عفرين، وثق المرصد السوري مقتل أكثر من 200 مدني.",
                  "2018-03-10T10:00")
    b = _analysed("b", "دخلت قوات محدودة تابعة للنظام إلى عفرين لكنها لم تكن كافية واستهدفها القصف "
                  "التركي أكثر من مرة.", "2018-03-12T10:00")
    turkish = [se for se in merge_events([a, b], CFG)
               if any(r.event.trigger.text in ("الهجوم", "القصف") for r in se.reports)]
    assert sorted(len(se.sources) for se in turkish) == [1, 1]


def test_stories_merge_joins_one_expulsion_told_twice():
    c = _analysed("c", "طردت الولايات المتحدة 60 دبلوماسيا روسيا على خلفية تسميم الجاسوس الروسي السابق "
                  "سيرغي سكريبال.", "2018-03-26T18:00")
    d = _analysed("d", "وطردت واشنطن 60 دبلوماسيا روسيا، في إطار عمل منسق بين الدول الغربية، للرد على "
                  "تسميم سكريبال.", "2018-03-26T20:00")
    expelled = [se for se in merge_events([c, d], CFG)
                if any(r.event.trigger.text.startswith("طردت") for r in se.reports)]
    assert [se.sources for se in expelled] == [["c", "d"]]


def test_stories_merge_keeps_expulsions_of_different_numbers_apart():
    c = _analysed("c", "طردت الولايات المتحدة 60 دبلوماسيا روسيا على خلفية تسميم سكريبال.",
                  "2018-03-26T18:00")
    d = _analysed("d", "وطردت بريطانيا 23 دبلوماسيا روسيا على خلفية تسميم سكريبال.", "2018-03-26T20:00")
    expelled = [se for se in merge_events([c, d], CFG)
                if any(r.event.trigger.text.startswith(("طردت", "وطردت")) for r in se.reports)]
    assert sorted(len(se.sources) for se in expelled) == [1, 1]
