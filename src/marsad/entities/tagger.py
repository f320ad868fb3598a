"""A trainable entity tagger: an averaged perceptron over text-layer and gazetteer features."""
from __future__ import annotations

import json
import random
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..doc import Entity, Token
from ..errors import InputError
from .lexicon import Lexicon
from .rules import is_definite, tkey

Features = list[str]


@dataclass
class Perceptron:
    """Weights per (feature, tag), averaged over updates (Collins 2002)."""

    tags: list[str] = field(default_factory=list)
    weights: dict[str, dict[str, float]] = field(default_factory=dict)
    _totals: dict[tuple[str, str], float] = field(default_factory=lambda: defaultdict(float))
    _stamps: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))
    _i: int = 0

    def predict(self, feats: Features) -> str:
        """The best-scoring tag."""
        scores: dict[str, float] = defaultdict(float)
        for f in feats:
            for tag, w in self.weights.get(f, {}).items():
                scores[tag] += w
        return max(self.tags, key=lambda t: (scores[t], t))

    def update(self, truth: str, guess: str, feats: Features) -> None:
        """Move weights towards the truth."""
        self._i += 1
        if truth == guess:
            return
        for f in feats:
            row = self.weights.setdefault(f, {})
            for tag, delta in ((truth, 1.0), (guess, -1.0)):
                key = (f, tag)
                self._totals[key] += (self._i - self._stamps[key]) * row.get(tag, 0.0)
                self._stamps[key] = self._i
                row[tag] = row.get(tag, 0.0) + delta

    def average(self) -> None:
        """Replace weights by their averages, which generalise better."""
        for f, row in self.weights.items():
            for tag, w in list(row.items()):
                key = (f, tag)
                total = self._totals[key] + (self._i - self._stamps[key]) * w
                avg = round(total / max(self._i, 1), 4)
                if avg:
                    row[tag] = avg
                else:
                    del row[tag]


def token_features(toks: list[Token], i: int, prev: str, lex: Lexicon) -> Features:
    """Features of token i: its forms, neighbours, gazetteer and name-list hits, previous tag."""
    t = toks[i]
    key = tkey(t)
    entry = lex.get((key,), is_definite(t))
    part = lex.name_part(t.text, t.norm)
    feats = ["bias", f"w={t.norm}", f"k={key}", f"l={t.lemma}", f"p={t.prefix}", f"s3={key[-3:]}",
             f"s2={key[-2:]}", f"f2={key[:2]}", f"def={is_definite(t)}", f"prev={prev}",
             f"gaz={entry.label if entry else '-'}:{entry.kind if entry else '-'}",
             f"name={part[0] if part else '-'}", f"digit={not t.is_word}"]
    for off in (-2, -1, 1, 2):
        j = i + off
        feats.append(f"w{off}={toks[j].norm if 0 <= j < len(toks) else '<s>'}")
    nxt = lex.get((tkey(toks[i + 1]),), is_definite(toks[i + 1])) if i + 1 < len(toks) else None
    feats.append(f"gaz+1={nxt.label if nxt else '-'}")
    feats.append(f"prev+w={prev}|{key}")
    return feats


def tag_tokens(model: Perceptron, toks: list[Token], lex: Lexicon) -> list[str]:
    """Greedy left-to-right tags of a sentence's tokens."""
    tags: list[str] = []
    for i in range(len(toks)):
        tags.append(model.predict(token_features(toks, i, tags[-1] if tags else "<s>", lex)))
    return tags


def train(sentences: Iterable[tuple[list[Token], list[str]]], lex: Lexicon,
          epochs: int = 5, seed: int = 13) -> Perceptron:
    """Train on (tokens, gold tags) pairs; the order is shuffled per epoch with a fixed seed."""
    data = list(sentences)
    model = Perceptron(tags=sorted({t for _, tags in data for t in tags} | {"O"}))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(data)
        for toks, gold in data:
            prev = "<s>"
            for i, truth in enumerate(gold):
                feats = token_features(toks, i, prev, lex)
                model.update(truth, model.predict(feats), feats)
                prev = truth
    model.average()
    return model


def entities_from_tags(text: str, toks: list[Token], tags: list[str]) -> list[Entity]:
    """Entity spans from BIO tags over tokens."""
    out, start, label = [], None, None
    for i, tag in enumerate([*tags, "O"]):
        bio, _, lab = tag.partition("-")
        if start is not None and (bio != "I" or lab != label):
            s, e = toks[start].start, toks[i - 1].end
            out.append(Entity(s, e, text[s:e], label=label, source="tagger"))
            start = None
        if bio == "B" or (bio == "I" and start is None):
            start, label = i, lab
    return out


def save(model: Perceptron, path: str | Path) -> None:
    """Write the averaged weights as JSON."""
    Path(path).write_text(json.dumps({"tags": model.tags, "weights": model.weights},
                                     ensure_ascii=False), "utf-8")


def load_model(path: str | Path) -> Perceptron:
    """Read weights written by `save`."""
    try:
        data = json.loads(Path(path).read_text("utf-8"))
        return Perceptron(tags=data["tags"], weights=data["weights"])
    except (OSError, ValueError, KeyError) as exc:
        raise InputError(f"cannot read tagger model {path}: {exc}") from exc
