"""Duplicates: the same article re-published (exact) or lightly edited (near), never two stories."""
from __future__ import annotations

import pytest

import marsad
from marsad import config
from marsad.doc import Block, Doc
from marsad.ingest.dedup import (DuplicateIndex, dedup_text, minhash, minhash_from_bytes,
                                 minhash_to_bytes, shingles, text_hash)
from conftest import example_text

AXIOS = example_text("paris-talks-axios-preview")
SYRIAN = example_text("paris-talks-syrian-source")
CHANGED = ("ولم يكشف المسؤول الإسرائيلي عن مستوى التمثيل في الاجتماع أو طبيعة البنود المطروحة على "
           "جدول الأعمال، مكتفيًا بالإشارة إلى أن المباحثات ستركز على “ترتيبات أمنية” تهدف إلى خفض "
           "التصعيد ومنع الاحتكاك العسكري.")
REWRITTEN = ("وقال مصدر مطلع إن الاجتماع سيعقد في مقر وزارة الخارجية الفرنسية بحضور ممثلين عن "
             "الولايات المتحدة، وإن جدول الأعمال لم يحدد بعد بشكل نهائي.")


@pytest.fixture(scope="module")
def cfg():
    return config.load()


def retyped(text: str) -> str:
    """The same article with other diacritics, a tatweel, and other spacing and line breaks."""
    return ("  " + text.replace("كشف", "كَشَفَ").replace("موقع", "مـوقع").replace("في ", "في   ")
            .replace("\n\n", "\n \n\t") + "\n\n")


def test_dedup_tashkeel_and_whitespace_are_exact_duplicates(cfg):
    assert text_hash(retyped(AXIOS)) == text_hash(AXIOS)
    index = DuplicateIndex(cfg)
    assert index.check("axios", AXIOS) == (None, None)
    assert index.check("axios-copy", retyped(AXIOS)) == ("axios", None)


def test_dedup_one_paragraph_changed_is_a_near_duplicate(cfg):
    edited = AXIOS.replace(CHANGED, REWRITTEN)
    assert edited != AXIOS and text_hash(edited) != text_hash(AXIOS)
    index = DuplicateIndex(cfg)
    index.check("axios", AXIOS)
    assert index.check("axios-edited", edited) == (None, "axios")


@pytest.mark.parametrize("old", [p for p in AXIOS.split("\n") if 25 < len(p.split()) <= 55])
def test_dedup_any_paragraph_rewritten_is_still_near(old, cfg):
    """Whichever ordinary paragraph (of ~600 words) is rewritten, the pair is found: true Jaccard
    is 0.81-0.85 there, where datasketch's default LSH banding misses about half the pairs."""
    index = DuplicateIndex(cfg)
    index.check("axios", AXIOS)
    assert index.check("edited", AXIOS.replace(old, REWRITTEN))[1] == "axios"


def test_dedup_different_articles_are_neither(cfg):
    index = DuplicateIndex(cfg)
    assert index.check("axios", AXIOS) == (None, None)
    assert index.check("syrian", SYRIAN) == (None, None)
    assert minhash(AXIOS, cfg).jaccard(minhash(SYRIAN, cfg)) < 0.2


def test_dedup_same_id_again_is_not_its_own_duplicate(cfg):
    index = DuplicateIndex(cfg)
    index.check("axios", AXIOS)
    assert index.check("axios", AXIOS) == (None, None)
    assert len(index) == 1


def test_dedup_signature_round_trips_through_bytes(cfg):
    m = minhash(AXIOS, cfg)
    blob = minhash_to_bytes(m)
    assert isinstance(blob, bytes) and len(blob) == 4 * cfg["dedup"]["num_perm"]
    back = minhash_from_bytes(blob)
    assert back.jaccard(m) == 1.0 and minhash_to_bytes(back) == blob


def test_dedup_index_rebuilt_from_stored_rows_finds_the_same(cfg):
    rows = [(doc_id, text_hash(t), minhash_to_bytes(minhash(t, cfg)))
            for doc_id, t in (("axios", AXIOS), ("syrian", SYRIAN))]
    index = DuplicateIndex.rebuild(cfg, rows)
    assert index.check("copy", retyped(SYRIAN)) == ("syrian", None)
    assert index.check("edited", AXIOS.replace(CHANGED, REWRITTEN)) == (None, "axios")


def test_dedup_signature_is_stable_across_runs(cfg):
    """Stored signatures must stay comparable: same text, same bytes, every process."""
    assert minhash_to_bytes(minhash(AXIOS, cfg)) == minhash_to_bytes(minhash(AXIOS, config.load()))


@pytest.mark.parametrize("text,size,count", [("أ ب ج د", 5, 1), ("أ ب ج د هـ و", 5, 2), ("", 5, 1)])
def test_dedup_shingles(text, size, count):
    assert len(shingles(text, size)) == count


def test_dedup_text_leaves_out_page_furniture():
    text = "عنوان\n\nفقرة أولى.\nاقرأ أيضا: خبر آخر\nفقرة ثانية."
    doc = Doc(id="d", text=text, blocks=(
        Block(0, 5, "عنوان", kind="title"), Block(7, 17, "فقرة أولى.", kind="body"),
        Block(18, 36, "اقرأ أيضا: خبر آخر", kind="teaser"), Block(37, 48, "فقرة ثانية.", kind="body")))
    doc.check_offsets()
    assert dedup_text(doc) == "عنوان\nفقرة أولى.\nفقرة ثانية."
    assert dedup_text(Doc(id="e", text="نص فقط")) == "نص فقط"


def test_dedup_teaser_change_does_not_hide_a_duplicate(cfg):
    """The same story crawled twice with a different «مقال له علاقة» teaser is an exact duplicate."""
    other = SYRIAN.replace("مقال له علاقة: الاحتلال ينفي مجاعة غزة", "مقال له علاقة: قمة عربية طارئة")
    a, b = marsad.analyze(SYRIAN), marsad.analyze(other)
    index = DuplicateIndex(cfg)
    index.check("first", dedup_text(a))
    assert index.check("second", dedup_text(b)) == ("first", None)
