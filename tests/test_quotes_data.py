"""The quote finder's language data: headers, columns, and lemma keys that match the tokenizer."""
from __future__ import annotations

from importlib import resources

import pytest

from marsad.quotes.lexicon import load
from marsad.resources import header_lines, read_tsv
from marsad.text.tokens import tokenize

FILES = sorted(p.name for p in resources.files("marsad").joinpath("data", "quotes").iterdir()
               if p.name.endswith(".tsv"))


@pytest.mark.parametrize("name", FILES)
def test_quotes_data_header_names_source_and_licence(name):
    """Each file says where it comes from and under which licence."""
    header = "\n".join(header_lines(f"quotes/{name}"))
    assert "source: curated by the marsad developers" in header
    assert "licence: Apache-2.0" in header


@pytest.mark.parametrize("name", FILES)
def test_quotes_data_rows_are_complete(name):
    """No row lacks its first column."""
    rows = read_tsv(f"quotes/{name}")
    assert rows and all(next(iter(r.values())) for r in rows)


def test_quotes_data_verb_lemma_keys_match_the_tokenizer():
    """The lemma column is what marsad.text.tokens gives each form («وأوضح» → its key)."""
    wrong = [(r["form"], r["lemma"], tokenize(r["form"])[0].lemma)
             for r in read_tsv("quotes/verbs.tsv") if tokenize(r["form"])[0].lemma != r["lemma"]]
    assert not wrong


@pytest.mark.parametrize("word", ["وأوضح", "وأشار", "قالت", "مؤكدًا", "مكتفيًا", "ونفى", "يزعم"])
def test_quotes_data_cues_are_recognised_with_clitics(word):
    """Conjugations and clitics of the reporting verbs are cues."""
    t = tokenize(word)[0]
    assert load().cue(t.prefix + t.norm, t.norm, t.lemma, t.prefix) is not None
