"""The whole-article scorer: distinct predictions vs an analyst's required/optional items."""
from __future__ import annotations

import argparse

from marsad import config
from marsad.evaluate import articles as ev

TEXT = ("التقى وزير الخارجية السوري أسعد الشيباني نظيره التركي في أنقرة أمس. وقال الشيباني إن المحادثات "
        "كانت إيجابية.")
GOLD = {"entities": {"required": [{"text": "أسعد الشيباني", "label": "PER", "country": "SYR"},
                                  {"text": "أنقرة", "label": "LOC", "kb_id": "Q3640"},
                                  {"text": "دمشق", "label": "LOC"}],        # not in the text: a miss
                     "demonyms": [{"text": "السوري", "country": "SYR"}]},
        "events": {"required": [{"type": "CONSULT", "trigger": "التقى", "modality": "happened"}]},
        "quotes": {"required": [{"speaker": "الشيباني", "cue": "وقال"}]}}


def test_articles_scorer_counts_hits_misses_and_extras():
    case = ev.Case("t", TEXT, "2026-01-05T10:00", GOLD)
    c = ev.score_case(case, config.load())
    assert c["ent_gold"] == 4 and c["ent_found"] == 3      # دمشق is missed
    assert c["ent_pred_ok"] <= c["ent_pred"] and c["ent_pred_ok"] == 3
    assert c["ent_kb_id_n"] == 1 and c["ent_kb_id_ok"] == 1
    assert c["ev_found"] == 1 and c["ev_modality_ok"] == 1
    assert c["q_gold"] == 1 and c["q_found"] == 1 and c["q_speaker_ok"] == 1


def test_articles_scorer_counts_a_wrong_label_as_miss_and_extra():
    gold = {"entities": {"required": [{"text": "أنقرة", "label": "ORG"}]}}
    c = ev.score_case(ev.Case("t", TEXT, None, gold), config.load())
    assert c["ent_found"] == 0 and c["ent_pred"] > c["ent_pred_ok"]


def test_articles_evaluate_runs_on_the_bundled_examples(capsys):
    assert ev.main(argparse.Namespace(articles=["absent-folder"], bundled_only=False)) == 0
    out = capsys.readouterr().out
    assert "2 annotated articles" in out and "events" in out
