"""Rules that hold across event types: decisions, orders, aims, possibilities, visits during speech."""
from __future__ import annotations

import pytest

import marsad

PUBLISHED = "2018-03-26T10:00"


def coded(text: str) -> list[tuple[str, str]]:
    """(type, modality) of every event of one text."""
    return [(e.type, e.modality) for e in marsad.analyze(text, published=PUBLISHED).events]


@pytest.mark.parametrize("text", [
    "قررت الحكومة الأسترالية طرد دبلوماسيين روسيين اثنين.",
    "قرر الاتحاد الأوروبي تجميد أصول المسؤولين الروس.",
])
def test_deciding_a_sanction_is_the_sanction(text):
    assert ("SANCTION", "happened") in coded(text)


def test_deciding_a_visit_is_still_a_plan():
    assert ("CONSULT", "planned") in coded("قرر الرئيس المصري زيارة الخرطوم الشهر المقبل.")


@pytest.mark.parametrize("text,expected", [
    ("قال الوزير إنه يريد لقاء الرئيس السوري قريبا.", ("CONSULT", "hypothetical")),
    ("وأكد المتحدث باسم الخارجية أن عقوبات جديدة ليست مستبعدة.", ("SANCTION", "hypothetical")),
    ("لم يستبعد الجيش الإسرائيلي شن هجوم بري على القطاع.", ("ASSAULT", "hypothetical")),
    ("تسعى القاهرة إلى عقد قمة ثلاثية مع الخرطوم وأديس أبابا.", ("CONSULT", "planned")),
])
def test_wishes_efforts_and_what_is_not_ruled_out_are_not_reports(text, expected):
    assert expected in coded(text)


def test_a_visit_during_which_someone_spoke_is_that_speakers_visit():
    text = "واعتبر وزير الخارجية الإيطالي خلال زيارة للعاصمة التونسية أن التعاون بين البلدين ضروري."
    visits = [e for e in marsad.analyze(text, published=PUBLISHED).events if e.type == "CONSULT"]
    assert [sorted(a.country for a in e.actors if a.country) for e in visits] == [["ITA"]]


@pytest.mark.parametrize("text,expected", [
    ("وفي حال تم توقيع اتفاق نهائي فإن الشركة ستربح مليارات الدولارات.", ("AGREE", "hypothetical")),
    ("فمن المقرر أن يلتقي وزير الخارجية الأردني نظيره المصري.", ("CONSULT", "planned")),
])
def test_a_cue_of_several_words_after_and_or_so_still_governs(text, expected):
    assert expected in coded(text)


def test_a_wish_to_cooperate_is_no_cooperation():
    assert ("COOPERATE", "happened") not in coded("تود الشرطة البريطانية تعاون السكان في التحقيق.")


@pytest.mark.parametrize("text", [
    "أقر البرلمان الأردني قانون مكافحة الإرهاب بعد نقاش طويل.",
    "أقام الجيش نقطة تفتيش جديدة على مدخل البلدة.",
    "كانت الجماعة تستخدم المبنى كمركز تدريب لعناصرها.",
    "عاد السكان إلى القرى الواقعة تحت سيطرة الجيش منذ الصيف.",
])
def test_a_verbal_noun_inside_the_name_of_a_thing_is_no_event(text):
    assert [t for t, _ in coded(text) if t in ("ASSAULT", "COOPERATE", "COERCE", "PROTEST")] == []


def test_a_visit_defined_by_its_relative_clause_is_reported():
    text = "قال الرئيس التونسي في كلمة ألقاها خلال الزيارة التي يقوم بها إلى الجزائر إن البلدين شريكان."
    visits = [e for e in marsad.analyze(text, published=PUBLISHED).events if e.type == "CONSULT"]
    assert [sorted(a.country for a in e.actors if a.country) for e in visits] == [["TUN"]]


@pytest.mark.parametrize("text,expected", [
    ("خرجت مسيرات في عمان والزرقاء تضامنا مع الأسرى الفلسطينيين.", ["PROTEST"]),
    ("أسقطت الدفاعات الجوية السعودية طائرة مسيرة أطلقها الحوثيون.", []),
    ("أشاد المدرب بمسيرة المنتخب في التصفيات.", []),
])
def test_a_march_is_a_protest_only_when_it_sets_out_or_carries_a_cause(text, expected):
    assert [t for t, _ in coded(text) if t == "PROTEST"] == expected


@pytest.mark.parametrize("text,expected", [
    ("وسيشارك وزير الخارجية المغربي في اجتماع لوزراء الخارجية العرب.", ("CONSULT", "planned")),
    ("وقالت الحكومة الكندية إنها ستقوم بطرد أربعة دبلوماسيين روس.", ("SANCTION", "planned")),
])
def test_a_noun_governed_by_a_future_verb_is_planned(text, expected):
    assert expected in coded(text)


def test_fighting_that_went_on_is_reported():
    text = "وفي محافظة مأرب تواصلت المعارك بين القوات الحكومية والمتمردين الحوثيين."
    assert ("ASSAULT", "happened") in coded(text)


def test_a_denial_is_a_rejection_and_the_act_denied_stays_denied():
    found = coded("ونفت الخارجية الإيرانية قصف قوات الحرس الثوري مواقع في العراق.")
    assert ("REJECT", "happened") in found
    assert ("ASSAULT", "happened") not in found


@pytest.mark.parametrize("text,expected", [
    ("تواصل تركيا استقبال اللاجئين السوريين على حدودها الجنوبية.", []),
    ("استقبل الرئيس المصري نظيره السوداني في القاهرة أمس.", ["CONSULT"]),
])
def test_receiving_refugees_or_supplies_is_no_meeting(text, expected):
    assert [t for t, _ in coded(text) if t == "CONSULT"] == expected


@pytest.mark.parametrize("text,expected", [
    ("ولم تسفر المفاوضات بين الحكومة السورية والمعارضة عن نتيجة.", False),
    ("لم تقع الاشتباكات بين الجيش والمتظاهرين في العاصمة أمس.", True),
    ("لم يجر الاجتماع بين وزيري الخارجية الروسي والأمريكي في موعده.", True),
])
def test_negating_what_an_event_did_is_not_negating_the_event(text, expected):
    assert any(m == "negated" for _, m in coded(text)) is expected


def test_a_counterpart_with_a_demonym_is_a_participant():
    events = marsad.analyze("التقى وزير الخارجية الأردني نظيره العراقي في عمان أمس.", published=PUBLISHED).events
    assert [[a.country for a in e.recipients] for e in events if e.type == "CONSULT"] == [["IRQ"]]


@pytest.mark.parametrize("text,host", [
    ("وأجرى الرئيس الفرنسي زيارة إلى النيجر السبت الماضي.", "NER"),
    ("قال وزير الخارجية التركي خلال زيارته للعراق إن التعاون مستمر.", "IRQ"),
])
def test_the_place_a_visit_goes_to_is_its_host_not_its_actor(text, host):
    visits = [e for e in marsad.analyze(text, published=PUBLISHED).events if e.type == "CONSULT"]
    assert [[a.country for a in e.recipients] for e in visits] == [[host]]
    assert all(host not in [a.country for a in e.actors] for e in visits)


def test_a_meeting_in_a_purpose_clause_is_an_aim():
    found = coded("وصل المبعوث الأممي إلى دمشق كي يجتمع مع المسؤولين السوريين.")
    assert ("CONSULT", "hypothetical") in found and ("CONSULT", "happened") not in found


@pytest.mark.parametrize("text,expected", [
    ("وقال محافظ الموصل إن المدينة بحاجة إلى مساعدات عاجلة من الحكومة.", True),
    ("وقال الوزير إن العراق ليس بحاجة إلى مساعدات من الخارج.", False),
])
def test_a_need_stated_is_an_appeal_and_a_need_denied_is_none(text, expected):
    assert (("REQUEST", "demanded") in coded(text)) is expected


def test_a_cue_with_an_object_pronoun_still_governs():
    text = "وأكد الرئيس التركي الجمعة أن قواته يمكنها اقتحام المدينة في أي وقت."
    assert ("COERCE", "hypothetical") in coded(text)
    assert ("COERCE", "happened") not in coded(text)


def test_a_cue_does_not_reach_into_the_next_statement():
    text = ("وأكد أنه يمكن أن تقود مصر الحوار بين الجانبين، لافتا إلى أن البابا تواضروس رحب بالوفد "
            "السعودي في القاهرة.")
    assert ("SUPPORT", "happened") in coded(text)


def test_a_date_coinciding_with_an_anniversary_agrees_to_nothing():
    text = "وكان قد تم تغيير تاريخ الانتخابات إلى 18 مارس ليوافق الذكرى الرابعة لضم القرم."
    assert "AGREE" not in [t for t, _ in coded(text)]
    assert ("AGREE", "happened") in coded("ووافق البرلمان الروسي على الاتفاق أمس.")


def test_still_negates_nothing():
    assert ("PROTEST", "happened") in coded("ولا يزال السكان يتظاهرون حتى اليوم للتنديد بإغلاق المناجم.")
    assert ("PROTEST", "negated") in coded("لا يتظاهر السكان منذ أسابيع خوفا من الاعتقال.")


@pytest.mark.parametrize("text", [
    "قتل 4 أشخاص، الخميس، في انهيار جسر للمشاة عند جامعة فلوريدا الدولية.",
    "قتل ما لا يقل عن 64 شخصاً، الإثنين، في حريق في مركز تسوق بمنطقة سيبيريا في روسيا.",
    "لقي عشرة أشخاص مصرعهم جراء حادث سير على الطريق الدولي.",
    "تحطمت طائرة هليكوبتر وسقطت في نهر الشرق بمدينة نيويورك، الأحد، مما أسفر عن مقتل ركابها الخمسة.",
])
def test_deaths_in_an_accident_are_no_attack(text):
    assert not [t for t, _ in coded(text) if t == "ASSAULT"]


def test_deaths_in_a_bombing_still_are():
    assert ("ASSAULT", "happened") in coded("قتل ثلاثة أشخاص في انفجار سيارة مفخخة وسط بغداد.")


def test_a_call_reaches_what_it_calls_for_past_a_long_subject():
    text = "دعا قادة الحراك الاجتماعي في مدينة جرادة الاثنين إلى مظاهرات وإضراب عام بعد اعتقال أربعة اشخاص."
    assert ("PROTEST", "happened") not in coded(text) and ("REQUEST", "demanded") in coded(text)


@pytest.mark.parametrize("text", [
    "وقال وزير الخارجية المصري في مؤتمر صحفي إن المفاوضات مع المعارضة السورية ستستأنف.",
    "وأكد المتحدث أن المحادثات بين الوفدين الروسي والتركي ستعقد في أنقرة.",
])
def test_a_noun_event_subject_of_a_future_verb_is_planned(text):
    assert [m for t, m in coded(text) if t == "CONSULT"] == ["planned"]


@pytest.mark.parametrize("text", [
    "إلا أن قوات الأمن الهولندية أحبطت أربع هجمات إرهابية منذ 2011.",
    "وأعلنت وزارة الداخلية المصرية إحباط هجوم على كنيسة في القاهرة.",
])
def test_a_foiled_attack_did_not_happen_and_the_foiler_did_not_wage_it(text):
    (attack,) = marsad.analyze(text, published=PUBLISHED).events
    assert (attack.type, attack.modality) == ("ASSAULT", "negated")
    assert not any(a.sector in ("COP", "MIL", "GOV") for a in attack.actors)


def test_ratifying_needs_what_is_ratified():
    assert coded("وصادق البرلمان التركي على الاتفاقية.") == [("SUPPORT", "happened")]
    assert coded("وطالبت الخارجية التركية مصر بأن تبذل جهودا صادقة من أجل حل الصراع.") == [
        ("REQUEST", "demanded")]


def test_a_game_report_meets_attacks_and_sends_off_no_one():
    text = ("وخطف مانشستر سيتي الفوز في اللقاء الذي أقيم على ملعب الاتحاد ضمن الجولة الثلاثين من الدوري "
            "الإنجليزي. وطرد الحكم مدافع الفريق الضيف في الشوط الثاني بعد هجمة خطيرة. "
            "وقال المدرب إن اللاعبين قدموا مباراة كبيرة وإن الفريق سيلتقي تشيلسي الأسبوع المقبل.")
    assert coded(text) == []


def test_a_ban_in_sport_news_is_still_an_event():
    text = ("وقرر الاتحاد الدولي لكرة القدم فرض عقوبة على النادي بعد أعمال شغب في الملعب خلال مباراة الدوري. "
            "وقال المدرب إن اللاعبين لا علاقة لهم بما جرى.")
    assert ("SANCTION", "happened") in coded(text)


def test_a_protest_told_as_the_reason_of_an_act_happened_with_it():
    assert ("PROTEST", "happened") in coded("انسحب المحامون من الجلسة احتجاجا على قرار المحكمة العسكرية.")


def test_for_that_reason_names_no_aim():
    text = "ومن أجل ذلك، لم يتورع أحد التونسيين الشباب عن احراق نفسه احتجاجاً على الظلم."
    assert ("PROTEST", "happened") in coded(text)


def test_what_someone_deems_likely_is_hypothetical():
    text = "ورجحت واشنطن توجيه ضربات جوية لمواقع التنظيم في سوريا."
    assert ("ASSAULT", "hypothetical") in coded(text) and ("ASSAULT", "happened") not in coded(text)


def test_deaths_after_a_bomb_exploded_are_still_an_attack():
    assert ("ASSAULT", "happened") in coded("انفجرت سيارة مفخخة في السوق مما أسفر عن مقتل خمسة أشخاص.")


def test_no_verb_trigger_is_read_into_a_noun_in_teh_marbuta():
    text = "وتمثل سنجار بالنسبة لتركيا نقطة استراتيجية مهمة لكونها تحاذي الأراضي التي تخضع لسيطرة وحدات حماية الشعب."
    assert "COERCE" not in [t for t, _ in coded(text)]   # «سيطرة» (control) read as the verb «سيطر»
