"""Common news forms of triggers: «تحادث», a lawsuit «رفع قضية», the participle «داعيا»."""
from __future__ import annotations

import pytest

import marsad


@pytest.mark.parametrize("text,expected", [
    ("تحادث الرئيس الجزائري مع نظيره الفرنسي هاتفيا.", ("CONSULT", "تحادث", "happened")),
    ("وقالت محاميتها إنها سترفع قضية ضد الصحيفة.", ("ACCUSE", "ترفع قضية", "planned")),
    ("أصدرت الوزارة بيانا داعية إلى الهدوء.", ("REQUEST", "داعية إلى", "demanded")),
    ("أصدر الحزب بيانا مطالبا بالإفراج عن المعتقلين.", ("REQUEST", "مطالبا بالإفراج", "demanded")),
    ("ويثني وزير الخارجية القطري في بيانه على الموقف الكويتي.", ("SUPPORT", "يثني", "happened")),
])
def test_news_trigger_forms(text, expected):
    events = marsad.analyze(text, published="2018-03-26T10:00").events
    assert [(e.type, e.trigger.text, e.modality) for e in events] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("قال السفير الروسي إنه احتج لدى الخارجية الأميركية على الطرد.", ("ACCUSE", "احتج لدى")),
    ("أعرب الوزير عن احتجاجه على القرار.", ("ACCUSE", "أعرب الوزير عن احتجاجه")),
    ("احتج آلاف المواطنين على غلاء الأسعار.", ("PROTEST", "احتج")),
])
def test_a_diplomatic_protest_is_an_accusation_not_a_demonstration(text, expected):
    events = marsad.analyze(text, published="2018-03-26T10:00").events
    assert [(e.type, e.trigger.text) for e in events] == [expected]


def test_the_toll_of_an_attack_already_reported_adds_no_event():
    text = ("شنت طائرات تركية غارة على مستشفى في عفرين أمس. وقال المرصد إن 16 مدنيا قتلوا في الغارة.")
    events = marsad.analyze(text, published="2018-03-17T10:00").events
    assert [e.trigger.text for e in events if e.type == "ASSAULT"] == ["شنت طائرات تركية غارة"]
    alone = marsad.analyze("قتل خمسة أشخاص في الهجوم على المطار.", published="2018-03-17T10:00").events
    assert [(e.type, e.modality) for e in alone] == [("ASSAULT", "happened")]


def test_a_verb_opening_a_sentence_without_subject_keeps_the_last_one():
    text = "قصف الجيش الإسرائيلي مواقع لحركة حماس في غزة فجر اليوم. وقصف مواقع أخرى في رفح بعد ساعات."
    events = marsad.analyze(text, published="2018-03-15T10:00").events
    assert [[a.country for a in e.actors] for e in events] == [["ISR"], ["ISR"]]


def test_vso_subject_inside_a_split_trigger_is_the_actor():
    events = marsad.analyze("وطردت إدارة ترمب 60 دبلوماسيا روسيا، اليوم الاثنين.",
                            published="2018-03-26T10:00").events
    assert [(e.type, [a.country for a in e.actors], [r.country for r in e.recipients])
            for e in events] == [("SANCTION", ["USA"], ["RUS"])]


def test_a_country_shaped_adjective_after_an_accusative_noun_is_a_demonym():
    doc = marsad.analyze("قتل جنديا تركيا في الهجوم. وزار الوزير تركيا أمس.", published="2018-03-26T10:00")
    assert [(e.text, e.label) for e in doc.entities if e.country == "TUR"] == [("تركيا", "NORP"),
                                                                              ("تركيا", "LOC")]


@pytest.mark.parametrize("text,actors,recipients", [
    ("استدعت إيطاليا السفير الفرنسي.", ["ITA"], ["FRA"]),
    # the subject is the ministry the pronoun stands for; a date between verb and object
    ("وقالت وزارة الخارجية الإيطالية إنها استدعت اليوم السبت السفير الفرنسي في روما.", ["ITA"], ["FRA"]),
])
def test_a_summoned_ambassador_is_the_recipient_not_the_actor(text, actors, recipients):
    events = marsad.analyze(text, published="2018-03-31T10:00").events
    assert [(e.type, [a.country for a in e.actors], [a.country for a in e.recipients])
            for e in events] == [("ACCUSE", actors, recipients)]


def test_the_short_form_of_condemn_is_an_accusation():
    events = marsad.analyze("دانت مصر التصعيد الإسرائيلي ضد المدنيين.", published="2018-03-30T10:00").events
    assert [(e.type, e.trigger.text, [a.country for a in e.actors]) for e in events] == \
        [("ACCUSE", "دانت", ["EGY"])]


@pytest.mark.parametrize("text", [
    "وقال دبلوماسيان يمنيان، طلبوا التحفظ على هوياتهم، إن المحادثات جرت.",
    "وقال مسؤول طلب عدم الكشف عن هويته إن الاجتماع انتهى.",
])
def test_a_source_asking_for_anonymity_makes_no_request(text):
    assert [e.type for e in marsad.analyze(text, published="2018-03-16T10:00").events
            if e.type == "REQUEST"] == []


@pytest.mark.parametrize("text,modality", [
    ("ونالت بريطانيا دعما أوروبيا في هذه القضية التي ينفي الكرملين أي ضلوع لموسكو فيها.", "happened"),
    ("ويرفضون لقاء مبعوثي ترامب منذ قرار نقل السفارة.", "happened"),      # still refusing
    ("وكان الفلسطينيون يرفضون لقاء المبعوثين منذ عام 2017.", "historical"),  # under «كان»: past
])
def test_a_present_verb_tells_what_holds_now(text, modality):
    events = marsad.analyze(text, published="2018-03-14T10:00").events
    assert [e.modality for e in events if e.type == "REJECT"] == [modality]


def test_call_with_glued_conjunction_is_a_demand():
    """«ودعا» is و + دعا: the dictionary's «ودّعا» (bade farewell) must not hide the call."""
    text = "ودعا وزير الخارجية الأردني المجتمع الدولي إلى وقف الانتهاكات الإسرائيلية."
    ev = [e for e in marsad.analyze(text, published="2018-03-31T10:00").events if e.type == "REQUEST"]
    assert [(e.trigger.text, e.modality) for e in ev] == [("دعا", "demanded")]
    assert [a.country for a in ev[0].actors] == ["JOR"]


@pytest.mark.parametrize("text,expected", [
    ("وتم الإفراج عن الصحفي أمس.", ("RETREAT", "الإفراج", "happened")),
    ("وقال إن الحكومة تجري المفاوضات مع بوكو حرام.", ("CONSULT", "المفاوضات", "happened")),
    ("وقال مسؤول إنه تم الاتفاق على وقف لإطلاق النار في المنطقة.", ("AGREE", "الاتفاق", "happened")),
])
def test_a_definite_event_noun_that_is_the_subject_of_tamma_is_news(text, expected):
    """«تم الإفراج», «تجري المفاوضات»: the verb's subject is the event, so the definite noun names
    no earlier mention."""
    events = marsad.analyze(text, published="2018-03-26T10:00").events
    assert [(e.type, e.trigger.text, e.modality) for e in events] == [expected]
