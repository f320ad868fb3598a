"""The text-layer stages: layout, language, sentences and tokens."""
from __future__ import annotations

from dataclasses import replace

from ..config import Config
from ..doc import Doc, Sentence
from ..ingest.language import identify
from ..ingest.layout import apply_layout
from ..pipeline import stage
from ..text.sentences import split_sentences
from ..text.tokens import tokenize

SENTENCE_BLOCKS = ("body", "subheading", "title")


@stage("layout", assigns=("blocks", "meta"))
def layout(doc: Doc, cfg: Config) -> Doc:
    """Header, body and boilerplate of pasted text (HTML and feeds arrive with blocks set)."""
    return doc if doc.blocks else apply_layout(doc)


@stage("language", requires=("blocks",), assigns=("language",))
def language(doc: Doc, cfg: Config) -> Doc:
    """Detect the language of the body; non-Arabic documents are flagged, not dropped."""
    body = "\n".join(b.text for b in doc.blocks_of("body", "title")) or doc.text
    lang, score = identify(body, cfg["language"]["min_letters"])
    flags = doc.flags
    if lang not in cfg["language"]["arabic"]:
        flags = flags + (f"not-arabic:{lang}",)
    return doc.replace(meta=replace(doc.meta, language=lang, language_score=round(score, 3)),
                       flags=flags)


@stage("sentences", requires=("blocks",), assigns=("sentences",), arabic_only=True)
def sentences(doc: Doc, cfg: Config) -> Doc:
    """Split body, headline and subheading blocks into sentences."""
    out = []
    for i, block in enumerate(doc.blocks):
        if block.kind in SENTENCE_BLOCKS:
            out.extend(Sentence(s, e, doc.text[s:e], block=i)
                       for s, e in split_sentences(doc.text, block.start, block.end))
    return doc.replace(sentences=tuple(out))


@stage("tokens", requires=("sentences",), assigns=("tokens",), arabic_only=True)
def tokens(doc: Doc, cfg: Config) -> Doc:
    """Clitic-aware tokens of every sentence."""
    out = []
    for i, s in enumerate(doc.sentences):
        out.extend(tokenize(doc.text, s.start, s.end, sentence=i))
    return doc.replace(tokens=tuple(out))
