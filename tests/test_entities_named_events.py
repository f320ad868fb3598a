"""Named agreements, processes and competitions are MISC, and the place in their name no place."""
from __future__ import annotations

import pytest

from conftest import sentence_entities


@pytest.mark.parametrize("text, name, place", [
    ("وقال عريقات إن اتفاق أوسلو انتهى عمليا", "اتفاق أوسلو", "أوسلو"),
    ("وتستمر جولات مسار أستانا بين الأطراف", "مسار أستانا", "أستانا"),
    ("رصد المغرب ميزانية لاستضافة كأس العالم 2026", "كأس العالم 2026", None),
    ("وفاز الفريق بلقب دوري أبطال أوروبا للمرة الثالثة", "دوري أبطال أوروبا", "أوروبا"),
    ("وشارك في كأس أمم أفريقيا العام الماضي", "كأس أمم أفريقيا", "أفريقيا"),
])
def test_named_event_is_misc_and_hides_its_place(text, name, place):
    found = sentence_entities(text)
    assert (name, "MISC") in found, found
    assert place is None or (place, "LOC") not in found, found


def test_national_league_keeps_its_demonym_beside_it():
    found = sentence_entities("وتصدر الفريق الدوري الإسباني هذا الموسم")
    assert ("الدوري الإسباني", "MISC") in found and ("الإسباني", "NORP") in found, found


@pytest.mark.parametrize("text, place", [
    ("وقع الجانبان اتفاقا في باريس أمس", "باريس"),       # a place after «في», not in a name
    ("وتوصلت الحكومة إلى اتفاق سوريا مع تركيا", "سوريا"),  # a country names no treaty
])
def test_agreement_head_before_no_town_leaves_the_place(text, place):
    found = sentence_entities(text)
    assert (place, "LOC") in found and not [x for x in found if x[1] == "MISC"], found


def test_world_cup_word_alone_needs_its_year():
    assert [x for x in sentence_entities("وقال إن المونديال حدث كبير") if x[1] == "MISC"] == []
    assert ("مونديال 2026", "MISC") in sentence_entities("ويستعد البلد لتنظيم مونديال 2026")
