"""The `entities-tagger` stage: a model trained with `marsad train-ner`, linked by the gazetteers."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from itertools import groupby

from ..config import Config
from ..doc import Doc, Entity
from ..entities.lexicon import Lexicon, key_of, load
from ..entities.tagger import entities_from_tags, load_model, tag_tokens
from ..errors import ConfigError
from ..pipeline import stage


@lru_cache(maxsize=4)
def _model(path: str):
    """A tagger model, read once per path."""
    return load_model(path)


def link(ent: Entity, lex: Lexicon) -> Entity:
    """Give a tagged entity the gazetteer's id, country and English name when it knows the form."""
    key = key_of(ent.text)
    entry = lex.get(key, ent.text.startswith("ال")) or lex.get(key, not ent.text.startswith("ال"))
    if entry is None:
        return ent
    return replace(ent, kb_id=entry.kb_id, country=entry.country, name=entry.name, sector=entry.sector)


@stage("entities-tagger", requires=("tokens",), assigns=("entities",), arabic_only=True)
def entities_tagger(doc: Doc, cfg: Config) -> Doc:
    """Entities from the trained model named by `entities.model`, in place of the rules."""
    path = cfg["entities"]["model"]
    if not path:
        raise ConfigError("the entities-tagger stage needs entities.model (a file from train-ner)")
    model, lex = _model(path), load()
    out = []
    for _, group in groupby(doc.tokens, key=lambda t: t.sentence):
        toks = list(group)
        out.extend(link(e, lex) for e in entities_from_tags(doc.text, toks, tag_tokens(model, toks, lex)))
    return doc.replace(entities=tuple(out))
