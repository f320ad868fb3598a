"""Person names in no list, found by their context: «بن» chains, demonyms, verbs, honorifics, ordinals."""
from __future__ import annotations

import pytest

from conftest import sentence_entities

from marsad.entities.rules import inflected


entities = sentence_entities


@pytest.mark.parametrize("text, name", [
    ("بنى أحمد بن طولون الجامع في القطائع سنة 265 هـ", "أحمد بن طولون"),
    ("توفي معاوية بن أبي سفيان في دمشق", "معاوية بن أبي سفيان"),
    ("قام رسول الإسلام محمد بن عبد الله بالدعوة في مكة", "محمد بن عبد الله"),
    ("وقتل الحسين بن علي في كربلاء", "الحسين بن علي"),
    ("وكتب ابن خلدون مقدمته في تونس", "ابن خلدون"),
])
def test_entities_cues_nasab_chain_is_one_name(text, name):
    assert (name, "PER") in entities(text), entities(text)


@pytest.mark.parametrize("text", [
    "وقال ابن عمه إن العائلة لم تتلق أي اتصال",
    "وقال أبي إن الطقس جميل",
])
def test_entities_cues_kin_words_are_no_name(text):
    assert not [e for e in entities(text) if e[1] == "PER"], entities(text)


@pytest.mark.parametrize("text, name", [
    ("وشهد الموسم إقالة الألماني بيرند شوستر من تدريب الفريق", "بيرند شوستر"),
    ("نجح العالم الألماني هيزنبرج في ابتكار ميكانيكا المصفوفات", "هيزنبرج"),
    ("ويرى ستولمان أن البرمجيات يجب أن تكون حرة", "ستولمان"),
    ("وقال أحمد ، وهو مسؤول فريق في المشروع ، إن الوضع صعب", "أحمد"),
    ("زار الوفد مرقد الحسين عليه السلام في كربلاء", "الحسين"),
    ("التقى الإمبراطور فريدريك الثاني بالسلطان الكامل", "فريدريك الثاني"),
    ("واستقبل الملك عبد الله الثاني الوفد في عمان", "عبد الله الثاني"),
    ("ويقف الى جنبه ابنه لطفي في الصورة", "لطفي"),
    ("يجلس كريم مع صديقه عوض ويشربون القهوة", "عوض"),
    ("المرأة : شد يا عاطف بدنا نرجع ع الدار", "عاطف"),
    ("يدخل شاب ( اخو منال ) على المطعم", "منال"),
    ("وقال شقيقه محمد علي إن الشرطة اعتقلته", "محمد علي"),
])
def test_entities_cues_context_names_a_person(text, name):
    assert (name, "PER") in entities(text), entities(text)


@pytest.mark.parametrize("text", [
    "أعلن صباح اليوم عن إطلاق حملة التوعية",
    "أفاد صديق للعميل الروسي السابق بأنه نادم",
    "وقعت الاتفاقية مع الشركة الفرنسية داسو والإيطالية فينميكانيكا",
    "وحاولت ميلشيات الحوثي من خلال الهجوم تعويض خسارتها",
    "توفي نصف الأطفال دون سن الخامسة في القرن الثالث",
    "وتعاقد النادي الإسباني ريال مدريد مع اللاعب",
    "وصل ابنه الأكبر إلى المدرسة صباحا",
    "يا سلام على هذا الجمال",
    "قال له يا كريم لا تتأخر",
])
def test_entities_cues_no_person_without_a_name(text):
    assert not [e for e in entities(text) if e[1] == "PER"], entities(text)


@pytest.mark.parametrize("word, expected", [
    ("صامدين", True), ("مباراتين", True), ("تعقيبا", True), ("توزيعة", True),
    ("ستولمان", False), ("رونالدو", False), ("لاجين", False), ("مندليف", False),
])
def test_entities_cues_inflected_dictionary_words_are_no_foreign_names(word, expected):
    assert inflected(word) is expected


@pytest.mark.parametrize("text, name", [
    ("عماد : الكل بنصح إذا بدك تتجوز", "عماد"),
    ("عاطف : مش المهم في نفط . يا هلا يا هلا", "عاطف"),
    ("محمد سعد الحسن : من كبار الملاكين في قرية اللجون", "محمد سعد الحسن"),
])
def test_entities_cues_a_transcript_line_opens_on_its_speaker(text, name):
    assert (name, "PER") in entities(text), entities(text)


@pytest.mark.parametrize("text", [
    "مصر : الحكومة تعلن خطة جديدة للدعم",
    "الرئيس : لا نقبل بهذا",
    "ابو : يا خوي يا فاخر بدنا نفهم",
])
def test_entities_cues_no_speaker_but_a_name_before_the_colon(text):
    assert not [e for e in entities(text) if e[1] == "PER" and e[0] != "فاخر"], entities(text)
