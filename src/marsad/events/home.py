"""The country an article is about, for participants whose own words name none.

An analyst reads «الرئيس», «قوات الجيش» or «وزارة الصحة» in a report on one country as that
country's (BB-internationalNews-216: «الرئيس» is Trump; SK-middleEast-499: the Palestinian
ministry). Only an article that is clearly about one country lends it, and only to participants
that are not linked to a knowledge base entry (a linked one without a country is international:
«الأمم المتحدة»).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ..doc import Actor, Doc, Event
from ..entities.context import leading_country

SHARE = 0.6      # the leading country's share of the article's country mentions
MIN_MENTIONS = 3  # and mentioned this often
STORY_BLOCKS = ("title", "body", "subheading")
INTERNATIONAL = ("IGO",)   # «مفوضية الأمم المتحدة لشؤون اللاجئين» belongs to no one country


def home_country(doc: Doc) -> str | None:
    """The country that most of an article's entities belong to, when one clearly leads (the
    caller asks only for an article: a lone sentence has no focus to lend)."""
    headed = _title_country(doc)
    if headed:
        return headed
    story = [(b.start, b.end) for b in doc.blocks_of(*STORY_BLOCKS)]
    counts = Counter(e.metonym_for or e.country for e in doc.entities
                     if (e.metonym_for or e.country) and _in(story, e.start))
    return leading_country(counts, SHARE, MIN_MENTIONS)


def _title_country(doc: Doc) -> str | None:
    """«مصر: المحكمة الدستورية تلغي …»: a headline opening on a country and a colon names it."""
    for b in doc.blocks_of("title"):
        first = next((e for e in doc.entities if b.start <= e.start < b.end), None)
        if first is not None and first.label == "LOC" and first.country \
                and not doc.text[b.start:first.start].strip() and doc.text[first.end:first.end + 2].strip() == ":":
            return first.country
    return None


def _in(spans: list[tuple[int, int]], k: int) -> bool:
    """Whether offset k lies in one of the spans (teasers and captions are about other things)."""
    return any(s <= k < e for s, e in spans)


def with_home(events: list[Event], home: str | None) -> list[Event]:
    """Events whose countryless participants take the article's country."""
    if home is None:
        return events
    return [replace(e, actors=_lend(e.actors, home), recipients=_lend(e.recipients, home))
            for e in events]


def _lend(actors: tuple[Actor, ...], home: str) -> tuple[Actor, ...]:
    """Unlinked participants get `home` when none of the role names a country of its own (bodies of
    international organisations never do)."""
    if not actors or any(a.country for a in actors):
        return actors
    return tuple(a if a.kb_id or a.sector in INTERNATIONAL else replace(a, country=home) for a in actors)
