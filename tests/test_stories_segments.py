"""Mixed pages: the appended France/Gaza report of paris-talks-axios-preview.txt is its own segment."""
from __future__ import annotations

import pytest

from conftest import example_text
from marsad import config
from marsad.api import analyze
from marsad.stories.segments import opens_like_lead, shift_score, split_segments


@pytest.fixture(scope="module")
def cfg():
    return config.load(stories={"embedding_cache": ""})


@pytest.mark.parametrize("text, lead", [
    ("أكد مستشار الرئيس الفرنسي لشؤون الشرق الأوسط، في تصريحات خاصة", True),
    ("وأكد المصدر أن الاجتماع تناول التطورات", False),      # «و» ties it to what came before
    ("أضاف أن المنتخب الأرجنتيني هو منتخب ميسي", False),     # continues the speaker in view
    ("قال إن الوضع لا يزال هشا", False),                     # no subject of its own
    ("شارك في الاجتماع وفد سوري", False),
])
def test_stories_segments_lead_opening(text, lead):
    assert opens_like_lead(text) is lead


def test_stories_segments_shift_score():
    assert shift_score({"a", "b"}, {"c", "d"}) == 0.0
    assert shift_score({"a", "b"}, {"a", "b"}) == 1.0


def test_stories_segments_axios_second_half_split(cfg):
    text = example_text("paris-talks-axios-preview")
    doc = analyze(text, id="axios.txt", cfg=cfg)
    segs = split_segments(doc, cfg)
    assert [s.id for s in segs][:2] == ["axios.txt", "axios.txt#2"]
    assert text[segs[1].start:].startswith("أكد مستشار الرئيس الفرنسي")
    assert "لقاء مرتقب" in text[segs[0].start:segs[0].end]


def test_stories_segments_single_story_page_not_split(cfg):
    doc = analyze(example_text("paris-talks-syrian-source"), id="syr.txt", cfg=cfg)
    assert [s.id for s in split_segments(doc, cfg)] == ["syr.txt"]
