"""Named facilities: the head stays inside the span; hospitals and schools are bodies, the rest places."""
from __future__ import annotations

import pytest

from conftest import sentence_entities


entities = sentence_entities


@pytest.mark.parametrize("text, span, label", [
    ("أضرب الأسرى في سجن النقب عن الطعام منذ أسبوع", "سجن النقب", "LOC"),
    ("نقل الأسير إلى سجن عوفر العسكري قرب رام الله", "سجن عوفر العسكري", "LOC"),
    ("احتفل المسيحيون بعيد الميلاد في كنيسة المهد", "كنيسة المهد", "LOC"),
    ("هبطت الطائرة في مطار دمشق الدولي مساء أمس", "مطار دمشق الدولي", "LOC"),
    ("دفن الشهيد في مقبرة باب الرحمة شرقي البلدة القديمة", "مقبرة باب الرحمة", "LOC"),
    ("نقل الجرحى إلى مستشفى الشفاء في المدينة", "مستشفى الشفاء", "ORG"),
    ("أجريت العملية في مجمع الشفاء الطبي بغزة", "مجمع الشفاء الطبي", "ORG"),
])
def test_entities_facilities_head_and_name(text, span, label):
    assert (span, label) in entities(text), entities(text)


@pytest.mark.parametrize("text, place", [
    ("قصفت الطائرات مستشفى حلب صباح اليوم", "حلب"),
])
def test_entities_facilities_head_before_a_place_keeps_the_place(text, place):
    found = entities(text)
    assert (place, "LOC") in found and not any(t.startswith("مستشفى") for t, _ in found), found


@pytest.mark.parametrize("text", [
    "يقع جامع يدخله المصلون من الباب الشرقي",
    "عثر الباحثون على كنيسة أثرية تحت الأرض",
])
def test_entities_facilities_verb_or_adjective_is_no_name(text):
    assert not any(lab in ("LOC", "ORG") for _, lab in entities(text)), entities(text)
