"""Attacks and protests reported as one occurrence vs named, alleged, warned of or told in general."""
from __future__ import annotations

import pytest

from marsad.api import analyze
from marsad.events import find_events
from test_events_find import make_doc


def modalities(text: str, etype: str) -> list[str]:
    """The modality of every event of `etype` found in `text`."""
    return [e.modality for e in find_events(make_doc(text)) if e.type == etype]


@pytest.mark.parametrize("text, etype", [
    ("قتل مسلحون خمسة أشخاص في بغداد.", "ASSAULT"),                        # a count and a place
    ("أسفر هجوم انتحاري عن مقتل عشرة أشخاص.", "ASSAULT"),                   # its toll
    ("وقال مصدر إن عبوة ناسفة انفجرت على دورية للشرطة.", "ASSAULT"),        # a happening verb
    ("اغتيل الأمين العام السابق للحزب في بغداد أمس.", "ASSAULT"),           # «السابق» is the title's
    ("واندلعت مظاهرات في بغداد.", "PROTEST"),
    ("تظاهر آلاف الفلسطينيين في رام الله.", "PROTEST"),
    ("ودارت اشتباكات عنيفة استمرت ساعات.", "ASSAULT"),
    ("وأقدم متظاهرون غاضبون على إغلاق الجسر الرئيسي.", "PROTEST"),          # new protesters act
    ("ورشق عشرات المتظاهرين مبنى السفارة بالبيض.", "PROTEST"),
    ("وفي باريس توجه متظاهرون إلى مقر الجمعية الوطنية.", "PROTEST"),                     # a happening verb, no party named
    ("حاول مسلحون اغتيال قائد الشرطة في الرمادي أمس.", "ASSAULT"),           # a past attempt took place
])
def test_events_occurrence_with_an_anchor_happened(text, etype):
    assert "happened" in modalities(text, etype), modalities(text, etype)


@pytest.mark.parametrize("text, etype, modality", [
    ("حذر الوزير من هجوم على المدينة.", "ASSAULT", "hypothetical"),          # a warning
    ("هددت إسرائيل باستهداف قادة الحركة.", "ASSAULT", "planned"),             # a threat
    ("هذا هو فقههم، يقتلون الأبرياء ويبكون على الضحايا.", "ASSAULT", "hypothetical"),  # in general
    ("اتهمت الشرطة ثلاثة رجال بخطف سياح فرنسيين.", "ASSAULT", "historical"),  # an accusation
    ("وعثرت الشرطة على جثة المطران بعد أسبوعين من خطفه.", "ASSAULT", "historical"),
    ("عندما اغتيل القيادي في دمشق، أعلن الحزب الحداد.", "ASSAULT", "historical"),
    ("وقال إن إيران لا تريد الحرب ولا تريد إطلاق صواريخها على المدينة.", "ASSAULT", "negated"),
    ("يحاول متظاهرون قطع الطريق.", "PROTEST", "hypothetical"),                # an attempt under way
    ("وذكر الضابط أن تفجيرا انتحاريا وقع قبل أكثر من عامين في الحي.", "ASSAULT", "historical"),
])
def test_events_occurrence_not_reported_keeps_its_modality(text, etype, modality):
    assert modalities(text, etype) == [modality]


@pytest.mark.parametrize("text", [
    "وتحدث الخبير عن العمليات الانتحارية.",                  # a kind of act
    "في حين تجنح الأقليات لتحالفات انتحارية مستحيلة.",        # a metaphor
    "أدانت الحكومة الهجوم على المصلين في بغداد أمس.",         # a condemnation is an ACCUSE
    "وتعتبر هذه ثالث أكبر هجوم تشنه الحركة.",                 # commentary
    "يقول الكاتب إن الحقيقة تم اغتيالها والضمير وقع في غيبوبة.",  # «وقع في»: fell into, not took place
])
def test_events_occurrence_named_act_did_not_happen(text):
    assert "happened" not in modalities(text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "واستخدمت الشرطة خراطيم المياه لتفريق مئات المتظاهرين.",   # the police act on them
    "وقام المتظاهرون بإحراق الإطارات.",                        # goes on about a protest told before
])
def test_events_occurrence_protesters_not_a_new_protest(text):
    assert "happened" not in modalities(text, "PROTEST")


def test_events_occurrence_protesters_in_the_trigger_are_its_actors():
    events = [e for e in find_events(make_doc("ورشق مئات المتظاهرين قوات الشرطة بالحجارة.")) if e.type == "PROTEST"]
    assert [a.text for e in events for a in e.actors] == ["المتظاهرين"]


def test_events_occurrence_place_after_joined_preposition_is_no_actor():
    events = [e for e in find_events(make_doc("وفي باريس توجه متظاهرون إلى مقر الجمعية الوطنية.")) if e.type == "PROTEST"]
    assert events and all(a.text != "باريس" for e in events for a in e.actors)


def test_a_present_light_verb_in_a_relative_tells_what_goes_on():
    import marsad
    now = marsad.analyze("دخلت قافلة مساعدات إلى الغوطة الشرقية التي تشهد قتالا عنيفا بين فصائل المعارضة "
                         "وقوات الجيش السوري. وقال مسؤول إن الوضع صعب. وأضاف أن القافلة عادت.",
                         published="2018-03-10T10:00").events
    assert [e.modality for e in now if e.type == "ASSAULT"] == ["happened"]
    past = marsad.analyze("وزار الوزير المدينة التي شهدت قتالا عنيفا.", published="2018-03-10T10:00").events
    assert [e.modality for e in past if e.type == "ASSAULT"] == ["historical"]


def test_the_act_a_performing_verb_takes_with_ba_is_news():
    import marsad
    text = ("وقام المحتجون الغاضبون في القاهرة بالتظاهر أمام السفارة الأمريكية. وقال مسؤول إن الوضع هادئ. "
            "وأضاف أن الشرطة انتشرت.")
    events = marsad.analyze(text, published="2018-03-10T10:00").events
    assert [(e.type, e.trigger.text, e.modality) for e in events if e.type == "PROTEST"] == [
        ("PROTEST", "التظاهر", "happened")]


def test_a_year_after_since_tells_when_a_state_began_not_when_the_act_happened():
    import marsad
    text = ("دخلت قافلة مساعدات دولية، تابعة للأمم المتحدة، ظهر الاثنين إلى الغوطة الشرقية المحاصرة قرب "
            "دمشق منذ 2013، وفق ما أفادت متحدثة. وقال مسؤول إن الوضع صعب.")
    aid = [e.modality for e in marsad.analyze(text, published="2018-03-05T12:00").events if e.type == "AID"]
    assert aid == ["happened"]
    past = marsad.analyze("ودخلت قافلة مساعدات إلى الغوطة الشرقية في 2013.", published="2018-03-05T12:00").events
    assert [e.modality for e in past if e.type == "AID"] == ["historical"]


def test_a_denial_does_not_reach_the_next_verb_of_the_speaker():
    import marsad
    events = marsad.analyze("ونفت الحكومة ذلك واتهمت المعارضة بالكذب.", published="2018-03-05T12:00").events
    assert [(e.type, e.modality) for e in events] == [("REJECT", "happened"), ("ACCUSE", "happened")]
    inside = marsad.analyze("ونفى الكرملين أن يكون بوتين قد التقى ترامب وتحدث معه.",
                            published="2018-03-05T12:00").events
    assert [(e.type, e.modality) for e in inside if e.type == "CONSULT"] == [("CONSULT", "denied")]


@pytest.mark.parametrize("text", [
    "وأوضحت المصادر أن مسلحين مجهولين اغتالوا العميد جبار مساعد، مدير استخبارات الشرطة في البصرة.",
    "وأفادت صحيفة كيهان ان مجهولين اغتالوا رجل الدين الشيعي هشام سيموري.",
])
def test_a_past_act_done_to_a_named_person_is_one_occurrence(text):
    assert [(e.type, e.modality) for e in analyze(text).events] == [("ASSAULT", "happened")]


def test_a_named_person_past_a_preposition_is_no_victim():
    text = "قال إن مجهولين قتلوا في منزل محمد عبد الله."
    assert [(e.type, e.modality) for e in analyze(text).events] == [("ASSAULT", "historical")]


def test_a_definite_word_governs_no_verbal_noun_so_the_verb_is_a_verb():
    text = "وأضاف أن عبد الحنان الموظف في اللجنة الانتخابية خطف من منزله مساء امس على يد عشرة متمردين مسلحين."
    assert modalities(text, "ASSAULT") == ["happened"]


@pytest.mark.parametrize("text, etype", [
    ("وأفرجت الشرطة عنه في وقت لاحق.", "RETREAT"),
    ("والتقى الوزير نظيره الفرنسي لاحقا في باريس.", "CONSULT"),
])
def test_later_after_a_past_verb_is_still_past(text, etype):
    assert "planned" not in modalities(text, etype)
    assert "happened" in modalities(text, etype)


def test_later_after_a_noun_is_still_planned():
    assert modalities("وستعقد الحكومة اجتماعا في وقت لاحق.", "CONSULT") == ["planned"]


def test_a_definite_attack_with_who_waged_it_right_after_is_the_report():
    events = [e for e in find_events(make_doc(
        "وقالت وزارة الداخلية في بيان إن الهجوم نفذه انتحاري يدعى محمد صديق.")) if e.type == "ASSAULT"]
    assert [(e.modality, e.trigger.text) for e in events] == [("happened", "الهجوم")]
    assert [a.text for a in events[0].actors] == ["انتحاري"]


@pytest.mark.parametrize("text", [
    "ونزل المتظاهرون الى الشوارع في عدة مدن باكستانية وسط غضب متزايد.",   # places past a quantifier
    "قام متظاهرون في ضواحي نابولي بالاحتجاج على اجراءات المفوض.",          # new protesters perform it
])
def test_a_protest_in_many_cities_or_by_new_protesters_is_one_occurrence(text):
    assert [(e.type, e.modality) for e in analyze(text).events if e.type == "PROTEST"] == [
        ("PROTEST", "happened")]


def test_protesters_told_before_performing_a_protest_still_need_an_anchor():
    text = "وقام المتظاهرون بالاحتجاج على القرار."
    assert "happened" not in [e.modality for e in analyze(text).events if e.type == "PROTEST"]


@pytest.mark.parametrize("text, actor", [
    ("وفي غواتيمالا نزل آلاف الاشخاص الى الشوارع للاحتجاج على تدني الاجور.", "الاشخاص"),
    ("وشكل عدة مئات من المتظاهرين في هدوء سلسلة بشرية على مشارف المطار للاحتجاج على الزيارة.",
     "المتظاهرين"),
])
def test_people_who_went_out_to_protest_protested(text, actor):
    """«للاحتجاج» after a crowd's past going-out verb is what they did, no aim and no echo."""
    events = [e for e in analyze(text).events if e.type == "PROTEST"]
    assert [(e.modality, [a.text for a in e.actors]) for e in events] == [("happened", [actor])]


@pytest.mark.parametrize("text", [
    "ودعت المعارضة أنصارها إلى الخروج للاحتجاج على القرار.",   # a call: the going out is a noun
    "ويعتزم الطلاب التجمع للاحتجاج على رفع الرسوم.",
])
def test_a_protest_still_to_come_is_not_reported_as_happened(text):
    assert "happened" not in [e.modality for e in analyze(text).events if e.type == "PROTEST"]


@pytest.mark.parametrize("text, trigger", [
    ("لم يتردد الجيش في قصف المدينة بالمدفعية أمس.", "قصف"),
    ("ولم تتوان قوات الأمن عن إطلاق النار على المتظاهرين في المدينة.", "إطلاق النار"),
])
def test_not_hesitating_to_attack_is_attacking(text, trigger):
    """A negated verb of hesitation says the act it takes with «في» / «عن» was done."""
    events = [e for e in analyze(text).events if e.type == "ASSAULT"]
    assert [(e.trigger.text, e.modality) for e in events] == [(trigger, "happened")]


def test_hesitating_to_attack_reports_no_attack():
    text = "وتردد الجيش في قصف المدينة."
    assert "happened" not in [e.modality for e in analyze(text).events if e.type == "ASSAULT"]


def test_an_attack_on_something_a_named_person_owns_is_one_occurrence():
    """«موكبا لرئيس الوزراء … رامي الحمد الله»: the convoy's owner is named, so the blast is told,
    and he is its target."""
    text = ("استهدف انفجار موكبا لرئيس الوزراء الفلسطيني رامي الحمد الله خلال زيارة لقطاع غزة، "
            "وفق ما نقلت وسائل الإعلام الرسمية.")
    attacks = [e for e in analyze(text).events if e.type == "ASSAULT"]
    assert [(e.modality, [r.country for r in e.recipients]) for e in attacks] == [("happened", ["PSE"])]


def test_a_campaign_a_present_verb_wages_since_january_goes_on():
    """«حيث تنفذ القوات التركية عملية عسكرية … منذ يناير»: begun long ago, still waged: happened."""
    text = ("أردوغان يرفض الوساطة الفرنسية\n\n"
            "رفضت تركيا عرضا من فرنسا للوساطة في النزاع الدائر بشمال سوريا، حيث تنفذ القوات التركية "
            "عملية عسكرية ضد مسلحين أكراد منذ يناير/ كانون الثاني الماضي.\n"
            "وتسعى أنقرة إلى طرد مسلحي وحدات حماية الشعب الأكراد من المنطقة.\n"
            "وجاء عرض الوساطة من خلال الرئيس الفرنسي إيمانويل ماكرون.")
    doc = analyze(text, published="2018-03-30T09:47:33+00:00")
    attack = [e for e in doc.events if e.trigger.text == "عملية عسكرية"]
    assert [(e.modality, [a.country for a in e.actors]) for e in attack] == [("happened", ["TUR"])]
