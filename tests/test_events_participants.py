"""Who took part: attacks without any participant are not coded; members and places are read right."""
from __future__ import annotations

from functools import lru_cache

import pytest

from marsad.doc import Doc, Meta
from marsad.evaluate.events import Coder
from marsad.pipeline import run


@lru_cache(maxsize=1)
def coder() -> Coder:
    """The configured pipeline, built once."""
    return Coder()


def events_of(text: str, etype: str) -> list:
    """Events of `etype` (any modality) the whole pipeline finds in one Arabic sentence."""
    c = coder()
    doc = run(Doc(id="t", text=text, meta=Meta(language="ar")), c.stages, c.cfg)
    return [e for e in doc.events if e.type == etype]


@pytest.mark.parametrize("text", [
    "فتفجير قنبلة وسط مدنيين لا يكون «ارهابا» في مكان و«مقاومة» في مكان آخر.",    # a kind of act
    "لكن هل هو حقا وراء اغتيال وقتل مئات الأُطُر (الكوادر) الحزبية والعسكرية لنظام البعث.",  # a question
])
def test_events_participants_attack_without_any_is_not_coded(text):
    assert "happened" not in [e.modality for e in events_of(text, "ASSAULT")]


def test_events_participants_attack_with_attacker_and_place_is_coded():
    events = events_of("اختطف مسلحون 15 شخصا في نقطة تفتيش وهمية وسط بغداد.", "ASSAULT")
    assert [e.modality for e in events] == ["happened"] and events[0].actors[0].text == "مسلحون"


def test_events_participants_members_of_a_named_party_are_the_actor():
    text = "تظاهر أمس عشرات من أعضاء حزب الغد المصري أمام مقر البرلمان للمطالبة بالإفراج عن زعيمهم."
    [event] = [e for e in events_of(text, "PROTEST") if e.modality == "happened"]
    assert [(a.text, a.country) for a in event.actors] == [("أعضاء حزب الغد المصري", "EGY")]


def test_events_participants_a_place_after_a_direction_is_no_subject():
    text = ("وقال قائد الشرطة ان «انتحارية ترتدي حزاما ناسفا فجرت نفسها في بلدة خان بني سعد "
            "(50 كلم شمال شرق بغداد) ما اسفر عن مقتل ثمانية اشخاص على الاقل».")
    actors = {a.text for e in events_of(text, "ASSAULT") for a in e.actors}
    assert "بغداد" not in actors and "انتحارية" in actors


def test_events_participants_relative_clause_subject_is_its_antecedent():
    text = "وقال الوزير ردا على المسؤولين المحليين الذين طلبوا منه تسريع رصد الأموال إنه يفهم الإحباط."
    [event] = events_of(text, "REQUEST")
    assert [a.text for a in event.actors] == ["المسؤولين المحليين"]


def test_events_participants_pronoun_on_relative_verb_keeps_antecedent_out():
    text = "وباتت القوات التركية على مشارف المدينة التي تحاصرها منذ أسابيع."
    actors = [a.text for e in events_of(text, "COERCE") for a in e.actors]
    assert "المدينة" not in actors


def test_events_participants_short_name_stands_for_the_full_one():
    text = ("وشنت مقاتلات التحالف العربي غارات على مواقع الحوثيين في صعدة.\n\n"
            "كما دمرت مقاتلات التحالف مخزن سلاح للمتمردين في جبهة ميدي.")
    events = [e for e in events_of(text, "ASSAULT") if "دمرت" in e.trigger.text]
    assert [(a.text, a.country) for a in events[0].actors] == [("مقاتلات التحالف", "SAU")]
    assert events[0].modality == "happened"


def test_events_participants_noun_after_preposition_is_no_demand():
    text = "ألقت الشرطة الأميركية اليوم السبت القبض على طالب قتل والديه بالرصاص داخل المدينة الجامعية."
    assert events_of(text, "REQUEST") == []
    [killing] = events_of(text, "ASSAULT")
    assert [a.text for a in killing.actors] == ["طالب"] and killing.modality == "happened"


def test_events_participants_between_two_named_sides():
    [event] = events_of("ودارت مواجهات بين الجيش اليمني والحوثيين في جبهة مقبنة.", "ASSAULT")
    assert [a.text for a in event.actors] == ["الجيش اليمني", "الحوثيين"]


def test_events_participants_dual_stands_for_the_two_sides_named_before():
    text = ("التقى وزير الداخلية الفرنسي جيرار كولومب نظيره الجزائري نور الدين بدوي في الجزائر العاصمة.\n\n"
            "كما تحادث الوزيران بخصوص ملف الهجرة غير الشرعية.\n\nوقال كولومب إن الزيارة كانت ناجحة.")
    talk = next(e for e in events_of(text, "CONSULT") if "تحادث" in e.trigger.text)
    assert {a.country for a in talk.actors} == {"FRA", "DZA"}


def test_events_participants_first_person_in_a_direct_quote_is_its_speaker():
    text = ("وصل الرئيس السوداني عمر البشير إلى القاهرة أمس.\n\n"
            "وقال البشير: \"بحثت مع فخامة الرئيس السيسي تحسين العلاقة بين البلدين\".\n\n"
            "وأضاف أن الزيارة ناجحة.")
    [talk] = events_of(text, "CONSULT")
    assert [(a.text, a.country) for a in talk.actors] == [("البشير", "SDN")]


@pytest.mark.parametrize("text,etype,country", [
    ("ندد المتحدث باسم وزارة الخارجية الإيرانية بالقرار.", "ACCUSE", "IRN"),            # «باسم» runs on
    ("أعلنت رئيسة الوزراء البريطانية تيريزا ماي اليوم أنها ستطرد 23 دبلوماسيا روسيا.", "SANCTION", "GBR"),
    ("وقال نائب الرئيس الأمريكي إن بلاده ستفرض عقوبات على تسعة إيرانيين.", "SANCTION", "USA"),
])
def test_events_participants_spokesman_pronoun_and_his_country(text, etype, country):
    """The body a spokesman speaks for, «أنها» and «بلاده» name the actor's country."""
    [event] = events_of(text, etype)
    assert [a.country for a in event.actors] == [country]


def test_events_participants_a_body_under_a_pronoun_is_the_speakers():
    """«قالت الوزيرة الفرنسية إن حكومتها قررت طرد …»: «حكومتها» is the French government."""
    [event] = events_of("وقالت الوزيرة الفرنسية إن حكومتها قررت طرد دبلوماسي روسي.", "SANCTION")
    assert [a.country for a in event.actors] == ["FRA"]


def test_events_participants_one_mention_is_never_both_sides():
    """«واستضاف الأردن جولة محادثات»: the host is the recipient, not also the actor."""
    [event] = events_of("واستضاف الأردن جولة محادثات بين الجانبين أمس.", "CONSULT")
    assert [a.country for a in event.recipients] == ["JOR"]
    assert "JOR" not in [a.country for a in event.actors]


def test_events_participants_a_dateline_outlet_is_no_subject():
    text = ("القاهرة، مصر (CNN)-- رحبت الكنيسة القبطية بزيارة ولي العهد السعودي للكاتدرائية. "
            "وقال المتحدث إن الزيارة تاريخية. وأضاف أن العلاقات متينة.")
    welcomes = events_of(text, "SUPPORT")
    assert welcomes and all(a.text != "CNN" for e in welcomes for a in e.actors)


@pytest.mark.parametrize("text,etype,actor,country", [
    # the body a member belongs to, after «بـ» or «في»
    ("طالب 6 أعضاء بمجلس النواب الأمريكي مدير مكتب التحقيقات الفيدرالي بالكشف عن الوثائق.",
     "REQUEST", "أعضاء بمجلس النواب الأمريكي", "USA"),
    # a delegation «من» an organisation; «وفدا» is one word
    ("استقبل الرئيس وفدا من حركة حماس.", "CONSULT", "حركة حماس", "PSE"),
    # a role and the same person's name are one participant
    ("وزار ولي العهد السعودي محمد بن سلمان الكاتدرائية.", "CONSULT", "محمد بن سلمان", "SAU"),
])
def test_events_participants_who_a_noun_phrase_names(text, etype, actor, country):
    events = events_of(text, etype)
    assert [([a.text for a in e.actors], {a.country for a in e.actors}) for e in events] == [([actor], {country})]


def test_events_participants_a_definite_meeting_takes_no_genitive():
    text = ("كشف مصدر عن لقاء بين مسؤولين سوريين وآخرين إسرائيليين في باريس. "
            "شارك في الاجتماع وفد سوري يضم ممثلين عن وزارة الخارجية.")
    meetings = events_of(text, "CONSULT")
    assert [{a.country for a in e.actors} for e in meetings] == [{"SYR", "ISR"}]


@pytest.mark.parametrize("text,etype,actors,recipients", [
    # a feminine noun after a masculine head is the object, no adjective of it
    ("وزار الوزير المدينة أمس.", "CONSULT", ["الوزير"], []),
    # «، و» before a verb opens a clause with its own subject after the verb
    ("وقال المتحدث إن الوفد غادر، وهاجمت القوات الإسرائيلية المدينة.", "ASSAULT", ["القوات الإسرائيلية"], []),
])
def test_events_participants_phrase_edges(text, etype, actors, recipients):
    events = events_of(text, etype)
    assert [([a.text for a in e.actors], [r.text for r in e.recipients]) for e in events] == [(actors, recipients)]


@pytest.mark.parametrize("text, victims", [
    ("وأمس قتل سائقا شاحنات في هجوم بقنابل يدوية وبنادق بالقرب من بيشاور.", "سائقا"),
    ("وقتل ثلاثة مزارعين في قصف مدفعي على قرية حدودية.", "مزارعين"),
])
def test_events_participants_civilians_named_by_their_trade_are_victims(text, victims):
    events = [e for e in events_of(text, "ASSAULT") if e.modality == "happened"]
    assert events and victims in [a.text for e in events for a in e.actors + e.recipients]


def test_events_participants_a_speech_verb_without_subject_goes_on_with_the_last_one():
    text = ("استدعت وزارة الخارجية الباكستانية السفير الهندي أمس.\n\n"
            "ودعت إلى ضرورة وقف الانتهاكات على خط المراقبة.")
    [demand] = [e for e in events_of(text, "REQUEST") if "دعت" in e.trigger.text]
    assert [a.country for a in demand.actors] == ["PAK"]


def test_events_participants_a_speech_verb_with_an_unread_subject_borrows_none():
    text = ("استدعت وزارة الخارجية الباكستانية السفير الهندي أمس.\n\n"
            "ووصفت السلطات الموضوع بأنه أكبر عملية قرصنة.")
    [label] = [e for e in events_of(text, "ACCUSE") if "وصفت" in e.trigger.text]
    assert [a.text for a in label.actors] == ["السلطات"]   # the authorities, not the ministry


def test_events_participants_powers_are_no_authorities():
    [emergency] = events_of("تم منح الشرطة سلطات استثنائية خلال حالة الطوارئ.", "COERCE")
    assert [a.text for a in emergency.actors] == ["الشرطة"]


def test_events_participants_the_bare_head_of_a_named_body_is_that_body():
    text = ("أصدرت هيئة تفتيش السجون البريطانية تقريرا الثلاثاء.\n\n"
            "وانتقدت الهيئة ظروف احتجاز المهاجرين في المركز.")
    [criticism] = [e for e in events_of(text, "ACCUSE") if "انتقدت" in e.trigger.text]
    assert [(a.text, a.country) for a in criticism.actors] == [("الهيئة", "GBR")]


def test_events_participants_a_verb_opening_its_clause_is_no_participant_noun():
    text = "طالب بعض الإعلاميين بمعاقبة بعض لاعبي المنتخب، واتهم الإعلاميون مجالس الاتحاد بالضعف."
    [charge] = events_of(text, "ACCUSE")
    assert [a.text for a in charge.actors] == ["الإعلاميون"]   # not «طالب», a student


def test_events_participants_those_hit_by_strikes_do_not_wage_them():
    text = "وقال التحالف إنه أنهى تقييم 84 تقريرا بوقوع ضحايا من المدنيين جراء غارات التحالف."
    assert all(not e.actors for e in events_of(text, "ASSAULT"))
    [raids] = events_of("قتل خمسة مدنيين جراء غارات شنتها طائرات روسية على إدلب.", "ASSAULT")
    assert [a.country for a in raids.actors] == ["RUS"]


def test_events_participants_the_light_verb_the_tokenizer_leaves_whole_names_the_attacker():
    text = "وقتل قيادي بارز بهجوم شنه تنظيم داعش على مواقعهم في ريف دير الزور."
    [attack] = events_of(text, "ASSAULT")
    assert [a.text for a in attack.actors] == ["تنظيم داعش"]


@pytest.mark.parametrize("text, actor", [
    ("إذ هاجم ترامب وزارة الخارجية تحت قيادة تيلرسون.", "ترامب"),
    ("وهاجم الرئيس الفرنسي وسائل الإعلام في خطابه.", "الرئيس الفرنسي"),
])
def test_events_participants_an_attack_by_unarmed_people_is_in_words(text, actor):
    assert events_of(text, "ASSAULT") == []
    [criticism] = events_of(text, "ACCUSE")
    assert criticism.mode == "disapprove" and [a.text for a in criticism.actors] == [actor]


@pytest.mark.parametrize("text", [
    "هاجمت إسرائيل مواقع في قطاع غزة فجر اليوم.",
    "هاجم الجيش السوري مواقع المعارضة في ريف إدلب.",
    "وقد تعرض نافالني لهجمات من الموالين للحكومة كادت تكلفه بصره.",
])
def test_events_participants_attacks_by_states_armies_or_on_people_stay_attacks(text):
    assert events_of(text, "ASSAULT") and not events_of(text, "ACCUSE")


def test_events_participants_the_wounded_subject_did_not_wage_the_attack():
    [stabbing] = events_of("أصيب مستوطن بجروح في عملية طعن قرب الخليل.", "ASSAULT")
    assert stabbing.actors == () and [r.text for r in stabbing.recipients] == ["مستوطن"]


def test_events_participants_a_young_man_is_a_participant():
    [stabbing] = events_of("وطعن شاب فلسطيني جنديا إسرائيليا في القدس.", "ASSAULT")
    assert [(a.text, a.country) for a in stabbing.actors] == [("شاب فلسطيني", "PSE")]


@pytest.mark.parametrize("text, etype", [
    ("مشددا على أن أية مخالفة لتلك القواعد سيترتب عليها توقيع الجزاء القانوني بصورة حاسمة.", "SUPPORT"),
    ("ولا تزال العائلة تدرس كيفية تقديم طعن لدى مجلس شورى الدولة.", "ASSAULT"),
])
def test_events_participants_signing_a_penalty_or_an_appeal_at_law_is_no_event(text, etype):
    assert events_of(text, etype) == []


def test_events_participants_signing_an_agreement_still_is():
    assert events_of("وجرى توقيع الاتفاق في القاهرة بحضور الوزيرين.", "SUPPORT")


def test_events_participants_a_relative_with_no_pronoun_back_has_its_antecedent_as_subject():
    [charge] = events_of("بعد تصريحات دونالد ترامب التي اتهمت قطر بتمويل الإرهاب.", "ACCUSE")
    assert [a.country for a in charge.actors] == ["USA"] and [r.country for r in charge.recipients] == ["QAT"]


def test_events_participants_a_relative_with_a_pronoun_back_keeps_the_subject_after_the_verb():
    text = "وزار الوفد مدينة دوما التي قصف فيها الطيران الروسي مستشفى أمس."
    [shelling] = events_of(text, "ASSAULT")
    assert [a.country for a in shelling.actors] == ["RUS"]
    [shelling] = events_of("وزار الوزير مدينة دوما التي قصفتها الطائرات الروسية أمس.", "ASSAULT")
    assert [a.country for a in shelling.actors] == ["RUS"]


def test_events_participants_a_weekday_or_a_feminine_nisba_is_no_part_of_a_participant():
    [arrest] = events_of("تجدد التوتر في جرادة بعد توقيف أربعة ناشطين السبت والأحد.", "COERCE")
    assert [r.text for r in arrest.recipients] == ["ناشطين"]
    [cut] = events_of("فإلى جانب قطع العلاقات الدبلوماسية السعودية أغلقت حدودها مع قطر.", "SANCTION")
    assert not any("الدبلوماسية" in a.text for a in cut.actors)


def test_a_nisba_describing_a_press_conference_names_no_journalist():
    text = "وأضاف لافروف في مؤتمر صحفي أنه تقرر طرد 60 دبلوماسيا أميركيا."
    assert [[a.text for a in e.actors] for e in events_of(text, "SANCTION")] == [["لافروف"]]


def test_a_genitive_after_a_listed_noun_still_names_a_participant():
    text = "وأعلن الجيش الأمريكي عن تعزيز تدريب الميليشيات الكردية في شمال سوريا."
    assert "الميليشيات الكردية" in [a.text for e in events_of(text, "COOPERATE") for a in e.recipients + e.actors]


def test_two_demonyms_after_a_dual_name_both_parties():
    text = "وأكد المتحدث أن المحادثات بين الوفدين الروسي والتركي ستعقد في أنقرة."
    (meeting,) = events_of(text, "CONSULT")
    assert {a.country for a in meeting.actors} == {"RUS", "TUR"} and meeting.modality == "planned"


def test_those_who_suffered_losses_did_not_wage_the_raids():
    text = ("تكبدت ميليشيات الحوثي الانقلابية خسائر بشرية كبيرة خلال الـ24 ساعة الماضية من غارات "
            "التحالف العربي في جبهات الساحل الغربي.")
    (raids,) = events_of(text, "ASSAULT")
    assert [a.text for a in raids.actors] == ["التحالف العربي"]


@pytest.mark.parametrize("text,actor", [
    ("وتتواصل هجمات الحوثيين على السعودية منذ أسابيع.", "الحوثيين"),
    ("وأدانت مصر هجمات إسرائيل على غزة.", "إسرائيل"),
])
def test_the_genitive_of_an_attack_noun_wages_it(text, actor):
    assert [[a.text for a in e.actors] for e in events_of(text, "ASSAULT")] == [[actor]]


@pytest.mark.parametrize("text,etype", [
    ("وأدان الوزير اغتيال الحريري.", "ASSAULT"),                      # who condemns it
    ("كما ندد حلف الأطلسي الأربعاء بتسميم الجاسوس السابق.", "ASSAULT"),
    ("وكشف جلوشكوف أيضا بأنه تم احتجازه كرهينة بأوامر من إدارة بوتين.", "COERCE"),   # the pronoun suffered it
    ("وقال الوزير إن اعتقاله جاء بعد تحقيقات استمرت شهرا.", "COERCE"),
])
def test_who_condemns_or_suffered_an_act_did_not_do_it(text, etype):
    (act,) = events_of(text, etype)
    assert not act.actors


def test_the_accused_after_the_accuser_did_the_act():
    text = "واتهمت مصر إسرائيل بقتل مدنيين في غزة."
    assert [a.country for e in events_of(text, "ASSAULT") for a in e.actors] == ["ISR"]


def test_a_named_target_after_lam_makes_the_genitive_the_agent():
    text = "وندد البيت الأبيض بقصف النظام السوري للغوطة."
    assert [[a.text for a in e.actors] for e in events_of(text, "ASSAULT")] == [["النظام السوري"]]


def test_the_lam_of_an_affiliation_names_no_target():
    text = "وباتت قوات الشرعية تسيطر على الأراضي اليمنية بعد طرد الميليشيات التابعة لإيران منها."
    assert [[a.text for a in e.recipients] for e in events_of(text, "COERCE")] == [["الميليشيات التابعة"]]


def test_the_doer_of_a_condemned_act_is_the_one_condemned():
    text = "وأدانت مصر هجمات إسرائيل على غزة."
    assert [[a.country for a in e.recipients] for e in events_of(text, "ACCUSE")] == [["ISR"]]


@pytest.mark.parametrize("text,etype,actor", [
    # the subject still does what it ordered done to them
    ("وأمرت النيابة التركية باعتقالهما.", "COERCE", ("النيابة التركية", "TUR")),
    # a court is of the place it sits in, protesters of the place they protest in
    ("وأضافت وكالة أنباء الأناضول أن محكمة في أدرنة شمال غرب تركيا أمرت باعتقالهما عقب استجوابهما.", "COERCE",
     ("محكمة في أدرنة", "TUR")),
    ("قام متظاهرون في ضواحي نابولي بالاحتجاج على اجراءات المفوض.", "PROTEST", ("متظاهرون في ضواحي نابولي", "ITA")),
])
def test_the_one_actor_and_its_country(text, etype, actor):
    (act,) = events_of(text, etype)
    assert [(a.text, a.country) for a in act.actors] == [actor]


@pytest.mark.parametrize("text,target", [
    ("وأكد أن القصف استهدف المدنيين في الغوطة.", "المدنيين"),
    ("وقال التنظيم إن هجومه استهدف الجنود.", "الجنود"),
])
def test_a_verb_after_an_act_noun_has_the_act_as_subject(text, target):
    (act,) = events_of(text, "ASSAULT")
    assert [a.text for a in act.recipients] == [target] and not act.actors


def test_bombers_before_their_verb_still_wage_it():
    text = "واضاف ان «الانتحاريين فجرا نفسيهما قرب القوة المداهمة لاحد المنازل»."
    assert [[a.text for a in e.actors] for e in events_of(text, "ASSAULT")] == [["الانتحاريين"]]


def test_a_quote_parts_its_speaker_from_the_quoted_verb():
    text = 'وكشف مصدر من وحدات حماية المرأة الكردية "رفض القادة في البداية طلب كامبل، لكنها كانت مصرة".'
    (refusal,) = events_of(text, "REJECT")
    assert [a.text for a in refusal.actors] == ["القادة"] and not refusal.recipients


def test_a_partial_quote_inside_that_clause_keeps_its_subject():
    (attack,) = events_of("وقال الوزير إن روسيا «قصفت المدينة».", "ASSAULT")
    assert [a.country for a in attack.actors] == ["RUS"]


@pytest.mark.parametrize("text,etype", [
    ("لكن هناك حاجة لضمان التمثيل العادل من خلال مقاضاة الجرائم.", "REQUEST"),
    ("ويورد التقرير أن الفريق يتوقع الانتهاء قريبا من اتفاق مع لجنة التحقيق.", "AGREE"),
])
def test_a_need_and_a_team_are_no_titled_participants(text, etype):
    (event,) = events_of(text, etype)
    assert not event.actors


def test_an_accusative_after_the_subject_is_the_object():
    (attack,) = events_of("وطعنت فتاة جنديا إسرائيليا في القدس.", "ASSAULT")
    assert [a.text for a in attack.actors] == ["فتاة"]
    assert [(a.text, a.country) for a in attack.recipients] == [("جنديا إسرائيليا", "ISR")]


def test_a_legal_challenge_is_no_stabbing():
    assert events_of("بقرار أصدرته محكمة مصرية طعنت في شرعية اتفاقية تيران وصنافير.", "ASSAULT") == []


def test_a_masculine_plural_is_no_subject_of_a_feminine_verb_after_it():
    text = "كما أعلنت كندا طرد 4 دبلوماسيين اتهمتهم بتهديد أمنها القومي."
    (accusation,) = events_of(text, "ACCUSE")
    assert [a.country for a in accusation.actors] == ["CAN"]


def test_expelling_an_attache_or_two_diplomats_is_a_sanction():
    text = "بينما طردت إستونيا الملحق العسكري الروسي، وطردت هولندا اثنين من الدبلوماسيين."
    assert [a.country for e in events_of(text, "SANCTION") for a in e.actors] == ["EST", "NLD"]


def test_first_person_condemners_did_not_attack():
    text = ('وجاء في البيان المشترك "نحن، رؤساء دول وحكومات فرنسا وألمانيا والولايات المتحدة وبريطانيا '
            'ندين الهجوم على سيرغي ويوليا سكريبال".')
    (attack,) = events_of(text, "ASSAULT")
    assert not attack.actors


def test_who_receives_a_sentence_is_its_recipient():
    (sentence,) = events_of("وتلقى أحمد حسن، الجمعة، حكما بالسجن مدى الحياة.", "SANCTION")
    assert not sentence.actors and [a.text for a in sentence.recipients] == ["أحمد حسن"]


def test_who_receives_a_call_still_takes_part():
    (call,) = events_of("وتلقى الرئيس اتصالا هاتفيا من نظيره الفرنسي.", "CONSULT")
    assert [a.text for a in call.actors] == ["الرئيس"]


def test_jurors_are_participants():
    (verdict,) = events_of("ودان محلفون الأسبوع الماضي حسن بتهمة الشروع في القتل.", "ACCUSE")
    assert [a.text for a in verdict.actors] == ["محلفون"]


def test_a_verb_whose_lemma_is_a_noun_of_people_is_no_participant():
    text = "وخرج متظاهرون فلسطينيون إلى شوارع رام الله في مظاهرات تطالب السلطة بوقف المفاوضات."
    assert "تطالب السلطة" not in [a.text for e in events_of(text, "PROTEST") for a in e.actors]


def test_a_noun_event_after_an_act_verb_takes_its_subject_not_its_object():
    text = "وفي بغداد أحرق متظاهرون أعلام اسرائيل وأطلقوا نيران البنادق في الهواء في احتجاجات عمت العراق امس."
    (protest,) = events_of(text, "PROTEST")
    assert [a.text for a in protest.actors] == ["متظاهرون"]


def test_a_verb_after_where_goes_on_with_the_subject_and_meets_his_counterpart():
    (meeting,) = events_of("ووصل الرئيس الإيراني إلى بغداد حيث التقى نظيره العراقي.", "CONSULT")
    assert [a.country for a in meeting.actors] == ["IRN"] and [a.country for a in meeting.recipients] == ["IRQ"]


def test_sanctions_that_target_people_are_no_attack():
    assert events_of("وقال مسؤولون بارزون إن العقوبات تستهدف 19 فردا و5 كيانات.", "ASSAULT") == []


def test_a_critic_did_not_launch_the_operation_he_criticised():
    text = "انتقد زعيم كردي سوري بارز لإعطائها الضوء الاخضر لتركيا لشن عملية عسكرية في منطقة عفرين."
    assert not [a for e in events_of(text, "ASSAULT") for a in e.actors if a.text == "زعيم كردي"]


def test_a_feminine_verb_takes_no_masculine_subject_and_its_conjunct_goes_on():
    text = ("اقتحمت قوة إسرائيلية عصر الأربعاء حرم جامعة بيرزيت، واختطفت رئيس مجلس الطلبة فيها، "
            "وأطلقت النار في الهواء.")
    attacks = events_of(text, "ASSAULT")
    assert [[a.text for a in e.actors] for e in attacks] == [["قوة إسرائيلية"], ["قوة إسرائيلية"]]
    assert [a.text for a in attacks[0].recipients] == ["رئيس مجلس الطلبة"]


def test_events_participants_an_outlet_reports_an_act_it_does_not_do():
    text = ('وجاء في مذكرة رفعت عنها السرية في فبراير وحصلت عليها رويترز الخميس "كانت نية لويس '
            'في الأصل اغتيال الملكة غير أنه لم يحظ بموقع ملائم لإطلاق النار منه".')
    acts = [e for e in events_of(text, "ASSAULT") if e.trigger.text == "اغتيال"]
    assert acts and not [a.text for e in acts for a in e.actors if "رويترز" in a.text]


def test_events_participants_an_outlet_may_speak_for_itself():
    events = events_of("وطالبت وكالة الأنباء الفرنسية السلطات بالإفراج عن مراسلها.", "REQUEST")
    assert events and events[0].actors[0].text == "وكالة الأنباء الفرنسية"


def test_events_participants_a_demand_voiced_in_a_quote_is_the_speakers():
    from marsad.api import analyze
    doc = analyze("الجعفري يستقبل نائب وزير الخارجية التركي\n\n"
                  "استقبل وزير الخارجية العراقي إبراهيم الجعفري في بغداد نائب وزير الخارجية التركي.\n\n"
                  'وتابع الوزير العراقي: "نرفض رفضا قاطعا خرق القوات التركية للحدود العراقية، ونجدد '
                  'تأكيدنا على ضرورة انسحاب القوات التركية من بعشيقة".\n')
    demand = next(e for e in doc.events if e.type == "REQUEST" and e.trigger.text == "انسحاب")
    assert [(a.text, a.country) for a in demand.actors] == [("الوزير العراقي", "IRQ")]
    assert [a.country for a in demand.recipients] == ["TUR"]


def test_events_participants_the_noun_after_a_possessed_meeting_is_met():
    events = events_of("وقال الجعفري أثناء لقائه نائب وزير الخارجية التركي في بغداد إن بلاده ترفض ذلك.",
                       "CONSULT")
    assert events and [(a.text, a.country) for a in events[0].recipients] == \
        [("نائب وزير الخارجية التركي", "TUR")]
    assert "نائب" not in " ".join(a.text for a in events[0].actors)


@pytest.mark.parametrize("text, etype, actor", [
    ("وقالت الوزارة إنه هجوم للحوثيين على مطار أبها.", "ASSAULT", "للحوثيين"),
    ("فيما رفعت الشرطة البريطانية حالة التأهب والطوارئ إلى الدرجة الصفراء.", "MOBILIZE", "الشرطة البريطانية"),
])
def test_events_participants_who_wages_or_raises_it(text, etype, actor):
    events = events_of(text, etype)
    assert events and [a.text for a in events[0].actors] == [actor], [(e.type, e.actors) for e in events]


def test_events_participants_a_place_named_as_such_is_no_actor():
    text = ("اعترضت الدفاعات الجوية صاروخا فوق العاصمة الرياض، في ما يبدو أنه رد على بدء هجمات "
            "التحالف على اليمن.")
    assert not [a for e in events_of(text, "ASSAULT") for a in e.actors if a.text == "الرياض"]


def test_events_participants_a_visit_to_a_country_is_not_its_doing():
    events = events_of("وقال الوزير خلال زيارة لإستونيا إن الحلف سيبقى متيقظا.", "CONSULT")
    assert not [a for e in events for a in e.actors if "إستونيا" in a.text]


@pytest.mark.parametrize("text, actors, recipients", [
    ("واتهمت الحكومة المعارضة بالخيانة.", ["الحكومة"], ["المعارضة"]),
    ("ووصف حزب العمال الكردستاني بأنه منظمة إرهابية شديدة الخطورة.", [], ["حزب العمال الكردستاني"]),
    ("وكان قد اتهمه بوتين بالخيانة العظمى.", ["بوتين"], []),
])
def test_events_participants_who_accuses_whom(text, actors, recipients):
    """Two definite nouns after the verb are two sides; the lone noun before the «بـ» charge is the
    accused; an object pronoun on the verb leaves the noun after it the accuser."""
    (event,) = [e for e in events_of(text, "ACCUSE") if e.trigger.text.startswith(("اتهم", "وصف"))]
    assert [a.text for a in event.actors][:len(actors)] == actors
    assert all(r in [a.text for a in event.recipients] for r in recipients), event.recipients
    assert not set(recipients) & {a.text for a in event.actors}


def test_events_participants_an_outlet_named_after_its_head_noun_acts():
    events = events_of("واعتذرت قناة الجزيرة عن بث الصور.", "CONCEDE")
    assert events and [(a.text, a.country) for a in events[0].actors] == [("الجزيرة", "QAT")]


def test_events_participants_the_one_said_to_be_ready_is_ready():
    text = "ورد الوزير على سؤال بشأن تصريح لنظيره الإيراني، قال فيه إن إيران مستعدة للدفاع عن جيرانها."
    (event,) = events_of(text, "AGREE")
    assert [(a.text, a.country) for a in event.actors] == [("إيران", "IRN")]
