"""find_dates: every temporal expression found with exact offsets, typed and resolved."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.dates.tagger import DEFAULT_STRATEGIES, find_dates, fold
from marsad.errors import ConfigError
from marsad.text.normalize import normalize_with_map

PUB = "2026-01-04T21:36"          # a Sunday evening, as in paris-talks-axios-preview
MARCH = "2018-03-14T10:00:00+00:00"  # a Wednesday in the news-ant-march2018 archive


def one(text: str, expr: str, published: str | None = PUB):
    """The mention whose text is `expr` (failing clearly when it is missing)."""
    found = [d for d in find_dates(text, published) if d.text == expr]
    assert found, f"{expr!r} not found in {[d.text for d in find_dates(text, published)]}"
    return found[0]


@pytest.mark.parametrize("text,expr,value,precision,type_", [
    # MSA, Levantine, Maghrebi and Moroccan month names, Eastern-Arabic digits, numeric dates
    ("الأحد 04 يناير 2026 - 09:36 م", "الأحد 04 يناير 2026 - 09:36 م", "2026-01-04T21:36", "minute", "time"),
    ("وتوفي مانسون في تشرين الثاني/نوفمبر 2017 عن عمر 83 عاماً", "تشرين الثاني/نوفمبر 2017", "2017-11", "month", "date"),
    ("وسيعرض الفيلم في التاسع من آب/أغسطس 2019، أي بعد 50 عاماً", "التاسع من آب/أغسطس 2019", "2019-08-09", "day", "date"),
    ("من مواليد 16 فيفري 1992 بالوردانين", "16 فيفري 1992", "1992-02-16", "day", "date"),
    ("صدر في الجريدة الرسمية يوم 24 غشت 2010، إلا أن", "يوم 24 غشت 2010", "2010-08-24", "day", "date"),
    ("سيجري الاقتراع في 12 شتنبر المقبل", "12 شتنبر المقبل", "2026-09-12", "day", "date"),
    ("ففي كانون الأول/ ديسمبر ٢٠١٠ عرض فيلم مصري", "كانون الأول/ ديسمبر ٢٠١٠", "2010-12", "month", "date"),
    ("مذكرة توقيف رقم ٨٦/٨٦٩ تاريخ ١٢/٢/٢٠١٨ صادرة عن قاضي التحقيق", "تاريخ ١٢/٢/٢٠١٨", "2018-02-12", "day", "date"),
    ("نشر التقرير في 04/01/2026 صباحا", "04/01/2026", "2026-01-04", "day", "date"),
    ("تقود الرياض تحالفا عسكريا منذ مارس/آذار 2015", "مارس/آذار 2015", "2015-03", "month", "date"),
    ("قتل 6 فلسطينيين في 30 مارس 1976 في مواجهات", "30 مارس 1976", "1976-03-30", "day", "date"),
    ("منذ اندلاع الحرب في سوريا عام 2011", "عام 2011", "2011", "year", "date"),
    # Hijri, converted to Gregorian (Umm al-Qura)
    ("وقع الحادث في 15 رمضان 1447 هـ في مكة", "15 رمضان 1447 هـ", "2026-03-04", "day", "date"),
    # relative days
    ("لقاء سوري–إسرائيلي في باريس غدًا لاستئناف التفاوض", "غدًا", "2026-01-05", "day", "date"),
    ("أعلنت الوزارة أمس أن", "أمس", "2026-01-03", "day", "date"),
    ("وسأل المسح عن المشروبات التي احتسوها البارحة", "البارحة", "2026-01-03", "day", "date"),
    ("يبدأ بعد غد مهرجان القاهرة", "بعد غد", "2026-01-06", "day", "date"),
    ("وما كشف عنه أول أمس في البرلمان", "أول أمس", "2026-01-02", "day", "date"),
    # weekdays
    ("الذي أعلن الخميس الماضي عن لقائه بمسؤولين", "الخميس الماضي", "2026-01-01", "day", "date"),
    ("على أن يتم إقراره الخميس المقبل", "الخميس المقبل", "2026-01-08", "day", "date"),
    ("وتقام المباراة الخميس القادم في جدة", "الخميس القادم", "2026-01-08", "day", "date"),
    ("وقالت الشرطة إن الحادث وقع مساء السبت", "مساء السبت", "2026-01-03", "day", "date"),
    ("وقال مصدر قضائي، الأحد، إن محققين فتحوا تحقيقا", "الأحد", "2026-01-04", "day", "date"),
    # relative periods
    ("من الإجراءات التي أعلنها ترامب الأسبوع الماضي", "الأسبوع الماضي", "2025-W52", "week", "date"),
    ("ينتظر أن يلتقي الرئيسان الشهر المقبل", "الشهر المقبل", "2026-02", "month", "date"),
    ("ربحت الشركة 10 مليارات دولار العام الماضي", "العام الماضي", "2025", "year", "date"),
    ("تشن القوات هجوما منذ 3 أيام", "منذ 3 أيام", "2026-01-01", "day", "date"),
    ("كشف الوزير قبل يومين أن", "قبل يومين", "2026-01-02", "day", "date"),
    ("وسيصبح القرار نافذا بعد أسبوع", "بعد أسبوع", "2026-W02", "week", "date"),
    ("شهدت تصعيدًا ملحوظًا منذ أوائل ديسمبر الماضي، وسط تحذيرات", "أوائل ديسمبر الماضي", "2025-12-early", "part-of-month", "date"),
    ("أعلن ذلك في منتصف الشهر الجاري", "منتصف الشهر الجاري", "2026-01-mid", "part-of-month", "date"),
    # clock times, durations, sets, vague references
    ("وبحلول الساعة 07:44 بتوقيت غرينتش ارتفع الخام", "الساعة 07:44 بتوقيت غرينتش", "2026-01-04T07:44+00:00", "minute", "time"),
    ("وصل الجثمان في الساعة الرابعة عصر أمس", "الساعة الرابعة عصر أمس", "2026-01-03T16", "hour", "time"),
    ("وقف إطلاق النار لمدة 30 يوما", "لمدة 30 يوما", "P30D", None, "duration"),
    ("يستمر لمدة ساعتين فقط", "لمدة ساعتين", "PT2H", None, "duration"),
    ("يحتسون القهوة يوميا في المنزل", "يوميا", "P1D", None, "set"),
    ("واتُفق على عقد اجتماعات لاحقة خلال الفترة القادمة، بهدف", "الفترة القادمة", None, None, "vague"),
    ("من المواقع التي تقدمت إليها مؤخرًا في الجنوب", "مؤخرًا", None, None, "vague"),
])
def test_dates_found_and_resolved(text, expr, value, precision, type_):
    d = one(text, expr)
    assert (d.value, d.precision, d.type) == (value, precision, type_)
    assert text[d.start:d.end] == d.text


@pytest.mark.parametrize("text,expr", [
    ("الذي أعلن الخميس الماضي عن لقائه بمسؤولين من سوريا", "الخميس الماضي"),
    ("والتي شهدت تصعيدًا ملحوظًا منذ أوائل ديسمبر الماضي، وسط تحذيرات", "أوائل ديسمبر الماضي"),
    ("لقاء في باريس غدًا لاستئناف التفاوض", "غدًا"),
    ("تشن القوات هجوما منذ 3 أيام", "منذ 3 أيام"),
    ("بعد الإطاحة بنظام الرئيس السابق بشار الأسد في ديسمبر، محذّرًا", "ديسمبر"),
])
def test_dates_without_publication_stay_unresolved(text, expr):
    d = one(text, expr, published=None)
    assert d.value is None and d.precision is None


def test_dates_absolute_resolve_without_publication():
    assert one("قتل 6 فلسطينيين في 30 مارس 1976", "30 مارس 1976", None).value == "1976-03-30"


def test_dates_weekday_mismatch_is_flagged_not_forced():
    d = one("أكد الرئيس الفرنسي، إيمانويل ماكرون، اليوم الثلاثاء، على أهمية", "اليوم الثلاثاء")
    assert d.flags == ("weekday-mismatch",) and d.value is None


@pytest.mark.parametrize("text,expr", [
    ("لقاء في باريس غدًا لاستئناف", "غدًا"),
    ("الساعة العاشرة مساءً بالتوقيت المحلي", "الساعة العاشرة مساءً بالتوقيت المحلي"),
    ("وقالت في مؤتمرٍ صحفي اليومَ إنّ", "اليومَ"),
])
def test_dates_spans_keep_original_marks(text, expr):
    d = [d for d in find_dates(text, PUB)][0]
    assert d.text == expr == text[d.start:d.end]


@pytest.mark.parametrize("text", [
    "نقلا عن قناة روسيا اليوم الإخبارية",
    "يربط الحلم بين الاثنين بينما تتطور علاقتهما",
    "ولامس المعدن الأصفر 1330 دولارا للأوقية",
    "بعد صلاة الجمعة في المسجد الكبير",
    "تحتفل البلاد باليوم الوطني السعودي",
    "وسيحضر اجتماع رئيس حزب الغد",
    "وفاز الفريق 3 صفر على ضيفه",
    "أرسل نحو 2000 جندي إلى الحدود",
])
def test_dates_must_not_find_look_alikes(text):
    assert [d.text for d in find_dates(text, PUB) if d.type != "vague"] == []


def test_dates_spans_restrict_the_search():
    text = "غدا يبدأ المؤتمر. أمس انتهى التحضير."
    found = find_dates(text, PUB, spans=[(18, len(text))])
    assert [d.text for d in found] == ["أمس"]


def test_dates_relative_to_another_event_keeps_no_value():
    d = one("وبعد يومين من سيطرة القوات على عفرين انتشر عناصر الشرطة", "بعد يومين")
    assert d.value is None and "relative-to-event" in d.flags


def test_dates_unknown_strategy_is_a_config_error():
    with pytest.raises(ConfigError, match="nope"):
        find_dates("غدا", PUB, strategies=[*DEFAULT_STRATEGIES, "nope"])


def test_dates_strategy_order_comes_from_config():
    from marsad import config
    assert tuple(config.load()["dates"]["strategies"]) == DEFAULT_STRATEGIES


WORDS = ["غدًا", "أمس", "اليوم", "الخميس", "الماضي", "المقبل", "04", "يناير", "2026", "-", "09:36", "م",
         "كانون الثاني", "/", "١٢", "رمضان", "1447", "هـ", "منذ", "3", "أيام", "الساعة", "العاشرة",
         "مساءً", "بتوقيت", "غرينتش", "أوائل", "ديسمبر", "،", "(", ")", "لمدة", "عامين", "ـ", "\u064b",
         "\u0651", "\n", "x", "الأسبوع", "قبل", "بعد", "غد", "أول", "من", "عام", "شهر", "يوميا"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14), st.lists(st.sampled_from([" ", "", "  "]), max_size=14),
       st.sampled_from([None, PUB, MARCH]))
def test_dates_offsets_always_point_at_their_text(words, gaps, published):
    text = "".join(w + (gaps[i] if i < len(gaps) else " ") for i, w in enumerate(words))
    for d in find_dates(text, published):
        assert text[d.start:d.end] == d.text and d.start < d.end


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ابتغدًٌّـأإآىة٠١٢٣ 0123\n"))))
def test_dates_fast_fold_matches_normalize_with_map(text):
    norm, offsets = fold(text)
    want_norm, want_offsets = normalize_with_map(text)
    assert norm == want_norm
    assert (offsets or list(range(len(text) + 1))) == want_offsets
