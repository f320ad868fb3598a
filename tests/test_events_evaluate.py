"""`python -m marsad.evaluate events`: scoring on a tiny gold standard, and a clean skip when absent."""
from __future__ import annotations

import argparse
import csv
import json

from marsad.evaluate import events


def args(path) -> argparse.Namespace:
    p = argparse.ArgumentParser()
    events.add_arguments(p)
    return p.parse_args([str(path)])


def test_evaluate_events_skips_cleanly_when_data_is_absent(tmp_path, capsys):
    assert events.main(args(tmp_path / "missing")) == 0
    assert "nothing to score" in capsys.readouterr().out


def test_evaluate_events_scores_detection_and_actors(tmp_path, capsys):
    positive = {"protest": "تظاهر آلاف الفلسطينيين أمس في رام الله.",
                "assault": "اغتال مسلحون مجهولون ضابطا في الشرطة أمس."}
    for etype, yes in positive.items():
        rows = [("yes", yes), ("easy no", "قال الوزير إن الاقتصاد ينمو."), ("ambiguous", "وتجمع الناس.")]
        with (tmp_path / f"{etype}_detection.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["accept", "event_type", "id", "label", "reject", "text", "total"])
            for i, (label, text) in enumerate(rows):
                w.writerow([3, etype.upper(), i, label, 0, text, 3])
    spans = [{"text": positive["protest"], "source_gold": "الفلسطينيين", "verb_gold": "تظاهر",
              "spans": [{"source_role": {"main": "PSE", "role": "None"}}]}]
    (tmp_path / "protest_spans.json").write_text(json.dumps(spans, ensure_ascii=False), "utf-8")
    assert events.main(args(tmp_path)) == 0
    out = capsys.readouterr().out
    assert "PROTEST  detection  P 1.000  R 1.000" in out
    assert "PROTEST  actors     overlap F1 1.000" in out
    assert "ASSAULT  detection  P 1.000  R 1.000" in out


def test_evaluate_events_gold_country_is_the_majority_code():
    item = {"spans": [{"source_role": {"main": "ISR"}}, {"source_role": {"main": "ISR"}},
                      {"source_role": "UNKNOWN"}]}
    assert events.gold_country(item) == "ISR"
    assert events.gold_country({"spans": [{"source_role": {"main": "None"}}]}) is None
