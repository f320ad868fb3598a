"""The curated actor gazetteer src/marsad/data/actors.yaml: provenance header, entry shape, unique
ids and Arabic forms, dated roles, and spot checks on entries whose facts are certain."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

ALLOWED_KEYS = {"qid", "en", "type", "country", "sector", "ar", "latin", "roles"}
REQUIRED_KEYS = ALLOWED_KEYS - {"roles", "latin"}
ROLE_KEYS = {"role", "from", "to"}
TYPES = {"PER", "ORG"}
SECTORS = {"GOV", "MIL", "REB", "OPP", "PTY", "SPY", "COP", "JUD", "LEG", "MED", "IGO", "NGO",
           "BUS", "CVL", "REL", "IMG"}
QID = re.compile(r"^Q\d+$")
ISO3 = re.compile(r"^[A-Z]{3}$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ARABIC_LETTER = re.compile(r"[\u0621-\u063a\u0641-\u064a]")
CLITICS = "وبلفك"

# The normalisation the gazetteer matcher compares under (kept in step with marsad.text.normalize).
_TASHKEEL = re.compile(r"[\u064b-\u065f\u0670\u0640]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


def norm(form: str) -> str:
    return _TASHKEEL.sub("", form).translate(_FOLD)


def actors_path() -> Path:
    """The packaged file when marsad is importable, else the file beside the tests in the source tree."""
    try:
        import importlib.resources
        path = importlib.resources.files("marsad") / "data" / "actors.yaml"
        if path.is_file():
            return Path(str(path))
    except (ImportError, ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parent.parent / "src" / "marsad" / "data" / "actors.yaml"


@lru_cache(maxsize=None)
def text() -> str:
    return actors_path().read_text("utf-8")


@lru_cache(maxsize=None)
def entries() -> tuple[dict, ...]:
    data = yaml.safe_load(text())
    assert isinstance(data, list), "actors.yaml must be a YAML list"
    return tuple(data)


def by_en(label: str) -> dict:
    found = [e for e in entries() if e["en"] == label]
    assert len(found) == 1, f"expected one entry labelled {label!r}, found {len(found)}"
    return found[0]


def by_form(form: str) -> dict:
    found = [e for e in entries() if norm(form) in {norm(f) for f in e["ar"]}]
    assert len(found) == 1, f"expected one entry with the form {form!r}, found {len(found)}"
    return found[0]


def test_header_names_source_licence_and_format():
    header = []
    for line in text().split("\n"):
        if not line.startswith("#"):
            break
        header.append(line)
    joined = "\n".join(header)
    assert re.search(r"^# Source: .*Wikidata", joined, re.M), "header must say where the data comes from"
    assert "QIDs checked" in joined
    assert re.search(r"^# Licence: CC0-1\.0", joined, re.M), "header must carry the licence"
    assert "Format:" in joined


def test_at_least_400_entries():
    assert len(entries()) >= 400


def test_every_entry_has_exactly_the_allowed_keys():
    for e in entries():
        keys = set(e)
        assert REQUIRED_KEYS <= keys, f"{e.get('en')}: missing {REQUIRED_KEYS - keys}"
        assert keys <= ALLOWED_KEYS, f"{e.get('en')}: unknown keys {keys - ALLOWED_KEYS}"


def test_field_values():
    for e in entries():
        name = e["en"]
        assert isinstance(name, str) and name.strip() == name and name, e
        assert e["qid"] is None or (isinstance(e["qid"], str) and QID.match(e["qid"])), name
        assert e["type"] in TYPES, name
        assert e["country"] is None or (isinstance(e["country"], str) and ISO3.match(e["country"])), name
        assert e["sector"] in SECTORS, name


def test_qids_are_unique():
    seen: dict[str, str] = {}
    for e in entries():
        if e["qid"] is None:
            continue
        assert e["qid"] not in seen, f"{e['qid']} used by {seen.get(e['qid'])} and {e['en']}"
        seen[e["qid"]] = e["en"]


def test_english_labels_are_unique():
    labels = [e["en"] for e in entries()]
    assert len(labels) == len(set(labels))


def test_arabic_forms_are_clean_strings():
    for e in entries():
        forms = e["ar"]
        assert isinstance(forms, list) and forms, f"{e['en']}: ar must be a non-empty list"
        for f in forms:
            assert isinstance(f, str), f"{e['en']}: {f!r} is not a string"
            assert f == f.strip() and "  " not in f, f"{e['en']}: stray spaces in {f!r}"
            assert ARABIC_LETTER.search(f), f"{e['en']}: {f!r} has no Arabic letter"
            assert not re.search(r"[\u064b-\u0652\u0640]", f), f"{e['en']}: tashkeel/tatweel in {f!r}"


def test_no_arabic_form_belongs_to_two_entries():
    owner: dict[str, str] = {}
    clashes = []
    for e in entries():
        for key in {norm(f) for f in e["ar"]}:
            if key in owner and owner[key] != e["en"]:
                clashes.append((key, owner[key], e["en"]))
            owner.setdefault(key, e["en"])
    assert not clashes, clashes


def test_no_form_is_a_clitic_plus_another_form():
    """«وحماس», «بالبيت الأبيض» and the like belong to the tokenizer, not the gazetteer."""
    keys = {norm(f) for e in entries() for f in e["ar"]}
    bad = sorted(k for k in keys if k[0] in CLITICS and k[1:] in keys)
    assert not bad, bad
    bad_al = sorted(k for k in keys if k[:1] in CLITICS and k[1:3] == "ال" and k[1:] in keys)
    assert not bad_al, bad_al


def test_roles_are_dated_in_order():
    for e in entries():
        roles = e.get("roles")
        if roles is None:
            continue
        assert isinstance(roles, list) and roles, f"{e['en']}: roles, when present, is a non-empty list"
        for r in roles:
            assert isinstance(r, dict) and set(r) == ROLE_KEYS, f"{e['en']}: {r}"
            assert isinstance(r["role"], str) and r["role"], f"{e['en']}: {r}"
            assert isinstance(r["from"], str) and ISO_DATE.match(r["from"]), f"{e['en']}: {r}"
            start = dt.date.fromisoformat(r["from"])
            if r["to"] is not None:
                assert isinstance(r["to"], str) and ISO_DATE.match(r["to"]), f"{e['en']}: {r}"
                assert start <= dt.date.fromisoformat(r["to"]), f"{e['en']}: {r}"


def test_a_role_holder_is_not_two_people_at_once_for_single_seat_offices():
    """Presidents, kings, prime ministers and foreign ministers of one country do not overlap."""
    single = re.compile(r"^(President|Prime Minister|King|Emir|Foreign Minister|Secretary of State|"
                        r"Chancellor|Secretary-General) of ")
    spans: dict[str, list[tuple[dt.date, dt.date, str]]] = {}
    for e in entries():
        for r in e.get("roles") or []:
            if single.match(r["role"]):
                end = dt.date.fromisoformat(r["to"]) if r["to"] else dt.date.max
                spans.setdefault(r["role"], []).append((dt.date.fromisoformat(r["from"]), end, e["en"]))
    for role, items in spans.items():
        items.sort()
        for (s1, e1, n1), (s2, e2, n2) in zip(items, items[1:]):
            assert e1 <= s2, f"{role}: {n1} until {e1} overlaps {n2} from {s2}"


SPOT = [
    # en, qid, type, country, sector, a form that must resolve to it
    ("Bashar al-Assad", "Q44329", "PER", "SYR", "GOV", "بشار الأسد"),
    ("Emmanuel Macron", "Q3052772", "PER", "FRA", "GOV", "ماكرون"),
    ("Donald Trump", "Q22686", "PER", "USA", "GOV", "ترمب"),
    ("Benjamin Netanyahu", "Q43723", "PER", "ISR", "GOV", "نتانياهو"),
    ("Recep Tayyip Erdoğan", "Q39259", "PER", "TUR", "GOV", "أردوغان"),
    ("Vladimir Putin", "Q7747", "PER", "RUS", "GOV", "بوتين"),
    ("Mahmoud Abbas", "Q127998", "PER", "PSE", "GOV", "أبو مازن"),
    ("António Guterres", "Q311440", "PER", None, "IGO", "غوتيريش"),
    ("Reuters", "Q130879", "ORG", "GBR", "MED", "رويترز"),
    ("Hezbollah", "Q41053", "ORG", "LBN", "IMG", "حزب الله"),
    ("United Nations", "Q1065", "ORG", None, "IGO", "الأمم المتحدة"),
    ("White House", "Q35525", "ORG", "USA", "GOV", "البيت الأبيض"),
    ("Islamic State", "Q2429253", "ORG", None, "IMG", "داعش"),
    ("International Criminal Court", "Q47488", "ORG", None, "JUD", "المحكمة الجنائية الدولية"),
    ("Agence France-Presse", "Q40464", "ORG", "FRA", "MED", "فرانس برس"),
    ("Airbus", "Q67", "ORG", None, "BUS", "إيرباص"),
    ("Boeing", "Q66", "ORG", "USA", "BUS", "بوينج"),
    ("Twitter", "Q918", "ORG", "USA", "BUS", "تويتر"),
    ("Google", "Q95", "ORG", "USA", "BUS", "جوجل"),
    ("FIFA", "Q253414", "ORG", None, "NGO", "الاتحاد الدولي لكرة القدم"),
    ("UEFA", "Q35572", "ORG", None, "NGO", "اليويفا"),
]


@pytest.mark.parametrize("en,qid,typ,country,sector,form", SPOT, ids=[s[0] for s in SPOT])
def test_spot_checks(en, qid, typ, country, sector, form):
    e = by_en(en)
    assert (e["qid"], e["type"], e["country"], e["sector"]) == (qid, typ, country, sector)
    assert by_form(form) is e


def test_spot_checks_without_a_confirmed_qid():
    hamas = by_form("حماس")
    assert (hamas["en"], hamas["type"], hamas["country"]) == ("Hamas", "ORG", "PSE")
    jazeera = by_form("قناة الجزيرة")
    assert (jazeera["en"], jazeera["country"], jazeera["sector"]) == ("Al Jazeera", "QAT", "MED")
    axios = by_form("أكسيوس")
    assert (axios["en"], axios["country"], axios["sector"]) == ("Axios", "USA", "MED")
    ikhbariya = by_form("الإخبارية السورية")
    assert (ikhbariya["en"], ikhbariya["country"], ikhbariya["sector"]) == ("Al-Ikhbariya Syria", "SYR", "MED")
    barrack = by_form("توم باراك")
    assert (barrack["en"], barrack["type"], barrack["country"]) == ("Tom Barrack", "PER", "USA")
    assert by_form("باراك أوباما")["en"] == "Barack Obama"
    sharaa = by_form("أحمد الشرع")
    assert sharaa["country"] == "SYR" and sharaa is by_form("الجولاني")
    golob = by_form("روبرت غولوب")
    assert (golob["en"], golob["country"]) == ("Robert Golob", "SVN")


def test_assad_is_former_and_sharaa_current_president_of_syria():
    assad = [r for r in by_en("Bashar al-Assad")["roles"] if r["role"] == "President of Syria"]
    assert assad == [{"role": "President of Syria", "from": "2000-07-17", "to": "2024-12-08"}]
    sharaa = by_en("Ahmed al-Sharaa")["roles"]
    assert any(r["role"].startswith("President of Syria") and r["to"] is None for r in sharaa)


def test_ambiguous_common_words_are_not_listed_alone():
    keys = {norm(f) for e in entries() for f in e["ar"]}
    for word in ["عباس", "فتح", "العربية", "الحدث", "الشرق الأوسط", "القاعدة", "الأمل", "أمل",
                 "كان", "سلام", "رئيسي", "النهضة", "الحوثي", "السوداني", "لولا", "بنس",
                 "ميتا", "شل", "الريال", "الاتحاد الدولي", "برشلونة", "ليفربول"]:
        assert norm(word) not in keys, word
