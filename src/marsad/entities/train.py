"""`marsad train-ner`: IOB files in, a tagger model out, usable as the `entities-tagger` stage."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..doc import Token
from ..evaluate.iob import read_iob
from ..text.tokens import tokenize
from .lexicon import Lexicon, load
from .tagger import Perceptron, save, train

# IOB labels of common corpora mapped onto marsad's; others are ignored (tagged O).
LABEL_MAP = {"PERS": "PER", "PER": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG",
             "NORP": "NORP", "MISC": "MISC", "MIS0": "MISC", "MIS1": "MISC", "MIS2": "MISC",
             "MIS3": "MISC"}


def training_sentences(paths: list[Path]) -> Iterator[tuple[list[Token], list[str]]]:
    """marsad tokens of each IOB sentence with BIO tags carried over from the IOB tokens."""
    for path in paths:
        for sent in read_iob(path, LABEL_MAP):
            text, offsets = sent.text_and_offsets()
            toks = tokenize(text)
            if toks:
                yield toks, _align(toks, offsets, sent.gold(set(LABEL_MAP.values())))


def _align(toks: list[Token], offsets: list[tuple[int, int]],
           gold: set[tuple[int, int, str]]) -> list[str]:
    """BIO tags for marsad tokens from gold spans over the corpus's tokens."""
    label_at = {}
    for s, e, lab in gold:
        for k in range(s, e):
            label_at[k] = (lab, k == s)
    tags, seen_first = [], set()
    for tok in toks:
        k = next(i for i, (_, end) in enumerate(offsets) if end > tok.start)
        lab = label_at.get(k)
        if lab is None:
            tags.append("O")
            continue
        first = lab[1] and k not in seen_first
        seen_first.add(k)
        tags.append(("B-" if first else "I-") + lab[0])
    return tags


def train_files(paths: list[Path], out: Path, epochs: int = 5,
                lex: Lexicon | None = None) -> tuple[Perceptron, int]:
    """Train on IOB files and write the model; returns it and the number of sentences."""
    data = list(training_sentences(paths))
    model = train(data, lex or load(), epochs=epochs)
    save(model, out)
    return model, len(data)
