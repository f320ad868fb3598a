"""The event data under src/marsad/data/events/: the PLOVER ontology (plover.yaml), the Arabic trigger lexicon
(triggers.tsv) and the modality cues (modality.tsv) — shape, provenance, consistency with each other, and that
real news sentences find their triggers through simplemma's lemma keys."""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import pytest
import simplemma
import yaml

from marsad.text.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
EVENTS = ROOT / "src" / "marsad" / "data" / "events"

TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
TRIGGER_COLUMNS = ["lemma", "pos", "type", "mode", "context", "actor_role_hint", "example"]
MODALITY_COLUMNS = ["cue", "modality", "scope", "example"]
POS = {"verb", "noun", "adj"}
HINTS = {"subject_actor", "object_recipient", "reciprocal", "subject_recipient"}
MODALITIES = {"planned", "negated", "denied", "demanded", "hypothetical", "historical"}
SCOPES = {"before", "after", "prefix"}
ARABIC_WORD = re.compile(r"^[\u0621-\u063a\u0641-\u064a]+$")
GAP = 2  # at most this many other words between two words of a multiword trigger


# ---------------------------------------------------------------- reading

@lru_cache(maxsize=None)
def read_tsv(name: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[dict[str, str], ...]]:
    """(comment lines, column names, rows as dicts) of a TSV file in the events folder."""
    lines = (EVENTS / name).read_text("utf-8").split("\n")
    assert lines[-1] == "", f"{name} must end with a newline"
    lines = lines[:-1]
    comments = tuple(line for line in lines if line.startswith("#"))
    assert lines[: len(comments)] == list(comments), f"{name}: comments must all come first"
    body = lines[len(comments):]
    cols = tuple(body[0].split("\t"))
    rows = []
    for line in body[1:]:
        cells = line.split("\t")
        assert len(cells) == len(cols), f"{name}: bad row width: {line!r}"
        rows.append(dict(zip(cols, cells)))
    return comments, cols, tuple(rows)


@lru_cache(maxsize=None)
def plover() -> dict:
    return yaml.safe_load((EVENTS / "plover.yaml").read_text("utf-8"))


def yaml_comments() -> list[str]:
    out = []
    for line in (EVENTS / "plover.yaml").read_text("utf-8").splitlines():
        if not line.startswith("#"):
            break
        out.append(line)
    return out


def triggers() -> tuple[dict[str, str], ...]:
    return read_tsv("triggers.tsv")[2]


def cues() -> tuple[dict[str, str], ...]:
    return read_tsv("modality.tsv")[2]


# ---------------------------------------------------------------- the tiny lookup

WORD = re.compile(r"[\u0621-\u064a\u0640\u064b-\u0652\u0670]+|[A-Za-z0-9]+")
ENCLITICS = ("هما", "هم", "ها", "ه", "كم", "نا")


@lru_cache(maxsize=None)
def token_keys(tok: str) -> frozenset[str]:
    """Normalised keys a token can match: simplemma lemmas (and bare forms) of the token with a leading و/ف,
    a ب/ل/ك/لل proclitic and an attached pronoun stripped."""
    cands = [tok]
    if len(tok) > 3 and tok[0] in "وف":
        cands.append(tok[1:])
    for c in list(cands):
        if len(c) > 3 and c.startswith("لل"):
            cands.append("ال" + c[2:])
        if len(c) > 3 and c[0] in "بلك":
            cands.append(c[1:])
    for c in list(cands):
        for suf in ENCLITICS:
            if c.endswith(suf) and len(c) - len(suf) >= 3:
                stem = c[: -len(suf)]
                cands.append(stem)
                if stem.endswith("ت"):
                    cands.append(stem[:-1] + "ة")
                if stem[-1] in "ئؤ":
                    cands.append(stem[:-1] + "ء")
                break
    out = set()
    for c in cands:
        out.add(normalize(simplemma.lemmatize(c, lang="ar")))
        bare = normalize(c)
        out.add(bare)
        if bare.startswith("ال") and len(bare) > 3:
            out.add(bare[2:])
    return frozenset(out)


def sentence_keys(text: str) -> list[frozenset[str]]:
    return [token_keys(t) for t in WORD.findall(text)]


def occurs(keys: list[frozenset[str]], parts: list[str]) -> bool:
    """Whether the lemma parts occur in order with at most GAP other words between consecutive parts."""
    def rec(start: int, k: int) -> bool:
        if k == len(parts):
            return True
        end = len(keys) if k == 0 else min(len(keys), start + GAP + 1)
        return any(parts[k] in keys[j] and rec(j + 1, k + 1) for j in range(start, end))
    return rec(0, 0)


def lemma_parts(row: dict[str, str]) -> list[str]:
    return [normalize(p) for p in row["lemma"].split(" ")]


def types_found(text: str) -> set[str]:
    keys = sentence_keys(text)
    return {r["type"] for r in triggers() if occurs(keys, lemma_parts(r))}


# ---------------------------------------------------------------- provenance

@pytest.mark.parametrize("name", ["triggers.tsv", "modality.tsv", "plover.yaml"])
def test_header_names_source_and_licence(name):
    comments = yaml_comments() if name.endswith(".yaml") else list(read_tsv(name)[0])
    text = "\n".join(comments)
    assert len(comments) >= 3
    assert re.search(r"^# source:", text, re.M), "header must name the source"
    assert re.search(r"^# licen[cs]e:", text, re.M), "header must name the licence"
    if name == "plover.yaml":
        assert "openeventdata/PLOVER" in text and "CC BY-SA 4.0" in text
    else:
        assert "curated by marsad developers" in text and "Apache-2.0" in text


def test_columns():
    assert list(read_tsv("triggers.tsv")[1]) == TRIGGER_COLUMNS
    assert list(read_tsv("modality.tsv")[1]) == MODALITY_COLUMNS


# ---------------------------------------------------------------- plover.yaml

def test_plover_types_modes_contexts():
    p = plover()
    assert list(p["types"]) == TYPES
    for name, t in p["types"].items():
        assert isinstance(t["definition"], str) and t["definition"].strip() and "\n" not in t["definition"], name
        assert isinstance(t["modes"], dict), name
        for mode, desc in t["modes"].items():
            assert re.fullmatch(r"[A-Za-z-]+", mode) and isinstance(desc, str) and desc, (name, mode)
    assert p["types"]["REQUEST"]["codebook_name"] == "DEMAND"
    assert set(p["types"]["ASSAULT"]["modes"]) >= {"firearms", "explosives", "heavy-weapons", "assassinate"}
    assert set(p["types"]["PROTEST"]["modes"]) == {"demo", "riot", "general", "strike", "hunger", "boycott", "obstruct"}
    assert set(p["types"]["CONSULT"]["modes"]) == {"visit", "third-party", "multilateral", "phone"}
    contexts = p["contexts"]
    assert len(contexts) == len(set(contexts)) >= 20
    assert {"military", "diplomatic", "economic", "humanitarian", "legal"} <= set(contexts)
    assert p["special_contexts"] == ["historical", "future", "hypothetical", "negation"]


def test_strict_folding_covers_every_modality():
    fold = plover()["strict_folding"]
    assert set(fold["modality_to_context"]) == MODALITIES
    special = set(plover()["special_contexts"])
    assert {v for v in fold["modality_to_context"].values() if v} <= special
    ids = {r["id"] for r in fold["rules"]}
    assert {"future_cooperation_is_agree", "negated_events_not_coded", "demanded_is_request"} <= ids
    for rule in fold["rules"]:
        assert rule.get("code_as") in set(TYPES) | {None}, rule["id"]
        for t in (rule.get("when") or {}).get("types", []):
            assert t in TYPES, rule["id"]


# ---------------------------------------------------------------- triggers.tsv

def test_trigger_fields_are_valid():
    p = plover()
    contexts = set(p["contexts"])
    for r in triggers():
        where = (r["lemma"], r["type"], r["example"])
        assert r["type"] in TYPES, where
        assert r["mode"] == "" or r["mode"] in p["types"][r["type"]]["modes"], where
        assert r["context"] == "" or set(r["context"].split(",")) <= contexts, where
        assert r["pos"] in POS, where
        assert r["actor_role_hint"] in HINTS, where
        assert r["example"].strip(), where
        assert all(ARABIC_WORD.match(part) for part in r["lemma"].split(" ")), where


def test_every_type_has_triggers():
    counts = defaultdict(int)
    for r in triggers():
        counts[r["type"]] += 1
    for t in TYPES:
        assert counts[t] >= 5, (t, counts[t])
    assert len(triggers()) >= 300


def test_no_lemma_with_conflicting_types():
    by_key = defaultdict(set)
    for r in triggers():
        by_key[(" ".join(lemma_parts(r)), r["pos"])].add(r["type"])
    conflicts = {k: v for k, v in by_key.items() if len(v) > 1}
    assert not conflicts, conflicts


def test_no_duplicate_rows():
    seen = set()
    for r in triggers():
        key = (" ".join(lemma_parts(r)), r["pos"], r["type"])
        assert key not in seen, key
        seen.add(key)


def test_every_trigger_is_found_in_its_example():
    missing = [(r["lemma"], r["example"]) for r in triggers()
               if not occurs(sentence_keys(r["example"]), lemma_parts(r))]
    assert not missing, missing[:10]


# Single words simplemma maps onto a trigger's key but which mostly mean something else in news text.
COMMON_WORDS = ["الفجر", "بعد", "وسط", "الصادر", "قاطع", "الباحث", "تهم", "القاضي", "تدمر", "الحجاب", "لصالح",
                "ثمن", "مواجهة", "الأغوار", "ألواح", "أبعد"]


@pytest.mark.parametrize("word", COMMON_WORDS)
def test_common_words_are_not_single_word_triggers(word):
    keys = token_keys(word)
    hits = [r["lemma"] for r in triggers() if " " not in r["lemma"] and normalize(r["lemma"]) in keys]
    assert not hits, (word, hits)


SENTENCES = [
    ("كشف مصدر عن إجراء لقاء سري بين مسؤولين سوريين وآخرين إسرائيليين", "CONSULT"),
    ("وتظاهر آلاف الفلسطينيين في رام الله", "PROTEST"),
    ("قصفت طائرات حربية مواقع في ريف إدلب", "ASSAULT"),
    ("اتهمت الخارجية الإيرانية واشنطن بزعزعة الاستقرار", "ACCUSE"),
    ("بحث وزير الخارجية المصري مع نظيره الأردني تطورات الأوضاع في غزة", "CONSULT"),
    ("واستقبل الرئيس التونسي وزير الخارجية الجزائري في قصر قرطاج", "CONSULT"),
    ("أجرى الرئيس الفرنسي اتصالا هاتفيا بولي العهد السعودي", "CONSULT"),
    ("وقعت مصر والسعودية اتفاقية لتعزيز التعاون الاقتصادي", "SUPPORT"),
    ("رحبت جامعة الدول العربية بالاتفاق بين الفصائل الفلسطينية", "SUPPORT"),
    ("أعلنت الحكومة السودانية وقف إطلاق النار لمدة 72 ساعة", "CONCEDE"),
    ("اعتذر رئيس الوزراء الإسرائيلي عن مقتل عمال الإغاثة", "CONCEDE"),
    ("طالب الاتحاد الأوروبي بالإفراج الفوري عن الصحفيين المعتقلين", "REQUEST"),
    ("ودعا الأمين العام للأمم المتحدة إلى وقف فوري لإطلاق النار", "REQUEST"),
    ("اعتقلت قوات الاحتلال عشرة فلسطينيين خلال مداهمات في الضفة الغربية", "COERCE"),
    ("أعلنت السلطات حظر التجول في العاصمة الخرطوم", "COERCE"),
    ("فرضت وزارة الخزانة الأمريكية عقوبات جديدة على شركات إيرانية", "SANCTION"),
    ("وقطعت بوليفيا علاقاتها الدبلوماسية مع إسرائيل", "SANCTION"),
    ("طردت الحكومة النيجرية السفير الفرنسي", "SANCTION"),
    ("هدد زعيم الحوثيين باستهداف السفن في البحر الأحمر", "THREATEN"),
    ("وتوعد الحرس الثوري برد قاس على الهجوم", "THREATEN"),
    ("رفضت حركة حماس المقترح الإسرائيلي الأخير", "REJECT"),
    ("أفرجت السلطات المصرية عن عشرات المعتقلين السياسيين", "RETREAT"),
    ("انسحبت القوات الروسية من مدينة خيرسون", "RETREAT"),
    ("قدم وزير المالية استقالته إلى رئيس الحكومة", "RETREAT"),
    ("قدمت الإمارات مساعدات إنسانية عاجلة إلى السودان", "AID"),
    ("زودت الولايات المتحدة أوكرانيا بصواريخ بعيدة المدى", "AID"),
    ("حشد الجيش التركي تعزيزات عسكرية على الحدود مع سوريا", "MOBILIZE"),
    ("نشرت كوريا الشمالية قوات إضافية على الحدود", "MOBILIZE"),
    ("أجرت القوات الأمريكية والأردنية مناورات مشتركة في الصحراء", "COOPERATE"),
    ("تعاونت الشرطة المغربية والإسبانية في تفكيك خلية إرهابية", "COOPERATE"),
    ("اتفق الجانبان على تشكيل لجنة مشتركة لمتابعة الملف", "AGREE"),
    ("أعرب الوزير عن استعداد بلاده للوساطة بين الطرفين", "AGREE"),
    ("أدان الأزهر الاعتداء على المصلين في المسجد الأقصى", "ACCUSE"),
    ("اغتال مسلحون مجهولون قياديا في حركة فتح بمخيم عين الحلوة", "ASSAULT"),
    ("وأطلق مسلحون النار على دورية للشرطة في سيناء", "ASSAULT"),
    ("وتبادل الجيش والمسلحون إطلاق النار قرب الحدود", "ASSAULT"),
    ("أضرب المعلمون عن العمل احتجاجا على تدني الرواتب", "PROTEST"),
]


@pytest.mark.parametrize("sentence, expected", SENTENCES)
def test_sentence_finds_trigger_of_expected_type(sentence, expected):
    assert expected in types_found(sentence), (sentence, sorted(types_found(sentence)))


def test_sentences_cover_every_type():
    assert {t for _, t in SENTENCES} == set(TYPES)


NOT_EVENTS = [
    ("أدى المصلون صلاة الفجر في المسجد", "ASSAULT"),
    ("جاء ذلك في البيان الصادر عن الوزارة", "COERCE"),
    ("أعلنت الحركة رفضها القاطع للمقترح", "PROTEST"),
    ("قال الباحث في الشؤون السياسية إن الوضع معقد", "CONSULT"),
    ("انتشرت الشرطة في وسط المدينة بعد الظهر", "CONSULT"),
]


@pytest.mark.parametrize("sentence, absent", NOT_EVENTS)
def test_common_words_do_not_trigger(sentence, absent):
    assert absent not in types_found(sentence), (sentence, sorted(types_found(sentence)))


# ---------------------------------------------------------------- modality.tsv

def test_modality_fields_are_valid():
    for r in cues():
        assert r["modality"] in MODALITIES, r
        assert r["scope"] in SCOPES, r
        assert r["cue"].strip() and r["example"].strip(), r
    counts = defaultdict(int)
    for r in cues():
        counts[r["modality"]] += 1
    assert all(counts[m] >= 5 for m in MODALITIES), counts
    assert len(cues()) >= 60
    assert any(r["scope"] == "prefix" and normalize(r["cue"]) == "س" for r in cues())


def test_modality_cue_has_one_meaning():
    by_key = defaultdict(set)
    for r in cues():
        by_key[(normalize(r["cue"]), r["scope"])].add(r["modality"])
    assert not {k: v for k, v in by_key.items() if len(v) > 1}


def _word_keys(text: str) -> list[set[str]]:
    out = []
    for w in WORD.findall(text):
        n = normalize(w)
        forms = {n}
        if len(n) > 3 and n[0] in "وفبل":
            forms.add(n[1:])
        out.append(forms)
    return out


@pytest.mark.parametrize("row", cues(), ids=lambda r: f"{r['cue']}-{r['scope']}")
def test_modality_cue_appears_in_its_example(row):
    words = _word_keys(row["example"])
    cue = [normalize(w) for w in WORD.findall(row["cue"])]
    if row["scope"] == "prefix":
        assert any(w.startswith(cue[0]) and len(w) > 3 for forms in words for w in forms), row
        return
    n = len(cue)
    assert any(all(cue[i] in words[j + i] for i in range(n)) for j in range(len(words) - n + 1)), row
