"""The NER scorer: nested gold read at the outer level or as the outermost scored entity, files
read as sentences or as whole documents."""
from __future__ import annotations

import argparse

from marsad.evaluate import ner
from marsad.evaluate.iob import read_iob

# «رئيس بلدية نابلس» is an occupation (OCC) around an organisation around a city (Wojood style).
NESTED = ("قال O\nرئيس B-OCC\nبلدية I-OCC B-ORG\nنابلس I-OCC I-ORG B-GPE\nإن O\n"
          "الاجتماع O\nعقد O\nفي O\nرام B-GPE\nالله I-GPE\n. O\n")
# A Wikipedia-style article: the full name first, the surname alone two sentences later.
# «رونالدو» is also a given name, found alone; a surname that is none needs the full name first.
ARTICLE = ("ولد O\nماريوش B-PER\nبلاشتشاك I-PER\nفي O\nبولندا B-LOC\n. O\n\n"
           "عمل O\nفي O\nوارسو B-LOC\n. O\n\n"
           "وكان O\nقرار O\nبلاشتشاك B-PER\nحاسما O\n. O\n")
# AQMAR tags a people named by a plural noun PER.
GROUPS = "وتعايش O\nالمسلمون B-PER\nمع O\nالمسيحيين B-PER\nفي O\nدمشق B-LOC\n. O\n"


def evaluate(argv: list[str]) -> int:
    """`python -m marsad.evaluate ner ARGV`."""
    parser = argparse.ArgumentParser()
    ner.add_arguments(parser)
    return ner.main(parser.parse_args(argv))


def test_outer_level_hides_what_an_unscored_type_wraps(tmp_path):
    path = tmp_path / "nested.txt"
    path.write_text(NESTED, "utf-8")
    sent = next(read_iob(path, ner.MAPPING))
    assert sent.gold(ner.LABELS, "outer") == {(8, 10, "LOC")}
    assert sent.gold(ner.LABELS, "scored") == {(2, 4, "ORG"), (8, 10, "LOC")}
    assert sent.gold(ner.LABELS, "all") == {(2, 4, "ORG"), (3, 4, "LOC"), (8, 10, "LOC")}


def test_scored_level_counts_the_organisation_inside_the_occupation(tmp_path):
    path = tmp_path / "nested.txt"
    path.write_text(NESTED, "utf-8")
    outer, _ = ner.score([path], "outer")
    scored, _ = ner.score([path], "scored")
    assert scored["tp"]["ORG"] == outer["tp"]["ORG"] + 1 == 1
    assert outer["fp"]["ORG"] == 1 and scored["fp"]["ORG"] == 0


def test_a_document_lets_the_full_name_find_the_bare_surname(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, "utf-8")
    as_sentences, _ = ner.score([path])
    as_document, _ = ner.score([path], documents=True)
    assert as_sentences["fn"]["PER"] == 1
    assert as_document["tp"]["PER"] == 2 and as_document["fn"]["PER"] == 0


def test_the_report_names_the_unit_and_the_gold_level(tmp_path, capsys):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, "utf-8")
    assert evaluate([str(path), "--documents", "--levels", "scored"]) == 0
    out = capsys.readouterr().out
    assert "documents; gold: outermost PER/LOC/ORG at any level" in out
    assert "micro" in out


def test_plural_groups_count_as_people_where_the_set_tags_them_so(tmp_path):
    path = tmp_path / "groups.txt"
    path.write_text(GROUPS, "utf-8")
    plain, _ = ner.score([path], documents=True)
    grouped, _ = ner.score([path], documents=True, groups_as_per=True)
    assert plain["tp"]["PER"] == 0 and plain["fn"]["PER"] == 2
    assert grouped["tp"]["PER"] == 2 and grouped["fp"]["PER"] == 0


def test_a_place_nested_in_the_unit_around_it_is_not_scored_beside_it(tmp_path):
    path = tmp_path / "unit.txt"
    path.write_text("زار O\nالوزير O\nمحافظة B-GPE\nغزة I-GPE\nأمس O\n. O\n", "utf-8")
    counts, _ = ner.score([path])
    assert counts["tp"]["LOC"] == 1 and counts["fp"]["LOC"] == 0
