"""HTML pages: the story without the page furniture, in any of the encodings Arabic sites use."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import marsad
from marsad import config
from marsad.errors import InputError
from marsad.ingest import readers
from marsad.ingest.article import Article, Skip
from marsad.ingest.html import assemble, declared_charset, html_article, html_fragment_parts
from conftest import example_text
from fixtures import make_fixtures

FIXTURES = Path(__file__).parent / "fixtures"
AXIOS = "paris-talks-axios-preview"
SYRIAN = "paris-talks-syrian-source"
AXIOS_COPIES = [f"{AXIOS}.html", f"{AXIOS}.windows-1256.html", f"{AXIOS}.iso-8859-6.html"]
TITLE = "أكسيوس: لقاء سوري–إسرائيلي في باريس غدًا لاستئناف التفاوض حول اتفاق أمني"
# Page furniture of the fixtures: menu, ticker, share bar, tags, related links, sidebar, footer.
FURNITURE = ["الرئيسية", "تسجيل الدخول", "استئناف الرحلات في مطار دمشق", "نسخ الرابط", "الوسوم",
             "باراك: حققنا تقدماً ملموساً", "الأكثر قراءة", "ارتفاع أسعار المحروقات",
             "النشرة البريدية", "سياسة الخصوصية", "جميع الحقوق محفوظة", "لا توجد تعليقات",
             "انقطاع الكهرباء عن أحياء في درعا", "القنيطرة: دورية إسرائيلية", "الأكثر مشاهدة"]


@pytest.fixture(scope="module")
def cfg():
    return config.load()


def read(name: str, cfg, **kw) -> Article:
    return html_article((FIXTURES / name).read_bytes(), str(FIXTURES / name), cfg, **kw)


def test_html_axios_page_metadata(cfg):
    a = read(f"{AXIOS}.html", cfg)
    assert (a.title, a.outlet, a.author) == (TITLE, "الشام الجديد", "عمرو أحمد")
    assert a.published == "2026-01-04T21:36:00+03:00"
    assert a.url == "https://alsham-aljadeed.example/arab/2026/01/04/axios-paris-meeting"
    assert (a.id, a.fmt) == (f"{AXIOS}.html", "html")


@pytest.mark.parametrize("name", AXIOS_COPIES)
def test_html_legacy_encodings_give_the_same_arabic(name, cfg):
    a = read(name, cfg)
    assert a.text == read(f"{AXIOS}.html", cfg).text
    assert a.title == TITLE and a.outlet == "الشام الجديد"
    assert "كشف موقع «أكسيوس» الأمريكي، نقلًا عن مسؤول إسرائيلي" in a.text


def test_html_legacy_page_without_any_declaration_is_guessed(cfg):
    data = (FIXTURES / f"{AXIOS}.windows-1256.html").read_bytes()
    data = data.replace(b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">', b"")
    assert declared_charset(data) is None
    assert html_article(data, "page.html", cfg).title == TITLE


@pytest.mark.parametrize("content_type", ["text/html; charset=ISO-8859-1", "text/html; charset=windows-1256",
                                          "text/html"])
def test_html_http_header_charset_and_latin1_mislabel(content_type, cfg):
    """Old Apache servers labelled windows-1256 pages ISO-8859-1: the label must not win."""
    a = read(f"{AXIOS}.windows-1256.html", cfg, content_type=content_type)
    assert a.title == TITLE


@pytest.mark.parametrize("head,content_type,codec", [
    (b'<meta charset="utf-8">', None, "utf_8"),
    (b'<meta charset="ISO-8859-6">', None, "iso8859_6"),
    (b'<META HTTP-EQUIV="content-type" CONTENT="text/html; charset=windows-1256">', None, "cp1256"),
    (b'<meta charset="utf-8">', "text/html; charset=windows-1256", "cp1256"),
    (b'<meta charset="utf-16">', None, "utf_8"),
    (b'<meta charset="no-such-charset">', None, None),
    (b"<p>\xc7\xe1\xd4\xc7\xe3</p>", "text/html; charset=iso-8859-1", None),
    (b'<?xml version="1.0" encoding="windows-1256"?>', None, "cp1256"),
])
def test_html_declared_charset(head, content_type, codec):
    assert declared_charset(b"<html><head>" + head + b"</head>", content_type) == codec


@pytest.mark.parametrize("name", [*AXIOS_COPIES, f"{SYRIAN}.html", f"{AXIOS}.truncated.html"])
def test_html_blocks_point_into_the_text(name, cfg):
    a = read(name, cfg)
    assert a.blocks and a.blocks[0].kind == "title"
    for b in a.blocks:
        assert a.text[b.start:b.end] == b.text
    assert a.to_doc().check_offsets() is None


@pytest.mark.parametrize("name", [f"{AXIOS}.html", f"{SYRIAN}.html"])
def test_html_page_furniture_is_not_in_the_text(name, cfg):
    text = read(name, cfg).text
    for junk in FURNITURE:
        assert junk not in text, junk


def test_html_text_is_title_blank_line_then_paragraphs(cfg):
    a = read(f"{AXIOS}.html", cfg)
    assert a.text.startswith(TITLE + "\n\nكشف موقع «أكسيوس»")
    assert "\n\n" not in a.text[len(TITLE) + 2:]
    assert a.text.endswith("إلى السكان المتضررين من الحرب.")


def test_html_body_matches_the_pasted_example(cfg):
    """Every body paragraph of the page is a paragraph of the same article as pasted."""
    pasted = {" ".join(line.split()) for line in example_text(AXIOS).splitlines()}
    body = [b.text for b in read(f"{AXIOS}.html", cfg).blocks if b.kind == "body"]
    assert len(body) == 9
    assert all(p in pasted for p in body)


@pytest.mark.parametrize("name,kind,texts", [
    (f"{AXIOS}.html", "subheading", ["لقاء مرتقب بين مسؤولين من سوريا وإسرائيل",
                                     "تصريحات مستشار الرئيس الفرنسي لشؤون الشرق الأوسط:"]),
    (f"{AXIOS}.html", "teaser", ["اقرأ أيضا: الاحتلال ينفي مجاعة غزة ويصفها بـ «الأكذوبة الإعلامية» "
                                 "رغم شهادات العالم"]),
    (f"{SYRIAN}.html", "subheading", ["قنوات التواصل", "الأمن والاستقرار",
                                      "المصدر السوري يحمل إسرائيل مسئولية التصعيد في جنوب البلاد"]),
    (f"{SYRIAN}.html", "teaser", [
        "مقال له علاقة: الاحتلال ينفي مجاعة غزة ويصفها بـ «الأكذوبة الإعلامية» رغم شهادات العالم",
        "من نفس التصنيف: واشنطن تهاجم باريس بعد اعتراف ماكرون بفلسطين كخطوة دبلوماسية متهورة"]),
])
def test_html_headings_and_teasers_keep_their_kind(name, kind, texts, cfg):
    assert [b.text for b in read(name, cfg).blocks if b.kind == kind] == texts


def test_html_page_without_a_date_has_no_published(cfg):
    a = read(f"{SYRIAN}.html", cfg)
    assert a.published is None and a.author is None
    assert (a.title, a.outlet) == ("مصدر دبلوماسي سوري يكشف تفاصيل لقاء باريس مع مسؤولين إسرائيليين",
                                   "صوت الجنوب")


def test_html_truncated_page_gives_what_it_has(cfg):
    a = read(f"{AXIOS}.truncated.html", cfg)
    assert a.title == TITLE and a.published == "2026-01-04T21:36:00+03:00"
    assert a.text.endswith("تضع الإنسان و")  # cut inside a letter: that letter dropped, no mojibake
    assert "Ø" not in a.text and "\ufffd" not in a.text


@pytest.mark.parametrize("cut", [600, 2000, 4000])
def test_html_page_cut_before_the_story_is_skipped_with_reason(cut, cfg):
    data = (FIXTURES / f"{AXIOS}.html").read_bytes()[:cut]
    items = list(readers.read_bytes(data, "cut.html", cfg))
    assert items == [Skip("cut.html", "no article text found")]


@pytest.mark.parametrize("data", [b"<html><body><nav><a href='/'>home</a></nav></body></html>",
                                  b"\x00\x01\x02<html>", b"<html>" + b"\xff" * 50])
def test_html_junk_is_a_skip_not_a_traceback(data, cfg):
    items = list(readers.read_bytes(data, "junk.html", cfg))
    assert len(items) == 1 and isinstance(items[0], Skip)


def test_html_read_source_routes_by_suffix(cfg):
    items = list(readers.read_source(str(FIXTURES / f"{AXIOS}.iso-8859-6.html"), cfg))
    assert [type(i) for i in items] == [Article] and items[0].title == TITLE
    assert readers.guess_format("page.htm", b"") == "html"
    assert readers.sniff(b"<!DOCTYPE html><html lang='ar'>") == "html"


def test_html_blocks_survive_the_pipeline(cfg):
    doc = marsad.analyze(read(f"{AXIOS}.html", cfg))
    assert [b.text for b in doc.blocks_of("subheading")][:1] == ["لقاء مرتقب بين مسؤولين من سوريا وإسرائيل"]
    assert doc.meta.title == TITLE and doc.meta.fmt == "html"
    doc.check_offsets()


def test_html_fragment_parts_split_paragraphs_and_headings():
    parts = html_fragment_parts("<p>أول فقرة.</p><h2>عنوان فرعي</h2><p>سطر<br>سطر ثان</p>"
                                "<p>اقرأ أيضا: خبر آخر</p>")
    assert parts == [("body", "أول فقرة."), ("subheading", "عنوان فرعي"), ("body", "سطر"),
                     ("body", "سطر ثان"), ("teaser", "اقرأ أيضا: خبر آخر")]
    assert html_fragment_parts("نص بلا وسوم\nوسطر ثان") == [("body", "نص بلا وسوم"), ("body", "وسطر ثان")]
    assert html_fragment_parts("  ") == []


def test_html_assemble_without_title():
    text, blocks = assemble(None, [("body", "أ"), ("body", "ب")])
    assert text == "أ\nب" and [(b.start, b.end) for b in blocks] == [(0, 1), (2, 3)]


def test_html_derived_fixtures_are_what_the_script_makes(tmp_path):
    """The encoded copies, the truncated page and the WARC are regenerated byte for byte."""
    for path in make_fixtures.build(tmp_path):
        assert path.read_bytes() == (FIXTURES / path.name).read_bytes(), path.name


def test_html_empty_title_page_raises_input_error(cfg):
    with pytest.raises(InputError, match="no article text found"):
        html_article(b"<html><head><title>x</title></head><body></body></html>", "e.html", cfg)


TAGS = st.sampled_from(["<p>", "</p>", "<h2>", "<div>", "</div>", "<br>", "<meta charset='cp1256'>",
                        "<title>", "<script>", "<!--", "<![CDATA[", "&#171;", "&amp", "<html>"])
WORDS = st.sampled_from(["كشف مصدر دبلوماسي سوري", "اقرأ أيضا:", "في باريس.", "\u0640", "\x00", "é"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.binary(max_size=3000), st.lists(st.one_of(TAGS, WORDS), max_size=200).map(
    lambda xs: "".join(xs).encode("utf-8"))))
def test_html_any_bytes_give_articles_or_skips_never_a_traceback(cfg, data):
    for item in readers.read_bytes(data, "fuzz.html", cfg):
        assert isinstance(item, (Article, Skip))
        if isinstance(item, Article):
            item.to_doc().check_offsets()
