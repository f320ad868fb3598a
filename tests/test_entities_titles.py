"""A person's span is the name only: titles and demonyms before it stay outside it."""
from __future__ import annotations

import pytest

from conftest import sentence_entities

entities = sentence_entities


@pytest.mark.parametrize("text, name", [
    ("استقبل الرئيس السيسي وفدا من رجال الأعمال في القاهرة", "السيسي"),
    ("التقى وزير الخارجية الرئيس التركي رجب طيب أردوغان في أنقرة", "رجب طيب أردوغان"),
])
def test_entities_titles_stay_outside_the_person(text, name):
    found = entities(text)
    assert (name, "PER") in found, found
    assert not any(label == "PER" and t != name for t, label in found), found


def test_entities_titles_demonym_after_title_is_its_own_norp():
    found = entities("التقى وزير الخارجية الرئيس التركي رجب طيب أردوغان في أنقرة")
    assert ("التركي", "NORP") in found, found


@pytest.mark.parametrize("text", [
    "ونفى الرئيس وجود أية اتصالات مع الشركة",
    "وقال رئيس بلدية المدينة إن المياه انقطعت",
])
def test_entities_titles_dictionary_word_after_title_is_no_name(text):
    assert not any(label == "PER" for _, label in entities(text)), entities(text)


def test_entities_titles_bare_title_is_no_later_mention():
    text = "استقبل الرئيس السيسي الوفد. وشكر الضيوف الرئيس على الحفاوة."
    found = entities(text)
    assert ("الرئيس", "PER") not in found, found


def test_entities_an_envoy_of_a_country_takes_its_country():
    from conftest import rule_entities
    text = "وصف مندوب الكويت الدائم لدى الأمم المتحدة السفير منصور العتيبي التصعيد بالخطير."
    found = [(e.text, e.label, e.country) for e in rule_entities(text)]
    assert ("منصور العتيبي", "PER", "KWT") in found, found


def test_entities_a_listed_foreign_name_opening_on_el_follows_a_title():
    from conftest import rule_entities
    found = [(e.text, e.label) for e in rule_entities("وأقامت الملكة إليزابيث مأدبة غداء على شرف ولي العهد.")]
    assert ("إليزابيث", "PER") in found, found
