"""Word tokens with offsets, proclitics split off so وإسرائيليين yields إسرائيليين."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterator

import simplemma

from ..resources import read_yaml
from .normalize import normalize

# A word: letters (with Arabic marks and tatweel inside), digits, or a Latin word.
# Tatweel stretches a word only inside it: a trailing one («حسينـ،») is no part of the word.
WORD_RE = re.compile(r"[^\W\d_\u0640](?:[^\W_\u0640]|[\u0610-\u061A\u064B-\u065F\u0670]|\u0640+(?=[^\W_\u0640]))*"
                     r"|\d+(?:[.,٫]\d+)*", re.UNICODE)
# Clitics in normalised spelling, with why each is split as it is: data/text/clitics.yaml.
_CLITICS = read_yaml("text/clitics.yaml")
PROCLITICS = tuple(_CLITICS["proclitics"])
ARTICLE = _CLITICS["article"]
ELIDED_ARTICLE = _CLITICS["elided_article"]
CONJUNCTION_WORDS = frozenset(_CLITICS["conjunction_words"])
DOUBLE_WAW = _CLITICS["double_waw"]
WHOLE_WORDS = frozenset(_CLITICS["whole_words"])
FUTURE_PREFIX = _CLITICS["future_prefix"]
FUTURE_STEM_START = frozenset(_CLITICS["future_stem_start"])
ENCLITICS = tuple(_CLITICS["enclitics"])
STEM_ENDINGS = dict(_CLITICS["stem_endings"])
MIN_STEM = 2
MIN_DEFINITE_REST = 5  # letters after the clitic (article included where written) to split an unknown word

Known = Callable[[str], bool]


def is_known(word: str) -> bool:
    """Whether simplemma's Arabic dictionary knows `word` as it stands."""
    return _simplemma_known(word)


@lru_cache(maxsize=300_000)
def _simplemma_known(word: str) -> bool:
    """Cached dictionary look-up: news vocabulary repeats heavily."""
    return simplemma.is_known(word, lang="ar")


@lru_cache(maxsize=300_000)
def lemma(word: str) -> str:
    """simplemma's Arabic lemma key, normalised."""
    return normalize(simplemma.lemmatize(word, lang="ar"))


def iter_words(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """`(start, end)` of every word in `text[start:end]`."""
    for m in WORD_RE.finditer(text, start, len(text) if end is None else end):
        yield m.start(), m.end()


def split_proclitics(word: str, known: Known = is_known) -> tuple[str, str]:
    """`(prefix, rest)` of a word: a proclitic is split only when what remains is a word."""
    norm = normalize(word)
    if len(word) <= MIN_STEM or norm in WHOLE_WORDS:
        return "", word
    whole_known = _known_with_enclitic(word, known) and not _conjunction_first(norm)
    for pre in PROCLITICS:
        if not norm.startswith(pre) or len(norm) - len(pre) < MIN_STEM:
            continue
        keep_article = pre.endswith(ARTICLE)
        rest = _drop_chars(word, len(pre) - (len(ARTICLE) if keep_article else 0))
        if pre.endswith(FUTURE_PREFIX) and rest[:1] not in FUTURE_STEM_START:
            continue  # the future prefix only joins an imperfect verb: «سانا» is not س + انا
        if whole_known and not (known(rest) and lemma(rest) == lemma(word)):
            continue  # «وصل» is a word; «لقناة» is ل + قناة (simplemma lists both)
        if (_known_with_enclitic(rest, known) or (keep_article and known(rest[len(ARTICLE):]))
                or rest.isdigit()   # «و4257 شخصا», «ب2018»
                or (pre.endswith(ELIDED_ARTICLE) and known(ARTICLE + rest))
                or _unknown_definite(whole_known, pre, rest)):
            return word[: len(word) - len(rest)], rest
    return "", word


def _conjunction_first(norm: str) -> bool:
    """«ودعا», «ووقع»: a dictionary word that news writes as و + a word far more often."""
    return norm in CONJUNCTION_WORDS or norm.startswith(DOUBLE_WAW)


def _unknown_definite(whole_known: bool, pre: str, rest: str) -> bool:
    """«والحوثيين», «للحوثيين»: a conjunction or preposition before the article is unambiguous
    when the whole word is no word of the dictionary (a name), whatever the rest is."""
    article = pre.endswith(ARTICLE) or pre.endswith(ELIDED_ARTICLE)
    return article and not whole_known and len(normalize(rest)) >= MIN_DEFINITE_REST


def _known_with_enclitic(word: str, known: Known) -> bool:
    """A known word, or a known word with an attached pronoun (محادثاتهم)."""
    return known(word) or bool(split_enclitic(word, known)[1])


def _drop_chars(word: str, n: int) -> str:
    """`word` without its first `n` normalised characters (marks after them go too)."""
    i = seen = 0
    while i < len(word) and seen < n:
        if normalize(word[i]):
            seen += 1
        i += 1
    while i < len(word) and not normalize(word[i]):
        i += 1
    return word[i:]


def split_enclitic(word: str, known: Known = is_known) -> tuple[str, str, str]:
    """`(stem, suffix, free form of the stem)`: a pronoun is split only when the stem is a word."""
    norm = normalize(word)
    if known(word) or len(norm) <= MIN_STEM + 1:
        return word, "", word
    for suf in ENCLITICS:
        if word.endswith(suf) and len(norm) - len(suf) >= MIN_STEM:  # ة is never the pronoun ه
            stem = word[: len(word) - len(suf)]
            for candidate in _stem_spellings(stem):
                if known(candidate):
                    return stem, word[len(stem):], candidate
    return word, "", word


def _stem_spellings(stem: str) -> Iterator[str]:
    """A stem as written before a suffix and its free forms (لقائـ → لقاء, رسالتـ → رسالة)."""
    yield stem
    for written, free in STEM_ENDINGS.items():
        if stem.endswith(written):
            yield stem[: len(stem) - len(written)] + free


def strip_article(norm: str) -> str:
    """A normalised form without its definite article, the key gazetteers compare on."""
    if norm.startswith(ARTICLE) and len(norm) - len(ARTICLE) >= MIN_STEM:
        return norm[len(ARTICLE):]
    return norm


@lru_cache(maxsize=300_000)
def analyse_word(word: str) -> tuple[int, str, str, str]:
    """(proclitic length, suffix, normalised rest, lemma) of a word with the default lexicon."""
    return _analyse(word, is_known)


def _analyse(word: str, known: Known) -> tuple[int, str, str, str]:
    """The clitic analysis of one word."""
    if word[0].isdigit():
        return 0, "", normalize(word), normalize(word)
    prefix, rest = split_proclitics(word, known)
    _, suffix, free = split_enclitic(rest, known)
    return len(prefix), suffix, normalize(rest), lemma(free)


def tokenize(text: str, start: int = 0, end: int | None = None, sentence: int = -1,
             known: Known | None = None) -> list["Token"]:
    """Tokens of `text[start:end]`; each span is the word without its proclitics."""
    from ..doc import Token
    out = []
    for m in WORD_RE.finditer(text, start, len(text) if end is None else end):
        word, ws = m.group(), m.start()
        pre, suffix, norm, lem = analyse_word(word) if known is None else _analyse(word, known)
        out.append(Token(ws + pre, m.end(), word[pre:], norm=norm, lemma=lem, prefix=word[:pre],
                         suffix=suffix, sentence=sentence, is_word=not word[0].isdigit()))
    return out
