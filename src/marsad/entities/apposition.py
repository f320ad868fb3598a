"""A person's country from the title phrase in apposition to the name, before or after it."""
from __future__ import annotations

from ..doc import Token
from .lexicon import closed_class, word_table
from .rules import Candidate, longest

TITLE_REACH = 5  # tokens from a title word to the organisation it heads («مدير المرصد السوري»)
ENVOY_REACH = 9  # tokens back from a name over its title phrase to «مندوب الكويت»
AFTER_REACH = 6  # tokens after the name's title word in which its demonym or organisation may come
APPOSITION_MARKS = closed_class("apposition_marks")  # «،» «-» that open a title after a name
APPOSITION_PRONOUNS = closed_class("apposition_pronouns")  # «وهو», «وهي» before the title


def apposition_country(text: str, toks: list[Token], c: Candidate,
                       chosen: list[Candidate]) -> str | None:
    """The country of the title phrase in apposition to a person's name: «مدير المرصد السوري رامي
    عبد الرحمن» (the organisation just before), «مايكل سميث، وزير الخارجية الأسترالي» (after)."""
    return _organisation_before(text, toks, c, chosen) or _title_after(text, toks, c, chosen) \
        or _envoy_of(text, toks, c, chosen)


def _organisation_before(text: str, toks: list[Token], c: Candidate,
                         chosen: list[Candidate]) -> str | None:
    """An organisation with a country ending right before the name (or its comma), headed by a
    title word: the person speaks or works for it."""
    org = next((x for x in chosen if x.j == c.i and x.entry.label == "ORG" and x.entry.country), None)
    if org is None or _gap(text, toks, c.i).strip(" " + "".join(APPOSITION_MARKS)) \
            or not _title_within(toks, max(0, org.i - TITLE_REACH), org.i + 1):
        return None
    return org.entry.country


def _title_after(text: str, toks: list[Token], c: Candidate, chosen: list[Candidate]) -> str | None:
    """«X، وزير الخارجية الأمريكي», «X، وهو المتحدث باسم الحكومة الألمانية»: a comma, a title,
    and the first demonym or organisation with a country before the next punctuation."""
    k = c.j
    if k >= len(toks) or _gap(text, toks, k).strip() not in APPOSITION_MARKS:
        return None
    if toks[k].norm in APPOSITION_PRONOUNS and k + 1 < len(toks) and not _gap(text, toks, k + 1).strip():
        k += 1
    if not _title_within(toks, k, k + 1):
        return None
    stop = next((m for m in range(k + 1, min(len(toks), k + AFTER_REACH)) if _gap(text, toks, m).strip()),
                min(len(toks), k + AFTER_REACH))
    inside = [x for x in chosen if k < x.i < stop and x.entry.country
              and x.entry.label in ("NORP", "ORG")]
    return min(inside, key=lambda x: x.i).entry.country if inside else None


def _envoy_of(text: str, toks: list[Token], c: Candidate, chosen: list[Candidate]) -> str | None:
    """«مندوب الكويت الدائم لدى الأمم المتحدة السفير منصور العتيبي», «وزير خارجية فرنسا جان إيف
    لودريان»: a title naming a country opens the unbroken title phrase before the name."""
    start = c.i
    while start > 0 and c.i - start < ENVOY_REACH and not _gap(text, toks, start).strip():
        start -= 1
    places = [x for x in chosen if start <= x.i and x.j <= c.i and x.entry.label == "LOC" and x.entry.country
              and x.i > 0 and _title_within(toks, max(0, x.i - 2), x.i)]
    return places[0].entry.country if places else None


def _gap(text: str, toks: list[Token], k: int) -> str:
    """The text between token k-1 and token k, their clitics left out (punctuation, spaces)."""
    if not k:
        return ""
    return text[toks[k - 1].end + len(toks[k - 1].suffix):toks[k].start - len(toks[k].prefix)]


def _title_within(toks: list[Token], start: int, end: int) -> bool:
    """Whether a title word (data/entities/titles.tsv) starts at one of tokens start..end-1."""
    titles = word_table("entities/titles.tsv", "title")
    return any(longest(titles, toks, k, 3) for k in range(start, min(end, len(toks))))
