"""The source chain governing any offset, for stages that attribute what they find (events)."""
from __future__ import annotations

from collections import OrderedDict

from ..doc import Doc, Span
from .find import Analysis, analyse
from .sources import Source, describe_source

_CACHE: "OrderedDict[tuple, Analysis]" = OrderedDict()
_CACHE_SIZE = 32  # an events stage asks once per event; keep the last few documents read


def analysis(doc: Doc) -> Analysis:
    """`analyse(doc)`, remembered for the last few documents (the same text, tokens and entities)."""
    key = (doc.id, doc.text, doc.tokens[-1:] if doc.tokens else (), len(doc.entities), doc.blocks)
    hit = _CACHE.get(key)
    if hit is None:
        hit = analyse(doc)
        _CACHE[key] = hit
        if len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return hit


def source_chain_at(doc: Doc, offset: int) -> tuple[Span, ...]:
    """The chain for the text at `offset`: its innermost quote's, else its sentence's carried one."""
    a = analysis(doc)
    inside = [q for q in a.quotes if q.content.start <= offset < q.content.end]
    if inside:
        return max(inside, key=lambda q: q.content.start).source_chain
    for sent, chain in a.sentences:
        if sent.start <= offset < sent.end:
            return chain
    return ()


def sentence_chains(doc: Doc) -> list[tuple[Span, tuple[Span, ...]]]:
    """(sentence, chain) for every body sentence, in order."""
    return [(s, chain) for s, chain in analysis(doc).sentences]


def describe_chain(doc: Doc, chain: tuple[Span, ...]) -> tuple[Source, ...]:
    """A `Source` (named / anonymous / outlet, country, role) for each member of a chain."""
    known = analysis(doc).sources
    return tuple(known.get((s.start, s.end)) or describe_source(doc, s) for s in chain)
