"""Common news forms of triggers: «تحادث», a lawsuit «رفع قضية», the participle «داعيا»."""
from __future__ import annotations

import pytest

import marsad


@pytest.mark.parametrize("text,expected", [
    ("تحادث الرئيس الجزائري مع نظيره الفرنسي هاتفيا.", ("CONSULT", "تحادث", "happened")),
    ("وقالت محاميتها إنها سترفع قضية ضد الصحيفة.", ("ACCUSE", "ترفع قضية", "planned")),
    ("أصدرت الوزارة بيانا داعية إلى الهدوء.", ("REQUEST", "داعية إلى", "demanded")),
])
def test_news_trigger_forms(text, expected):
    events = marsad.analyze(text, published="2018-03-26T10:00").events
    assert [(e.type, e.trigger.text, e.modality) for e in events] == [expected]
