"""Entities: the examples' required entities, forbidden ones, and rules on real sentences."""
from __future__ import annotations

import pytest

import marsad
from conftest import EXAMPLES, example_expected, example_text, rule_entities


entities = rule_entities  # the entities found in one text, by the rules alone


def by_text(ents, text):
    return [e for e in ents if e.text == text]


@pytest.fixture(scope="module")
def docs():
    return {name: marsad.analyze(example_text(name), id=name) for name in EXAMPLES}


@pytest.mark.parametrize("name", EXAMPLES)
def test_entities_examples_required_found_with_label_and_link(docs, name):
    doc = docs[name]
    for want in example_expected(name)["entities"]["required"]:
        found = by_text(doc.entities, want["text"])
        assert found, f"missing {want['text']}"
        e = found[0]
        assert e.label == want["label"], want
        for key in ("kb_id", "country"):
            if key in want:
                assert getattr(e, key) == want[key], (want, e)
        if "metonym_for" in want:
            assert any(x.metonym_for == want["metonym_for"] for x in found)


@pytest.mark.parametrize("name", EXAMPLES)
def test_entities_examples_demonyms(docs, name):
    for want in example_expected(name)["entities"].get("demonyms", []):
        found = by_text(docs[name].entities, want["text"])
        assert found and found[0].label == "NORP" and found[0].country == want["country"], want


def test_entities_forbidden_teaser_entities_absent(docs):
    doc = docs["paris-talks-syrian-source"]
    for bad in example_expected("paris-talks-syrian-source")["entities"]["forbidden"]:
        assert not by_text(doc.entities, bad["text"])


def test_entities_every_linked_entity_has_english_name(docs):
    for doc in docs.values():
        for e in doc.entities:
            if e.kb_id:
                assert e.name, e


@pytest.mark.parametrize("text,span,label", [
    ("وصل الوفد إلى باريس أمس", "باريس", "LOC"),
    ("وعاد الوزير وباريس تراقب", "باريس", "LOC"),
    ("قال المتحدث باسم وزارة الخارجية الإيرانية إن طهران ترفض", "وزارة الخارجية الإيرانية", "ORG"),
    ("ذكرت وكالة «سانا» الرسمية أن الجيش تقدم", "سانا", "ORG"),
    ("التقى الرئيس الفرنسي، إيمانويل ماكرون، نظيره الأمريكي", "إيمانويل ماكرون", "PER"),
    ("وقالت حركة حماس في بيان إن الاحتلال يماطل", "حركة حماس", "ORG"),
    ("شارك خليل السكاكيني في تأسيس المدرسة", "خليل السكاكيني", "PER"),
    ("وقع الانفجار في مدينة نابلس صباح اليوم", "مدينة نابلس", "LOC"),
    ("هُجّر سكان قرية دير ياسين عام 1948", "قرية دير ياسين", "LOC"),
    ("اعتقلت القوات شابين من مخيم الجلزون شمال رام الله", "مخيم الجلزون", "LOC"),
])
def test_entities_rules_find_span(text, span, label):
    found = by_text(entities(text), span)
    assert found and found[0].label == label, entities(text)


@pytest.mark.parametrize("text, group", [
    ("وأكد أن المسلمين والمسيحيين في مصر شركاء في الوطن", "المسلمين"),
    ("وأكد أن المسلمين والمسيحيين في مصر شركاء في الوطن", "المسيحيين"),
    ("ويتوزع مقاعد البرلمان اللبناني الموارنة والسنة والشيعة", "الموارنة"),
    ("وتخشى الأقلية من العلويين في حمص من أعمال انتقامية", "العلويين"),
])
def test_entities_religious_communities_are_groups(text, group):
    found = by_text(entities(text), group)
    assert found and found[0].label == "NORP" and not found[0].country, entities(text)


def test_entities_upper_floor_is_no_community():
    assert not by_text(entities("وصعد الحراس إلى الطابق العلوي من المبنى"), "العلوي")


@pytest.mark.parametrize("text,not_a_place", [
    ("وصل الوفد يوم الخميس إلى العاصمة", "الخميس"),
    ("جاء ذلك في إطار جهود إقليمية", "إطار"),
    ("تحدث الوزير بشأن الأزمة", "شأن"),
    ("وقعت اشتباكات في الجنوب", "الجنوب"),
])
def test_entities_stoplist_and_context_block_false_places(text, not_a_place):
    assert not by_text(entities(text), not_a_place)


def test_entities_head_and_known_name_is_linked_to_the_name():
    hamas = by_text(entities("وقالت حركة حماس في بيان إن الاحتلال يماطل"), "حركة حماس")[0]
    assert hamas.name == "Hamas" and hamas.country == "PSE"


def test_entities_capital_as_actor_is_metonym_but_not_after_preposition():
    ents = entities("تراقب دمشق التطورات، فيما وصل الوفد إلى دمشق")
    damascus = by_text(ents, "دمشق")
    assert [e.metonym_for for e in damascus] == ["SYR", None]


def test_entities_short_mention_links_to_full_name():
    text = "قال الرئيس الفرنسي إيمانويل ماكرون إن الوضع خطير. وأضاف ماكرون أن فرنسا مستعدة."
    ents = entities(text)
    full, short = by_text(ents, "إيمانويل ماكرون")[0], by_text(ents, "ماكرون")[0]
    assert short.kb_id == full.kb_id == "Q3052772" and short.antecedent == full.start


def test_entities_the_tail_of_a_full_name_is_the_same_person():
    text = ("يبدأ ولي العهد السعودي الأمير محمد بن سلمان زيارة إلى بريطانيا. "
            "ومن المقرر أن يعقد بن سلمان محادثات مع رئيسة الوزراء تيريزا ماي.")
    ents = entities(text)
    full, tail = by_text(ents, "محمد بن سلمان")[0], by_text(ents, "بن سلمان")[0]
    assert tail.country == "SAU" and tail.antecedent == full.start


def test_entities_a_name_found_twice_names_its_other_mentions():
    text = ("انضم رونالدو إلى سبورتنغ لشبونة. وسجل رونالدو هدفين في تلك المباراة. "
            "ثم ادعت شابة أن رونالدو اغتصبها.")
    found = [e for e in entities(text) if e.text == "رونالدو" and e.label == "PER"]
    assert len(found) == 3, entities(text)


def test_entities_a_surname_in_the_headline_is_the_person_the_body_names():
    text = "بلاشتشاك يستقيل\n\nأعلن وزير الدفاع البولندي ماريوش بلاشتشاك استقالته من الحكومة."
    people = sorted((e.text, e.start) for e in entities(text) if e.label == "PER")
    assert people == [("بلاشتشاك", 0), ("ماريوش بلاشتشاك", text.index("ماريوش"))], entities(text)


def test_entities_a_name_found_once_names_no_other_word():
    text = "وقال ستالمان إن مشروع جنو حر. واستخدم المبرمجون جنو في مشاريعهم."
    assert not [e for e in entities(text) if e.text == "جنو" and e.label == "PER"], entities(text)


@pytest.mark.parametrize("text, word", [
    # a regnal ordinal is no short name of its king
    ("استقبل الملك عبد الله الثاني الوفد. وبلغ النمو في الربع الثاني 3 في المئة.", "الثاني"),
    # «للجامع» is ل + الجامع: a mosque, and no «جامع الأموي» whose parts name him later
    ("أقيم متحف قرب الباب الشرقي للجامع الأموي. ورمم الجامع مرات عدة.", "الجامع"),
    # a definite common noun after «أبو» is a figure of speech, not a kunya
    ("عرف بأنه أبو الجدول الدوري للعناصر. وترتب العناصر في الجدول حسب الكتلة.", "الجدول"),
])
def test_entities_no_person_from_an_ordinal_a_mosque_or_a_figure_of_speech(text, word):
    assert not [e for e in entities(text) if e.label == "PER" and e.text == word], entities(text)


def test_entities_kunya_with_a_definite_given_name_is_kept():
    assert [e.text for e in entities("وكتب أبو العلاء المعري رسالة الغفران") if e.label == "PER"] \
        == ["أبو العلاء المعري"]


def test_entities_latin_word_is_no_part_of_an_arabic_name():
    assert entities("صارت معتمدة بشكل أساسي علي SVR4 في الثمانينات") == []


def test_entities_spans_exclude_clitics_and_match_text():
    text = "وصل وزراء من سوريا وإسرائيل وبريطانيا"
    ents = entities(text)
    assert {e.text for e in ents} >= {"سوريا", "إسرائيل", "بريطانيا"}
    for e in ents:
        assert text[e.start:e.end] == e.text


def _countries(text: str) -> dict[str, str | None]:
    """Entity text -> country, for one sentence."""
    return {e.text: e.country for e in rule_entities(text)}


@pytest.mark.parametrize("text,place,country", [
    ("وسقطت قذائف على قرية المشراق في محافظة تعز مساء أمس", "قرية المشراق", "YEM"),
    ("وقصفت الطائرات مواقع في مديرية السود بمحافظة عمران", "السود", "YEM"),
])
def test_entities_rule_place_takes_country_of_place_it_lies_in(text, place, country):
    assert _countries(text).get(place) == country, _countries(text)


def test_entities_listed_person_takes_title_demonym():
    found = _countries("واستقبل وزير الداخلية نظيره الجزائري نور الدين بدوي في باريس")
    assert found.get("نور الدين بدوي") == "DZA", found


def test_entities_dual_demonyms_name_their_country():
    doc = marsad.analyze("وقتل جنديان إسرائيليان وأصيب مسؤولان أمريكيان في الهجوم.")
    assert [(e.text, e.label, e.country) for e in doc.entities] == [
        ("إسرائيليان", "NORP", "ISR"), ("أمريكيان", "NORP", "USA")]


def test_entities_a_hashtag_names_a_person_across_its_underscores():
    text = "اتهم #الشيخ_سلطان_بن_سحيم آل ثاني #الشيخ_حمد_بن_خليفة بأنه المتورط في مقتل #القذافي."
    people = [e.text for e in marsad.analyze(text).entities if e.label == "PER"]
    assert "سلطان_بن_سحيم" in people and "حمد_بن_خليفة" in people
