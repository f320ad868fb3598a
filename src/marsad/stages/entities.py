"""The entities stage: named entities with exact offsets, linked where the gazetteers know them."""
from __future__ import annotations

from ..config import Config
from ..doc import Doc
from ..entities.lexicon import load
from ..entities.recognize import find_entities
from ..pipeline import stage


@stage("entities", requires=("tokens",), assigns=("entities",), arabic_only=True)
def entities(doc: Doc, cfg: Config) -> Doc:
    """Find and link entities in body, headline and subheading sentences."""
    return doc.replace(entities=tuple(find_entities(doc.text, list(doc.tokens),
                                                    list(doc.sentences), load())))
