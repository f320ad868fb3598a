"""An attack and its toll in one sentence are one event; numerals do not break a trigger."""
from __future__ import annotations

import marsad

PUB = "2018-03-16T21:25:52+00:00"


def _events(text):
    return marsad.analyze(text, published=PUB).events


def test_casualties_fold_into_the_attack_that_caused_them():
    text = "قال المرصد السوري إن 16 مدنيا قتلوا الجمعة في غارة تركية استهدفت مستشفى مدينة عفرين."
    events = _events(text)
    assert [(e.type, e.trigger.text, e.modality) for e in events] == [("ASSAULT", "غارة", "happened")]
    e = events[0]
    assert {a.country for a in e.actors} == {"TUR"} and [r.text for r in e.recipients] == ["مدنيا"]


def test_a_killing_with_its_own_agent_stays_an_event():
    events = _events("قتل الجيش العراقي ثلاثة مسلحين في اشتباك قرب الحدود.")
    killing = [e for e in events if e.trigger.text == "قتل"]
    assert killing and {a.country for a in killing[0].actors} == {"IRQ"}


def test_a_number_inside_a_multiword_trigger_does_not_break_it():
    events = _events("وطردت إدارة ترمب 60 دبلوماسيا روسيا، اليوم الاثنين.")
    assert [(e.type, e.mode) for e in events] == [("SANCTION", "expel")]
    assert events[0].trigger.text == "طردت إدارة ترمب 60 دبلوماسيا"


def test_a_title_phrase_with_its_genitive_demonym_and_name_is_one_actor():
    events = _events("والتقى وزير الداخلية الفرنسي جيرار كولومب رئيس الوزراء أحمد أويحيى في الجزائر.")
    meeting = next(e for e in events if e.type == "CONSULT")
    assert [(a.text, a.country) for a in meeting.actors] == [("وزير الداخلية الفرنسي جيرار كولومب", "FRA")]


def test_a_report_going_on_with_wa_and_a_named_agent_has_happened():
    events = _events("ودمرت مقاتلات التحالف العربي آليات عسكرية تابعة للميليشيات في مديرية حرض.")
    assert [(e.type, e.modality) for e in events] == [("ASSAULT", "happened")]
    assert {a.country for a in events[0].actors} == {"SAU"}
