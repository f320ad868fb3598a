"""Organisation names (idafa chains, adjectives, «لـ» complements, «في» places) and world regions."""
from __future__ import annotations

import pytest

from conftest import rule_entities, sentence_entities


entities = sentence_entities


@pytest.mark.parametrize("text,span", [
    ("قالت وزارة شؤون المرأة في بيان إن البرنامج سيستمر", "وزارة شؤون المرأة"),
    ("حذرت منظمة الصحة العالمية الحكومات من موجة جديدة", "منظمة الصحة العالمية"),
    ("قالت مفوضية الأمم المتحدة لشؤون اللاجئين إن آلاف الأسر نزحت", "مفوضية الأمم المتحدة لشؤون اللاجئين"),
    ("أصدرت نقابة الصحفيين في غزة بيانا يدين الاعتداء", "نقابة الصحفيين في غزة"),
    ("اجتمع المجلس التشريعي الفلسطيني أمس لمناقشة الموازنة", "المجلس التشريعي الفلسطيني"),
    ("تعمل منظمة التنمية والتعاون الاقتصادي على تقرير جديد", "منظمة التنمية والتعاون الاقتصادي"),
    ("وصلت سفينة تابعة للقوات البحرية الملكية السعودية إلى الميناء", "للقوات البحرية الملكية السعودية"),
    ("وقالت الهيئة العليا العراقية للمساءلة والعدالة إن", "الهيئة العليا العراقية للمساءلة والعدالة"),
    ("وقالت منظمة الأمم المتحدة للتربية والعلوم والثقافة إن", "منظمة الأمم المتحدة للتربية والعلوم والثقافة"),
    ("وقال الهلال الأحمر العربي السوري إن القافلة دخلت", "الهلال الأحمر العربي السوري"),
    # a regime is a body when a people or a ruler names it
    ("وأكد النظام السوري أنه سيرد على الهجوم", "النظام السوري"),
    ("وحمل المعارضون نظام الأسد مسؤولية القصف", "نظام الأسد"),
    ("طالب المتظاهرون بإسقاط النظام الليبي", "النظام الليبي"),
    # a short nisba, and an adjective agreeing with the plural head, stay in the name
    ("اعترضت قوات الدفاع الجوي السعودي صاروخا فوق الرياض", "قوات الدفاع الجوي السعودي"),
    ("أعلنت قوات الدفاع الجوي السعودية اعتراض صاروخ باليستي", "قوات الدفاع الجوي السعودية"),
])
def test_entities_orgs_full_name(text, span):
    assert (span, "ORG") in entities(text), entities(text)


@pytest.mark.parametrize("text,bad", [
    ("والحكومة والبرلمان يناقشان التعديلات", "البرلمان يناقشان"),
    ("وقالت حركة حماس في بيان إن الاحتلال يماطل", "حركة حماس في بيان"),
    ("وقالت مصادر في وزارة الخارجية للصحفيين إن الوفد غادر", "وزارة الخارجية للصحفيين"),
    ("دعا مجلس الأمن والأمم المتحدة إلى وقف القتال", "مجلس الأمن والأمم المتحدة"),
    ("وقالت اللجنة الدولية للصليب الأحمر والأمم المتحدة إن", "اللجنة الدولية للصليب الأحمر والأمم المتحدة"),
])
def test_entities_orgs_name_ends_before_next_phrase(text, bad):
    assert all(span != bad for span, _ in entities(text)), entities(text)


@pytest.mark.parametrize("text,span", [
    ("تراجعت الاستثمارات في دول الشرق الأوسط وشمال أفريقيا خلال العام الماضي", "الشرق الأوسط"),
    ("تراجعت الاستثمارات في دول الشرق الأوسط وشمال أفريقيا خلال العام الماضي", "شمال أفريقيا"),
    ("غرق قارب يقل مهاجرين في البحر الأبيض المتوسط قبالة السواحل الليبية", "البحر الأبيض المتوسط"),
    ("تتزايد هجمات الجماعات المسلحة في غرب إفريقيا منذ سنوات", "غرب إفريقيا"),
])
def test_entities_world_regions_are_places(text, span):
    assert (span, "LOC") in entities(text), entities(text)


@pytest.mark.parametrize("text,bad", [
    ("زرعت أشجار الصنوبر على موقع القرية بعد تهجير سكانها", "موقع القرية"),
    ("يمكنك إنشاء موقع إلكتروني خلال ساعات", "موقع إلكتروني"),
])
def test_entities_orgs_site_needs_quoted_name(text, bad):
    assert all(span != bad for span, _ in entities(text)), entities(text)


@pytest.mark.parametrize("text,org,norp", [
    ("انسحبت القوات التركية من القرية بعد اشتباكات عنيفة", "القوات التركية", "التركية"),
    ("أعلنت الحكومة المصرية عن خطة لدعم المزارعين", "الحكومة المصرية", "المصرية"),
])
def test_entities_orgs_nested_demonym(text, org, norp):
    found = entities(text)
    assert (org, "ORG") in found and (norp, "NORP") in found, found


def test_entities_orgs_group_word_in_listed_name_not_nested():
    assert ("الأوروبي", "NORP") not in entities("وقال الاتحاد الأوروبي إنه سيفرض عقوبات جديدة")


@pytest.mark.parametrize("text,span", [
    # ل + ال, the alef elided: the article cannot be cut from its «ل», so the word stays whole
    ("وقال المتحدث إن للحوثيين صواريخ بعيدة المدى", "للحوثيين"),
    ("وقال المتحدث إن وللحوثيين صواريخ بعيدة المدى", "للحوثيين"),
    ("ونددت الحكومة اليمنية بالحوثيين بعد قصف الميناء", "الحوثيين"),
    ("ودارت مواجهات بين الجيش اليمني والحوثيين في جبهة مقبنة", "الحوثيين"),
])
def test_entities_orgs_known_name_clitics_stay_outside(text, span):
    assert (span, "ORG") in entities(text), entities(text)


@pytest.mark.parametrize("text,org,norp", [
    ("قصفت ميليشيات الحوثي الإيرانية مواقع في مأرب", "ميليشيات الحوثي", "الإيرانية"),
    ("نفذت غارات في محافظة صعدة، المعقل الرئيسي لميليشيات الحوثي الإيرانية على الحدود",
     "ميليشيات الحوثي", "الإيرانية"),
])
def test_entities_orgs_foreign_demonym_after_known_actor(text, org, norp):
    found = entities(text)
    assert (org, "ORG") in found and (norp, "NORP") in found, found


@pytest.mark.parametrize("text,span", [
    ("ونقل التلفزيون المصري الرسمية عن مصدر حكومي أن الاجتماع انتهى", "التلفزيون المصري"),
])
def test_entities_orgs_disagreeing_adjective_ends_name(text, span):
    assert (span, "ORG") in entities(text), entities(text)


def test_entities_orgs_generic_forces_before_army():
    found = entities("وتقدمت قوات الجيش السوداني نحو الخرطوم بعد معارك عنيفة")
    assert ("الجيش السوداني", "ORG") in found and ("قوات الجيش السوداني", "ORG") not in found, found


@pytest.mark.parametrize("text,span", [
    ("وأرسل الهلال الأحمر السوداني قافلة مساعدات إلى دارفور", "الهلال الأحمر السوداني"),
])
def test_entities_orgs_national_branch_of_listed_body(text, span):
    assert (span, "ORG") in entities(text), entities(text)


def test_entities_orgs_embassy_takes_its_own_country_not_its_host():
    toks_text = "وقالت السفارة الفرنسية في بيروت إن المدارس ستغلق أبوابها"
    found = rule_entities(toks_text)
    embassy = [e for e in found if e.text == "السفارة الفرنسية في بيروت"]
    assert embassy and embassy[0].country == "FRA", [(e.text, e.country) for e in found]


def test_entities_orgs_government_of_niger_is_nigerien():
    text = "وأعلنت الحكومة النيجرية حالة الطوارئ في منطقة ديفا"
    found = rule_entities(text)
    assert [(e.text, e.country) for e in found if e.label == "NORP"] == [("النيجرية", "NER")]


@pytest.mark.parametrize("text, org", [
    ("انتقل اللاعب من مانشستر يونايتد إلى ريال مدريد مقابل 80 مليون جنيه", "مانشستر يونايتد"),
    ("انتقل اللاعب من مانشستر يونايتد إلى ريال مدريد مقابل 80 مليون جنيه", "ريال مدريد"),
    ("وقع المهاجم عقدا مع نادي سبورتنغ لشبونة لثلاثة مواسم", "نادي سبورتنغ لشبونة"),
])
def test_entities_orgs_club_word_and_town_name_a_club(text, org):
    found = entities(text)
    assert (org, "ORG") in found, found


def test_entities_orgs_riyal_before_a_demonym_is_money():
    text = "بلغ سعر الصرف 3.75 ريال سعودي للدولار"
    found = entities(text)
    assert not [f for f in found if f[1] == "ORG"], found


@pytest.mark.parametrize("text,span", [
    ("أعلنت شركة إيرباص تأجيل تسليم الطائرات إلى العام المقبل", "شركة إيرباص"),
    ("وقعت الخطوط الجوية القطرية عقدا مع بوينغ لشراء طائرات جديدة", "بوينغ"),
    ("وكتب الرئيس على تويتر أن المفاوضات تسير بشكل جيد", "تويتر"),
    ("حذفت فيسبوك آلاف الحسابات المزيفة خلال الشهر الماضي", "فيسبوك"),
    ("فرض الاتحاد الأوروبي غرامة على غوغل بسبب الإعلانات", "غوغل"),
    ("وقرر الاتحاد الدولي لكرة القدم نقل المباراة إلى ملعب محايد", "الاتحاد الدولي لكرة القدم"),
    ("وقالت الفيفا إن ملف المغرب استوفى الشروط", "الفيفا"),
    ("وفرض اليويفا عقوبات على النادي", "اليويفا"),
    ("وذكرت فرانس برس أن الاشتباكات تجددت", "فرانس برس"),
    ("وقالت منظمة هيومن رايتس واتش إن الغارات قد ترقى إلى جرائم حرب", "منظمة هيومن رايتس واتش"),
])
def test_entities_orgs_companies_platforms_and_sports_bodies(text, span):
    assert (span, "ORG") in entities(text), entities(text)


@pytest.mark.parametrize("text,span,country,qid", [
    ("وكتب الرئيس على تويتر أن المفاوضات تسير بشكل جيد", "تويتر", "USA", "Q918"),
    ("تسلمت الشركة أول طائرة من إيرباص أمس", "إيرباص", None, "Q67"),
    ("وقالت الفيفا إن ملف المغرب استوفى الشروط", "الفيفا", None, "Q253414"),
])
def test_entities_orgs_companies_are_linked(text, span, country, qid):
    found = {e.text: e for e in rule_entities(text)}
    assert (found[span].country, found[span].kb_id) == (country, qid)


@pytest.mark.parametrize("text,span", [
    ("وقال المرصد السوري لحقوق الإنسان إن الغارات استهدفت المدينة", "المرصد السوري لحقوق الإنسان"),
    ("وأفاد المرصد السوري لحقوق الانسان بمقتل خمسة مدنيين", "المرصد السوري لحقوق الانسان"),
])
def test_entities_orgs_listed_name_with_lam_inside(text, span):
    assert (span, "ORG") in entities(text), entities(text)


@pytest.mark.parametrize("text,inner", [
    ("وقالت الحكومة السعودية إن الوفد غادر", ("السعودية", "NORP")),
    ("وأكدت الخارجية السعودية أن الرياض ترفض", ("السعودية", "NORP")),
])
def test_entities_orgs_country_name_as_its_adjective_inside_a_name(text, inner):
    """«السعودية» after «الحكومة» is the adjective Saudi, listed as a NORP like «الإيطالية»."""
    assert inner in entities(text), entities(text)
    assert ("السعودية", "LOC") not in entities("وقالت الحكومة السعودية إن الوفد غادر")


@pytest.mark.parametrize("text,norp", [
    ("وقالت منظمة العفو إن الجيش قتل مسلمين من الروهينغا في القرى.", ("الروهينغا", "MMR")),
    ("واحتج الأورومو على الحكومة في أديس أبابا.", ("الأورومو", "ETH")),
])
def test_entities_peoples_named_by_an_invariant_word(text, norp):
    """Peoples whose name takes no nisba ending are NORP with the state they live in."""
    found = [(e.text, e.country) for e in rule_entities(text) if e.label == "NORP"]
    assert norp in found


@pytest.mark.parametrize("text,span,country", [
    ("استدعت الخارجية الباكستانية نائب السفير الهندي.", "الخارجية الباكستانية", "PAK"),
    ("أعلنت الدفاع الروسية مقتل جنديين في سوريا.", "الدفاع الروسية", "RUS"),
    ("وقال المتحدث باسم الداخلية التركية إن الشرطة اعتقلت المشتبه به.", "الداخلية التركية", "TUR"),
])
def test_entities_a_portfolio_and_demonym_name_the_ministry(text, span, country):
    found = [(e.text, e.label, e.country) for e in rule_entities(text)]
    assert (span, "ORG", country) in found, found


@pytest.mark.parametrize("text", [
    "ستتغير السياسة الخارجية الجزائرية في العام المقبل.",
    "ناقشت لجنة الشؤون الخارجية الأمريكية المشروع.",
    "قال وزير الداخلية الأردني إن الأمن مستتب.",
])
def test_entities_a_portfolio_qualifying_a_noun_is_no_ministry(text):
    assert not [e for e in rule_entities(text) if e.label == "ORG" and e.text.startswith(("الخارجية", "الداخلية"))]


@pytest.mark.parametrize("text,span,country", [
    ("وقالت الشرطة الفرنسية إن التحقيق مستمر.", "الشرطة الفرنسية", "FRA"),
    ("وقالت الاستخبارات الأمريكية إن التقرير دقيق.", "الاستخبارات الأمريكية", "USA"),
])
def test_entities_national_police_and_intelligence(text, span, country):
    found = [(e.text, e.label, e.country) for e in rule_entities(text)]
    assert (span, "ORG", country) in found, found


def test_entities_a_masculine_nisba_after_a_feminine_plural_head_is_another_nouns():
    found = [(e.text, e.label) for e in rule_entities("على خلفية تسميم رجل الاستخبارات الروسي السابق سيرغي سكريبال.")]
    assert not [t for t, label in found if label == "ORG"], found


@pytest.mark.parametrize("text", [
    "أقر البرلمان النظام الداخلي للمجلس بالإجماع",
    "يعارض الحزب نظام الحكم الحالي",
])
def test_a_system_that_no_people_or_ruler_names_is_no_body(text):
    assert not any(t.startswith(("النظام", "نظام")) for t, _ in entities(text)), entities(text)
