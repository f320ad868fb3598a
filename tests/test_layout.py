"""Pasted-text layout: the `article:` blocks of the examples' expected files, exactly."""
from __future__ import annotations

import pytest

from marsad.ingest.layout import classify
from conftest import EXAMPLES, example_expected, example_text
import marsad


@pytest.mark.parametrize("name", EXAMPLES)
def test_layout_examples_header_fields_exact(name):
    want = example_expected(name)["article"]
    doc = marsad.analyze(example_text(name))
    for key in ("title", "outlet", "author", "published"):
        if key in want:
            assert getattr(doc.meta, key) == want[key], key


@pytest.mark.parametrize("name", EXAMPLES)
def test_layout_examples_boilerplate_removed_from_body(name):
    want = example_expected(name)["article"]
    doc = marsad.analyze(example_text(name))
    removed = [b.text for b in doc.blocks if b.kind in ("teaser", "caption", "share")]
    body = "\n".join(b.text for b in doc.blocks_of("body"))
    for text in want.get("boilerplate_removed", []):
        assert text in removed
        assert text not in body
    assert sorted(set(removed)) == sorted(set(want.get("boilerplate_removed", [])))


def test_layout_duplicated_caption_removes_both_copies():
    doc = marsad.analyze(example_text("paris-talks-axios-preview"))
    assert [b.text for b in doc.blocks_of("caption")] == ["لقاء سوري–إسرائيلي"] * 2


@pytest.mark.parametrize("name", EXAMPLES)
def test_layout_examples_subheadings_kept_as_structure(name):
    want = example_expected(name)["article"]
    doc = marsad.analyze(example_text(name))
    got = [b.text for b in doc.blocks_of("subheading")]
    for text in want.get("subheadings", []):
        assert text in got
    assert not any(b.kind == "body" and b.text in got for b in doc.blocks)


def test_layout_single_sentence_is_body_not_headline():
    blocks, meta = classify("التقى وزير الخارجية السوري نظيره التركي في أنقرة")
    assert [b.kind for b in blocks] == ["body"]
    assert meta == {}


@pytest.mark.parametrize("text,kind", [
    ("اقرأ أيضا: الجيش يعلن السيطرة على المدينة", "teaser"),
    ("مواضيع ذات صلة: قمة عربية في الرياض", "teaser"),
    ("شارك", "share"),
    ("تابعونا على تويتر", "share"),
])
def test_layout_marker_lines_become_boilerplate(text, kind):
    page = "كشف مصدر مطلع عن لقاء بين الجانبين في العاصمة الفرنسية باريس الأسبوع الماضي.\n" + text + \
        "\nوأوضح المصدر أن اللقاء تناول التطورات الميدانية الأخيرة في الجنوب السوري."
    blocks, _ = classify(page)
    assert [b.kind for b in blocks] == ["body", kind, "body"]


def test_layout_body_sentence_starting_with_share_word_stays_body():
    page = ("كشف مصدر مطلع عن لقاء بين الجانبين.\n"
            "شارك في الاجتماع وفد سوري يضم ممثلين عن وزارة الخارجية وجهاز الاستخبارات العامة.")
    blocks, _ = classify(page)
    assert [b.kind for b in blocks] == ["body", "body"]


@pytest.mark.parametrize("byline, author", [
    ("كتبت: سارة أحمد", "سارة أحمد"),     # the longer marker wins: no stray «ت: سارة»
    ("كتب: عمرو أحمد", "عمرو أحمد"),
])
def test_layout_byline_with_marker_gives_the_author(byline, author):
    text = ("الشام الجديد\nلقاء سوري إسرائيلي في باريس غدا لاستئناف التفاوض\n"
            f"الأحد 04 يناير 2026 - 09:36 م\n{byline}\n"
            "كشف موقع أكسيوس الأمريكي عن عقد لقاء مرتقب بين مسؤولين من سوريا وإسرائيل غدا في باريس.")
    blocks, meta = classify(text)
    assert meta["author"] == author and byline not in {b.text for b in blocks if b.kind == "body"}
