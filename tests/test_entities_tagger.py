"""The trainable tagger: train on a small IOB file, tag new text, plug in as a stage."""
from __future__ import annotations

import marsad
from marsad import config
from marsad.entities.train import train_files

IOB = """التقى O
وزير O
الخارجية O
سامي B-PERS
العلي I-PERS
في O
مدينة B-GPE
حلب I-GPE
. O

وصل O
سامي B-PERS
العلي I-PERS
إلى O
مدينة B-GPE
حمص I-GPE
. O

قال O
رامي B-PERS
الحسن I-PERS
إن O
حركة B-ORG
النهضة I-ORG
ترفض O
. O
"""


def test_tagger_trains_and_tags_as_a_stage(tmp_path):
    path = tmp_path / "train.txt"
    path.write_text("\n".join([IOB] * 3), "utf-8")
    model_path = tmp_path / "model.json"
    model, n = train_files([path], model_path, epochs=8)
    assert n == 9 and "B-PER" in model.tags and model_path.exists()
    cfg = config.load(pipeline={"stages": ["layout", "language", "sentences", "tokens",
                                           "entities-tagger"]},
                      entities={"model": str(model_path)})
    doc = marsad.analyze("وصل سامي العلي إلى مدينة حلب .", cfg=cfg)
    got = {(e.text, e.label) for e in doc.entities}
    assert ("سامي العلي", "PER") in got
    assert any(label == "LOC" and "حلب" in text for text, label in got)
    doc.check_offsets()
