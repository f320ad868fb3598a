"""Places after administrative heads: the head stays outside and the name is a place, not a body."""
from __future__ import annotations

import pytest

from conftest import sentence_entities

entities = sentence_entities


@pytest.mark.parametrize("text, place", [
    ("نزحت عشرات الأسر من قرى مديرية القبيطة بسبب القصف", "القبيطة"),
    ("سقطت قذائف على مديرية السود بمحافظة عمران مساء أمس", "السود"),
    ("اندلعت اشتباكات عنيفة في جبهة العقبة صباح اليوم", "العقبة"),
])
def test_entities_districts_name_after_head_is_a_place(text, place):
    found = entities(text)
    assert (place, "LOC") in found, found
    assert not any(label == "ORG" for _, label in found), found


@pytest.mark.parametrize("text, org", [
    ("قالت مديرية التربية في محافظة إربد إن الدوام سيستأنف", "مديرية التربية"),
    ("أعلنت جبهة النصرة مسؤوليتها عن الهجوم", "جبهة النصرة"),
])
def test_entities_districts_directorates_and_fronts_stay_organisations(text, org):
    assert (org, "ORG") in entities(text), entities(text)
