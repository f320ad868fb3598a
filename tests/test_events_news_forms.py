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
    ("واشترطت تركيا تسليم المدينة لها.", ("REQUEST", "اشترطت", "demanded")),
    ("وقيدت الإكوادور اتصال أسانج بالإنترنت.", ("COERCE", "قيدت", "happened")),
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


def _article(sentence: str) -> str:
    """A short article around one sentence, so the article reading applies."""
    return ("عنوان الخبر\n\nقال مسؤولون اليوم إن الوضع هادئ في المنطقة. وأضافوا أن الاتصالات مستمرة. "
            + sentence + " وذكرت الوكالة أن التفاصيل غير معروفة.")


@pytest.mark.parametrize("sentence,kept,dropped", [
    ("وأطلقت تركيا عملية عسكرية لطرد وحدات حماية الشعب الكردية من عفرين.", "عملية عسكرية", "طرد"),
    ("وقال \"نحن على اتصال بالسلطات التركية لتسوية القضية بسرعة\".", None, "تسوية"),
    ("وأثارت عملية الخطف غضبا عالميا وحملة لإطلاق سراح الفتيات.", None, "إطلاق سراح"),
    ("وعقد الجانبان لقاء في باريس بهدف التوصل إلى اتفاق أمني.", "لقاء", "التوصل إلى اتفاق"),
    # a light verb under «لـ» carries the aim to the act noun after it
    ("وأرسلت تركيا قوات إلى الحدود لتقوم بعمليات عسكرية ضد المسلحين.", None, "عمليات عسكرية"),
    ("ودفع الجيش بتعزيزات إلى المنطقة لشن هجمات على مواقع المسلحين.", None, "هجمات"),
])
def test_an_aim_under_lam_is_no_event(sentence, kept, dropped):
    """«لطرد …», «لتسوية …»: a verbal noun under «لـ» after a finished clause is what the act is for."""
    triggers = [e.trigger.text for e in marsad.analyze(_article(sentence), published="2018-03-20T10:00").events]
    assert dropped not in triggers
    assert kept is None or kept in triggers


@pytest.mark.parametrize("sentence,expected", [
    ("وتعرضت منطقة الغوطة الشرقية المحاصرة قرب دمشق لهجمات بغاز الكلور أمس.", ("ASSAULT", "هجمات")),
    ("وتم التوصل لاتفاق بين الجانبين أمس.", ("AGREE", "التوصل لاتفاق")),
    ("وقال إن محاميه يعد لرفع قضية ضد الصحيفة.", ("ACCUSE", "رفع قضية")),
])
def test_lam_after_a_light_verb_or_its_governor_is_no_aim(sentence, expected):
    """«تعرضت … لهجمات», «التوصل لاتفاق», «يعد لرفع قضية»: the «لـ» is a preposition here."""
    events = marsad.analyze(_article(sentence), published="2018-03-20T10:00").events
    assert expected in [(e.type, e.trigger.text) for e in events]


def test_a_duration_does_not_date_an_event():
    """«لمدة أسبوع» (P1W) says how long, not when: the agreement is no planned one."""
    text = "وقال محمد إنه تم الاتفاق على وقف لإطلاق النار لمدة أسبوع ابتداء من 19 مارس."
    events = marsad.analyze(text, published="2018-03-26T04:52").events
    assert [(e.type, e.modality) for e in events if e.type == "AGREE"] == [("AGREE", "happened")]


def test_an_attack_under_way_is_told_by_its_relative_clause():
    """«الهجوم الذي تشنه تركيا على …»: a light verb in the present names who wages the campaign."""
    text = _article("وقال المسؤول إن الهجوم الذي تشنه تركيا على وحدات حماية الشعب الكردية يهدد المدنيين.")
    attacks = [e for e in marsad.analyze(text, published="2018-03-20T10:00").events if e.type == "ASSAULT"]
    assert [(e.trigger.text, e.modality) for e in attacks] == [("الهجوم", "happened")]
    assert [a.country for a in attacks[0].actors] == ["TUR"]
    assert [a.text for a in attacks[0].recipients] == ["وحدات حماية الشعب الكردية"]


@pytest.mark.parametrize("text,expected", [
    ("وأمر حيدر العبادي بفتح تحقيق فوري بالموضوع.", ("ACCUSE", "happened")),   # the order opens it
    ("وقررت الحكومة الانسحاب من الاتفاق.", ("SANCTION", "happened")),
    ("وأمر الرئيس بالإفراج عن المعتقلين أمس.", ("REQUEST", "demanded")),        # a release is ordered
])
def test_an_order_or_decision_and_its_content(text, expected):
    """Ordering an investigation or an arrest is the act (plover.yaml decision_is_act); an ordered
    release still waits to be carried out. The act named is no echo of an earlier mention."""
    events = marsad.analyze(text, published="2018-03-14T10:00").events
    assert [(e.type, e.modality) for e in events] == [expected]


@pytest.mark.parametrize("text", [
    "وقطعت السعودية والإمارات والبحرين ومصر علاقاتها مع قطر.",
    "وقطعت كل من السعودية والإمارات والبحرين ومصر علاقاتها مع قطر.",
])
def test_a_long_coordinated_subject_inside_a_split_trigger(text):
    """The subject of «قطع … علاقات» may name four states, after «كل من» too."""
    events = marsad.analyze(text, published="2018-03-18T10:00").events
    assert [(e.type, sorted(a.country for a in e.actors), [a.country for a in e.recipients])
            for e in events] == [("SANCTION", ["ARE", "BHR", "EGY", "SAU"], ["QAT"])]


@pytest.mark.parametrize("text,events", [
    ("ورفض البيت الأبيض التعليق على هذه المعلومات.", []),
    ("ورفض المتحدث باسم الوزارة التعليق.", []),
    ("ورفض الوزير المقترح الأمريكي.", ["REJECT"]),
])
def test_declining_to_comment_is_no_rejection(text, events):
    """A source declining to comment to the press rejects no one's demand."""
    found = marsad.analyze(text, published="2018-03-07T10:00").events
    assert [e.type for e in found if e.type == "REJECT"] == events


@pytest.mark.parametrize("text,expected", [
    ("وتستضيف روسيا كأس العالم لكرة القدم.", []),
    ("وتستضيف إثيوبيا مقر منظمة الوحدة الإفريقية.", []),
    ("وتتطلع القوى إلى هذا التغيير في قمة السلطة في أديس أبابا.", []),
    ("وانعقدت قمة عربية طارئة في الرياض أمس.", ["CONSULT"]),
])
def test_hosting_a_tournament_and_the_top_of_power_are_no_meetings(text, expected):
    assert [e.type for e in marsad.analyze(text, published="2018-03-29T10:00").events] == expected


@pytest.mark.parametrize("text,events", [
    ("وقال إن الوضع لا يزال هشا ويهدد المدنيين الذين يعيشون في القطاع.", []),   # endangers
    ("وقال إن التغير المناخي يهدد مستقبل الملايين.", []),
    ("وهددت الحكومة بالانسحاب من الاتفاق.", ["THREATEN"]),
    ("وبعد أن حذر لودريان من مخاطر وقوع كارثة إنسانية في سوريا أضاف.", []),   # a warning of a danger
    ("حذر الوزير من رد قاس.", ["THREATEN"]),
    ("وشدد الوفد على إعادة بناء ما دمرته سنوات الحرب.", []),   # years of war are no attacker
])
def test_endangering_is_no_threat(text, events):
    assert [e.type for e in marsad.analyze(text, published="2018-03-26T10:00").events] == events


def test_a_negation_reaches_a_coordinated_event_noun():
    """«لم يسفر عن اتفاقات أو تفاهمات»: one agreement, not reached."""
    text = "وأشار إلى أن اللقاء لم يسفر عن اتفاقات أو تفاهمات نهائية."
    events = marsad.analyze(text, published="2026-01-05T10:00").events
    assert [(e.type, e.modality) for e in events] == [("AGREE", "negated")]


def test_two_coordinated_verbs_of_one_type_are_two_acts():
    text = "واستنكرت الخارجية المصرية الهجوم بشدة، واتهمت الاحتلال بترويع المدنيين."
    events = marsad.analyze(text, published="2018-03-26T10:00").events
    accusations = [e for e in events if e.type == "ACCUSE"]
    assert [e.trigger.text for e in accusations] == ["استنكرت", "اتهمت"]
    assert {a.country for a in accusations[1].actors} == {"EGY"}
    unnamed = marsad.analyze("وأدانت المنظمة القرار، ونددت بالصمت الدولي.", published="2018-03-26T10:00").events
    assert [e.trigger.text for e in unnamed if e.type == "ACCUSE"] == ["أدانت", "نددت"]


def test_a_cleft_asserts_the_act_it_names():
    text = "وقال المتحدث إن القوات الحكومية هي التي بادرت بمهاجمة مواقع للمعارضة صباح الأحد."
    events = marsad.analyze(text, published="2018-03-26T10:00").events
    assert [(e.type, e.trigger.text, e.modality) for e in events] == [("ASSAULT", "مهاجمة", "happened")]
    led = marsad.analyze("قامت القوات الإسرائيلية بمهاجمة مواقع للمعارضة.", published="2018-03-26T10:00").events
    assert [(e.type, e.trigger.text, {a.country for a in e.actors}) for e in led] == [
        ("ASSAULT", "مهاجمة", {"ISR"})]
    described = marsad.analyze("وزار الوزير المطار الذي قصف أمس.", published="2018-03-26T10:00").events
    assert [(e.type, e.modality) for e in described if e.type == "ASSAULT"] == [("ASSAULT", "historical")]


@pytest.mark.parametrize("text", [
    "استدعت الخارجية الباكستانية نائب السفير الهندي.",
    "وأضاف البيان أن الخارجية الباكستانية استدعت كذلك نائب السفير الهندي.",
])
def test_a_deputy_envoy_summoned_is_a_diplomatic_protest(text):
    events = marsad.analyze(text, published="2018-03-26T10:00").events
    assert [(e.type, {a.country for a in e.actors}) for e in events] == [("ACCUSE", {"PAK"})]


@pytest.mark.parametrize("text", [
    "ويعيش المدنيون في مناطق الغوطة الشرقية، التي تسيطر عليها المعارضة المسلحة، أوضاعا صعبة.",
    "كما يعد من بين الأعضاء المهمين في الحكومة حيث يحتل منصب وزير الخارجية.",
    "ومنح الناخبون المرتبة الأولى إلى حزب 5 نجوم، فيما احتلت رابطة الشمال المرتبة الثانية.",
])
def test_holding_ground_a_post_or_a_rank_is_no_act(text):
    assert marsad.analyze(text, published="2018-03-26T10:00").events == ()


def test_a_seizure_told_in_the_past_is_an_act():
    events = marsad.analyze("سيطرت القوات التركية على مدينة عفرين أمس.", published="2018-03-26T10:00").events
    assert [(e.type, e.trigger.text) for e in events] == [("COERCE", "سيطرت")]


@pytest.mark.parametrize("text,trigger,actor,recipient", [
    ("ووجهت لندن أصبع الاتهام إلى روسيا، واتخذت ضدها سلسلة إجراءات.", "أصبع الاتهام", "GBR", "RUS"),
    ("وكانت لندن قد وجهت الاتهام لروسيا بالوقوف وراء الهجوم.", "الاتهام", "GBR", "RUS"),
    ("سخرت المتحدثة باسم وزارة الخارجية الروسية ماريا زخاروفا من بريطانيا.", "سخرت", "RUS", "GBR"),
])
def test_charges_directed_and_mockery_are_accusations(text, trigger, actor, recipient):
    events = [e for e in marsad.analyze(text, published="2018-03-26T10:00").events if e.type == "ACCUSE"]
    assert [(e.trigger.text, {a.country for a in e.actors}, {a.country for a in e.recipients}) for e in events] \
        == [(trigger, {actor}, {recipient})]


def test_readiness_to_act_is_an_offer():
    text = "أعلن الرئيس الروسي فلاديمير بوتين أن بلاده مستعدة للتعاون مع لندن في قضية الجاسوس."
    events = marsad.analyze(text, published="2018-03-26T10:00").events
    assert [(e.type, e.trigger.text, {a.country for a in e.actors}, {a.country for a in e.recipients})
            for e in events] == [("AGREE", "مستعدة للتعاون", {"RUS"}, {"GBR"})]


def test_acting_under_an_agreement_reports_no_new_agreement():
    text = ("وبموجب اتفاق رعته روسيا، يتعاقب خروج المسلحين وأسرهم من مدن الغوطة الشرقية. "
            "وقال مسؤول إن الحافلات وصلت. وأضاف أن العملية مستمرة.")
    events = marsad.analyze(text, published="2018-03-26T10:00").events
    assert [e.modality for e in events if e.type == "AGREE"] in ([], ["historical"])


def test_measures_announced_are_the_announcers_and_each_counts():
    text = ("وأعلنت رئيسة الوزراء البريطانية تيريزا ماي عن طرد 23 دبلوماسيا روسيا وتعليق الاتصالات "
            "الرفيعة المستوى مع روسيا.")
    events = marsad.analyze(text, published="2018-03-14T10:00").events
    assert [(e.type, e.trigger.text, {a.country for a in e.actors}, {a.country for a in e.recipients})
            for e in events] == [("SANCTION", "طرد 23 دبلوماسيا", {"GBR"}, {"RUS"}),
                                 ("SANCTION", "تعليق الاتصالات", {"GBR"}, {"RUS"})]



def test_holding_a_session_is_a_meeting():
    events = marsad.analyze("عقد مجلس الأمن الدولي جلسة طارئة لبحث الوضع في الغوطة.",
                            published="2018-03-14T10:00").events
    assert [(e.type, e.trigger.text) for e in events] == [("CONSULT", "عقد مجلس الأمن الدولي جلسة")]


def test_a_request_for_comment_is_no_demand():
    events = marsad.analyze("ولم ترد السفارة على طلب التعليق.", published="2018-03-14T10:00").events
    assert [e.type for e in events] == []


@pytest.mark.parametrize("text,expected", [
    ("وقالت زخاروفا واصفة لندن بأنها مركز غسيل الأموال القذرة.", [("ACCUSE", "واصفة")]),
    ("ووصف الوزير المحادثات بأنها بناءة ومثمرة.", []),                  # praise is no accusation
])
def test_describing_someone_in_words_of_blame_is_an_accusation(text, expected):
    events = marsad.analyze(text, published="2018-03-14T10:00").events
    assert [(e.type, e.trigger.text) for e in events] == expected


def test_a_military_campaign_launched_is_an_attack():
    text = ("وبدأت القوات الحكومية حملة عسكرية كبيرة على الغوطة الشرقية. وقال مسؤول إن الوضع صعب. "
            "وأضاف أن القافلة عادت.")
    events = marsad.analyze(text, published="2018-03-26T10:00").events
    assert [(e.type, e.trigger.text, e.modality) for e in events] == [("ASSAULT", "حملة عسكرية", "happened")]


@pytest.mark.parametrize("text, actors, recipients", [
    ("ويستمر قصف القوات الحكومية للغوطة الشرقية.", ["القوات الحكومية"], []),
    ("وأدى قصف الطيران التركي لمدينة عفرين إلى مقتل مدنيين.", ["الطيران التركي"], ["مدنيين"]),
    ("وأدى قصف القوات الكردية إلى مقتل جنديين.", [], ["القوات الكردية"]),
])
def test_armed_forces_after_an_attack_noun_wage_it_before_a_target(text, actors, recipients):
    attacks = [e for e in marsad.analyze(text, published="2018-03-26T10:00").events if e.type == "ASSAULT"]
    assert [([a.text for a in e.actors], [r.text for r in e.recipients]) for e in attacks] == [
        (actors, recipients)]


def test_the_toll_keeps_the_attacker_the_light_verb_named():
    text = ("وشنت ميليشيات الحوثي قصفا عشوائيا بالمدفعية الثقيلة على قرى مديرية مقبنة غربي محافظة تعز، "
            "ما أسفر عن مقتل امرأة في عقدها الخامس.")
    attacks = [e for e in marsad.analyze(text, published="2018-03-26T10:00").events if e.type == "ASSAULT"]
    assert [(e.trigger.text, [a.country for a in e.actors]) for e in attacks] == [("قصفا", ["YEM"])]


@pytest.mark.parametrize("text, types", [
    ("وتمكنت قوات الشرعية بمساندة التحالف من السيطرة على مطار عدن.", []),
    ("وتدخلت الرياض بدعم من الولايات المتحدة.", []),
    ("وجدد الوزير دعم بلاده للمبادرة المصرية.", ["SUPPORT"]),
])
def test_backing_under_ba_tells_how_another_act_was_done(text, types):
    events = marsad.analyze(text, published="2018-03-26T10:00").events
    assert [e.type for e in events if e.type == "SUPPORT"] == types


@pytest.mark.parametrize("text, expected", [
    ("وأكدت لندن مسؤولية موسكو في تسميم الجاسوس.", [("ACCUSE", ["GBR"], ["RUS"])]),
    ("وقال هولاند مؤكدا على مسؤولية باراك أوباما في ما حدث في سوريا.", [("ACCUSE", ["FRA"], ["USA"])]),
    ("وأكد الوزير مسؤولية الحكومة عن تحسين الخدمات.", []),
])
def test_affirming_someones_responsibility_for_a_harm_blames_them(text, expected):
    events = marsad.analyze(text, published="2018-03-26T10:00").events
    assert [(e.type, [a.country for a in e.actors], [r.country for r in e.recipients])
            for e in events if e.type == "ACCUSE"] == expected


@pytest.mark.parametrize("sentence, etype, coded", [
    ("وقال أحد المقربين من ميركل طالبا عدم كشف هويته إن التحالف قد لا يصمد.", "REQUEST", False),
    ("وطالب الوزير بعدم التدخل في الشؤون الداخلية لبلاده.", "REQUEST", True),
    ("وقال شولتز إن من الملح إيجاد ردود جديدة على تحديات القرن الحادي والعشرين.", "REJECT", False),
    ("وهذه الولاية قد تكون الأكثر تحديا للمستشارة.", "REJECT", False),
    ("وتحدت كوريا الشمالية العقوبات الدولية بإطلاق صاروخ جديد.", "REJECT", True),
])
def test_an_idiom_or_a_challenge_is_no_demand_or_defiance(sentence, etype, coded):
    """«طالبا عدم كشف هويته» asks for anonymity; «تحديات» are challenges; defiance needs what it defies."""
    types = [e.type for e in marsad.analyze(_article(sentence), published="2018-03-20T10:00").events
             if sentence[:12] in e.evidence.text if hasattr(e, "evidence")]
    assert (etype in types) == coded, types


@pytest.mark.parametrize("sentence, coded", [
    ("وتسبب تساقط الثلوج في بريطانيا بتعطيل المواصلات واغلاق الشوارع والطرق.", False),
    ("وقال متحدث إن القوات المسلحة نزلت الى الشوارع للمشاركة في أعمال الانقاذ.", False),
    ("وأغلق الأهالي الطريق الدولي احتجاجا على انقطاع الكهرباء.", True),
])
def test_closing_roads_or_taking_to_the_streets_is_a_protest_only_among_protesters(sentence, coded):
    """Snow closes streets and troops go out to rescue people: no protest without protest words near."""
    types = [e.type for e in marsad.analyze(_article(sentence), published="2018-03-20T10:00").events
             if sentence[:12] in e.evidence.text]
    assert ("PROTEST" in types) == coded, types


@pytest.mark.parametrize("sentence, actor", [
    ("وتظاهر آلاف المعلمين أمام مبنى الوزارة.", "المعلمين"),
    ("واعتصم مئات الأطباء أمام مبنى الوزارة.", "الأطباء"),
])
def test_a_protest_verb_followed_by_its_crowd_borrows_no_earlier_subject(sentence, actor):
    """The article's earlier «قال مسؤولون» did not protest: the noun after the verb did."""
    (event,) = [e for e in marsad.analyze(_article(sentence), published="2018-03-20T10:00").events
                if e.type == "PROTEST" and sentence[:12] in e.evidence.text]
    assert [a.text for a in event.actors] == [actor]
