"""Places from the gazetteers: large places on their own, common words only after a trigger."""
from __future__ import annotations

import pytest

from conftest import rule_entities, sentence_entities

import marsad
from marsad.entities.lexicon import load
from marsad.entities.recognize import find_entities
from marsad.text.tokens import tokenize


entities = sentence_entities


@pytest.mark.parametrize("text, place", [
    ("اقتحمت قوات الاحتلال القدس فجر اليوم واعتقلت عشرة شبان", "القدس"),
    ("شيع آلاف الفلسطينيين جثمان الشهيد وسط تظاهرات غاضبة شهدتها نابلس", "نابلس"),
    ("تتعرض إدلب لقصف عنيف منذ أسابيع", "إدلب"),
    ("استعادت قوات الجيش اليمني مواقع استراتيجية غرب مأرب", "مأرب"),
    ("تستضيف جنيف جولة جديدة من المحادثات", "جنيف"),
])
def test_entities_places_large_place_without_trigger(text, place):
    assert (place, "LOC") in entities(text), entities(text)


@pytest.mark.parametrize("text, word", [
    ("انتبه إلى الطريق جيدا قبل أن تعبر", "انتبه"),
    ("رأت العين ما لم تره من قبل", "العين"),
    ("خففت الأدوية الام المرضى بعد العملية", "الام"),
    ("أغلق الحارس الباب خلفه وغادر", "الباب"),
    ("قالت وزارة الداخلية إن التحقيق مستمر", "الداخلية"),
])
def test_entities_places_common_word_is_no_place(text, word):
    assert not any(t == word and lab == "LOC" for t, lab in entities(text)), entities(text)


@pytest.mark.parametrize("text, places", [
    ("تقع 17 من المدن في الولايات المتحدة منها لوس أنجلس وميامي وواشنطن وبوسطن",
     ["لوس أنجلس", "ميامي", "واشنطن", "بوسطن"]),
    ("وثلاث في كندا هي لأدمونتون ومونتريال وتورونتو", ["أدمونتون", "مونتريال"]),
])
def test_entities_places_coordinated_and_unsplit_names(text, places):
    found = entities(text)
    for place in places:
        assert (place, "LOC") in found, found


@pytest.mark.parametrize("text", [
    "بتذكر اخويا بالعراق واختى",
])
def test_entities_places_conjunct_of_another_country_is_no_place(text):
    assert all(lab != "LOC" or t == "العراق" for t, lab in entities(text)), entities(text)


def document_entities(*sentences: str):
    """Entities of several sentences read as one document."""
    text, toks = "", []
    for sid, s in enumerate(sentences):
        start = len(text)
        text += s + " "
        toks += tokenize(text, start, len(text), sentence=sid)
    return find_entities(text, toks, [], load())


YEMEN_REPORT = (
    "أعلن الجيش اليمني سحب ميليشيات الحوثي مقاتليها من جبهة البيضاء إلى صنعاء",
    "وتكبد الحوثيون خسائر في جبهة الساحل الغربي وفي محافظة صعدة اليمنية",
    "ووجه زعيم الحوثيين بسحب المقاتلين من البيضاء وتوزيعهم على جبهتي الحديدة وتعز",
)


@pytest.mark.parametrize("place, country", [("البيضاء", "YEM"), ("الساحل الغربي", "YEM")])
def test_entities_places_linked_by_document_country(place, country):
    found = [e for e in document_entities(*YEMEN_REPORT) if e.text == place]
    assert found and all(e.label == "LOC" and e.country == country for e in found), found


def test_entities_places_confirmed_name_needs_no_trigger_again():
    found = [e for e in document_entities(*YEMEN_REPORT) if e.text == "البيضاء"]
    assert len(found) == 2, found


def test_entities_places_common_word_alone_is_no_place():
    assert not any(e.text == "الساحل" for e in document_entities(*YEMEN_REPORT))


def test_entities_places_container_gives_the_country():
    found = document_entities("القوات الشرعية تحبط هجوما للحوثيين في العقبة بالجوف",
                              "واندلعت اشتباكات عنيفة في جبهة العقبة بين الجيش اليمني والحوثيين في اليمن")
    aqaba = [e for e in found if e.text == "العقبة"]
    assert aqaba and all(e.country == "YEM" for e in aqaba), aqaba


@pytest.mark.parametrize("text, place, country", [
    ("عقد المبعوث الأممي مؤتمرا في جنيف بحضور وفود من الولايات المتحدة وأمريكا وواشنطن", "جنيف", "CHE"),
])
def test_entities_places_world_city_keeps_its_link(text, place, country):
    found = [e for e in document_entities(text) if e.text == place]
    assert found and found[0].country == country, found


@pytest.mark.parametrize("text,absent", [
    ("رفض أي مشاريع مشبوهة تهدف إلى النيل من وحدة البلاد", "النيل"),   # to harm, not the Nile
])
def test_entities_places_idiom_is_no_place(text, absent):
    assert absent not in {t for t, _ in entities(text)}, entities(text)


def test_entities_a_former_state_is_a_place_with_its_id():
    from conftest import rule_entities
    found = [(e.text, e.label, e.kb_id) for e in rule_entities("وكان سكريبال ضابطا في الاتحاد السوفياتي قبل انهياره.")]
    assert ("الاتحاد السوفياتي", "LOC", "Q15180") in found, found


def test_entities_a_listed_full_name_takes_no_adverb_as_surname():
    from conftest import rule_entities
    found = [(e.text, e.label) for e in rule_entities("أوقفت الشرطة الرئيس الأسبق نيكولا ساركوزي احترازيا أمس.")]
    assert ("نيكولا ساركوزي", "PER") in found, found


def test_entities_catalonia_is_a_spanish_region():
    from conftest import rule_entities
    found = [(e.text, e.label, e.country, e.kb_id) for e in rule_entities("اعتقلت الحكومة الإسبانية قادة الانفصال في كتالونيا.")]
    assert ("كتالونيا", "LOC", "ESP", "Q5705") in found, found


def test_entities_places_a_town_named_after_its_trigger_is_that_town_again():
    report = ("سيطرت القوات التركية على مدينة عفرين السورية",
              "وقال المرصد إن القصف مستمر على القرى المحيطة في عفرين")
    found = [e for e in document_entities(*report) if e.text == "عفرين"]
    assert [(e.label, e.country) for e in found] == [("LOC", "SYR")]
    alone = [e for e in document_entities(report[1]) if e.text == "عفرين"]
    assert alone == []   # without «مدينة عفرين», the dictionary word needs a trigger of its own


@pytest.mark.parametrize("text,place,country", [
    ("وقتل ثلاثة أشخاص في انفجار في بعقوبة أمس.", "بعقوبة", "IRQ"),
    ("هاجم مسلحون في واغادوغو، عاصمة بوركينا فاسو، السفارة الفرنسية.", "بوركينا فاسو", "BFA"),
    ("ووصل الرئيس إلى غينيا بيساو في زيارة رسمية.", "غينيا بيساو", "GNB"),
    ("وتظاهر المئات في مدينة بنها.", "مدينة بنها", "EGY"),
])
def test_a_place_whose_first_letter_looks_like_a_clitic_is_found(text, place, country):
    found = [(e.text, e.country) for e in marsad.analyze(text).entities if e.label == "LOC"]
    assert (place, country) in found


def test_a_clitic_on_a_common_word_names_no_place_without_a_trigger():
    assert not [e for e in marsad.analyze("وحكمت المحكمة عليه بعقوبة السجن عامين.").entities if e.label == "LOC"]


@pytest.mark.parametrize("text, unit, name, country", [
    ("وأكد الجانب السوري أن محافظة السويداء وأهلها جزء لا يتجزأ من الدولة السورية",
     "محافظة السويداء", "السويداء", "SYR"),
    ("قتل ثلاثة مدنيين في قصف على منطقة عفرين شمال سوريا", "منطقة عفرين", "عفرين", "SYR"),
    ("أعلن حاكم ولاية كاليفورنيا حالة الطوارئ", "ولاية كاليفورنيا", "كاليفورنيا", "USA"),
    ("انتقل الموظف إلى ولاية جديدة بعد ترقيته", None, None, None),
])
def test_an_administrative_unit_spans_its_head_and_keeps_the_bare_name(text, unit, name, country):
    found = rule_entities(text)
    if unit is None:   # a word after «ولاية» is not made up into a place
        assert not any(e.text.startswith("ولاية") for e in found), found
        return
    outer = next(e for e in found if e.text == unit)
    inner = next(e for e in found if e.text == name)
    assert outer.label == inner.label == "LOC" and outer.country == inner.country == country
    assert outer.start < inner.start and inner.end == outer.end


@pytest.mark.parametrize("text, absent", [
    ('ولد عام 1947 بمدينة "لوريان" في منطقة "بريطانيا" غرب فرنسا', 'منطقة "بريطانيا'),
    ("قال المفوض عشية اجتماعه مع وزراء داخلية دول المنطقة بأنه سيبلغهم بالأدوات", "بأنه"),
])
def test_a_quote_mark_or_a_definite_head_opens_no_place_span(text, absent):
    assert not any(e.text == absent for e in rule_entities(text)), rule_entities(text)


@pytest.mark.parametrize("text, site, country", [
    ("اقتحم مستوطنون المسجد الأقصى صباح اليوم بحماية الشرطة", "المسجد الأقصى", None),
    ("أكد المؤتمر دعمه للسعودية في حماية الحرمين الشريفين", "الحرمين الشريفين", "SAU"),
    ("استقبل الرئيس ضيفه في المكتب البيضاوي أمس", "المكتب البيضاوي", "USA"),
])
def test_a_landmark_written_with_the_article_is_a_place(text, site, country):
    found = next((e for e in rule_entities(text) if e.text == site), None)
    assert found is not None and found.label == "LOC" and found.country == country, rule_entities(text)


@pytest.mark.parametrize("text", [
    "رفع البرلمان الحد الأقصى للعقوبة إلى عشر سنوات",
    "وقال خادم الحرمين الشريفين إن المملكة ماضية في الإصلاح",
])
def test_a_landmark_word_in_a_phrase_or_a_title_is_no_place(text):
    assert not [e for e in rule_entities(text) if e.label == "LOC"], rule_entities(text)


@pytest.mark.parametrize("text, unit, country", [
    ("أعلن حاكم ولاية تكساس حالة الطوارئ بعد الفيضانات", "ولاية تكساس", "USA"),
    ("قتل عشرة في هجوم لبوكو حرام في ولاية بورنو", "ولاية بورنو", "NGA"),
])
def test_a_foreign_unit_iso_names_in_no_arabic_is_found(text, unit, country):
    found = {e.text: e for e in rule_entities(text)}
    assert unit in found and found[unit].country == country, found
