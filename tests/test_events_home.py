"""Participants whose words name no country take the country the article is about, and only then."""
from __future__ import annotations

from marsad.api import analyze

ARTICLE = ("قالت وزارة الصحة الفلسطينية إنها جاهزة لإجراء العملية في رام الله.\n\n"
           "وأضافت أن الطفلة الفلسطينية وصلت إلى مستشفى في غزة مساء أمس.\n\n"
           "وشددت وزارة الصحة على التزامها بتقديم العلاج للطفلة في الضفة الغربية.")


def _event(doc, trigger_word):
    return next(e for e in doc.events if trigger_word in e.trigger.text)


def test_events_home_unnamed_ministry_takes_the_articles_country():
    doc = analyze(ARTICLE, published="2018-03-23")
    event = _event(doc, "التزام")
    assert [(a.text, a.country) for a in event.actors] == [("وزارة الصحة", "PSE")]


def test_events_home_lone_sentence_lends_nothing():
    doc = analyze("وشددت وزارة الصحة على التزامها بتقديم العلاج للطفلة في غزة.", published="2018-03-23")
    event = _event(doc, "التزام")
    assert [a.country for a in event.actors] == [None]


def test_events_home_article_about_two_countries_lends_nothing():
    text = ("التقى وزير الخارجية الفرنسي نظيره الجزائري في الجزائر.\n\n"
            "وبحث الوزيران في باريس العلاقات بين فرنسا والجزائر.\n\n"
            "وشددت وزارة الصحة على التزامها بتقديم العلاج للمرضى.")
    doc = analyze(text, published="2018-03-15")
    assert [a.country for a in _event(doc, "التزام").actors] == [None]


def test_events_article_body_tells_its_news_a_lone_sentence_may_recall():
    line = "قال الوزير إن المحادثات مع قطر جارية."
    article = f"قالت وكالة الأنباء إن الأمير وصل أمس.\n\n{line}\n\nوأضافت أن الملكة استقبلته في القصر."
    modality = [e.modality for e in analyze(line, published="2018-03-07").events
                if e.trigger.text == "المحادثات"]
    in_article = [e.modality for e in analyze(article, published="2018-03-07").events
                  if e.trigger.text == "المحادثات"]
    assert modality == ["historical"] and in_article == ["happened"]


def test_events_home_a_headline_opening_on_a_country_names_it():
    text = ("مصر: المحكمة الدستورية تلغي الأحكام بشأن الجزيرتين\n\n"
            "ألغت المحكمة الدستورية العليا السبت الأحكام المتعلقة بالاتفاقية مع السعودية.\n\n"
            "وكانت الحكومة أعلنت في نيسان/أبريل 2016 اتفاقية تمنح السيادة على الجزيرتين إلى السعودية.\n\n"
            "وقالت السعودية إن الاتفاقية تعزز العلاقات.")
    doc = analyze(text, published="2018-03-04")
    event = next(e for e in doc.events if e.trigger.text == "اتفاقية")
    assert [(a.text, a.country) for a in event.actors] == [("الحكومة", "EGY")]


def test_events_home_a_united_nations_body_takes_no_home_country():
    text = ("علقت المحكمة العليا في إسرائيل العمل بخطة حكومية تقضي بترحيل المهاجرين الأفارقة.\n\n"
            "وقالت الحكومة الإسرائيلية إنها ستستأنف.\n\n"
            "وانتقدت مفوضية الأمم المتحدة لشؤون اللاجئين الخطة الإسرائيلية.\n\n"
            "وقال نتنياهو إن إسرائيل لن تتراجع.")
    event = _event(analyze(text, published="2018-03-16"), "انتقدت")
    assert [(a.text, a.country) for a in event.actors] == [("مفوضية الأمم المتحدة لشؤون اللاجئين", None)]
