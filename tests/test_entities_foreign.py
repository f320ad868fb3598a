"""Foreign people: a listed foreign given name and the unknown surname after it, then the surname alone."""
from __future__ import annotations

import pytest

from conftest import sentence_entities

entities = sentence_entities


@pytest.mark.parametrize("text, name", [
    ("التقى المستشار الاقتصادي بالمحامية كارين ويلبرغ في مكتبها", "كارين ويلبرغ"),
    ("وصل أليكسي نافالني إلى برلين للعلاج", "أليكسي نافالني"),
    ("وقال إن ستيفاني كليبر ستغادر المنصب", "ستيفاني كليبر"),
    ("كان إنريكو فيرمي أستاذا للطبيعة في جامعة روما", "إنريكو فيرمي"),
    ("وعين المجلس ماسيميليانو فيدريجا رئيسا للجنة", "ماسيميليانو فيدريجا"),
    ("انتحل محتالون شخصية أمير موناكو ألبرت الثاني وشخصيات بارزة أخرى", "ألبرت الثاني"),
])
def test_entities_foreign_given_name_and_surname(text, name):
    assert (name, "PER") in entities(text), entities(text)


def test_entities_foreign_surname_alone_after_full_name():
    found = entities("وصل أليكسي نافالني إلى برلين. وأكد الأطباء أن نافالني بخير.")
    assert found.count(("نافالني", "PER")) == 1, found


def test_entities_foreign_surname_the_tokenizer_split_is_still_the_person():
    """«فيرمي» is read as ف + «يرمي» (he throws); after «إنريكو فيرمي» it is the physicist."""
    text = "كان إنريكو فيرمي أستاذا للطبيعة في جامعة روما. وقال فيرمي إن التجربة نجحت"
    found = entities(text)
    assert ("إنريكو فيرمي", "PER") in found and ("فيرمي", "PER") in found, found


def test_entities_foreign_long_given_name_alone():
    assert ("ميلانيا", "PER") in entities("حضرت ميلانيا الحفل مع زوجها"), entities("حضرت ميلانيا الحفل")


@pytest.mark.parametrize("text", [
    "قال إن ألان الوضع صعب",   # «ألان» matched as written, not the article
    "زار الوفد بيت العائلة",
])
def test_entities_foreign_no_name_from_ordinary_words(text):
    assert not any(label == "PER" for _, label in entities(text)), entities(text)
