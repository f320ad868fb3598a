"""Arabic grammar as data: the clitic, trigger-inflection and date-grammar files load, name their
source and licence, and real expressions still split, match and resolve through them."""
from __future__ import annotations

import ast
import re

import pytest
from conftest import ROOT

from marsad.dates.patterns import compiled, context_pattern, templates
from marsad.dates.tagger import DEFAULT_STRATEGIES, find_dates
from marsad.dates.triggers import NEEDS
from marsad.events.triggers import _deinflect, _keys, lexicon
from marsad.resources import header_lines, read_yaml
from marsad.text.normalize import normalize
from marsad.text.tokens import split_enclitic, split_proclitics

GRAMMAR_FILES = ["text/clitics.yaml", "dates/grammar.yaml", "dates/word_classes.yaml",
                 "events/grammar.yaml", "quotes/word_classes.yaml", "entities/word_classes.yaml"]
ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
ARABIC_WORD = re.compile(r"[\u0621-\u064A]{2,}")


@pytest.mark.parametrize("relpath", GRAMMAR_FILES)
def test_data_grammar_header_names_source_and_licence(relpath):
    """Each grammar file says what it is, where it comes from and under which licence."""
    header = "\n".join(header_lines(relpath))
    assert "source:" in header and "licence: Apache-2.0" in header
    assert read_yaml(relpath)


@pytest.mark.parametrize("word,prefix,rest", [
    ("وباريس", "و", "باريس"), ("للقوات", "لل", "قوات"), ("سيعقد", "س", "يعقد"), ("سانا", "", "سانا"),
])
def test_data_grammar_clitics_split_proclitics(word, prefix, rest):
    """Proclitic chains split only before a word; the future prefix only before an imperfect verb."""
    assert split_proclitics(word) == (prefix, rest)


@pytest.mark.parametrize("word,suffix,free", [
    ("لقائه", "ه", "لقاء"), ("رسالتهم", "هم", "رسالة"), ("مؤتمرها", "ها", "مؤتمر"),
])
def test_data_grammar_clitics_split_enclitics(word, suffix, free):
    """Attached pronouns split off, and the stem gets back its free spelling (لقائـ → لقاء, رسالتـ → رسالة)."""
    _, got_suffix, got_free = split_enclitic(word)
    assert (got_suffix, got_free) == (suffix, free)


def test_data_grammar_trigger_inflections_reach_the_listed_form():
    """«يتظاهرون» reaches «تظاهر»; an unsplit «وتظاهرات» is read without its «و»."""
    assert "تظاهر" in _deinflect("يتظاهرون")
    assert "تظاهرات" in dict(_keys("وتظاهرات", "وتظاهرات", ""))


def test_data_grammar_trigger_marbuta_is_read_as_written():
    """A listed word ending in «ة» is marked so that «مظاهره» (its manifestations) is no match."""
    trig = next(t for t in lexicon().by_first["مظاهره"] if t.form == "مظاهرة")
    assert trig.marbuta == (True,)


def test_data_grammar_dates_patterns_are_named_and_in_step_with_the_triggers():
    """Every strategy has its ordered patterns, one trigger need per pattern, names unique."""
    assert set(templates()) == set(DEFAULT_STRATEGIES)
    for strategy, patterns in templates().items():
        names = [name for name, _ in patterns]
        assert len(names) == len(set(names)) == len(NEEDS[strategy]) == len(compiled(strategy))


@pytest.mark.parametrize("strategy,name,text", [
    ("absolute", "day_month_year", "الأحد 04 يناير 2026"),
    ("absolute", "year_word", "عام 2019"),
    ("absolute", "numeric_date", "04/01/2026"),
    ("hijri", "hijri_date", "15 رمضان 1447 هـ"),
    ("relative", "relative_day", "مساء أمس"),
    ("weekday", "weekday", "الخميس الماضي"),
    ("period", "counted_from_publication", "منذ 3 أيام"),
    ("time", "clock_time", "الساعة 10:30 صباحا بتوقيت غرينتش"),
    ("duration", "duration", "لمدة 3 أيام"),
    ("set", "recurring", "كل خميس"),
    ("vague", "historical_period", "الفترة العثمانية"),
])
def test_data_grammar_dates_named_pattern_matches(strategy, name, text):
    """The named pattern matches the whole expression over normalised text."""
    index = [n for n, _ in templates()[strategy]].index(name)
    norm = normalize(text)
    m = compiled(strategy)[index].search(f"قال {norm} .")
    assert m is not None and m["x"] == norm


@pytest.mark.parametrize("text,value", [
    ("الأحد 04 يناير 2026", "2026-01-04"),
    ("من 1 يناير إلى 31 ديسمبر 2017", "2017-01-01/2017-12-31"),
    ("منذ 3 أيام", "2026-02-26"),
    ("الساعة 10:30 صباحا بتوقيت غرينتش", "2026-03-01T10:30+00:00"),
    ("سيلتقي الوزيران الأربعاء", "2026-03-04"),
])
def test_data_grammar_dates_expressions_resolve(text, value):
    """Real expressions are found and resolved against a publication day (Sunday 1 March 2026)."""
    assert [d.value for d in find_dates(f"قال {text} .", "2026-03-01")] == [value]


@pytest.mark.parametrize("name,text", [
    ("future_markers", "من المقرر"), ("future_verb", "سيلتقي"), ("range_to", " حتي الاربعاء"),
])
def test_data_grammar_dates_context_patterns_match(name, text):
    """The context patterns the handlers search with come from the grammar file."""
    assert context_pattern(name).search(text)


def _literals(tree: ast.AST) -> list[tuple[int, str]]:
    """Arabic word lists in Python: collections of two or more Arabic strings, strings of two or
    more Arabic words (docstrings aside); the translate tables keyed by ord() are orthography."""
    docs = {id(n.body[0].value) for n in ast.walk(tree)
            if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef)) and n.body
            and isinstance(n.body[0], ast.Expr)}
    out = []
    for n in ast.walk(tree):
        if isinstance(n, ast.Dict) and any(isinstance(k, ast.Call) for k in n.keys):
            continue
        elts = [*n.keys, *n.values] if isinstance(n, ast.Dict) else getattr(n, "elts", [])
        arabic = [e for e in elts if isinstance(e, ast.Constant) and ARABIC_LETTER.search(str(e.value))]
        if len(arabic) >= 2:
            out.append((n.lineno, repr([e.value for e in arabic])))
        if isinstance(n, ast.Constant) and id(n) not in docs and len(ARABIC_WORD.findall(str(n.value))) >= 2:
            out.append((n.lineno, n.value))
    return out


def test_data_grammar_no_arabic_word_lists_in_python():
    """Style rule 7: Arabic word lists live in data/, not in the code."""
    found = [f"{path.relative_to(ROOT)}:{line}: {what}"
             for path in sorted((ROOT / "src" / "marsad").rglob("*.py"))
             for line, what in _literals(ast.parse(path.read_text("utf-8")))]
    assert not found, "\n".join(found)
