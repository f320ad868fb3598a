"""The trigger lexicon matched on clitic-split tokens: lemmas, inflections, multiword phrases, companions."""
from __future__ import annotations

import pytest

from marsad.events.context import prepare
from marsad.events.triggers import build_lexicon, lexicon, match_triggers, parse_trigger
from marsad.text.tokens import tokenize


def found(text: str, **kw) -> list[tuple[str, str]]:
    """(type, matched words) of every trigger in `text`."""
    toks = tokenize(text)
    return [(m.trigger.type, " ".join(toks[k].text for k in m.tokens))
            for m in match_triggers(toks, **kw)]


@pytest.mark.parametrize("text, etype", [
    ("وتظاهر الطلاب", "PROTEST"),            # proclitic
    ("يتظاهرون أمام البرلمان", "PROTEST"),     # present tense, plural
    ("اغتالوا القيادي", "ASSAULT"),            # past plural
    ("المظاهرات", "PROTEST"),                  # article
    ("لقائه بالوزير", "CONSULT"),              # attached pronoun
    ("أطلق مسلحون النار على الدورية", "ASSAULT"),  # multiword split by the subject
])
def test_triggers_match_through_inflection_and_clitics(text, etype):
    assert etype in {t for t, _ in found(text)}


def test_triggers_multiword_beats_its_single_word():
    assert found("حمّل الوزير مسؤولية التصعيد") == [("ACCUSE", "حمّل مسؤولية")]


def test_triggers_split_trigger_needs_particles_or_a_participant_between():
    assert not [t for t, w in found("يفتح الطريق نحو تحقيق السلام") if t == "ACCUSE"]


def test_triggers_marbuta_form_is_not_its_pronoun_homograph():
    assert not found("لا مظاهره فقط")   # «its manifestations», not «a demonstration»
    assert found("مظاهرة حاشدة")


def test_triggers_names_never_start_one():
    toks = tokenize("قال علي طالب")
    assert not match_triggers(toks, names=frozenset({1, 2}))


def test_triggers_companions_and_exclusions():
    assert not [t for t, _ in found("وتجمع الأهالي في الساحة") if t == "PROTEST"]
    assert [t for t, _ in found("وتجمع مئات المتظاهرين في الساحة") if t == "PROTEST"]
    assert not [t for t, _ in found("لقطع الطريق على الفتنة") if t == "PROTEST"]


def test_triggers_lexicon_rows_parse_like_the_data_file():
    trig = parse_trigger({"lemma": "وقف إطلاق نار", "pos": "noun", "type": "RETREAT",
                          "mode": "ceasefire", "context": "military", "actor_role_hint": "reciprocal"})
    assert trig.words == ("وقف", "اطلاق", "نار") and trig.context == ("military",)
    lex = build_lexicon([{"lemma": "هدنة", "pos": "noun", "type": "RETREAT", "mode": "",
                          "context": "", "actor_role_hint": "reciprocal"}])
    assert [m.trigger.type for m in match_triggers(tokenize("أعلنت الهدنة"), lex)] == ["RETREAT"]
    assert len(lexicon().by_first) > 300


@pytest.mark.parametrize("text", [
    "وخفضت الإمارات تمثيلها الدبلوماسي في الدوحة بعد الأزمة.",      # a possessive on the second word
    "قررت البحرين خفض تمثيلها الدبلوماسي لدى طهران.",
])
def test_triggers_later_word_under_a_pronoun_suffix(text):
    assert "SANCTION" in {t for t, _ in found(text)}


@pytest.mark.parametrize("text", [
    "ودافعت ماي، خلال كلمة ألقتها أمام البرلمان، عن العلاقات مع السعودية.",   # closed by a comma
    "ودافعت ماي، خلال كلمة لها في البرلمان البريطاني عن تحركات المملكة العربية السعودية في اليمن.",
    "ودافع الوزير، في مؤتمر صحفي عقده في القاهرة، عن قرار الحكومة.",
])
def test_triggers_companion_reach_skips_a_parenthetical(text):
    toks = tokenize(text)
    bounds = prepare(text, toks, 0, [], [], {}).bounds
    assert "SUPPORT" in {t for t, _ in found(text, bounds=bounds)}
    assert "SUPPORT" not in {t for t, _ in found("وكان دافع الهجوم، بحسب الشرطة، سرقة المحل.")}


@pytest.mark.parametrize("text", [
    "استقبلت ألمانيا آلاف اللاجئين عام 2015.",
    "واستقبلت تركيا أكثر من 3 ملايين لاجئ سوري منذ بدء الحرب.",
    "استقبل الأردن مئات الجرحى من درعا.",
])
def test_triggers_exclusion_seen_past_the_subject_and_a_count(text):
    toks = tokenize(text)
    subject = frozenset({1})   # the named country receiving them
    assert "CONSULT" not in {m.trigger.type for m in match_triggers(toks, participants=subject)}


def test_triggers_receiving_an_official_is_still_a_meeting():
    toks = tokenize("استقبل الرئيس المصري وزير الخارجية الأميركي في القاهرة.")
    assert "CONSULT" in {m.trigger.type for m in match_triggers(toks, participants=frozenset({1, 2}))}


def test_triggers_preposition_companion_only_after_the_trigger():
    hope = "وقال وزير العدل إن الحكومة تأمل في تحقيق تعددية وشفافية داخل المسجد الكبير."
    assert "ACCUSE" not in {t for t, _ in found(hope)}
    assert "ACCUSE" in {t for t, _ in found("وباشرت الشرطة التحقيق في ملابسات الحادث.")}
    assert "ACCUSE" in {t for t, _ in found("أمرت النيابة بفتح تحقيق في ملابسات الحادث.")}
