"""The dates stage on the bundled example articles, and the date scorer's command."""
from __future__ import annotations

import argparse

import pytest
from conftest import example_expected, example_text

from marsad import config
from marsad.doc import Doc
from marsad.evaluate import dates as evaluate_dates
from marsad.pipeline import build, run

STAGES = ["layout", "language", "sentences", "dates"]


@pytest.fixture(scope="module")
def analysed():
    """Both examples through the text layer and the dates stage."""
    cfg = config.load()
    stages = build(STAGES)
    return {name: run(Doc(id=name, text=example_text(name)), stages, cfg)
            for name in ("paris-talks-axios-preview", "paris-talks-syrian-source")}


def _by_text(doc: Doc) -> dict:
    return {d.text: d for d in reversed(doc.dates)}


def test_dates_stage_axios_preview(analysed):
    doc = analysed["paris-talks-axios-preview"]
    doc.check_offsets()
    dates = _by_text(doc)
    for want in example_expected("paris-talks-axios-preview")["dates"]["required"]:
        got = dates[want["text"]]
        assert (got.value, got.precision) == (want["value"], want["precision"])
    assert dates["الأحد 04 يناير 2026 - 09:36 م"].strategy == "dateline"
    assert dates["اليوم الثلاثاء"].flags == ("weekday-mismatch",)


def test_dates_stage_syrian_source_without_publication(analysed):
    doc = analysed["paris-talks-syrian-source"]
    dates = _by_text(doc)
    assert doc.meta.published is None
    for text in ("الخميس الماضي", "أوائل ديسمبر الماضي"):
        assert text in dates and dates[text].value is None
    assert dates["الفترة القادمة"].type == "vague"


def test_dates_stage_fills_the_contract(analysed):
    out = analysed["paris-talks-axios-preview"].to_dict()["dates"]
    assert out and all({"start", "end", "text", "value", "precision"} <= set(d) for d in out)


def evaluate(argv: list[str]) -> int:
    """`python -m marsad.evaluate dates ARGV` without the other tasks' modules."""
    parser = argparse.ArgumentParser()
    evaluate_dates.add_arguments(parser)
    return evaluate_dates.main(parser.parse_args(argv))


def test_dates_evaluate_is_a_registered_task():
    from marsad.evaluate.__main__ import TASKS
    assert TASKS["dates"] == "dates"


def test_dates_evaluate_skips_cleanly_without_data(tmp_path, capsys):
    code = evaluate([str(tmp_path / "absent"), "--table", str(tmp_path / "none.tsv")])
    assert code == 0
    assert "skipping" in capsys.readouterr().out


def test_dates_evaluate_scores_an_iob_file(tmp_path, capsys):
    iob = tmp_path / "tiny.txt"
    iob.write_text("وصل O\nالوفد O\nأمس B-DATE\n. O\n\nفي O\n15 B-DATE\nمارس I-DATE\n2018 I-DATE\n"
                   "$#$ O\n", "utf-8")
    assert evaluate([str(iob), "--table", str(tmp_path / "none.tsv")]) == 0
    assert "exact span              1.000  1.000  1.000" in capsys.readouterr().out
